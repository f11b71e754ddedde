"""Every button of the Library page and its lesson editor, clicked as a teacher clicks it
(the mouse on the visible button or tab, dialogs answered through their buttons, file
dialogs answered with a path), each checked for what it did."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit

from chinese_teach.gui.widgets.lesson_vocab import MEANING_COLUMN, PROPOSAL_MEANING_COLUMN
from tests.gui.driving import (
    answer_dialog,
    choose_files,
    click,
    click_item,
    click_tab,
    paste_into,
    type_chinese,
)

TEXT = "今天我们去公园。公园里有很多人，有的人在跑步。"


def _first_lesson(page):
    item = next(i for i in page.tree.items() if i.data(0, Qt.ItemDataRole.UserRole) == "lesson")
    click_item(page.tree, item)
    return page.editor.lesson


def _lesson_with_words(page, qtbot):
    """A new lesson holding a pasted text and its accepted words."""
    click_item(page.tree, page.tree.topLevelItem(0))
    click(page.buttons["new_lesson"])
    editor = page.editor
    click_tab(editor.tabs, "Texts")
    paste_into(editor.text_edit, TEXT)
    click_tab(editor.tabs, "Vocabulary")
    panel = editor.vocab_panel
    qtbot.waitUntil(lambda: panel.proposal_tree.topLevelItemCount() > 2, timeout=30000)
    click(panel.accept_all_button)
    return editor


def test_delete_duplicate_undo_redo_and_their_keys(page, qtbot, messages):
    lesson = _first_lesson(page)
    cid = lesson.course_id
    count = len(page.library.lesson_refs(cid))
    click(page.buttons["duplicate"])
    assert len(page.library.lesson_refs(cid)) == count + 1
    click(page.buttons["delete"])  # the copy, selected after duplicating
    assert len(page.library.lesson_refs(cid)) == count
    click(page.buttons["undo"])
    assert len(page.library.lesson_refs(cid)) == count + 1
    click(page.buttons["redo"])
    assert len(page.library.lesson_refs(cid)) == count
    page.tree.setFocus()
    QTest.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    assert len(page.library.lesson_refs(cid)) == count + 1
    QTest.keyClick(page.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Y
    assert len(page.library.lesson_refs(cid)) == count
    assert not [m for m in messages if m[0] == "critical"]


def test_course_settings_and_new_course_through_the_dialog(page, qtbot):
    lesson = _first_lesson(page)

    def rename(dialog: QDialog) -> None:
        name = dialog.findChildren(QLineEdit)[0]
        name.selectAll()
        QTest.keyClicks(name, "Tuesday group")

    seen = answer_dialog(rename)
    click(page.buttons["edit_course"])
    qtbot.waitUntil(lambda: bool(seen))
    assert page.library.course(lesson.course_id).name == "Tuesday group"
    seen = answer_dialog(lambda d: None, QDialogButtonBox.StandardButton.Cancel)
    click(page.buttons["new_course"])
    qtbot.waitUntil(lambda: bool(seen))
    assert len(page.library.courses()) == 1


def test_new_unit_and_new_lesson_buttons(page, qtbot):
    lesson = _first_lesson(page)
    units = len(page.library.units(lesson.course_id))
    click(page.buttons["new_unit"])
    assert len(page.library.units(lesson.course_id)) == units + 1
    click(page.buttons["new_lesson"])
    assert page.editor.lesson.unit_id == page.library.units(lesson.course_id)[-1].id


def test_plan_tab_template_activities_and_grammar(page, qtbot):
    _first_lesson(page)
    editor = page.editor
    click_tab(editor.tabs, "Plan")
    table = editor.activities.table
    click(editor.template_button)
    template_rows = table.rowCount()
    assert template_rows > 0
    click(editor.activities.add_button)
    assert table.rowCount() == template_rows + 1
    table.selectRow(table.rowCount() - 1)
    click(editor.activities.remove_button)
    assert table.rowCount() == template_rows

    grammar = editor.grammar_list.count()
    QTest.mouseClick(editor.grammar_combo.lineEdit(), Qt.MouseButton.LeftButton)
    type_chinese(editor.grammar_combo.lineEdit(), "把字句")
    click(page.findChild(type(editor.template_button), "add_grammar"))
    assert editor.grammar_list.item(editor.grammar_list.count() - 1).text() == "把字句"
    editor.grammar_list.setCurrentRow(grammar)
    click(page.findChild(type(editor.template_button), "remove_grammar"))
    assert editor.grammar_list.count() == grammar
    editor.flush()
    assert [g.text for g in page.library.lesson(editor.lesson.id).grammar][-1:] != ["把字句"]


def test_vocabulary_buttons(page, qtbot):
    editor = _lesson_with_words(page, qtbot)
    panel = editor.vocab_panel
    words = panel.vocab_tree
    qtbot.waitUntil(lambda: words.topLevelItemCount() > 2)
    first, second = words.topLevelItem(0).text(0), words.topLevelItem(1).text(0)
    click_item(words, words.topLevelItem(0))
    click(panel.down_button)
    assert [words.topLevelItem(i).text(0) for i in (0, 1)] == [second, first]
    click(panel.up_button)
    assert [words.topLevelItem(i).text(0) for i in (0, 1)] == [first, second]
    click_item(words, words.topLevelItem(0))
    click(panel.remove_button)
    assert first not in [words.topLevelItem(i).text(0) for i in range(words.topLevelItemCount())]
    qtbot.waitUntil(lambda: any(panel.proposal_tree.topLevelItem(i).text(0) == first
                                for i in range(panel.proposal_tree.topLevelItemCount())),
                    timeout=30000)
    item = next(panel.proposal_tree.topLevelItem(i)
                for i in range(panel.proposal_tree.topLevelItemCount())
                if panel.proposal_tree.topLevelItem(i).text(0) == first)
    # a proposed word shows the meaning the lesson will print once it is accepted
    qtbot.waitUntil(lambda: item.text(PROPOSAL_MEANING_COLUMN) != "", timeout=30000)
    proposed_meaning = item.text(PROPOSAL_MEANING_COLUMN)
    column = panel.proposal_tree.header().sectionViewportPosition(PROPOSAL_MEANING_COLUMN)
    assert 0 < column < panel.proposal_tree.viewport().width() - 40  # in view, with room
    click_item(panel.proposal_tree, item)
    click(panel.accept_button)
    assert first in [words.topLevelItem(i).text(0) for i in range(words.topLevelItemCount())]
    accepted = next(words.topLevelItem(i) for i in range(words.topLevelItemCount())
                    if words.topLevelItem(i).text(0) == first)
    assert accepted.text(MEANING_COLUMN) == proposed_meaning


def test_texts_tab_add_delete_and_open_in_studio(page, qtbot, messages):
    lesson = _first_lesson(page)
    editor = page.editor
    click_tab(editor.tabs, "Texts")
    before = len(page.library.readers(lesson.id))
    click(editor.add_text_button)
    assert len(page.library.readers(lesson.id)) == before + 1
    click(editor.delete_text_button)
    assert len(page.library.readers(lesson.id)) == before
    if editor.text_list.count() == 0:
        paste_into(editor.text_edit, TEXT)
    editor.text_list.setCurrentRow(0)
    click(editor.studio_button)  # no window with a Reader studio here: it says so
    assert "not available" in editor.status_label.text()


def test_print_and_export_buttons(page, qtbot, monkeypatch, tmp_path):
    editor = _lesson_with_words(page, qtbot)
    click_tab(editor.tabs, "Print and export")
    outputs = {editor.plan_pdf_button: "plan.pdf", editor.plan_docx_button: "plan.docx",
               editor.worksheet_button: "sheet.pdf", editor.deck_button: "deck.apkg"}
    for button, name in outputs.items():
        choose_files(monkeypatch, tmp_path / name)
        click(button)
        qtbot.waitUntil(lambda n=name: (tmp_path / n).is_file(), timeout=60000)
    assert zipfile.is_zipfile(tmp_path / "plan.docx")
    assert (tmp_path / "sheet.pdf").read_bytes()[:5] == b"%PDF-"

    seen: list[str] = []

    def close_preview() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(dialog.windowTitle())
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            QTimer.singleShot(50, close_preview)

    QTimer.singleShot(0, close_preview)
    click(editor.preview_button)
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
