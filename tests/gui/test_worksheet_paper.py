"""Letter paper for a worksheet, chosen in the lesson editor with the keyboard: the
preview lays the pages out on it and the PDF is written on it; the preview's own choice
goes back to the editor."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.driving import choose_files, click
from tests.gui.test_lesson_editor_worksheet_preview import rerender

LETTER_PT = (612, 792)
A4_PT = (595, 842)


def _size(pdf: Path) -> tuple[int, int]:
    box = PdfReader(pdf).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_word_button_is_a_dictation_s_only(page) -> None:
    page.load_sample()
    editor = page.editor
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)
    assert editor.kind_combo.currentData() == "writing"
    assert editor.worksheet_docx_button.isVisible()
    assert not editor.worksheet_docx_button.isEnabled()


def test_letter_paper_for_the_dictation(page, qtbot, monkeypatch, tmp_path: Path) -> None:
    page.load_sample()
    editor = page.editor
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)  # Print and export
    editor.kind_combo.setFocus()
    while editor.kind_combo.currentData() != "dictation":
        QTest.keyClick(editor.kind_combo, Qt.Key.Key_Down)
    assert editor.paper_combo.currentData() == "A4"
    editor.paper_combo.setFocus()
    QTest.keyClick(editor.paper_combo, Qt.Key.Key_Down)
    assert editor.paper_combo.currentData() == "Letter"
    click(editor.preview_button)
    dialog = editor.preview_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_ready, timeout=30000)
    assert dialog.paper_combo.currentData() == "Letter"
    setup = dialog.doc.setup  # the pages shown are laid out on Letter paper
    assert (round(setup.width), round(setup.height)) == LETTER_PT
    pdf = tmp_path / "letter.pdf"
    choose_files(monkeypatch, pdf)
    with qtbot.waitSignal(editor.exported, timeout=60000):
        click(editor.worksheet_button)
    assert _size(pdf) == LETTER_PT
    # the same dictation as a Word document, on the same paper
    docx = tmp_path / "letter.docx"
    asked = choose_files(monkeypatch, docx)
    with qtbot.waitSignal(editor.exported, timeout=60000):
        click(editor.worksheet_docx_button)
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    assert asked and 'w:w="12240"' in xml and "Dictation" in xml
    # back to A4 in the preview: the editor's export follows
    dialog.paper_combo.setFocus()
    rerender(dialog, qtbot, lambda: QTest.keyClick(dialog.paper_combo, Qt.Key.Key_Up))
    assert editor.paper_combo.currentData() == "A4"
    a4 = tmp_path / "a4.pdf"
    choose_files(monkeypatch, a4)
    click(dialog.close_button)
    with qtbot.waitSignal(editor.exported, timeout=60000):
        click(editor.worksheet_button)
    assert _size(a4) == A4_PT
