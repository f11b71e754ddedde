"""The teacher's library: courses, lessons, readers, words and corrections (precious data).

Start with :class:`Library` (``Library.open()``); records are in ``models``; the
known-word logic in ``known``; backups in ``backup``; course files in ``exchange``.
"""

from __future__ import annotations

from chinese_teach.core.library.db import (
    LibraryDamagedError,
    LibraryReadOnlyError,
    LibraryTooNewError,
)
from chinese_teach.core.library.models import (
    Activity,
    Correction,
    Course,
    GrammarPoint,
    Lesson,
    LessonRef,
    ReaderDoc,
    SegmentationEdit,
    Stage,
    Status,
    Unit,
    VocabItem,
    WordData,
    WordList,
    WordListItem,
)
from chinese_teach.core.library.store import Change, Deleted, Library, NotFoundError

__all__ = [
    "Activity",
    "Change",
    "Correction",
    "Course",
    "Deleted",
    "GrammarPoint",
    "Lesson",
    "LessonRef",
    "Library",
    "LibraryDamagedError",
    "LibraryReadOnlyError",
    "LibraryTooNewError",
    "NotFoundError",
    "ReaderDoc",
    "SegmentationEdit",
    "Stage",
    "Status",
    "Unit",
    "VocabItem",
    "WordData",
    "WordList",
    "WordListItem",
]
