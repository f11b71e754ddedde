"""The Library page: course tree, drag to reorder, search, duplicate, delete with undo."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView

from chinese_teach.core.library import Course, Lesson, ReaderDoc, VocabItem
from chinese_teach.gui.pages.library import KIND_ROLE, LibraryPage

Below = QAbstractItemView.DropIndicatorPosition.BelowItem
Above = QAbstractItemView.DropIndicatorPosition.AboveItem




@pytest.fixture
def course(page: LibraryPage):
    lib = page.library
    c = lib.save_course(Course(name="Reorder course", start_level=0))
    for title, words in (("A", ["熊猫"]), ("B", ["长城"]), ("C", ["故宫"]), ("D", [])):
        lesson = lib.save_lesson(Lesson(course_id=c.id, title=title,
                                        vocab=[VocabItem(w) for w in words]))
        lib.save_reader(ReaderDoc(title=f"Text {title}", text="你好。", lesson_id=lesson.id))
    page.reload(select=c.id)
    return c


def titles(page: LibraryPage, course_id: str) -> list[str]:
    return [r.title for r in page.library.lesson_refs(course_id)]


def test_tree_shows_courses_units_and_lessons(page: LibraryPage, course) -> None:
    lib = page.library
    page.tree.setCurrentItem(page.find_item(course.id))
    unit = page.new_unit("Unit 1: People")
    first = lib.lesson_refs(course.id)[0]
    lib.save_lesson(replace(lib.lesson(first.id), unit_id=unit.id))
    page.reload()
    item = page.find_item(first.id)
    assert item.parent().data(0, KIND_ROLE) == "unit"
    assert item.parent().parent().data(0, KIND_ROLE) == "course"
    assert item.text(0) == "1. A"


def test_drop_reorders_and_reports_affected_lessons_undo_restores(page, course) -> None:
    ids = [r.id for r in page.library.lesson_refs(course.id)]
    # Drag C above A.
    page.tree.lesson_dropped.emit(ids[2], (page.find_item(ids[0]), Above))
    assert titles(page, course.id) == ["C", "A", "B", "D"]
    msg = page.message.text()
    assert "A" in msg and "B" in msg and "known words changed" in msg
    assert page.find_item(ids[2]).text(0) == "1. C"
    # Drag C below D (to the end).
    page.tree.lesson_dropped.emit(ids[2], (page.find_item(ids[3]), Below))
    assert titles(page, course.id) == ["A", "B", "D", "C"]
    page.undo_stack.undo()
    assert titles(page, course.id) == ["C", "A", "B", "D"]
    page.undo_stack.undo()
    assert titles(page, course.id) == ["A", "B", "C", "D"]
    page.undo_stack.redo()
    assert titles(page, course.id) == ["C", "A", "B", "D"]
    # The known set follows the order: 故宫 is now known before A.
    assert "故宫" in page.library.known_before(ids[0]).words


def test_delete_lesson_and_undo_puts_it_back_with_its_texts(page, course) -> None:
    lib = page.library
    ids = [r.id for r in lib.lesson_refs(course.id)]
    page.tree.setCurrentItem(page.find_item(ids[1]))
    page.delete_selected()
    assert titles(page, course.id) == ["A", "C", "D"]
    assert "C" in page.message.text()  # later lessons whose known words changed
    assert page.find_item(ids[1]) is None
    page.undo_stack.undo()
    assert titles(page, course.id) == ["A", "B", "C", "D"]
    back = lib.lesson(ids[1])
    assert back.words == ["长城"] and [d.title for d in lib.readers(ids[1])] == ["Text B"]
    page.undo_stack.redo()
    assert titles(page, course.id) == ["A", "C", "D"]


def test_delete_course_and_undo(page, course) -> None:
    lib = page.library
    ids = [r.id for r in lib.lesson_refs(course.id)]
    page.tree.setCurrentItem(page.find_item(course.id))
    page.delete_selected()
    assert course.id not in {c.id for c in lib.courses()}
    page.undo_stack.undo()
    assert [r.id for r in lib.lesson_refs(course.id)] == ids
    assert lib.lesson(ids[0]).words == ["熊猫"]
    assert len(lib.readers(ids[3])) == 1


def test_duplicate_lesson(page, course) -> None:
    lib = page.library
    ids = [r.id for r in lib.lesson_refs(course.id)]
    page.tree.setCurrentItem(page.find_item(ids[0]))
    copy = page.duplicate_selected()
    assert titles(page, course.id)[:2] == ["A", "A (copy)"]
    assert page.selected_id() == copy.id
    assert [d.text for d in lib.readers(copy.id)] == ["你好。"]
    page.undo_stack.undo()
    assert titles(page, course.id) == ["A", "B", "C", "D"]


def test_search_filters_by_title_and_word(page, course) -> None:
    ids = [r.id for r in page.library.lesson_refs(course.id)]
    page.search_edit.setText("长城")
    visible = [i for i in ids if not page.find_item(i).isHidden()]
    assert visible == [ids[1]]
    assert not page.find_item(course.id).isHidden()
    page.search_edit.setText("reorder")
    assert all(not page.find_item(i).isHidden() for i in ids)
    page.search_edit.setText("")
    assert page.focus_search()


def test_page_is_registered_and_screenshot(window, qtbot, tmp_path: Path) -> None:
    page = window.show_page("library")
    assert isinstance(page, LibraryPage) and window.current_key() == "library"
    page.load_sample()
    qtbot.wait(300)
    assert page.editor.lesson is not None
    shot = Path(os.environ.get("LIBRARY_SCREENSHOT", tmp_path / "library.png"))
    assert window.grab().save(str(shot))


def test_drop_on_a_unit_moves_the_lesson_into_it(page, course) -> None:
    lib = page.library
    ids = [r.id for r in lib.lesson_refs(course.id)]
    page.tree.setCurrentItem(page.find_item(course.id))
    unit = page.new_unit("Unit 1")
    lib.save_lesson(replace(lib.lesson(ids[0]), unit_id=unit.id))
    page.reload()
    OnItem = QAbstractItemView.DropIndicatorPosition.OnItem
    page.tree.lesson_dropped.emit(ids[3], (page.find_item(unit.id), OnItem))
    assert titles(page, course.id) == ["A", "D", "B", "C"]
    assert lib.lesson(ids[3]).unit_id == unit.id
    assert page.find_item(ids[3]).parent().data(0, KIND_ROLE) == "unit"
    page.undo_stack.undo()
    assert titles(page, course.id) == ["A", "B", "C", "D"]
    assert lib.lesson(ids[3]).unit_id is None


def test_course_dialog_starting_vocabulary_with_word_list(page, tmp_path: Path) -> None:
    from chinese_teach.gui.pages.library import CourseDialog

    words = tmp_path / "textbook.txt"
    words.write_text("熊猫\n长城\n", encoding="utf-8")
    dialog = CourseDialog(parent=page, library=page.library)
    dialog.name_edit.setText("With list")
    dialog.standard_combo.setCurrentIndex(dialog.standard_combo.findData("hsk2021"))
    dialog.start_spin.setValue(1)
    dialog.import_list(words)
    course = page.new_course(dialog.result_course())
    saved = page.library.course(course.id)
    assert saved.start_level == 1 and saved.start_list_id is not None
    known = page.library.starting_vocabulary(course.id)
    assert {"熊猫", "长城", "学生"} <= known.words


def test_long_template_names_leave_room_for_the_lesson_editor(page: LibraryPage, qtbot) -> None:
    """On a 1,120-pixel page (a 1280-pixel laptop screen minus the sidebar) the course
    tree must not grow with the template names: the lesson editor gets most of the width."""
    page.resize(1120, 760)
    qtbot.waitExposed(page)
    left, right = page.splitter.sizes()
    assert left < 0.4 * (left + right), (left, right)
    # the template box has a row of its own under the tree, as wide as the tree, so that
    # "Presentation - practice - production" shows whole without widening the tree
    assert page.template_combo.width() <= left
    longest = max(page.template_combo.fontMetrics().horizontalAdvance(
        page.template_combo.itemText(i)) for i in range(page.template_combo.count()))
    assert page.template_combo.width() > longest
    assert page.template_combo.view().minimumWidth() > longest  # and so does its list
