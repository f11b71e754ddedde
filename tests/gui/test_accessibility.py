"""Every control has an accessible name; every page can be reached and used by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from chinese_teach.gui import accessibility


def _pages(win):
    """Page keys in navigation order (group headings have none)."""
    return [k for i in range(win.sidebar.count())
            if (k := win.sidebar.item(i).data(Qt.ItemDataRole.UserRole)) is not None]


def test_every_control_on_every_page_has_an_accessible_name(window, qtbot):
    keys = _pages(window)
    assert {"library", "readers", "decks", "dictionary", "annotate"} <= set(keys)
    for key in keys:  # shown one after the other without waiting, as a fast user would
        window.show_page(key)
    qtbot.wait(50)  # the naming pass runs on the next event-loop turn
    for key in keys:
        page = window.pages[key]
        controls = accessibility.controls(page)
        assert len(controls) >= 3, key
        unnamed = [f"{type(w).__name__} {w.objectName()!r}"
                   for w in accessibility.unnamed_controls(page)]
        assert not unnamed, f"{key}: {unnamed}"
    assert not accessibility.unnamed_controls(window)  # sidebar and everything else


def test_dialogs_have_accessible_names(window):
    from chinese_teach.gui.dialogs.about import AboutDialog
    from chinese_teach.gui.dialogs.help import HelpDialog
    from chinese_teach.gui.dialogs.preferences import PreferencesDialog

    for dialog in (PreferencesDialog(window.ctx.prefs, window), AboutDialog(window.ctx, window),
                   HelpDialog(window)):
        assert not accessibility.unnamed_controls(dialog), type(dialog).__name__
        dialog.deleteLater()


def test_worksheet_preview_dialog_has_accessible_names(window, qtbot):
    """Opened from the lesson editor (sample lesson); its Tab order is walked in
    tests/gui/test_lesson_editor_worksheet_preview.py."""
    page = window.show_page("library")
    page.load_sample()
    dialog = page.editor.open_worksheet_preview("matching")
    qtbot.waitUntil(dialog.is_ready, timeout=30000)
    assert not accessibility.unnamed_controls(dialog)
    assert len(accessibility.focus_chain(dialog)) >= 10
    dialog.close()


def test_naming_pass_uses_the_texts_around_a_control(qapp):
    from PySide6.QtWidgets import QHBoxLayout

    root = QWidget()
    row = QHBoxLayout(root)
    row.addWidget(QLabel("Card"))
    combo = QComboBox()
    row.addWidget(combo)
    edit = QLineEdit()
    edit.setPlaceholderText("Search courses")
    row.addWidget(edit)
    bare = QLineEdit()
    row.addWidget(bare)
    assert accessibility.accessible_name(combo) == ""
    assert accessibility.name_controls(root) == 2
    assert combo.accessibleName() == "Card"
    assert edit.accessibleName() == "Search courses"
    assert accessibility.unnamed_controls(root) == [bare]  # nothing to derive a name from


def test_every_page_is_reached_and_walked_by_keyboard(window, qtbot):
    win = window
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    for row, key in enumerate(_pages(win)):
        QTest.keyClick(win, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert win.current_key() == key
        page = win.pages[key]
        qtbot.waitUntil(lambda p=page: p.isAncestorOf(QApplication.focusWidget()), timeout=3000)
        qtbot.wait(20)  # the page's accessibility pass runs on the next event-loop turn
        chain = accessibility.focus_chain(page)
        assert len(chain) >= 3, key
        visited: list[QWidget] = [QApplication.focusWidget()]
        for _ in range(len(chain) + 15):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            if focused is not None and page.isAncestorOf(focused) and focused not in visited:
                visited.append(focused)
        missing = [f"{type(w).__name__} {w.objectName()!r}" for w in chain if w not in visited]
        assert not missing, f"{key}: Tab never reaches {missing}"


def test_shortcuts_work(window, qtbot, monkeypatch):
    win = window
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    win.show_page("dictionary")
    win.sidebar.setFocus()
    QTest.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and win.pages["dictionary"].isAncestorOf(focused)
    QTest.keyClick(win, Qt.Key.Key_F1)
    dialog = win.findChild(QWidget, "help_dialog")
    assert dialog is not None and dialog.isVisible()
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    keys = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Find" in rows and "Ctrl+F" in keys and "Go to page 1" in rows
    assert "Library" in dialog.guide.toPlainText()
    close = dialog.findChildren(QPushButton)[-1]
    assert accessibility.accessible_name(close)
    dialog.close()


def test_naming_leaves_no_stale_layout_item_behind(qtbot):
    """Naming controls walks layouts; PySide would keep a wrapper for each layout item it
    saw, and once Qt deleted the item a widget made at the same address came back as that
    QWidgetItem (the Quick annotate page failed to open with "'QWidgetItem' object has no
    attribute 'installEventFilter'"). No item wrapper is left, and the layouts the page
    holds stay usable."""
    import gc

    import shiboken6
    from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    outer = QVBoxLayout(page)
    row = QHBoxLayout()
    outer.addLayout(row)
    row.addWidget(QLabel("Title"))
    row.addWidget(QLineEdit())
    outer.addWidget(QLabel("Notes"))
    outer.addWidget(QLineEdit())
    def item_wrappers() -> set[int]:
        gc.collect()
        return {id(o) for o in shiboken6.getAllValidWrappers()
                if type(o).__name__ in ("QWidgetItem", "QSpacerItem")}

    before = item_wrappers()
    accessibility.name_controls(page)
    assert item_wrappers() - before == set()
    assert shiboken6.isValid(row) and row.count() == 2
    assert [e.accessibleName() for e in page.findChildren(QLineEdit)] == ["Title", "Notes"]
