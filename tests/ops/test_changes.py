"""OpChanges sums up the library's change events for the views."""

from __future__ import annotations

from pathlib import Path

from chinese_teach.core.library import Change, Course, Library, Unit
from chinese_teach.core.library.models import LessonRef
from chinese_teach.ops.changes import OpChanges, recording


def test_saving_a_lesson_is_not_a_change_of_shape() -> None:
    ch = OpChanges.from_library([Change("lesson", "saved", ("l-1",), "c-1")])
    assert ch.lessons == {"l-1"} and not ch.structure and not ch.courses
    assert ch.library and not ch.corrections


def test_new_deleted_moved_and_restored_records_change_the_shape() -> None:
    assert OpChanges.from_library([Change("lesson", "saved", ("l-1",))],
                                  created=["l-1"]).structure
    for action in ("deleted", "moved", "restored"):
        assert OpChanges.from_library([Change("unit", action, ("u-1",), "c-1")]).structure
    assert not OpChanges.from_library([Change("reader", "deleted", ("r-1",))]).structure


def test_kinds_and_affected_lessons() -> None:
    ref = LessonRef("l-2", "Two", 1)
    ch = OpChanges.from_library([
        Change("corrections", "saved", ("1",)), Change("wordlist", "saved", ("w",)),
        Change("grammar", "saved", ("3",)), Change("lesson", "saved", ("l-1",), "c", (ref,)),
        Change("lesson", "saved", ("l-1",), "c", (ref,))])
    assert ch.corrections and ch.word_lists and ch.grammar
    assert ch.affected == (ref,)


def test_files_written_are_not_library_changes(tmp_path: Path) -> None:
    ch = OpChanges.wrote(tmp_path / "a.pdf")
    assert ch.files == (tmp_path / "a.pdf",) and not ch.library
    both = ch | OpChanges(lessons=frozenset({"l-1"}))
    assert both.library and both.files == ch.files and both.lessons == {"l-1"}


def test_recording_collects_only_inside_the_block(lib: Library) -> None:
    with recording(lib) as seen:
        course = lib.save_course(Course(name="A"))
    lib.save_unit(Unit(course.id, "after"))
    assert [(c.kind, c.action) for c in seen] == [("course", "saved")]
