"""The dictionary word a run of learner tokens is cut from (issue 15, cut39): the learner cut
keeps 拉 + 肚子, 受 + 欢迎, 卖 + 掉 apart, and each piece's gloss names the whole word."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import token_glosses
from chinese_teach.core.corpus.split_words import candidate_words, split_words


def _named(corpus, engine, text: str) -> dict[str, str]:
    """Each token of ``text`` -> the parts its gloss names that are longer than it."""
    toks = engine.annotate(text)
    out: dict[str, str] = {}
    for tok, gl in zip(toks, token_glosses(toks, corpus), strict=True):
        for piece, short in gl.parts if gl is not None else ():
            if len(piece) > len(tok.text):
                out[tok.text] = f"{piece} {short}"
    return out


@pytest.mark.parametrize(("text", "piece", "word", "sense"), [
    ("他昨天晚上拉肚子了。", "肚子", "拉肚子", "(coll.) to have diarrhea"),
    ("这家饭馆很受欢迎。", "受", "受欢迎", "popular"),
    ("别把这些东西扔掉。", "扔", "扔掉", "to throw away"),
    ("我们去游乐园玩吧。", "乐园", "游乐园", "amusement park"),
    ("他爸爸在上海做生意。", "做", "做生意", "to do business"),
])
def test_the_pieces_of_a_split_dictionary_word_name_it(corpus, engine, text, piece, word,
                                                       sense) -> None:
    named = _named(corpus, engine, text)
    assert named[piece].startswith(f"{word} {sense}")


@pytest.mark.parametrize(("text", "piece"), [
    ("老师说的话我都听懂了。", "话"),  # 的 + 话: a listed pair the cut split for its sentence
    ("你想不想去？", "想"),  # 不 + 想: a free combination, not 不想 "unexpectedly"
    ("请把门关好。", "门"),  # 把 + 门, not 把门 "to stand as a goalkeeper"
    ("他每天花很多时间玩手机。", "花"),  # 每天花: 天 + 花 is part of the word only
    ("周末的时候公园里人很多。", "人"),  # 里 | 人: two words of the segmenter
])
def test_free_combinations_and_listed_pairs_name_nothing(corpus, engine, text, piece) -> None:
    assert piece not in _named(corpus, engine, text)


def test_split_words_names_whole_segmenter_words_only() -> None:
    words = {"打不通", "电话打不通"}

    def is_word(word: str, syls: tuple[str, ...] | None) -> bool:
        return word in words

    texts = ["电话", "打", "不通"]
    readings = [("dian4", "hua4"), ("da3",), ("bu4", "tong1")]
    assert split_words(texts, readings, [False, False, True], is_word=is_word,
                       listed=set()) == [(1, 2, "打不通")]
    assert split_words(texts, readings, [False, False, False], is_word=is_word,
                       listed=set()) == []
    assert candidate_words(texts, [False, False, True], set()) == {"打不通"}
    assert candidate_words(["这", "次"], [False, True], set()) == set()
    assert candidate_words(["不", "想"], [False, True], set()) == set()
    assert candidate_words(["的", "话"], [False, True], {"的话"}) == set()
    assert candidate_words(["做", "生意"], [False, True], {"做生意"}) == {"做生意"}
