"""Titles and order of the Saved readers list."""

from __future__ import annotations

from chinese_teach.core.library.models import ReaderDoc
from chinese_teach.core.library.reader_titles import unique_title


def test_unique_title_numbers_a_taken_title():
    assert unique_title("小明的周末", []) == "小明的周末"
    assert unique_title("小明的周末", ["小明的周末"]) == "小明的周末 (2)"
    assert unique_title(" 小明的周末 ", ["小明的周末", "小明的周末 (2)"]) == "小明的周末 (3)"
    assert unique_title("Story", ["story"]) == "Story (2)"
    assert unique_title("Story (2)", ["Story", "Story (2)"]) == "Story (3)"


def test_readers_as_made_keeps_the_order_when_a_reader_is_saved(tmp_path):
    from dataclasses import replace

    from chinese_teach.core.library.store import Library

    lib = Library.open(tmp_path / "library.sqlite")
    try:
        first, *_ = [lib.save_reader(ReaderDoc(t, "你好")) for t in "ABC"]
        assert [d.title for d in lib.readers_as_made()] == ["C", "B", "A"]
        lib.save_reader(replace(first, text="你好吗"))  # saved last, still listed last
        assert [d.title for d in lib.readers_as_made()] == ["C", "B", "A"]
    finally:
        lib.close()
