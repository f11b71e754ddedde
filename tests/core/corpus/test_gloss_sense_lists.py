"""The sense lists the gloss rules share, made once per entry (issue 23, speed18).

The rules ask for a word's senses a dozen times per word met (each helper, with each of
its flags, in ``Glosser.gloss`` and in ``gloss_context``); the lists are kept per row's
senses or curated gloss. These tests hold the kept lists to the formulas they replace,
and check that a caller may change what it is given without changing the next answer.
"""

from __future__ import annotations

from chinese_teach.core.corpus import glosses
from chinese_teach.core.corpus.glosses import (
    _NO_SUBJECTS,
    NounClass,
    _clean,
    _of_a_noun_class,
    _Row,
    _sense_list,
    _unmarked,
    _useful,
    _useful_senses,
    load_noun_classes,
)

#: Entries of several shapes: a noun that is a verb too, a measure word, a cross-reference,
#: a slang verb sense after a marked one, notes and "CL:" notes to clean.
_SENSES: list[tuple[str, ...]] = [
    ("rest", "to rest", "CL:次[ci4]"),
    ("(intransitive) to take a break", "break (noun)"),
    ("classifier for planes, radios etc", "to support", "frame; rack", "CL:個|个[ge4]"),
    ("variant of 傘|伞[san3]",),
    ("(slang) to be infatuated with", "to adore", "to breathe out", "ha!"),
    ("see 休息[xiu1 xi5]", "(literary) rest"),
    ("habit; custom; usual practice", "to be used to"),
    (),
]


def _row(senses: tuple[str, ...], counted: bool = False) -> _Row:
    return _Row("词", "詞", "ci2", ("ci2",), senses, False, 1, counted)


def test_useful_senses_are_the_cleaned_useful_ones_in_order() -> None:
    for senses in _SENSES:
        assert _useful_senses(_row(senses)) == [_clean(x) for x in senses if _useful(x)]


def test_a_caller_may_change_the_list_it_is_given() -> None:
    """The kept lists are tuples; each caller gets a list of its own."""
    row = _row(_SENSES[0])
    first = _useful_senses(row)
    first.append("changed")
    assert "changed" not in _useful_senses(row)
    listed = _sense_list("to rest; rest; …", None)
    assert listed == ["to rest", "rest"]
    listed.clear()
    assert _sense_list("to rest; rest; …", None) == ["to rest", "rest"]
    assert _sense_list(None, row) == _useful_senses(row)
    assert _sense_list(None, None) is None


def test_verb_first_reads_the_same_parts_as_before() -> None:
    """``_verb_first`` with its kept parts answers as the per-call lists did, for every
    flag, from the curated gloss or from the entry's senses."""

    def formula(curated: str | None, chosen: _Row, strict: bool, marked: bool) -> str | None:
        if curated is not None:
            senses = [x.strip() for x in curated.split(";") if x.strip() not in ("", "…")]
        else:
            senses = [part.strip() for x in _unmarked(chosen.senses)
                      for part in _clean(x).split(";") if part.strip()]
        if not senses or senses[0].startswith(("to ", "(intransitive) to ")):
            return None
        verbs = [x for x in senses if x.startswith(("to ", "(intransitive) to "))]
        if not verbs:
            return None
        if not marked and not chosen.counted and (
                strict or not glosses._same_stem(senses[0], verbs)):
            return None
        return glosses.shorten(verbs[:2] + [x for x in senses if x not in verbs][:1])

    verb_first = glosses.Glosser._verb_first
    answered = 0
    for senses in _SENSES:
        for counted in (False, True):
            row = _row(senses, counted)
            for curated in (None, "habit; to be used to; …", "to rest; rest"):
                for strict in (False, True):
                    for marked in (False, True):
                        got = verb_first(None, curated, row, strict=strict, marked=marked)
                        assert got == formula(curated, row, strict, marked)
                        answered += got is not None
    assert answered  # some of the cases give a verb-first gloss


def test_noun_class_subjects_are_the_union_of_the_classes() -> None:
    """``_of_a_noun_class`` asks one set and one tuple of endings, with the answers of
    every class's ``has`` (words, endings, the classes of ``_NO_SUBJECTS`` left out)."""
    classes = load_noun_classes()
    words = {w for c in classes.values() for w in c.words}
    words |= {"书" + e for c in classes.values() for e in c.endings}
    words |= {e for c in classes.values() for e in c.endings}  # an ending alone: too short
    words |= {"他", "很", "现在", "跑步"}
    for word in sorted(words):
        assert _of_a_noun_class(word) == any(
            c.has(word) for c in classes.values() if c.name not in _NO_SUBJECTS), word


def test_noun_class_subjects_follow_the_classes_loaded(monkeypatch) -> None:
    """Other classes (a test's, another table) give their own answers, not the kept ones."""
    own = {"toys": NounClass("toys", frozenset(), frozenset({"积木"}), ("娃娃",)),
           "times": NounClass("times", frozenset(), frozenset({"积木2"}), ())}
    monkeypatch.setattr(glosses, "load_noun_classes", lambda *a: own)
    assert _of_a_noun_class("积木")
    assert _of_a_noun_class("布娃娃")
    assert _of_a_noun_class("娃娃") == own["toys"].has("娃娃")
    assert not _of_a_noun_class("积木2")  # a class of _NO_SUBJECTS
    assert not _of_a_noun_class("衣服")
    monkeypatch.undo()
    assert _of_a_noun_class("衣服") == any(
        c.has("衣服") for c in load_noun_classes().values() if c.name not in _NO_SUBJECTS)
