"""The readings of last resort are read when the engine loads, not in a teacher's first
text (issue 23, seventeenth round, speed17a)."""

from __future__ import annotations

import pytest

from chinese_teach.core.text import fallback
from chinese_teach.core.text.pinyin import Reader


def test_warm_up_reads_both_tables(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fallback, "_tables", {})
    Reader(engine.lexicon).warm_up()
    assert set(fallback._tables) == {fallback.CHARS_FILE, fallback.PHRASES_FILE}
    assert fallback.char_reading("中") == "zhong1"


def test_preload_reads_nothing_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    fallback.preload()
    tables = dict(fallback._tables)
    monkeypatch.setattr(fallback.SortedTable, "read",
                        classmethod(lambda cls, path: pytest.fail(f"read again: {path}")))
    fallback.preload()
    assert fallback._tables == tables
