"""A verb said twice before its object, the second time joined with it (table21, issue
15): :mod:`chinese_teach.core.corpus.doubled_verb_objects` and the glosses it gives."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.doubled_verb_objects import doubled_verb_gloss, doubled_verb_rest
from tests.core.corpus.test_glosses_classes import _first

_VERBS = {"晒", "晒太阳", "散", "散步", "学", "天", "天天"}.__contains__


def test_doubled_verb_rest() -> None:
    assert doubled_verb_rest("晒", ("晒太阳", "吧"), _VERBS) == ("太阳", "吧")
    assert doubled_verb_rest("散", ("散步",), _VERBS) == ("步",)
    assert doubled_verb_rest("晒", ("太阳",), _VERBS) == ("太阳",)  # said once
    assert doubled_verb_rest("学", ("学生",), _VERBS) == ("学生",)  # 学生 is no verb
    assert doubled_verb_rest("天", ("天天",), _VERBS) == ("天天",)  # a word said twice
    assert doubled_verb_rest("晒", (), _VERBS) == ()


def test_doubled_verb_gloss() -> None:
    glosses = {"散散步": "to have a stroll", "跳舞": "to dance", "学生": "student"}.get
    assert doubled_verb_gloss("散", "散步", glosses) == "to have a stroll"
    assert doubled_verb_gloss("跳", "跳舞", glosses) == "to dance"
    assert doubled_verb_gloss("学", "学生", glosses) is None


@pytest.mark.parametrize(("text", "word", "first"), [
    ("今天的太阳真好，我们去公园晒晒太阳吧。", "晒", "to bask in the sun"),
    ("周末我喜欢去河边散散步。", "散", "to have a stroll"),
    ("老人们每天早上在公园里跳跳舞。", "跳", "to dance"),
    ("衣服洗好了，拿出去晒一晒吧。", "晒", "to dry (clothes etc) in the sun"),
])
def test_doubled_verb_glossed(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first
