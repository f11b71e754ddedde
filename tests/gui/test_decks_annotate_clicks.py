"""The Anki decks and Quick annotate pages clicked as a teacher clicks them: files chosen
through the file dialogs, preview and export, paste and clear."""

from __future__ import annotations

import zipfile

from PySide6.QtWidgets import QApplication

from tests.gui.driving import button_named, choose_files, click, go_to_page


def test_decks_choose_files_preview_and_export(window, qtbot, monkeypatch, tmp_path):
    page = go_to_page(window, "decks")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    words = tmp_path / "week1.txt"
    words.write_text("银行\n你好\n谢谢\n", encoding="utf-8")
    page.source_kind.setCurrentIndex(page.source_kind.findData("file"))
    choose_files(monkeypatch, words)
    click(button_named(page, "choose_word_file"))
    assert page.file_edit.text() == str(words)
    click(page.preview_button)
    qtbot.waitUntil(page.is_ready, timeout=10000)
    assert page.word_combo.count() == 3

    recordings = tmp_path / "audio"
    recordings.mkdir()
    page.audio_box.setChecked(True)
    choose_files(monkeypatch, recordings)
    click(button_named(page, "choose_recordings"))
    assert page.recordings_edit.text() == str(recordings)
    page.audio_box.setChecked(False)

    out = tmp_path / "week1.apkg"
    choose_files(monkeypatch, out)
    click(page.export_button)
    qtbot.waitUntil(lambda: out.is_file() and page.last_report is not None, timeout=60000)
    assert zipfile.is_zipfile(out)


def test_annotate_open_paste_and_clear(window, qtbot, monkeypatch, tmp_path):
    page = go_to_page(window, "annotate")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    text = tmp_path / "note.txt"
    text.write_text("我们去银行。", encoding="utf-8")
    choose_files(monkeypatch, text)
    click(button_named(page, "open"))
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "我们去银行。", timeout=10000)
    click(button_named(page, "clear"))
    assert page.editor.toPlainText() == ""
    QApplication.clipboard().setText("你好")
    click(button_named(page, "paste"))
    qtbot.waitUntil(lambda: "你好" in page.editor.toPlainText(), timeout=5000)
