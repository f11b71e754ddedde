"""Places in a sentence that the seventeenth session's words38 reads (issue 15).

Each function here reads the words around a word (or its dictionary senses) and is asked
by :meth:`.glosses.Glosser.gloss`; none returns a gloss of its own that a sentence chose
(they move the place the glosser reads), so ``gloss_context`` needs no new helper.

* :func:`number_before_about`: a measure word after a number and an approximate 多/来/几
  (一百多 + 名 + 老师, 三千多 + 米, 十几 + 张): the number counts it as if it stood next
  to it, so the measure word's "after a number" readings hold (三 + 名, 五百 + 米).

* :func:`object_class_note_first`: a one-character verb whose later sense's note names the
  kind of its object, read from the object's gloss or from the noun class it is of (踢 +
  足球 "to play (e.g. soccer)", 弹 + 钢琴 "to play (a string instrument)": 钢琴 is of the
  class instruments; 订 + 报纸 "to subscribe to (a newspaper etc)").

Pure of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

from chinese_teach.core.corpus.glosses_adv27 import object_note_first
from chinese_teach.core.text.pieces import is_number

#: Words of an approximate amount between a number and its measure word (一百多名, 三十来个,
#: 十几张; 余 in writing: 三十余名).
ABOUT_AFTER_NUMBER = frozenset({"多", "来", "几", "余"})


def number_before_about(prev: str, earlier: tuple[str, ...], word: str,
                        is_measure: Callable[[str], bool]) -> tuple[str, tuple[str, ...]] | None:
    """The number and the words before ``word`` read without the 多/来/几/余 between the
    number and ``word`` (``prev`` is that word, ``earlier`` the words before ``word``
    nearest first, ``prev`` first): ``("一百", earlier[1:])`` for 一百 + 多 + 名; None
    unless ``prev`` is such a word right after a number and ``word`` is a measure word
    (``is_measure``: CC-CEDICT names it a classifier). 很 + 多 + 名 (no number) and 多 +
    年 after no number are left."""
    if prev not in ABOUT_AFTER_NUMBER or earlier[:1] != (prev,) or len(earlier) < 2:
        return None
    number = earlier[1]
    if not is_number(number) or not is_measure(word):
        return None
    return number, earlier[1:]


def about_after_number(prev: str, before_prev: str) -> bool:
    """Whether ``prev`` is an approximate 多/来/几/余 right after the number ``before_prev``
    (一百 + 多): the word after it then needs its sentence's earlier words read
    (:func:`number_before_about`)."""
    return prev in ABOUT_AFTER_NUMBER and is_number(before_prev)


def counted_unit(senses: Iterable[str]) -> bool:
    """Whether an entry's senses name it a unit that a number counts the way it counts a
    measure word: CC-CEDICT's "meter (classifier)" (米)."""
    return any(s.endswith("(classifier)") for s in senses)


class _Class(Protocol):
    name: str
    notes: frozenset[str]

    def has(self, word: str) -> bool: ...


#: Classes whose name is too wide to name a verb's object in a note: 家 is of places, but
#: 到 "to (a place)" and 去 "to go (to a place)" read no object's kind.
_WIDE_CLASSES = frozenset({"times", "adjectives", "ways", "places", "people", "love", "land",
                           "life", "character", "jobs"})


def class_words(noun: str, classes: Mapping[str, _Class]) -> str:
    """The note words of the noun classes ``noun`` is of, or the class's name where it
    has none and is no wide class (:data:`_WIDE_CLASSES`), as a gloss-like text (钢琴:
    "instruments"; 裙子: "clothing, clothes, garment …"); "" for none."""
    return "; ".join(", ".join(sorted(c.notes)) if c.notes else c.name
                     for c in classes.values()
                     if c.has(noun) and (c.notes or c.name not in _WIDE_CLASSES))


def object_class_note_first(senses: Sequence[str], nouns: Sequence[str],
                            gloss_of: Callable[[str], str], classes: Mapping[str, _Class],
                            shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of a one-character verb (``senses``: its useful senses, cleaned, across
    the entries of its reading) whose later sense's note names the kind of the nouns
    after it (``nouns``: its object's words): that sense leads, then the first
    (:func:`.glosses_adv27.object_note_first`). A noun's kinds are the words of its own
    gloss's first two senses (``gloss_of``) and of the classes it is of
    (:func:`class_words`: 钢琴 is of instruments). A preposition's sense, "to" and a note
    only (到 "to (a place)"), names no verb's object and is left out. None when no noun is
    given or no later note names its kind."""
    if not nouns:
        return None
    senses = [s for s in senses if not s.startswith("to (")]  # 到 "to (a place)": no verb
    text = "; ".join(filter(None, (
        *(";".join(gloss_of(n).split(";")[:2]) for n in nouns),
        *(class_words(n, classes) for n in nouns))))
    return object_note_first(senses, text, shorten)


#: Words between a verb and its object that are no part of it (烧 + 了 + 一壶 + 水).
_BEFORE_OBJECT = frozenset({"了", "过", "着", "一下", "一下儿", "上", "完", "好"})


def object_words(rest: Sequence[str], gloss_of: Callable[[str], str],
                 noun_like: Callable[[str], bool]) -> list[str]:
    """The words of the object after a verb (``rest``: the words after it in its clause):
    past an aspect particle, 一下 and an amount (a number, a measure word), the nouns up
    to the first word that is neither a noun (``noun_like``) nor glossed as a thing (a
    gloss led by "to " or "(" is a verb's, a measure word's or a particle's). 订 + 一份 +
    报纸: [报纸]."""
    out: list[str] = []
    for w in rest[:5]:
        shown = gloss_of(w)
        if not out and (w in _BEFORE_OBJECT or is_number(w) or w[:1] in "一两几这那每"
                        or shown.startswith("(measure word")):
            continue
        if not noun_like(w) and (not shown or shown.startswith(("to ", "("))):
            break
        out.append(w)
    return out
