"""Where a lesson dragged in the course tree lands, and what counts as a lesson edit,
without widgets."""

from __future__ import annotations

from dataclasses import replace

from chinese_teach.core.library import Course, Lesson, Library, Unit
from chinese_teach.ops import library as ops
from chinese_teach.ops.lesson import lesson_content


def _course(lib: Library, course: Course) -> tuple[list[Lesson], Unit]:
    unit = lib.save_unit(Unit(course.id, "Food"))
    lessons = [lib.save_lesson(Lesson(course_id=course.id, title=t,
                                      unit_id=unit.id if t in ("B", "C") else None))
               for t in ("A", "B", "C", "D")]
    return [lib.lesson(x.id) for x in lessons], unit


def test_dropped_below_a_later_lesson_lands_after_it(lib: Library, course: Course) -> None:
    (a, _b, c, _d), unit = _course(lib, course)
    assert ops.drop_place(lib, a.id, "lesson", c.id, below=True) == (c.position, unit.id)
    assert ops.drop_place(lib, a.id, "lesson", c.id, below=False) == (c.position - 1, unit.id)


def test_dropped_above_an_earlier_lesson_takes_its_place(lib: Library, course: Course) -> None:
    (a, _b, _c, d), _unit = _course(lib, course)
    assert ops.drop_place(lib, d.id, "lesson", a.id, below=False) == (a.position, None)


def test_dropped_on_a_unit_goes_last_in_it(lib: Library, course: Course) -> None:
    (a, _b, c, d), unit = _course(lib, course)
    assert ops.drop_place(lib, a.id, "unit", unit.id, below=False) == (c.position, unit.id)
    assert ops.drop_place(lib, d.id, "unit", unit.id, below=False) == (c.position + 1, unit.id)


def test_dropped_on_the_course_or_nowhere(lib: Library, course: Course) -> None:
    (a, b, _c, d), _unit = _course(lib, course)
    assert ops.drop_place(lib, b.id, "course", course.id, below=False) == (0, None)
    assert ops.drop_place(lib, a.id, "course", course.id, below=True) == (d.position, None)
    assert ops.drop_place(lib, b.id, None, "", below=False) == (d.position, b.unit_id)


def test_lesson_content_ignores_timestamps_but_not_edits(lib: Library, course: Course) -> None:
    lesson = lib.save_lesson(Lesson(course_id=course.id, title="A", homework="p. 3"))
    assert lesson_content(replace(lesson, modified="2030-01-01")) == lesson_content(lesson)
    assert lesson_content(replace(lesson, homework="p. 4")) != lesson_content(lesson)
