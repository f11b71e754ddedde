"""The start page's summary: last lesson and reader, next lesson, the sample course."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from chinese_teach.core.library import Course, Library
from chinese_teach.core.library.models import Lesson, ReaderDoc, Status
from chinese_teach.core.library.overview import next_lesson, overview
from chinese_teach.core.library.sample import SAMPLE_NAME, ensure_sample_course


def test_an_empty_library_offers_nothing_to_continue(lib: Library) -> None:
    o = overview(lib)
    assert (o.last_lesson, o.last_reader, o.next_lesson, o.course_count) == (None, None,
                                                                             None, 0)
    assert o.sample_course is None and o.sample_first_lesson is None


def test_next_lesson_is_the_first_not_taught_from_today(lib: Library, course: Course) -> None:
    made = [lib.save_lesson(Lesson(course_id=course.id, title=f"L{i}", date=d, status=s))
            for i, (d, s) in enumerate((("2026-09-01", Status.TAUGHT),
                                        ("2026-09-03", Status.READY),
                                        ("2026-09-08", Status.DRAFT), ("", Status.DRAFT)))]
    lessons = lib.lessons(course.id)
    assert next_lesson(lessons, date(2026, 9, 2)).id == made[1].id
    assert next_lesson(lessons, date(2026, 9, 5)).id == made[2].id
    assert next_lesson(lessons, date(2026, 10, 1)).id == made[3].id  # undated: still to do
    taught = [replace(lesson, status=Status.TAUGHT) for lesson in lessons]
    assert next_lesson(taught, date(2026, 9, 2)) is None
    # a lesson whose date has passed but is not taught yet is still offered at the end
    late = [replace(lessons[1], date="2026-08-01")]
    assert next_lesson(late, date(2026, 9, 2)).id == made[1].id


def test_last_opened_wins_over_last_edited(lib: Library, course: Course, monkeypatch) -> None:
    from chinese_teach.core.library import rows

    clock = iter(f"2026-09-01T10:00:{s:02d}+00:00" for s in range(60))
    monkeypatch.setattr(rows, "now_iso", lambda: next(clock))
    first = lib.save_lesson(Lesson(course_id=course.id, title="First"))
    second = lib.save_lesson(Lesson(course_id=course.id, title="Second"))
    reader = lib.save_reader(ReaderDoc(title="你好", text="你好！"))
    o = overview(lib)
    assert o.last_lesson is None and o.last_reader is None  # made, never changed
    second = lib.save_lesson(replace(lib.lesson(second.id), notes="Bring flashcards"))
    lib.save_lesson(replace(lib.lesson(first.id), notes="Earlier"))
    first = lib.save_lesson(replace(lib.lesson(first.id), notes="Later"))
    reader = lib.save_reader(replace(lib.reader(reader.id), text="你好！再见！"))
    o = overview(lib)
    assert o.last_lesson.id == first.id and o.last_reader.id == reader.id
    assert o.last_lesson_course.name == course.name
    o = overview(lib, recent_lesson=second.id)
    assert o.last_lesson.id == second.id
    assert overview(lib, recent_lesson="lesson-gone", recent_reader="reader-gone"
                    ).last_lesson.id == first.id  # a deleted lesson is skipped


def test_the_sample_course_is_found_with_its_first_reader(lib: Library) -> None:
    ensure_sample_course(lib)
    o = overview(lib)
    assert o.sample_course.name == SAMPLE_NAME
    assert o.sample_first_lesson.title == "Lesson 1: Hello!"
    assert o.sample_reader.lesson_id == o.sample_first_lesson.id
    assert o.next_lesson is not None and o.next_course.name == SAMPLE_NAME
