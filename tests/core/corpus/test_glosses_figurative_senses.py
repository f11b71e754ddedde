"""A word's figurative sense leads where the sentence says it of its subject after 是
(words42, issue 15): 他是个夜猫子 "night owl", 做饺子是我妈妈的拿手好戏 "one's specialty",
这件事对他来说是小菜一碟 "a piece of cake"; elsewhere the entry's order stands."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import _FINAL_PARTICLES, shorten
from chinese_teach.core.corpus.glosses_figurative_senses import (
    figurative_index,
    figurative_said_of,
    has_later_figurative_sense,
    said_of_subject,
)
from tests.core.corpus.test_glosses_classes import _first

_OWL = ["owl", "(fig.) night owl"]
_DISH = ["a small appetizer", "a piece of cake; very easy (idiom)"]
_ROLE = ["the role an actor plays best (idiom)", "(fig.) one's specialty", "one's forte"]
_PAVILION = ["pavilion in the air (idiom); unrealistic Utopian construction", "castles in Spain"]


def test_figurative_index() -> None:
    assert figurative_index(_OWL) == (1, "night owl")
    assert figurative_index(_DISH) == (1, "a piece of cake; very easy (idiom)")
    assert figurative_index(_ROLE) == (1, "one's specialty")
    assert figurative_index(_PAVILION) == (0, "unrealistic Utopian construction")
    assert figurative_index(["metabolism (biology)"]) is None
    # an idiom's later sense after an idiom's first: no literal first to move
    assert figurative_index(["to kill two birds (idiom)", "one stone (idiom)"]) is None
    assert not has_later_figurative_sense(["(fig.) night owl", "owl"])
    assert has_later_figurative_sense(_OWL)


def test_said_of_subject() -> None:
    assert said_of_subject(("个", "是", "他"), (), _FINAL_PARTICLES)
    assert said_of_subject(("的", "妈妈", "我", "是"), ("呢",), _FINAL_PARTICLES)
    assert not said_of_subject(("个", "是", "他"), ("的", "眼睛"), _FINAL_PARTICLES)
    assert not said_of_subject(("有", "树上"), (), _FINAL_PARTICLES)  # no copula


def test_figurative_said_of() -> None:
    assert figurative_said_of(_OWL, ("个", "是", "他"), (), _FINAL_PARTICLES,
                              shorten).startswith("night owl")
    assert figurative_said_of(_ROLE, ("的", "是"), (), _FINAL_PARTICLES,
                              shorten).startswith("one's specialty")
    assert figurative_said_of(_OWL, ("只", "一", "有"), (), _FINAL_PARTICLES, shorten) is None


@pytest.mark.parametrize(("text", "word", "first"), [
    ("他是个夜猫子，每天两点才睡。", "夜猫子", "night owl"),
    ("做饺子是我妈妈的拿手好戏。", "拿手好戏", "one's specialty"),
    ("这件事对他来说是小菜一碟。", "小菜一碟", "a piece of cake"),
    # a word the cut gives in pieces, named in their parts (老 + 狐狸)
    ("他是个老狐狸，你跟他做生意要小心。", "老狐狸", "cunning person"),
])
def test_figurative_sense_said_of_the_subject(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "first"), [
    ("树上有一只夜猫子。", "夜猫子", "owl"),  # no copula: the bird
    ("他是一名小学生。", "小学生", "primary school student"),  # a person already
])
def test_literal_sense_elsewhere(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first
