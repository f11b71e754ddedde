"""My corrections clicked as a teacher clicks it: Add reading… and Add word cutting… filled
in their dialogs and accepted with OK, Edit…, Delete and Undo delete by button and by
Del / Ctrl+Z in each table, Export… and Import… through the file dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.driving import (
    activate,
    answer_dialog,
    button_named,
    choose_files,
    click,
    click_tab,
    go_to_page,
)


def _fill(**fields):
    """A dialog filler typing ASCII into named line edits (through the input method for
    Chinese)."""
    from tests.gui.driving import type_chinese

    def fill(dialog) -> None:
        for name, text in fields.items():
            edit = getattr(dialog, name)
            edit.setFocus()
            edit.selectAll()
            if text.isascii():
                QTest.keyClicks(edit, text)
            else:
                type_chinese(edit, text)
    return fill


def _click_row(table, row: int = 0) -> None:
    QTest.qWait(200)  # a person's pause: the list is refilled once the change is stored
    assert table.rowCount() > row
    activate(table.window())  # the window is active again once a dialog has closed
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_every_corrections_button_and_key(window, qtbot, monkeypatch, tmp_path, messages):
    page = go_to_page(window, "corrections")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    lib = window.ctx.library
    try:
        seen = answer_dialog(_fill(word_edit="长", pinyin_edit="zhang3"))
        click(button_named(page, "Add reading…"))
        qtbot.waitUntil(lambda: bool(seen))
        assert [(c.word, c.pinyin) for c in lib.corrections()] == [("长", ("zhang3",))]

        _click_row(page.readings)
        seen = answer_dialog(_fill(left_edit="很"))
        click(button_named(page, "Edit…"))
        qtbot.waitUntil(lambda: bool(seen))
        assert [c.left for c in lib.corrections()] == ["很"]

        _click_row(page.readings)
        click(button_named(page, "Delete"))
        assert lib.corrections() == []
        click(button_named(page, "Undo delete"))
        assert len(lib.corrections()) == 1
        _click_row(page.readings)
        QTest.keyClick(page.readings, Qt.Key.Key_Delete)
        assert lib.corrections() == []
        QTest.keyClick(page.readings, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert len(lib.corrections()) == 1

        click_tab(page.tabs, page.tabs.tabText(1).replace("&", ""))
        seen = answer_dialog(_fill(word_edit="中国银行"))
        click(button_named(page, "Add word cutting…"))
        qtbot.waitUntil(lambda: bool(seen))
        assert [e.word for e in lib.segmentation_edits()] == ["中国银行"]
        _click_row(page.cuts)
        QTest.keyClick(page.cuts, Qt.Key.Key_Delete)
        assert lib.segmentation_edits() == []
        QTest.keyClick(page.cuts, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert len(lib.segmentation_edits()) == 1

        out = tmp_path / "mine.json"
        choose_files(monkeypatch, out)
        click(button_named(page, "export_file"))
        assert "中国银行" in out.read_text(encoding="utf-8")
        for c in lib.corrections():
            lib.delete_correction(c.id)
        choose_files(monkeypatch, out)
        click(button_named(page, "Import…"))
        qtbot.waitUntil(lambda: len(lib.corrections()) == 1, timeout=10000)
    finally:
        window.ctx.engine.set_corrections([])
        window.ctx.engine.set_segmentation([], {})
    assert not [m for m in messages if m[0] == "critical"]
