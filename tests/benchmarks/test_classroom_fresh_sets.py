"""The newest classroom sets: ``classroom_fresh7.tsv`` (blind up to its second figure, seen
since) and ``classroom_fresh8.tsv`` (written apart from the rules, blind up to the seventh
session, seen since), ``classroom_fresh9.tsv`` (written apart from the seventh session's
rules, blind up to the eighth round, seen since), ``classroom_fresh10.tsv`` (written apart
from the eighth session's rules, blind up to the eighteenth session, seen since),
``classroom_fresh11.tsv`` (written before the sixteenth session's rule work, blind up to the
eighteenth session, seen since), ``classroom_fresh12.tsv`` (written outside the repository,
blind up to the sixteenth session, seen since), ``classroom_fresh13.tsv`` (written outside the
repository, blind), and the counts-only listing of blind sets."""

from __future__ import annotations

import re

import pytest

from benchmarks.pinyin.evaluate import (
    BLIND_SETS,
    CLASSROOM_SETS,
    HERE,
    ClassroomItem,
    listable,
    read_classroom,
)

_HANZI = re.compile(r"[\u4e00-\u9fff]")


def _hanzi(text: str) -> str:
    return "".join(_HANZI.findall(text))


def _held_out_set(name: str, part: str) -> list[ClassroomItem]:
    """The items of the classroom set ``name``, checked as a held-out set is written: 300
    sentences or more, all of held-out ``part``, a syllable per Chinese character and one
    marked character each, over 150 characters or more."""
    items = read_classroom(HERE / CLASSROOM_SETS[name])
    assert len(items) >= 300
    assert all(it.held_out and it.part == part for it in items)
    for it in items:
        assert len(_hanzi(it.text)) == len(it.expected), it.text
        assert len(it.marks) == 1, it.text
    assert len({it.text[it.marks[0]] for it in items}) >= 150
    return items


def test_fresh7_is_held_out_two_sentences_per_character() -> None:
    items = _held_out_set("classroom fresh 7", "held-out 7")
    chars: dict[str, int] = {}
    for it in items:
        chars[it.text[it.marks[0]]] = chars.get(it.text[it.marks[0]], 0) + 1
    assert set(chars.values()) == {2}


def test_fresh8_is_held_out_and_seen() -> None:
    assert "classroom fresh 8" not in BLIND_SETS
    _held_out_set("classroom fresh 8", "held-out 8")


def test_fresh9_is_held_out_and_seen() -> None:
    """Blind up to the eighth round, seen since: its misses are listed."""
    assert "classroom fresh 9" not in BLIND_SETS
    items = _held_out_set("classroom fresh 9", "held-out 9")
    assert listable("classroom fresh 9", items, held_out=True) == items


def test_fresh10_is_held_out_and_seen() -> None:
    """Blind up to the eighteenth session (492/502), seen since: its misses are listed."""
    assert "classroom fresh 10" not in BLIND_SETS
    items = _held_out_set("classroom fresh 10", "held-out 10")
    assert listable("classroom fresh 10", items, held_out=True) == items


def test_fresh11_is_seen_three_sentences_per_character() -> None:
    """Blind up to the eighteenth session (458/472), seen since; three or four sentences for
    each of its characters."""
    assert "classroom fresh 11" not in BLIND_SETS
    items = _held_out_set("classroom fresh 11", "held-out 11")
    assert listable("classroom fresh 11", items, held_out=True) == items
    chars: dict[str, int] = {}
    for it in items:
        chars[it.text[it.marks[0]]] = chars.get(it.text[it.marks[0]], 0) + 1
    assert set(chars.values()) == {3, 4}


def test_fresh12_is_seen_three_sentences_per_character() -> None:
    """Written outside the repository by an engineer who never saw the rules (fifteenth
    session); blind up to the sixteenth session (485/501), seen since: its misses are listed;
    two to four sentences per character."""
    assert "classroom fresh 12" not in BLIND_SETS
    items = _held_out_set("classroom fresh 12", "held-out 12")
    assert len(items) == 501
    assert listable("classroom fresh 12", items, held_out=True) == items
    chars: dict[str, int] = {}
    for it in items:
        chars[it.text[it.marks[0]]] = chars.get(it.text[it.marks[0]], 0) + 1
    assert len(chars) >= 150
    assert set(chars.values()) <= {2, 3, 4}


def test_fresh13_is_blind_three_sentences_per_character() -> None:
    """Written outside the repository by an engineer who never saw the rules (sixteenth
    session); blind: its misses are never listed; three sentences for each of 170 characters."""
    assert "classroom fresh 13" in BLIND_SETS
    items = _held_out_set("classroom fresh 13", "held-out 13")
    assert len(items) == 510
    assert listable("classroom fresh 13", items, held_out=True) == []
    chars: dict[str, int] = {}
    for it in items:
        chars[it.text[it.marks[0]]] = chars.get(it.text[it.marks[0]], 0) + 1
    assert len(chars) == 170
    assert set(chars.values()) == {3}


@pytest.mark.parametrize(
    "name", ["classroom fresh 7", "classroom fresh 8", "classroom fresh 9", "classroom fresh 10",
             "classroom fresh 11", "classroom fresh 12", "classroom fresh 13"])
def test_fresh_set_repeats_no_sentence_of_another_set(name: str) -> None:
    others = {
        _hanzi(it.text)
        for other, file in CLASSROOM_SETS.items()
        if other != name
        for it in read_classroom(HERE / file)
    }
    fresh = [_hanzi(it.text) for it in read_classroom(HERE / CLASSROOM_SETS[name])]
    assert len(set(fresh)) == len(fresh)
    # counts only: a failure must not print the sentences of a blind set (one did, 2026-12-07)
    repeated = len(others & set(fresh))
    assert repeated == 0, f"{repeated} sentence(s) of {name} repeat another set's"


def test_blind_set_misses_are_never_listed(monkeypatch) -> None:
    from benchmarks.pinyin import evaluate

    tuning = ClassroomItem("好", (0,), ("hao3",))
    held = ClassroomItem("行", (0,), ("xing2",), True, "held-out 7")
    monkeypatch.setattr(evaluate, "BLIND_SETS", frozenset({"classroom fresh 7"}))
    assert listable("classroom fresh 7", [tuning, held], held_out=True) == []
    assert listable("classroom fresh 7", [tuning, held], held_out=False) == []
    assert listable("classroom fresh 6", [tuning, held], held_out=False) == [tuning]
    assert listable("classroom fresh 6", [tuning, held], held_out=True) == [tuning, held]


def test_fresh7_is_seen_after_its_second_figure() -> None:
    tuning = ClassroomItem("好", (0,), ("hao3",))
    held = ClassroomItem("行", (0,), ("xing2",), True, "held-out 7")
    assert "classroom fresh 7" not in BLIND_SETS
    assert listable("classroom fresh 7", [tuning, held], held_out=True) == [tuning, held]
