"""Every menu action clicked in its menu with the mouse, and the window's own shortcuts
pressed: dialogs answered through their buttons, files through the file dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from tests.gui.driving import (
    activate,
    answer_dialog,
    choose_files,
    click_menu_action,
    go_to_page,
)


def _menu(window, menu: str, key: str) -> None:
    action = window.actions_by_key.get(key) or getattr(window.desktop, key, None)
    activate(window)
    click_menu_action(window, menu, action)


def test_file_menu(window, qtbot, monkeypatch, tmp_path, messages):
    text = tmp_path / "note.txt"
    text.write_text("我们去银行。", encoding="utf-8")
    choose_files(monkeypatch, text)
    _menu(window, "file", "open_text")
    page = window.pages["annotate"]
    assert window.current_key() == "annotate"
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "我们去银行。", timeout=10000)

    _menu(window, "file", "backup_now")
    assert window.library_session.backups()
    _menu(window, "file", "check_library")
    assert messages and messages[-1][0] == "information"

    seen = answer_dialog(button=QDialogButtonBox.StandardButton.Cancel)
    _menu(window, "file", "restore_backup")  # the list of backups; Cancel restores nothing
    qtbot.waitUntil(lambda: bool(seen))
    assert not [m for m in messages if m[0] == "critical"]


def test_edit_menu(window, qtbot, messages):
    page = go_to_page(window, "dictionary")
    QTest.mouseClick(page.search, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.search, "yinhang")
    _menu(window, "edit", "select_all")
    page.search.setFocus()  # the menu gives the focus back to the field
    assert page.search.selectedText() == "yinhang"
    _menu(window, "edit", "copy")
    assert QApplication.clipboard().text() == "yinhang"
    QApplication.clipboard().setText("nihao")
    page.search.setFocus()
    page.search.selectAll()
    _menu(window, "edit", "paste")
    assert page.search.text() == "nihao"

    go_to_page(window, "library")
    _menu(window, "edit", "find")
    assert QApplication.focusWidget() is window.pages["library"].search_edit

    seen = answer_dialog(button=QDialogButtonBox.StandardButton.Cancel)
    _menu(window, "edit", "preferences")
    qtbot.waitUntil(lambda: bool(seen))
    assert not messages


def test_view_and_help_menus(window, qtbot, monkeypatch):
    size = window.ctx.prefs.font_size
    _menu(window, "view", "bigger_text")
    assert window.ctx.prefs.font_size == size + 2
    _menu(window, "view", "smaller_text")
    assert window.ctx.prefs.font_size == size
    _menu(window, "view", "toggle_sidebar")
    assert not window.sidebar.isVisible()
    _menu(window, "view", "toggle_sidebar")
    assert window.sidebar.isVisible()

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    _menu(window, "help", "open_log")
    assert opened and opened[0].isLocalFile()

    seen = answer_dialog(button=QDialogButtonBox.StandardButton.Close)
    _menu(window, "help", "about")
    qtbot.waitUntil(lambda: bool(seen))

    for key in ("guide_action", "shortcuts_action"):
        _menu(window, "help", key)
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QDialog) and w.isVisible())
        box = dialog.findChild(QDialogButtonBox)
        QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Close),
                         Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()


def test_ctrl_number_goes_to_each_page(window, qtbot):
    """Ctrl+1…9: the n-th page of the sidebar (headings, if any, not counted)."""
    activate(window)
    window.load_remaining_pages()
    bar = window.sidebar
    keys = [key for row in range(bar.count())
            if (key := bar.item(row).data(Qt.ItemDataRole.UserRole))]
    for n in range(1, 10):  # action_page_1 … action_page_9
        before = window.current_key()
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == (keys[n - 1] if n <= len(keys) else before)
