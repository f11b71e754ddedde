"""The lesson editor's dictation (听写): chosen in Print and export, previewed with its
hint, the teacher's script and key hidden until asked for, written as the CLI writes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.driving import choose_files
from tests.gui.test_lesson_editor_worksheet_preview import rerender, sheet_texts


@pytest.fixture
def editor(page):
    """The lesson editor showing lesson 1 of the sample course."""
    page.load_sample()
    assert page.editor.lesson is not None and page.editor.lesson.vocab
    return page.editor


def _open(editor, qtbot):
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)  # Print and export
    editor.kind_combo.setFocus()
    while editor.kind_combo.currentData() != "dictation":  # the teacher's arrow keys
        QTest.keyClick(editor.kind_combo, Qt.Key.Key_Down)
    assert editor.hint_combo.isEnabled() and not editor.grid_combo.isEnabled()
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    dialog = editor.preview_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_ready, timeout=30000)
    return dialog


def test_dictation_preview_follows_the_hint_and_hides_the_script(editor, qtbot, monkeypatch,
                                                                  tmp_path: Path) -> None:
    dialog = _open(editor, qtbot)
    vocab = editor.lesson.vocab
    words = [v.word for v in vocab]
    assert dialog.hint_combo.isEnabled() and dialog.new_version_button.isEnabled()
    doc = dialog.doc
    shown = " ".join(sheet_texts(doc, 0, doc.key_start))
    assert "Dictation" in shown and dialog.preview.page_count == doc.key_start
    # the students' pages (after title and subtitle) never show the characters to write
    body = sheet_texts(doc, 0, doc.key_start)[2:]
    assert body and not any(w in t for w in words for t in body)
    from chinese_teach.core.documents.worksheet import build_worksheet

    ws = build_worksheet(editor.library, editor.lesson.id, "dictation", editor.ctx.engine,
                         editor.ctx.corpus, seed=dialog.seed_spin.value())
    assert all(item.pinyin in body for item in ws.sections[0].dictation)
    # Meaning as a hint, chosen with the keyboard in the preview
    dialog.hint_combo.setFocus()
    rerender(dialog, qtbot, lambda: QTest.keyClick(dialog.hint_combo, Qt.Key.Key_Down))
    assert dialog.hint_combo.currentData() == "meaning"
    assert editor.hint_combo.currentData() == "meaning"  # the editor's export follows
    doc = dialog.doc
    shown = " ".join(sheet_texts(doc, 0, doc.key_start))
    assert "The meaning is given as a help" in shown
    # the script and key pages appear when the teacher ticks the box
    qtbot.mouseClick(dialog.key_check, Qt.MouseButton.LeftButton)
    assert dialog.preview.page_count == len(doc.pages) == doc.key_start + 2
    script = " ".join(sheet_texts(doc, doc.key_start, doc.key_start + 1))
    assert script.startswith("Teacher's script") and all(w in script for w in words)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    # written from the editor's Worksheet (PDF) button: the pages of the preview
    pdf = tmp_path / "dictation.pdf"
    choose_files(monkeypatch, pdf)
    with qtbot.waitSignal(editor.exported, timeout=60000):
        qtbot.mouseClick(editor.worksheet_button, Qt.MouseButton.LeftButton)
    texts = [p.extract_text() for p in PdfReader(pdf).pages]
    assert len(texts) == len(doc.pages) and "meaning is given" in " ".join(texts[0].split())
