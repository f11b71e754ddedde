"""Course exchange operations without widgets: export a course, read a course file,
import it (fresh, or as a copy beside itself), undo the import."""

from __future__ import annotations

from pathlib import Path

import pytest

from chinese_teach.core.errors import BadInputError, ChineseTeachError, ExportError
from chinese_teach.core.library import Course, Lesson, Library, ReaderDoc
from chinese_teach.ops import undo
from chinese_teach.ops.course_exchange import export_course, import_course, read_course


@pytest.fixture
def shared(lib: Library, course: Course, tmp_path: Path) -> Path:
    """The course, with a lesson and its text, written as a course file."""
    lesson = lib.save_lesson(Lesson(course_id=course.id, title="At the bank"))
    lib.save_reader(ReaderDoc(title="Story", text="我要去银行。", lesson_id=lesson.id))
    out = tmp_path / "beginners.zip"
    result = export_course(lib, course.id, out)
    assert result.value == out and result.changes.files == (out,)
    assert not result.changes.library
    return out


def test_export_refuses_an_existing_file_without_force(lib: Library, course: Course,
                                                       shared: Path) -> None:
    before = shared.read_bytes()
    with pytest.raises(ExportError):
        export_course(lib, course.id, shared)
    assert shared.read_bytes() == before
    assert export_course(lib, course.id, shared, force=True).value == shared


def test_reading_a_course_file_says_whether_the_course_is_there(
        lib: Library, course: Course, shared: Path, tmp_path: Path) -> None:
    here = read_course(lib, shared)
    assert (here.course_id, here.name, here.in_library) == (course.id, "Beginners A", True)
    other = Library.open(tmp_path / "other.sqlite")
    try:
        assert read_course(other, shared).in_library is False
    finally:
        other.close()
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(ChineseTeachError):
        read_course(lib, junk)


def test_import_into_another_library_and_undo_it(shared: Path, tmp_path: Path) -> None:
    other = Library.open(tmp_path / "other.sqlite")
    try:
        result = import_course(other, shared)
        imported = result.value
        assert (imported.name, imported.lessons, imported.readers) == ("Beginners A", 1, 1)
        assert not imported.as_copy
        assert result.changes.structure and imported.course_id in result.changes.courses
        assert [c.name for c in other.courses()] == ["Beginners A"]
        assert result.undo is not None and result.undo.focus == imported.course_id

        changes = undo.apply(other, result.undo.undo)
        assert other.courses() == [] and changes.structure
        assert other.all_readers() == []  # the course's text went with it
        undo.apply(other, result.undo.redo)
        assert [c.id for c in other.courses()] == [imported.course_id]
        [lesson] = other.lessons(imported.course_id)
        assert lesson.title == "At the bank"
        assert [(d.title, d.text) for d in other.readers(lesson.id)] == [("Story", "我要去银行。")]
    finally:
        other.close()


def test_import_beside_itself_needs_a_copy(lib: Library, course: Course,
                                           shared: Path) -> None:
    with pytest.raises(BadInputError):
        import_course(lib, shared)
    assert len(lib.courses()) == 1
    copy = import_course(lib, shared, as_copy=True).value
    assert copy.as_copy and copy.course_id != course.id
    assert sorted(c.id for c in lib.courses()) == sorted([course.id, copy.course_id])
