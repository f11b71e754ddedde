"""A word-order line cut from one clause of a longer sentence ends as a sentence does (qa20):
the lines 下午两点二十五分有一趟 and 三点四十还有一趟 of 下午两点二十五分有一趟，三点四十还有一趟。
printed no final mark, and a student copies the line as written. A clause before a comma
ends with 。, or with ？ when the sentence is a question and the clause itself asks; one
before a colon keeps its colon."""

from __future__ import annotations

import random

import pytest

from chinese_teach.core.documents.worksheet import _order


@pytest.mark.parametrize(("text", "answer", "end"), [
    ("下午两点二十五分有一趟，三点四十还有一趟。", "下午两点二十五分有一趟", "。"),
    ("我昨天去了图书馆，可是那里没有人。", "我昨天去了图书馆", "。"),
    ("他今天早上起得很晚，所以没吃早饭。", "他今天早上起得很晚", "。"),
    ("你明天几点去机场，我送你去吧？", "你明天几点去机场", "？"),
    ("你们喜欢喝茶吗，还是喜欢喝咖啡？", "你们喜欢喝茶吗", "？"),
    ("如果明天下大雨，你们还去公园吗？", "如果明天下大雨", "。"),
    ("真是太好了，我们终于到北京了！", "真是太好了", "。"),
    ("老师对我们大家说：明天不上课。", "老师对我们大家说", "："),
])
def test_a_clause_line_ends_as_a_sentence(text, answer, end, engine):
    items = _order(random.Random(1), [text], engine).order
    found = [o for o in items if o.answer == answer]
    assert found, [o.answer for o in items]
    assert found[0].end == end


def test_the_last_clause_keeps_the_sentence_mark(engine):
    items = _order(random.Random(1), ["我昨天去了图书馆，可是那里没有人？"], engine).order
    assert {o.answer: o.end for o in items}["可是那里没有人"] == "？"
