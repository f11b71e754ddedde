"""Sentences cut with their closing quotation marks (qa18: a card's example sentence
ended before its ”, and the next one began with it)."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.sentences import split_sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("俗话说：“失败是成功之母。”只要你不怕困难。",
     ["俗话说：“失败是成功之母。”", "只要你不怕困难。"]),
    ("他说：「你好。」我们走吧。", ["他说：「你好。」", "我们走吧。"]),
    ('老师说："明天考试。"大家都很紧张。', ['老师说："明天考试。"', "大家都很紧张。"]),
    ('他走了。"你好！"她说。', ["他走了。", '"你好！"', "她说。"]),
    ("她心里想：'真好啊！'笑了。", ["她心里想：'真好啊！'", "笑了。"]),
    ("第一行\n第二行。", ["第一行", "第二行。"]),
    ("真的吗？！太好了……", ["真的吗？！", "太好了……"]),
    ("", []),
])
def test_split_sentences_keeps_closing_quotes(text, expected):
    assert split_sentences(text) == expected
