"""Every button of the Reader studio clicked as a teacher clicks it: open a file, page
and zoom the preview, print (the print dialog answered with Cancel), merge, split and
give a meaning from the word pop-up, delete a reader (the question answered Yes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from chinese_teach.core.documents.display import Kind
from chinese_teach.render.layout import TokenRef
from tests.gui.driving import (
    answer_dialog,
    button_named,
    choose_files,
    click,
    go_to_page,
    paste_into,
)

TEXT = "\n".join(["我们一起去银行吧。头发很长，他犹豫了一下。"] * 60)


def _studio(window, qtbot):
    page = go_to_page(window, "readers")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    return page


def _click_word(page, qtbot, word: str):
    ref = next(TokenRef(p, i) for p, para in enumerate(page.doc.paragraphs)
               for i, t in enumerate(para) if t.text == word and t.kind is Kind.HANZI)
    page.preview.scroll_to_token(ref)
    pos = page.preview.canvas.token_center(ref)
    QTest.mouseClick(page.preview.canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    qtbot.waitUntil(page.popup.isVisible)
    return page.popup


def test_open_page_zoom_print_and_delete(window, qtbot, monkeypatch, tmp_path, messages):
    page = _studio(window, qtbot)
    source = tmp_path / "story.txt"
    source.write_text(TEXT, encoding="utf-8")
    click(button_named(page, "New"))
    asked = choose_files(monkeypatch, source)
    click(button_named(page, "Open file…"))
    assert asked
    qtbot.waitUntil(lambda: page.editor.toPlainText().strip() == TEXT, timeout=20000)
    qtbot.waitUntil(page.is_ready, timeout=30000)
    nav = page.page_nav
    assert len(page.paged.pages) > 1
    click(nav.next_button)
    assert page.preview.current_page() == 1
    click(nav.previous_button)
    assert page.preview.current_page() == 0
    zoom = page.preview.zoom_factor()
    click(nav.zoom_in_button)
    assert page.preview.zoom_factor() > zoom
    click(nav.zoom_out_button)
    assert abs(page.preview.zoom_factor() - zoom) < 0.2

    seen = answer_dialog(button=QDialogButtonBox.StandardButton.Cancel)
    click(button_named(page, "reader_print"))
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)

    click(button_named(page, "Save"))
    saved = page.current_id
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(button_named(page, "Delete"))
    assert saved not in [d.id for d in page.library.all_readers()]
    assert page.editor.toPlainText() == ""
    assert not [m for m in messages if m[0] == "critical"]


def test_popup_merge_split_and_meaning_buttons(window, qtbot, messages):
    page = _studio(window, qtbot)
    QTest.mouseClick(page.editor, Qt.MouseButton.LeftButton)
    page.editor.setPlainText("")
    paste_into(page.editor, "我们一起去银行吧。")
    qtbot.waitUntil(page.is_ready, timeout=30000)
    try:
        popup = _click_word(page, qtbot, "银行")
        click(popup.split)
        qtbot.waitUntil(lambda: page.is_ready() and any(
            t.text == "银" for p in page.doc.paragraphs for t in p), timeout=20000)
        popup = _click_word(page, qtbot, "银")
        click(popup.merge)
        qtbot.waitUntil(lambda: page.is_ready() and any(
            t.text == "银行" for p in page.doc.paragraphs for t in p), timeout=20000)
        popup = _click_word(page, qtbot, "银行")
        QTest.mouseClick(popup.meaning, Qt.MouseButton.LeftButton)
        popup.meaning.selectAll()
        QTest.keyClicks(popup.meaning, "the bank (ours)")
        click(popup.save_meaning)
        assert page.options_panel.options().definitions == {"银行": "the bank (ours)"}
    finally:
        window.ctx.engine.set_segmentation([], {})
    assert not [m for m in messages if m[0] == "critical"]


def test_open_word_file_takes_its_heading_as_title(window, qtbot, monkeypatch, tmp_path,
                                                   messages):
    """A Word file's first Heading 1 is the reader's title (not its file name), and is not
    printed a second time as the text's first paragraph."""
    from docx import Document

    page = _studio(window, qtbot)
    source = tmp_path / "lesson-05-final.docx"
    document = Document()
    document.add_heading("我的周末", level=1)
    document.add_paragraph("上个星期六我去了公园。")
    document.add_paragraph("我很高兴。")
    document.save(str(source))
    click(button_named(page, "New"))
    asked = choose_files(monkeypatch, source)
    click(button_named(page, "Open file…"))
    assert asked
    qtbot.waitUntil(lambda: "公园" in page.editor.toPlainText(), timeout=20000)
    assert page.title_edit.text() == "我的周末"
    assert page.editor.toPlainText().splitlines()[0] == "上个星期六我去了公园。"
    assert "我的周末" not in page.editor.toPlainText()
    qtbot.waitUntil(page.is_ready, timeout=30000)
    assert page.doc.title == "我的周末"
    assert not [m for m in messages if m[0] == "critical"]
