"""A lesson's Texts tab used as a teacher uses it: paste first, then think about titles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.driving import click, click_item, click_tab, paste_into, type_chinese

TEXT = "今天我们去公园。公园里有很多人。"


def _new_lesson(page, qtbot):
    click_item(page.tree, page.tree.topLevelItem(0))
    cid = page.selected_id()
    before = {r.id for r in page.library.lesson_refs(cid)}
    click(page.buttons["new_lesson"])
    qtbot.waitUntil(lambda: len(page.library.lesson_refs(cid)) == len(before) + 1)
    (ref,) = [r for r in page.library.lesson_refs(cid) if r.id not in before]
    assert page.editor.lesson.id == ref.id
    return ref


def test_pasting_before_add_text_creates_the_text(page, qtbot, messages):
    lesson = _new_lesson(page, qtbot)
    editor = page.editor
    assert page.library.readers(lesson.id) == []
    click_tab(editor.tabs, "Texts")
    assert editor.text_edit.isEnabled()
    paste_into(editor.text_edit, TEXT)
    (doc,) = page.library.readers(lesson.id)
    assert doc.text == TEXT
    assert editor.text_list.count() == 1 and editor.text_list.currentRow() == 0
    assert editor.text_edit.toPlainText() == TEXT
    assert editor.text_edit.textCursor().position() == len(TEXT)  # still typing at the end
    assert editor.delete_text_button.isEnabled()
    # Typing on goes into the same text, not a second one.
    type_chinese(editor.text_edit, "我很高兴。")
    editor.flush()
    (doc,) = page.library.readers(lesson.id)
    assert doc.text == TEXT + "我很高兴。"
    assert not messages


def test_typing_a_title_first_creates_a_text_with_that_title(page, qtbot, messages):
    lesson = _new_lesson(page, qtbot)
    editor = page.editor
    click_tab(editor.tabs, "Texts")
    QTest.mouseClick(editor.text_title, Qt.MouseButton.LeftButton)
    type_chinese(editor.text_title, "在公园")
    editor.flush()
    (doc,) = page.library.readers(lesson.id)
    assert doc.title == "在公园"
    assert editor.text_title.hasFocus() and editor.text_title.text() == "在公园"
    assert not messages


def test_a_too_long_title_is_reported_until_it_is_fixed(page, qtbot, messages):
    lesson = _new_lesson(page, qtbot)
    editor = page.editor
    click_tab(editor.tabs, "Texts")
    paste_into(editor.text_edit, TEXT)
    (doc,) = page.library.readers(lesson.id)
    editor.text_title.selectAll()
    paste_into(editor.text_title, "长" * 667)
    qtbot.waitUntil(lambda: "too long" in editor.status_label.text(), timeout=5000)
    QTest.keyClick(editor.text_title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_chinese(editor.text_title, "在公园")
    qtbot.waitUntil(lambda: page.library.reader(doc.id).title == "在公园", timeout=5000)
    assert editor.status_label.text() == ""
    # Back to the very title saved before: nothing to save, and no stale message either.
    QTest.keyClick(editor.text_title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    paste_into(editor.text_title, "长" * 667)
    qtbot.waitUntil(lambda: "too long" in editor.status_label.text(), timeout=5000)
    QTest.keyClick(editor.text_title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_chinese(editor.text_title, "在公园")
    qtbot.waitUntil(lambda: editor.status_label.text() == "", timeout=5000)
    assert not messages
