"""Library operations: courses, units and lessons, each with its undo step.

These run on the thread that owns ``lib`` (the window's connection, on the UI
thread: each is a few quick statements). Every function returns an
:class:`~chinese_teach.ops.changes.OpResult` whose ``undo`` takes the edit back.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from chinese_teach.core.errors import BadInputError
from chinese_teach.core.library.models import Course, Lesson, LessonRef, Unit, WordList
from chinese_teach.ops.changes import OpChanges, OpResult, recording
from chinese_teach.ops.undo import Delete, Move, Restore, Save, UndoStep

if TYPE_CHECKING:
    from chinese_teach.core.library.store import Library


def create_course(lib: Library, course: Course) -> OpResult[Course]:
    """Add a course; undo deletes it."""
    with recording(lib) as seen:
        saved = lib.save_course(course)
    return OpResult(saved, OpChanges.from_library(seen, created=[saved.id]),
                    UndoStep("New course", Delete("course", saved.id), Save(saved), saved.id))


def edit_course(lib: Library, course: Course) -> OpResult[Course]:
    """Save a course's settings; undo puts the old ones back."""
    old = lib.course(course.id)
    with recording(lib) as seen:
        saved = lib.save_course(course)
    return OpResult(saved, OpChanges.from_library(seen),
                    UndoStep("Course settings", Save(old), Save(saved), saved.id))


def create_unit(lib: Library, course_id: str, title: str) -> OpResult[Unit]:
    """Add a unit heading at the end of a course; undo deletes it."""
    with recording(lib) as seen:
        unit = lib.save_unit(Unit(course_id, title))
    return OpResult(unit, OpChanges.from_library(seen, created=[unit.id]),
                    UndoStep("New unit", Delete("unit", unit.id), Save(unit), unit.id))


def rename_unit(lib: Library, unit_id: str, title: str) -> OpResult[Unit]:
    """Give a unit a new name (surrounding spaces dropped); undo puts the old name back.
    A blank name is refused: a unit heading with no words cannot be found again."""
    name = " ".join(title.split())
    if not name:
        raise BadInputError(key="error.ops.unit_needs_name")
    old = lib.unit(unit_id)
    with recording(lib) as seen:
        saved = lib.save_unit(replace(old, title=name))
    return OpResult(saved, OpChanges.from_library(seen),
                    UndoStep("Rename unit", Save(old), Save(saved), saved.id))


def create_lesson(lib: Library, course_id: str, template: str, title: str, *,
                  unit_id: str | None = None, position: int | None = None
                  ) -> OpResult[Lesson]:
    """A lesson from ``template`` at ``position`` (default: the end); undo deletes it."""
    with recording(lib) as seen:
        lesson = lib.lesson_from_template(course_id, template, title, unit_id=unit_id,
                                          position=position)
    return OpResult(lesson, OpChanges.from_library(seen, created=[lesson.id]),
                    UndoStep("New lesson", Delete("lesson", lesson.id),
                             Restore(lib.snapshot_lesson(lesson.id)), lesson.id))


def duplicate_lesson(lib: Library, lesson_id: str) -> OpResult[Lesson]:
    """Copy a lesson with its texts right after itself; undo deletes the copy and its
    texts. ``changes.affected`` lists the later lessons when the copy has vocabulary."""
    with recording(lib) as seen:
        copy = lib.duplicate_lesson(lesson_id)
    affected = tuple(lib.later_lessons(copy.id)) if copy.vocab else ()
    changes = replace(OpChanges.from_library(seen, created=[copy.id]), affected=affected)
    return OpResult(copy, changes,
                    UndoStep("Duplicate lesson", Delete("lesson", copy.id, with_texts=True),
                             Restore(lib.snapshot_lesson(copy.id)), copy.id))


def delete(lib: Library, kind: str, ident: str) -> OpResult[list[LessonRef]]:
    """Delete a lesson, unit or course (``kind``); undo puts it back with the same ids.
    The value is the later lessons whose known words changed (a lesson's delete)."""
    snapshot = {"lesson": lib.snapshot_lesson, "unit": lib.snapshot_unit,
                "course": lib.snapshot_course}[kind](ident)
    with recording(lib) as seen:
        if kind == "lesson":
            affected = lib.delete_lesson(ident)
        else:
            Delete(kind, ident).run(lib)
            affected = []
    label = {"lesson": "Delete lesson", "unit": "Delete unit", "course": "Delete course"}[kind]
    return OpResult(affected, OpChanges.from_library(seen),
                    UndoStep(label, Restore(snapshot), Delete(kind, ident), ident))


def move_lesson(lib: Library, lesson_id: str, index: int, unit_id: str | None
                ) -> OpResult[list[LessonRef]]:
    """Put a lesson at ``index`` in its course, under ``unit_id``; the value lists the
    lessons whose known words changed. Undo puts it back."""
    before = lib.lesson(lesson_id)
    with recording(lib) as seen, lib.transaction():
        if unit_id != before.unit_id:
            lib.save_lesson(replace(before, unit_id=unit_id))
        affected = lib.move_lesson(lesson_id, index)
    return OpResult(affected, OpChanges.from_library(seen),
                    UndoStep("Move lesson", Move(lesson_id, before.position, before.unit_id),
                             Move(lesson_id, index, unit_id), lesson_id))


def drop_place(lib: Library, lesson_id: str, target_kind: str | None, target_id: str,
               *, below: bool) -> tuple[int, str | None]:
    """Where a lesson dragged in the course tree lands: its index in the course order and
    its unit, dropped above or ``below`` a lesson, on a unit (``target_kind`` "unit": last
    of that unit), on the course (first, or last when ``below``), or on nothing (last)."""
    lesson = lib.lesson(lesson_id)
    refs = lib.lesson_refs(lesson.course_id)
    if target_kind is None:
        return len(refs) - 1, lesson.unit_id
    if target_kind == "lesson":
        target = lib.lesson(target_id)
        index = target.position + (1 if below else 0)
        if target.position >= 0 and lesson.position < index:
            index -= 1
        return index, target.unit_id
    if target_kind == "unit":
        members = [x for x in refs if lib.lesson(x.id).unit_id == target_id]
        index = (members[-1].position + (0 if lesson.position <= members[-1].position
                                         else 1)) if members else len(refs) - 1
        return index, target_id
    return (len(refs) - 1 if below else 0), None


def save_lesson(lib: Library, lesson: Lesson) -> OpResult[Lesson]:
    """Save the teacher's edits of a lesson (an autosave); undo restores the fields as
    they were."""
    before = lib.lesson(lesson.id)
    with recording(lib) as seen:
        saved = lib.save_lesson(lesson)
    return OpResult(saved, OpChanges.from_library(seen),
                    UndoStep("Edit lesson", Save(before), Save(saved), saved.id))


def import_word_list(lib: Library, path: Path) -> OpResult[WordList]:
    """Import a word-list file (a course's starting vocabulary)."""
    with recording(lib) as seen:
        wl = lib.import_word_list(path)
    return OpResult(wl, OpChanges.from_library(seen))
