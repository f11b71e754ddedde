"""Titles and order of the Saved readers list."""

from __future__ import annotations

from chinese_teach.core.library.models import ReaderDoc
from chinese_teach.core.library.reader_titles import list_order, unique_title


def test_unique_title_numbers_a_taken_title():
    assert unique_title("小明的周末", []) == "小明的周末"
    assert unique_title("小明的周末", ["小明的周末"]) == "小明的周末 (2)"
    assert unique_title(" 小明的周末 ", ["小明的周末", "小明的周末 (2)"]) == "小明的周末 (3)"
    assert unique_title("Story", ["story"]) == "Story (2)"
    assert unique_title("Story (2)", ["Story", "Story (2)"]) == "Story (3)"


def test_list_order_is_by_creation_newest_first_and_ignores_saves():
    old = ReaderDoc("old", "", id="a", created="2026-01-01T10:00:00", modified="2026-12-01")
    new = ReaderDoc("new", "", id="b", created="2026-02-01T10:00:00", modified="2026-02-01")
    assert [d.title for d in list_order([old, new])] == ["new", "old"]
