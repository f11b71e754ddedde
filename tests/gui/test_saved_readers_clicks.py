"""The Reader studio's Saved readers list, clicked as a teacher clicks it: drafts saved on
leaving them get distinct names, the list keeps its order while readers are saved, and
the highlighted row is the reader that is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.driving import button_named, click, go_to_page, paste_into

DRAFT = "小明的周末\n星期六小明去公园。"


def _rows(page) -> list[str]:
    return [page.reader_list.item(i).text() for i in range(page.reader_list.count())]


def _click_row(page, title: str) -> None:
    lst = page.reader_list
    item = next(lst.item(i) for i in range(lst.count()) if lst.item(i).text() == title)
    QTest.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton,
                     pos=lst.visualItemRect(item).center())


def test_drafts_get_distinct_names_and_the_list_stays_put(window, qtbot, messages):
    page = go_to_page(window, "readers")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    before = _rows(page)
    new = button_named(page, "New")
    for _ in range(3):  # three drafts with the same first line, each left with New
        click(new)
        paste_into(page.editor, DRAFT)
    click(new)
    rows = _rows(page)
    assert rows[:3] == ["小明的周末 (3)", "小明的周末 (2)", "小明的周末"]
    assert rows[3:] == before
    assert page.reader_list.currentItem() is None  # a new, empty reader is open

    # Open the oldest draft: it is highlighted; editing and saving it moves nothing.
    _click_row(page, "小明的周末")
    opened = page.current_id
    assert page.editor.toPlainText() == DRAFT
    assert page.reader_list.currentItem().text() == "小明的周末"
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    QTest.keyClick(page.editor, Qt.Key.Key_Return)
    paste_into(page.editor, "他很高兴。")
    click(button_named(page, "Save"))
    assert _rows(page) == rows[:3] + before
    assert page.reader_list.currentItem().data(Qt.ItemDataRole.UserRole) == opened
    assert page.reader_list.selectedItems() == [page.reader_list.currentItem()]
    assert "他很高兴" in page.library.reader(opened).text

    # A new reader given a taken title is saved under a numbered one, shown to the teacher.
    click(new)
    QTest.mouseClick(page.title_edit, Qt.MouseButton.LeftButton)
    paste_into(page.title_edit, "小明的周末")
    paste_into(page.editor, "星期天他在家。")
    QTest.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.title_edit.text() == "小明的周末 (4)"
    assert page.reader_list.currentItem().text() == "小明的周末 (4)"
    assert not [m for m in messages if m[0] in ("critical", "warning")]
