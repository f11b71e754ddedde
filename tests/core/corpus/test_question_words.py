"""A question CC-CEDICT holds as a word, cut apart by the segmenter and ending its clause
(cut20): 你怎么了？ keeps 怎么 + 了, and each piece's gloss names 怎么了 "What's up?"."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.question_words import question_runs
from tests.core.corpus.test_split_words import _named  # one reader of the named wholes


@pytest.mark.parametrize(("text", "piece", "word", "sense"), [
    ("你怎么了？", "了", "怎么了", "What's up?"),
    ("小朋友，你今年多大了？", "大", "多大", "how old?"),
    ("喂，什么事？", "事", "什么事", "what?"),
    ("他是你的老师，不是吗？", "吗", "不是吗", "isn't that so?"),
])
def test_a_question_ending_its_clause_is_named(corpus, engine, text, piece, word,
                                               sense) -> None:
    assert _named(corpus, engine, text)[piece].startswith(f"{word} {sense}")


@pytest.mark.parametrize(("text", "piece"), [
    ("他买了多大的房子？", "大"),  # 多大 before its noun: no clause end
    ("我不知道怎么了解他。", "了"),  # 怎么 + 了解: 了 is no token
])
def test_no_question_is_named_inside_a_clause(corpus, engine, text, piece) -> None:
    assert piece not in _named(corpus, engine, text)


def test_question_runs_end_a_clause() -> None:
    texts = ["你", "怎么", "了"]
    runs = question_runs(texts, [False, True, True], [False, False, True])
    # longest first at each end; 了 may be a final particle, so the runs before it too
    assert runs == [(0, 2, "你怎么了"), (1, 2, "怎么了"), (0, 1, "你怎么")]
    # 多 + 大 before 了: the particle may follow the question
    runs = question_runs(["多", "大", "了"], [False, True, True], [False, False, True])
    assert (0, 1, "多大") in runs
    assert question_runs(["怎么", "了"], [False, True], [False, False]) == []
