"""Library operations and their undo steps, without widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from chinese_teach.core.library import Course, Lesson, Library, NotFoundError, ReaderDoc, Unit
from chinese_teach.core.library.models import VocabItem
from chinese_teach.ops import library as ops
from chinese_teach.ops.undo import apply


def _titles(lib: Library, course_id: str) -> list[str]:
    return [r.title for r in lib.lesson_refs(course_id)]


def _lesson(lib: Library, course: Course, title: str, words=(), unit_id=None) -> Lesson:
    return lib.save_lesson(Lesson(course_id=course.id, title=title, unit_id=unit_id,
                                  vocab=[VocabItem(w) for w in words]))


def test_create_course_and_undo_redo(lib: Library) -> None:
    result = ops.create_course(lib, Course(name="Evening class"))
    cid = result.value.id
    assert result.changes.structure and cid in result.changes.courses
    assert result.undo.focus == cid
    apply(lib, result.undo.undo)
    assert [c.id for c in lib.courses()] == []
    changes = apply(lib, result.undo.redo)
    assert changes.structure and lib.course(cid).name == "Evening class"


def test_edit_course_undo_puts_the_old_settings_back(lib: Library, course: Course) -> None:
    from dataclasses import replace

    result = ops.edit_course(lib, replace(course, name="Renamed", target_level=4))
    assert lib.course(course.id).name == "Renamed" and course.id in result.changes.courses
    apply(lib, result.undo.undo)
    assert lib.course(course.id).name == "Beginners A"
    assert lib.course(course.id).target_level == 2
    apply(lib, result.undo.redo)
    assert lib.course(course.id).target_level == 4


def test_create_unit_and_lesson_from_template(lib: Library, course: Course) -> None:
    unit = ops.create_unit(lib, course.id, "Unit 1").value
    _lesson(lib, course, "One")
    made = ops.create_lesson(lib, course.id, "ppp", "Two", unit_id=unit.id, position=0)
    assert made.changes.structure and made.value.activities
    assert _titles(lib, course.id) == ["Two", "One"]
    apply(lib, made.undo.undo)
    assert _titles(lib, course.id) == ["One"]
    apply(lib, made.undo.redo)
    again = lib.lesson(made.value.id)
    assert (again.position, again.unit_id) == (0, unit.id)
    apply(lib, ops.create_unit(lib, course.id, "Unit 2").undo.undo)
    assert [u.title for u in lib.units(course.id)] == ["Unit 1"]


def test_duplicate_lesson_with_its_texts_and_undo(lib: Library, course: Course) -> None:
    one = _lesson(lib, course, "One", ["你好"])
    _lesson(lib, course, "Two")
    lib.save_reader(ReaderDoc(title="Dialogue", text="你好！", lesson_id=one.id))
    result = ops.duplicate_lesson(lib, one.id)
    copy = result.value
    assert _titles(lib, course.id) == ["One", "One (copy)", "Two"]
    assert [r.title for r in result.changes.affected] == ["Two"]
    texts_before = len(lib.all_readers())
    apply(lib, result.undo.undo)
    assert _titles(lib, course.id) == ["One", "Two"]
    assert len(lib.all_readers()) == texts_before - 1  # the copy's text went with it
    apply(lib, result.undo.redo)
    assert _titles(lib, course.id) == ["One", "One (copy)", "Two"]
    assert [d.text for d in lib.readers(copy.id)] == ["你好！"]


@pytest.mark.parametrize("kind", ["lesson", "unit", "course"])
def test_delete_and_undo_put_everything_back(lib: Library, course: Course, kind: str) -> None:
    unit = lib.save_unit(Unit(course.id, "Unit 1"))
    one = _lesson(lib, course, "One", ["你好"], unit.id)
    two = _lesson(lib, course, "Two", ["谢谢"], unit.id)
    _lesson(lib, course, "Three")
    text = lib.save_reader(ReaderDoc(title="T", text="谢谢你", lesson_id=two.id))
    before = [(x.id, x.position, x.unit_id) for x in lib.lessons(course.id)]
    ident = {"lesson": two.id, "unit": unit.id, "course": course.id}[kind]
    result = ops.delete(lib, kind, ident)
    assert result.changes.structure
    if kind == "lesson":
        assert [r.title for r in result.value] == ["Three"]
    apply(lib, result.undo.undo)
    assert [(x.id, x.position, x.unit_id) for x in lib.lessons(course.id)] == before
    assert [u.id for u in lib.units(course.id)] == [unit.id]
    assert [d.id for d in lib.readers(two.id)] == [text.id]
    apply(lib, result.undo.redo)
    if kind == "course":
        with pytest.raises(NotFoundError):
            lib.course(course.id)
    elif kind == "unit":
        assert lib.units(course.id) == [] and lib.lesson(one.id).unit_id is None
    else:
        assert _titles(lib, course.id) == ["One", "Three"]


def test_move_lesson_reports_affected_and_undoes(lib: Library, course: Course) -> None:
    unit = lib.save_unit(Unit(course.id, "Unit 1"))
    a = _lesson(lib, course, "A", ["一"])
    _lesson(lib, course, "B", ["二"])
    _lesson(lib, course, "C", ["三"])
    result = ops.move_lesson(lib, a.id, 2, unit.id)
    assert _titles(lib, course.id) == ["B", "C", "A"]
    assert [r.title for r in result.value] == ["B", "C", "A"]
    assert result.changes.structure and lib.lesson(a.id).unit_id == unit.id
    apply(lib, result.undo.undo)
    assert _titles(lib, course.id) == ["A", "B", "C"] and lib.lesson(a.id).unit_id is None
    apply(lib, result.undo.redo)
    assert _titles(lib, course.id) == ["B", "C", "A"]


def test_save_lesson_undo_restores_the_fields(lib: Library, course: Course) -> None:
    from dataclasses import replace

    one = _lesson(lib, course, "One")
    result = ops.save_lesson(lib, replace(one, title="Greetings", homework="p. 3"))
    assert result.changes.lessons == {one.id} and not result.changes.structure
    apply(lib, result.undo.undo)
    assert (lib.lesson(one.id).title, lib.lesson(one.id).homework) == ("One", "")
    apply(lib, result.undo.redo)
    assert lib.lesson(one.id).title == "Greetings"


def test_import_word_list(lib: Library, tmp_path: Path) -> None:
    src = tmp_path / "class words.txt"
    src.write_text("你好\n谢谢\n", encoding="utf-8")
    result = ops.import_word_list(lib, src)
    assert result.changes.word_lists
    assert [i.word for i in lib.word_list(result.value.id).items] == ["你好", "谢谢"]


def test_rename_unit_and_undo_redo(lib: Library, course: Course) -> None:
    unit = lib.save_unit(Unit(course.id, "Unit 3"))
    result = ops.rename_unit(lib, unit.id, "  Food   and drink ")
    assert lib.unit(unit.id).title == "Food and drink"
    assert unit.id in result.changes.units and result.undo.focus == unit.id
    apply(lib, result.undo.undo)
    assert lib.unit(unit.id).title == "Unit 3"
    apply(lib, result.undo.redo)
    assert lib.unit(unit.id).title == "Food and drink"


def test_rename_unit_refuses_a_blank_name(lib: Library, course: Course) -> None:
    from chinese_teach.core.errors import BadInputError

    unit = lib.save_unit(Unit(course.id, "Unit 1"))
    with pytest.raises(BadInputError) as err:
        ops.rename_unit(lib, unit.id, "   ")
    assert "needs a name" in err.value.text("en")
    assert lib.unit(unit.id).title == "Unit 1"
