"""Renaming a unit in the Library's course tree, as a teacher does it: double-click, F2 or
the Rename unit button, type, Enter; undo puts the old name back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.driving import click, click_item, type_into_editor


def _new_unit(page, qtbot):
    """Click the first course, then New unit; returns the new unit and its tree row."""
    click_item(page.tree, page.tree.topLevelItem(0))
    cid = page.selected_id()
    before = {u.id for u in page.library.units(cid)}
    click(page.buttons["new_unit"])
    qtbot.waitUntil(lambda: len(page.library.units(cid)) == len(before) + 1)
    (unit,) = [u for u in page.library.units(cid) if u.id not in before]
    item = page.find_item(unit.id)
    assert page.tree.currentItem() is item
    return unit, item


def test_double_click_renames_a_unit_and_undo_takes_it_back(page, qtbot, messages):
    unit, item = _new_unit(page, qtbot)
    click_item(page.tree, item, double=True)
    type_into_editor(qtbot, page.tree, "Food and drink")
    qtbot.waitUntil(lambda: page.library.unit(unit.id).title == "Food and drink")
    assert page.find_item(unit.id).text(0) == "Food and drink"
    assert page.undo_stack.undoText() == "Rename unit"
    click(page.buttons["undo"])
    assert page.library.unit(unit.id).title == unit.title
    assert page.find_item(unit.id).text(0) == unit.title
    click(page.buttons["redo"])
    assert page.library.unit(unit.id).title == "Food and drink"
    assert not messages


def test_f2_renames_the_selected_unit(page, qtbot, messages):
    unit, _item = _new_unit(page, qtbot)
    page.tree.setFocus()
    QTest.keyClick(page.tree, Qt.Key.Key_F2)
    type_into_editor(qtbot, page.tree, "At school")
    qtbot.waitUntil(lambda: page.library.unit(unit.id).title == "At school")
    assert not messages


def test_rename_button_opens_the_name_and_a_blank_name_is_refused(page, qtbot, messages):
    unit, _item = _new_unit(page, qtbot)
    assert page.buttons["rename"].isEnabled()
    click(page.buttons["rename"])
    type_into_editor(qtbot, page.tree, "   ")
    qtbot.waitUntil(lambda: bool(messages))
    assert "needs a name" in messages[0][1]
    assert page.library.unit(unit.id).title == unit.title
    assert page.find_item(unit.id).text(0) == unit.title
    assert page.undo_stack.count() == 1  # only the New unit step


def test_rename_button_is_only_for_units(page, qtbot):
    course_item = page.tree.topLevelItem(0)
    page.tree.setCurrentItem(course_item)
    assert not page.buttons["rename"].isEnabled()
