"""Where the teacher is in their work: the last lesson and reader, the course's next lesson.

The start page shows this summary; it is computed from the library alone (plus the
ids of the lesson and reader opened last, which the GUI remembers), so it can be
tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from chinese_teach.core.errors import LibraryError
from chinese_teach.core.library.models import Course, Lesson, ReaderDoc, Status
from chinese_teach.core.library.sample import SAMPLE_NAME
from chinese_teach.core.library.store import Library


@dataclass(frozen=True, slots=True)
class Overview:
    """What the start page offers."""

    last_lesson: Lesson | None
    last_lesson_course: Course | None
    last_reader: ReaderDoc | None
    next_lesson: Lesson | None
    next_course: Course | None
    course_count: int
    sample_course: Course | None
    sample_first_lesson: Lesson | None
    sample_reader: ReaderDoc | None


def _lesson(lib: Library, lesson_id: str) -> Lesson | None:
    if not lesson_id:
        return None
    try:
        return lib.lesson(lesson_id)
    except LibraryError:
        return None  # deleted since


def _reader(lib: Library, reader_id: str) -> ReaderDoc | None:
    if not reader_id:
        return None
    try:
        return lib.reader(reader_id)
    except LibraryError:
        return None


def next_lesson(lessons: list[Lesson], today: date) -> Lesson | None:
    """The lesson to prepare next: the first not yet taught that is dated today or later
    (or has no date), in course order; else the first not taught at all."""
    open_lessons = [lesson for lesson in lessons if lesson.status is not Status.TAUGHT]
    for lesson in open_lessons:
        if not lesson.date or lesson.date >= today.isoformat():
            return lesson
    return open_lessons[0] if open_lessons else None


def overview(lib: Library, recent_lesson: str = "", recent_reader: str = "",
             today: date | None = None) -> Overview:
    """The start page's summary of ``lib``.

    The last lesson is the one opened last (``recent_lesson``), else the one edited
    last (changed after it was made); the same for readers. The next lesson comes from
    the last lesson's course, else from the first course.
    """
    today = today or date.today()
    courses = lib.courses()
    by_id = {c.id: c for c in courses}
    last = _lesson(lib, recent_lesson)
    if last is None:  # lessons the teacher changed (not the sample course as it came)
        edited = [lesson for c in courses for lesson in lib.lessons(c.id)
                  if lesson.modified > lesson.created]
        last = max(edited, key=lambda lesson: (lesson.modified, lesson.position), default=None)
    reader = _reader(lib, recent_reader)
    if reader is None:
        readers = [r for r in lib.all_readers() if r.modified > r.created]
        reader = readers[0] if readers else None
    course = by_id.get(last.course_id) if last is not None else None
    if course is None and courses:
        course = courses[0]
    upcoming = next_lesson(lib.lessons(course.id), today) if course is not None else None
    sample = next((c for c in courses if c.name == SAMPLE_NAME), None)
    sample_lessons = lib.lessons(sample.id) if sample is not None else []
    first = sample_lessons[0] if sample_lessons else None
    sample_readers = lib.readers(first.id) if first is not None else []
    return Overview(
        last_lesson=last, last_lesson_course=by_id.get(last.course_id) if last else None,
        last_reader=reader, next_lesson=upcoming, next_course=course if upcoming else None,
        course_count=len(courses), sample_course=sample, sample_first_lesson=first,
        sample_reader=sample_readers[0] if sample_readers else None,
    )
