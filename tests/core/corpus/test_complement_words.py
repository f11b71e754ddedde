"""A verb and its complement the segmenter cut apart (cut20): 走 | 错, 轮 | 到, 听 | 起来
stay two tokens, and each piece's gloss names the dictionary's verb."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.complement_words import complement_runs
from tests.core.corpus.test_split_words import _named  # one reader of the named wholes


@pytest.mark.parametrize(("text", "piece", "word", "sense"), [
    ("不好意思，我走错路了。", "走", "走错", "to go the wrong way"),
    ("今天轮到我了。", "轮", "轮到", "to be (sb's or sth's) turn"),
    ("听起来很有意思。", "起来", "听起来", "to sound like"),
    ("对不起，你打错电话了。", "错", "打错", "to err"),
    ("她爱上了一个画家。", "爱", "爱上", "to fall in love with"),
])
def test_a_verb_and_its_complement_name_the_verb(corpus, engine, text, piece, word,
                                                 sense) -> None:
    assert _named(corpus, engine, text)[piece].startswith(f"{word} {sense}")


@pytest.mark.parametrize(("text", "piece"), [
    ("那我们几点见？", "点"),  # 几 + 点 of one segmenter word: no 点见
    ("他会说好几种语言。", "说"),  # 好 of 好几种: no 说好
    ("我不想家。", "想"),  # 想家 "homesick" is no verb
    ("我们很好。", "很"),  # a free combination's head
])
def test_no_verb_is_named_across_other_pairs(corpus, engine, text, piece) -> None:
    assert piece not in _named(corpus, engine, text)


def test_complement_runs_reads_whole_segmenter_words() -> None:
    texts = ["我", "走", "错", "路", "了"]
    runs = complement_runs(texts, [False] * 5, [False, True, True, True, True])
    assert runs == [(1, 2, "走错")]
    # 错 continues the word of 走 (the learner cut split it): split_words' to name
    assert complement_runs(texts, [False, False, True, False, False],
                           [False, True, True, True, True]) == []
    # punctuation between the two: no pair
    assert complement_runs(["走", "错"], [False, False], [False, False]) == []
