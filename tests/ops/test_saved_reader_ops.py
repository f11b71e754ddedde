"""Saving and deleting the Reader studio's readers, without widgets."""

from __future__ import annotations

import pytest

from chinese_teach.core.library import Library
from chinese_teach.core.library.store import NotFoundError
from chinese_teach.ops.reader import delete_reader, save_reader


def test_a_new_reader_is_stored_with_its_options(lib: Library) -> None:
    result = save_reader(lib, "", title="小马过河", text="小马和妈妈。", subtitle="Class 3",
                         options={"target_level": 3})
    saved = result.value
    assert saved.id and lib.reader(saved.id).text == "小马和妈妈。"
    assert lib.reader(saved.id).options == {"target_level": 3}
    assert result.changes.readers == {saved.id}


def test_a_second_new_reader_with_the_same_title_is_numbered(lib: Library) -> None:
    first = save_reader(lib, "", title="Story", text="一").value
    second = save_reader(lib, "", title="Story", text="二").value
    assert first.title == "Story" and second.title != "Story"
    assert second.title.startswith("Story")


def test_saving_an_open_reader_updates_it_in_place(lib: Library) -> None:
    first = save_reader(lib, "", title="Story", text="一", options={"a": 1}).value
    again = save_reader(lib, first.id, title="Story", text="一二").value
    assert again.id == first.id and again.title == "Story"
    assert [d.text for d in lib.all_readers()] == ["一二"]
    assert again.options == {"a": 1}  # no options given: the stored ones are kept


def test_delete_reader_removes_it(lib: Library) -> None:
    saved = save_reader(lib, "", title="Story", text="一").value
    result = delete_reader(lib, saved.id)
    assert lib.all_readers() == [] and result.changes.readers == {saved.id}
    with pytest.raises(NotFoundError):
        delete_reader(lib, saved.id)
