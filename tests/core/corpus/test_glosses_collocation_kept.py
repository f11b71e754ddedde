"""What the collocation rule (collo18) keeps between its asks, and what it no longer reads
(issue 23, speed20): the answers are those of the formulas the kept parts replace.

* a verb's own words (common, its reading, longer than it) are read once per verb and
  reading for the same list of compounds, with each word's object part and head;
* the noun classes that hold an object are found once per object;
* a compound's senses are parsed from the entry's JSON when first read;
* the glosser reads a verb's compounds only where an object follows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from chinese_teach.core.corpus import glosses
from chinese_teach.core.corpus.glosses_collocation import (
    _Entry,
    class_test,
    matching_compounds,
    object_head,
)
from tests.core.corpus.test_glosses_classes import _first


@dataclass(frozen=True)
class _Word:
    simplified: str
    syllables: tuple[str, ...]
    senses: tuple[str, ...] = ("to do",)
    proper: bool = False


@dataclass(frozen=True)
class _Class:
    name: str
    words: frozenset[str]

    def has(self, word: str) -> bool:
        return word in self.words


_WORDS = [
    _Word("打电话", ("da3", "dian4", "hua4")),
    _Word("打手机", ("da3", "shou3", "ji1")),
    _Word("打球", ("da3", "qiu2")),
    _Word("打篮球", ("da3", "lan2", "qiu2")),
    _Word("打包", ("da3", "bao1")),
    _Word("打鼓", ("da3", "gu3")),
    _Word("打杯子", ("da3", "bei1", "zi5")),
    _Word("打铁", ("da3", "tie3")),
    _Word("打", ("da3",)),  # the verb alone: no word of its own
    _Word("打打", ("da2", "da2")),  # another reading
    _Word("打虎", ("da3", "hu3"), proper=True),  # a name
]

_CLASSES = [_Class("sports", frozenset({"球", "篮球", "足球", "排球"})),
            _Class("phones", frozenset({"电话", "手机", "座机"})),
            _Class("people", frozenset({"手机", "老虎"}))]  # a wide class: not read


def _formula(verb, syllable, obj, compounds, in_class):
    """``matching_compounds`` as collo18 wrote it, read afresh at each ask."""
    own = [c for c in compounds if not c.proper and c.simplified.startswith(verb)
           and c.syllables[:1] == (syllable,) and len(c.simplified) > len(verb)]
    same = [c for c in own if c.simplified[len(verb):] == obj]
    head = object_head(obj)
    sharing = [c for c in own if c not in same and object_head(c.simplified[len(verb):]) == head]
    kind = [c for c in own if c not in same and c not in sharing
            and in_class(c.simplified[len(verb):], obj)]
    return [same, sharing, kind]


def _plain_in_class(word: str, obj: str) -> bool:
    return any(c.has(obj) and c.has(word) for c in _CLASSES if c.name != "people")


def test_matching_compounds_equals_the_formula_at_every_ask() -> None:
    objects = ["电话", "足球", "座机", "杯子", "杯", "鼓", "球", "手机", "电话", "老虎", "铁"]
    in_class = class_test(_CLASSES)
    for syllable in ("da3", "da2"):
        for obj in objects + objects[::-1]:
            assert matching_compounds("打", syllable, obj, _WORDS, in_class) == _formula(
                "打", syllable, obj, _WORDS, _plain_in_class), (syllable, obj)


def test_another_list_of_compounds_is_read_afresh() -> None:
    in_class = class_test(_CLASSES)
    first = matching_compounds("打", "da3", "电话", _WORDS, in_class)
    assert [c.simplified for c in first[0]] == ["打电话"]
    fewer = [w for w in _WORDS if w.simplified != "打电话"]
    assert matching_compounds("打", "da3", "电话", fewer, in_class) == _formula(
        "打", "da3", "电话", fewer, _plain_in_class)
    assert matching_compounds("打", "da3", "电话", fewer, in_class)[0] == []


def test_class_test_answers_as_the_formula_whatever_the_order_of_asks() -> None:
    in_class = class_test(_CLASSES)
    words = ["球", "篮球", "电话", "手机", "老虎", "铁", "座机"]
    for obj in ["足球", "足球", "座机", "铁", "足球", "手机", "老虎"]:
        for word in words:
            assert in_class(word, obj) == _plain_in_class(word, obj), (word, obj)


def test_entry_senses_are_parsed_when_first_read() -> None:
    entry = _Entry("打电话", ("da3", "dian4", "hua4"), '["to make a telephone call", "x"]',
                   False)
    assert entry._senses is None
    assert entry.senses == ("to make a telephone call", "x")
    assert entry.senses is entry.senses


def test_the_glosser_reads_a_verb_s_compounds_only_before_an_object(
        corpus, engine, monkeypatch) -> None:
    asked: list[str] = []
    real = glosses.verb_compounds

    def counted(corpus_, verb):
        asked.append(verb)
        return real(corpus_, verb)

    monkeypatch.setattr(glosses, "verb_compounds", counted)
    _first(corpus, engine, "他们昨天跑得非常快。", "跑")  # no object after 跑
    assert "跑" not in asked
    assert _first(corpus, engine, "老师上周给我们补了三节课。", "补") == "to make up for"
    assert "补" in asked
