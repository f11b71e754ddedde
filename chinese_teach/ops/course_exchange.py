"""Course exchange operations: share a course as a file, look at a course file, import
one (as a copy when the course is already in the library).

The file format, its checks and the merge of the course's corrections are
:mod:`chinese_teach.core.library.exchange`; these functions are what the window (a
dropped or opened course file, Shared courses) and ``chinese-teach course`` do with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from chinese_teach.core.library.exchange import ImportResult
from chinese_teach.core.library.store import NotFoundError
from chinese_teach.core.progress import CancelToken, ProgressCallback
from chinese_teach.ops.changes import OpChanges, OpResult, recording
from chinese_teach.ops.undo import Delete, Restore, UndoStep

if TYPE_CHECKING:
    from chinese_teach.core.library.store import Library


@dataclass(frozen=True, slots=True)
class CourseFile:
    """What a course file holds, read before importing it."""

    course_id: str
    name: str
    #: the library has a course with this id already (import it as a copy)
    in_library: bool


def read_course(lib: Library, path: Path) -> CourseFile:
    """Check the course file at ``path`` (a readable error if it is not one) and say
    whether its course is in ``lib`` already."""
    from chinese_teach.core.library.exchange import read_course_file

    doc, _texts = read_course_file(path)
    course = doc.get("course", {}) if isinstance(doc, dict) else {}
    course = course if isinstance(course, dict) else {}
    course_id = str(course.get("id", ""))
    in_library = False
    if course_id:
        try:
            lib.course(course_id)
            in_library = True
        except NotFoundError:
            pass
    return CourseFile(course_id, str(course.get("name", "")), in_library)


def import_course(lib: Library, path: Path, *, as_copy: bool = False,
                  progress: ProgressCallback | None = None,
                  cancel: CancelToken | None = None) -> OpResult[ImportResult]:
    """Add the course of the file at ``path`` in one transaction (``as_copy``: under new
    ids, beside the same course). Its pinyin corrections are merged; the teacher's own
    win (``value.conflicts``). The undo step deletes the imported course with its texts
    (nothing of the file is left among the saved readers); redo puts both back."""
    from chinese_teach.core.library.exchange import import_course as add_course

    with recording(lib) as seen:
        result = add_course(lib, path, as_copy=as_copy, progress=progress, cancel=cancel)
    snapshot = lib.snapshot_course(result.course_id)
    return OpResult(result, OpChanges.from_library(seen, created=[result.course_id]),
                    UndoStep("Import course", Delete("course", result.course_id, with_texts=True),
                             Restore(snapshot), result.course_id))


def export_course(lib: Library, course_id: str, out: Path, *, force: bool = False,
                  lesson_ids: list[str] | None = None,
                  progress: ProgressCallback | None = None,
                  cancel: CancelToken | None = None) -> OpResult[Path]:
    """Write the course (or only ``lesson_ids``) to the course file ``out``; an existing
    file is replaced only with ``force``."""
    from chinese_teach.core.library.exchange import export_course as write_course

    written = write_course(lib, course_id, out, overwrite=force, lesson_ids=lesson_ids,
                           progress=progress, cancel=cancel)
    return OpResult(written, OpChanges.wrote(written))
