"""The blind classroom set of the sixth session (``classroom_fresh8.tsv``): held out as a
whole, no sentence of another set, scored counts only."""

from __future__ import annotations

import re

from benchmarks.pinyin.evaluate import BLIND_SETS, CLASSROOM_SETS, HERE, read_classroom

_HANZI = re.compile(r"[\u4e00-\u9fff]")


def _hanzi(text: str) -> str:
    return "".join(_HANZI.findall(text))


def test_fresh8_is_blind_and_held_out() -> None:
    assert "classroom fresh 8" in BLIND_SETS
    items = read_classroom(HERE / CLASSROOM_SETS["classroom fresh 8"])
    assert len(items) >= 300
    assert all(it.held_out and it.part == "held-out 8" for it in items)
    chars = set()
    for it in items:
        assert len(_hanzi(it.text)) == len(it.expected), it.text
        assert len(it.marks) == 1, it.text
        chars.add(it.text[it.marks[0]])
    assert len(chars) >= 150


def test_fresh8_repeats_no_sentence_of_another_set() -> None:
    others = {
        _hanzi(it.text)
        for name, file in CLASSROOM_SETS.items()
        if name != "classroom fresh 8"
        for it in read_classroom(HERE / file)
    }
    fresh = [_hanzi(it.text) for it in read_classroom(HERE / "classroom_fresh8.tsv")]
    assert len(set(fresh)) == len(fresh)
    assert not others & set(fresh)
