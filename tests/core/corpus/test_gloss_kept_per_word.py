"""Sentence-free answers the object rules ask of a word at each occurrence, kept per
word (issue 23, speed22b): ``Glosser._noun_like`` and ``class_words``. The kept answers
equal the formulas they keep, and other noun classes are answered afresh."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus import glosses, glosses_counted_objects
from chinese_teach.core.corpus.glosses import NounClass, _of_a_noun_class, load_noun_classes
from chinese_teach.core.corpus.glosses_counted_objects import _WIDE_CLASSES, class_words

_WORDS = ["衣服", "脸", "钢琴", "苹果", "书店", "他", "跑", "很", "现在", "电话", "水", "报纸",
          "老师", "桌子", "一", "个", "积木", "布娃娃", "咸菜", "学校"]


def _noun_like_formula(g: glosses.Glosser, word: str) -> bool:
    if _of_a_noun_class(word):
        return True
    chosen = g._pick(word, g.rows(word), None)
    return chosen is not None and chosen.counted


def test_noun_like_is_its_formula_asked_twice(corpus) -> None:
    g = glosses.Glosser(corpus)
    first = [g._noun_like(w) for w in _WORDS]
    assert first == [_noun_like_formula(g, w) for w in _WORDS]
    assert [g._noun_like(w) for w in reversed(_WORDS)] == first[::-1]
    assert any(first) and not all(first)


def test_noun_like_follows_the_noun_classes_loaded(corpus,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    g = glosses.Glosser(corpus)
    assert not g._noun_like("积木2")
    own = {"toys": NounClass("toys", frozenset(), frozenset({"积木2"}), ())}
    monkeypatch.setattr(glosses, "load_noun_classes", lambda *a: own)
    assert g._noun_like("积木2")  # fails when the kept answer ignores the classes
    monkeypatch.undo()
    assert not g._noun_like("积木2")


def _class_words_formula(noun: str, classes) -> str:
    return "; ".join(c.name for c in classes.values()
                     if c.has(noun) and not c.notes and c.name not in _WIDE_CLASSES)


def test_class_words_is_its_formula_asked_twice() -> None:
    classes = load_noun_classes()
    nouns = _WORDS + sorted({w for c in classes.values() for w in c.words})[:300]
    first = [class_words(n, classes) for n in nouns]
    assert first == [_class_words_formula(n, classes) for n in nouns]
    assert [class_words(n, classes) for n in nouns] == first
    assert any(first)


def test_class_words_follow_the_classes_given() -> None:
    classes = load_noun_classes()
    before = class_words("钢琴", classes)
    own = {"toys": NounClass("toys", frozenset(), frozenset({"钢琴"}), ())}
    assert class_words("钢琴", own) == "toys"  # fails when the kept answer ignores them
    assert class_words("钢琴", classes) == before == _class_words_formula("钢琴", classes)
    assert glosses_counted_objects._CLASS_WORDS[0][0] is classes
