"""Undo steps for library edits, built from the library's own snapshots.

An :class:`UndoStep` is data: a label and two :class:`Action` records (what undo
does, what redo does). Deleting puts back from
:meth:`Library.snapshot_lesson` / :meth:`~Library.snapshot_unit` /
:meth:`~Library.snapshot_course` through :meth:`Library.restore_deleted` (same ids,
same places); the other steps save the record as it was. The GUI wraps a step in a
``QUndoCommand``; the CLI and tests call :func:`apply` directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from chinese_teach.ops.changes import OpChanges, recording

if TYPE_CHECKING:
    from chinese_teach.core.library.models import Course, Lesson, Unit
    from chinese_teach.core.library.store import Deleted, Library


@dataclass(frozen=True, slots=True)
class Restore:
    """Put back what a delete removed (or re-create what undo removed)."""

    deleted: Deleted

    def run(self, lib: Library) -> None:
        lib.restore_deleted(self.deleted)


@dataclass(frozen=True, slots=True)
class Delete:
    """Delete a course, unit or lesson (``with_texts``: the texts of the lesson, or of
    every lesson of the course, too; otherwise they stay as saved readers)."""

    kind: str  # "course", "unit" or "lesson"
    ident: str
    with_texts: bool = False

    def run(self, lib: Library) -> None:
        if self.kind == "course":
            with lib.transaction():
                if self.with_texts:
                    for lesson in lib.lessons(self.ident):
                        for doc in lib.readers(lesson.id):
                            lib.delete_reader(doc.id)
                lib.delete_course(self.ident)
        elif self.kind == "unit":
            lib.delete_unit(self.ident)
        else:
            with lib.transaction():
                if self.with_texts:
                    for doc in lib.readers(self.ident):
                        lib.delete_reader(doc.id)
                lib.delete_lesson(self.ident)


@dataclass(frozen=True, slots=True)
class Save:
    """Save a course, unit or lesson as given (an edit, or its earlier state)."""

    record: Course | Unit | Lesson

    def run(self, lib: Library) -> None:
        from chinese_teach.core.library.models import Course, Unit

        if isinstance(self.record, Course):
            lib.save_course(self.record)
        elif isinstance(self.record, Unit):
            lib.save_unit(self.record)
        else:
            lib.save_lesson(self.record)


@dataclass(frozen=True, slots=True)
class Move:
    """Put a lesson at ``index`` in its course and under ``unit_id``."""

    lesson_id: str
    index: int
    unit_id: str | None

    def run(self, lib: Library) -> None:
        from dataclasses import replace

        with lib.transaction():
            if self.unit_id != lib.lesson(self.lesson_id).unit_id:
                lib.save_lesson(replace(lib.lesson(self.lesson_id), unit_id=self.unit_id))
            lib.move_lesson(self.lesson_id, self.index)


Action = Restore | Delete | Save | Move


@dataclass(frozen=True, slots=True)
class UndoStep:
    """One undoable edit: ``label`` for the Edit menu, ``undo`` and ``redo`` actions, and
    the record a view selects afterwards (``focus``)."""

    label: str
    undo: Action
    redo: Action
    focus: str | None = None


def apply(lib: Library, action: Action) -> OpChanges:
    """Run ``action`` as one transaction; returns what it changed."""
    created = ()
    if isinstance(action, Save) and not _exists(lib, action.record):
        created = (action.record.id,)
    with recording(lib) as seen, lib.transaction():
        action.run(lib)
    return OpChanges.from_library(seen, created=created)


def _exists(lib: Library, record: Course | Unit | Lesson) -> bool:
    from chinese_teach.core.library.models import Course, Unit
    from chinese_teach.core.library.store import NotFoundError

    find = lib.course if isinstance(record, Course) else (
        lib.unit if isinstance(record, Unit) else lib.lesson)
    try:
        find(record.id)
    except NotFoundError:
        return False
    return True
