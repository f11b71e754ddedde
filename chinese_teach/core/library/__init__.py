"""The teacher's library: courses, lessons, readers, words and corrections (precious data).

API map (everything raises ``LibraryError`` subclasses with a message for the teacher):

* Open: ``startup.open_library(path=None)`` (first run adds the sample course) or
  ``Library.open(path)``. ``LibraryDamagedError`` carries ``.backup`` (newest good
  ``BackupInfo``) and ``.moved_to`` (the damaged file, kept); ``lib.read_only`` and
  ``lib.read_only_reason`` drive the read-only banner. ``LibraryMissingError`` (a
  ``LibraryDamagedError``): no library file but backups or a kept damaged file; a new
  library is never created silently in its place.
* Records (``models``): Course, Unit, Lesson (vocab: VocabItem, grammar: GrammarPoint,
  activities: Activity with Stage, status: Status), ReaderDoc (``options`` is the
  readers' ``ReaderOptions.to_dict()``, stored opaquely), WordList, WordData,
  Correction, SegmentationEdit, LessonRef. Ids are printable (``c-…``, ``l-…``) and
  never change, also across export/import.
* ``Library``: ``courses/course/save_course/delete_course``, ``units/save_unit/
  move_unit/delete_unit``, ``lessons/lesson_refs/lesson/save_lesson(position=)/
  move_lesson/delete_lesson/duplicate_lesson/lesson_from_template/set_lesson_vocab``,
  ``later_lessons``, ``snapshot_lesson/snapshot_unit/snapshot_course/restore_deleted`` (undo),
  ``readers/reader/save_reader/delete_reader``, ``grammar_points/save_grammar_point``,
  ``word_uid/word_data/set_word_data``, ``word_lists/import_word_list``,
  ``corrections/save_correction``, ``segmentation_edits/save_segmentation_edit``,
  ``apply_to_engine(engine)``, ``known_before``, ``search(query)``, ``transaction()``,
  ``add_listener(fn)`` (``Change`` with the later lessons whose known set changed).
* ``known``: ``known_before/known_after/new_words/coverage/lesson_text_coverage``.
* new-word proposals live in ``core/documents/lessonwords.py`` (``propose_new_words``).
* ``exchange``: ``export_course(lib, id, out, overwrite=, lesson_ids=)``,
  ``import_course(lib, path, as_copy=)`` (validated, one transaction; the course's
  corrections are merged, ``ImportResult.conflicts`` where the teacher's own were kept),
  ``duplicate_course(lib, id)``.
* ``corrections_io``: ``export_corrections/import_corrections`` (the corrections JSON
  file), ``merge_edits`` (the library's own edits win), ``parse_pinyin(text, word)`` and
  ``check_syllable`` (what a teacher types, checked), ``edits_touching(lib, texts)``.
* ``backup``: ``list_backups/check_backup/newest_good_backup/restore/rotate``;
  ``lib.db.backup(reason)``.
"""

from __future__ import annotations

from chinese_teach.core.library.db import (
    LibraryDamagedError,
    LibraryMissingError,
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
from chinese_teach.core.library.store import (
    Change,
    Deleted,
    Library,
    NotFoundError,
    SearchHit,
)

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
    "LibraryMissingError",
    "LibraryReadOnlyError",
    "LibraryTooNewError",
    "NotFoundError",
    "ReaderDoc",
    "SearchHit",
    "SegmentationEdit",
    "Stage",
    "Status",
    "Unit",
    "VocabItem",
    "WordData",
    "WordList",
    "WordListItem",
]
