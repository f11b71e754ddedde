"""A set phrase CC-CEDICT holds whole that the cut gives in pieces is named in each piece's
parts (words42, issue 15): 万 + 事 + 如意, 一分钱 | 一分货, 什么 | 时候; and a word of three
characters or more after a free combination's head inside one word of the segmenter (还 +
过得去)."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.set_phrases import crosses, set_phrase_runs
from chinese_teach.core.corpus.split_words import split_words
from tests.core.corpus.test_glosses_classes import _first


def test_set_phrase_runs() -> None:
    phrases = {"万事如意", "一分钱一分货", "什么时候"}
    texts = ["新年", "快乐", "万", "事", "如意"]
    assert set_phrase_runs(texts, [False, True, False, True, True], phrases) == [
        (2, 4, "万事如意")]
    texts = ["一", "分", "钱", "一", "分", "货"]
    assert set_phrase_runs(texts, [False] + [True] * 5, phrases) == [(0, 5, "一分钱一分货")]
    # not across punctuation or a name (adjacent False), and no shorter word is named
    assert set_phrase_runs(["什么", "时候"], [False, False], phrases) == []
    assert set_phrase_runs(["什么", "时候"], [False, True], {"什么时"}) == []


def test_crosses() -> None:
    assert crosses((0, 2, "上个星期"), (2, 3))  # 上 + 个 + 星期 | 星期 + 一
    assert not crosses((0, 3, "上个星期一"), (2, 3))  # holds it
    assert not crosses((0, 1, "什么时候"), (3, 4))  # apart


def test_inner_word_after_a_free_head() -> None:
    texts, readings = ["还", "过", "得", "去"], [None] * 4
    continues = [False, True, True, True]
    is_word = lambda w, _s: w in {"过得去", "天花"}  # noqa: E731
    assert split_words(texts, readings, continues, is_word=is_word, listed=set()) == [
        (1, 3, "过得去")]
    # never a two-character word after a free head: 每 + 天花
    assert split_words(["每", "天", "花"], [None] * 3, [False, True, True],
                       is_word=is_word, listed=set()) == []


@pytest.mark.parametrize(("text", "word", "first"), [
    ("新年快乐，万事如意！", "万事如意", "to have all one's wishes (idiom)"),
    ("一分钱一分货，太便宜的东西质量不好。", "一分钱一分货", "nothing for nothing"),
    ("A：那大概什么时候能到？", "什么时候", "when?"),
    ("我的汉语还过得去，日常交流没问题。", "过得去", "can get by (in life)"),
])
def test_named_in_the_pieces(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first
