"""A noun-led entry's adjective leads right before the person it describes, without 的
(words42, issue 15): 一名 + 职业 + 网球运动员 "professional"; 职业教育 keeps the noun."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import shorten
from chinese_teach.core.corpus.glosses_attributive_nouns import (
    bare_attributive_place,
    stem_adjective,
)
from tests.core.corpus.test_glosses_classes import _first

_PEOPLE = {"歌手", "运动员", "我们"}.__contains__
_NOUNS = {"网球", "教育"}.__contains__


def test_bare_attributive_place() -> None:
    assert bare_attributive_place("名", ("歌手",), _PEOPLE, _NOUNS)
    assert bare_attributive_place("名", ("网球", "运动员"), _PEOPLE, _NOUNS)
    assert not bare_attributive_place("", ("教育",), _PEOPLE, _NOUNS)
    assert not bare_attributive_place("我们", ("歌手",), _PEOPLE, _NOUNS)  # an owner before


def test_stem_adjective() -> None:
    is_adjective = lambda s: s.endswith("al")  # noqa: E731
    assert stem_adjective(["occupation; profession; vocation", "professional"], is_adjective,
                          shorten).startswith("professional")
    assert stem_adjective(["great amount", "generous"], is_adjective, shorten) is None


@pytest.mark.parametrize(("text", "first"), [
    ("他是一名职业网球运动员。", "professional"),
    ("她想成为一名职业歌手。", "professional"),
    ("他的职业是医生。", "occupation"),
])
def test_professional_before_a_person(corpus, engine, text, first) -> None:
    assert _first(corpus, engine, text, "职业") == first
