"""Driving the real widgets as a person does, for the GUI tests: clicks on visible buttons
and tree rows, a real double-click, typing into an item editor, modal dialogs answered
through their own buttons, and file dialogs answered with a path (the way a person's
choice reaches the application)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

LEFT = Qt.MouseButton.LeftButton


def click(button: QAbstractButton) -> None:
    """Left-click the middle of a visible, enabled button."""
    assert button.isVisible(), f"{button.objectName() or button.text()} is not visible"
    assert button.isEnabled(), f"{button.objectName() or button.text()} is disabled"
    QTest.mouseClick(button, LEFT)


def double_click(widget: QWidget, pos: QPoint) -> None:
    """A person's double-click: press and release, then the second press (Qt's
    ``mouseDClick`` alone sends no first click, which item views need)."""
    QTest.mouseClick(widget, LEFT, pos=pos)
    QTest.mouseDClick(widget, LEFT, pos=pos)


def click_item(tree: QTreeWidget, item: QTreeWidgetItem, double: bool = False) -> None:
    """Click (or double-click) a tree row where it is drawn, scrolling it into view."""
    tree.scrollToItem(item)
    pos = tree.visualItemRect(item).center()
    if double:
        double_click(tree.viewport(), pos)
    else:
        QTest.mouseClick(tree.viewport(), LEFT, pos=pos)


def type_into_editor(qtbot, view: QWidget, text: str) -> None:
    """Type ``text`` into the item editor open in ``view`` and press Enter."""
    def editor() -> QLineEdit | None:
        return next((e for e in view.findChildren(QLineEdit) if e.isVisible()), None)

    qtbot.waitUntil(lambda: editor() is not None)
    line = editor()
    line.selectAll()
    QTest.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)


def answer_dialog(fill: Callable[[QDialog], None] = lambda d: None,
                  button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
                  ) -> list[str]:
    """Once a modal dialog opens, let ``fill`` type into it, then click ``button`` in its
    button box. Returns a list that receives the dialog's title when it was answered."""
    seen: list[str] = []

    def answer(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            if tries:  # the click opened no dialog (yet): look again, for about two seconds
                QTimer.singleShot(20, lambda: answer(tries - 1))
            return
        seen.append(dialog.windowTitle())
        fill(dialog)
        box = dialog.findChild(QDialogButtonBox)
        QTest.mouseClick(box.button(button), LEFT)

    QTimer.singleShot(0, answer)
    return seen


def choose_files(monkeypatch, *paths: Path | None) -> list[str]:
    """Answer the next file dialogs (open or save) with ``paths`` in turn (None: the
    person cancels). Returns the captions of the dialogs asked, in order."""
    queue = list(paths)
    asked: list[str] = []

    def answer(parent=None, caption="", directory="", filter="", *args, **kwargs):
        asked.append(caption)
        path = queue.pop(0) if queue else None
        return (str(path) if path else "", filter if path else "")

    def answer_many(parent=None, caption="", directory="", filter="", *args, **kwargs):
        name, chosen = answer(parent, caption, directory, filter)
        return ([name] if name else [], chosen)

    def answer_dir(parent=None, caption="", directory="", *args, **kwargs):
        return answer(parent, caption, directory)[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(answer_many))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(answer_dir))
    return asked


def click_tab(tabs, text: str) -> None:
    """Click the tab labelled ``text`` (ampersands ignored) on a QTabWidget's bar."""
    bar = tabs.tabBar()
    labels = [bar.tabText(i).replace("&", "") for i in range(bar.count())]
    assert text in labels, f"no tab {text!r} in {labels}"
    QTest.mouseClick(bar, LEFT, pos=bar.tabRect(labels.index(text)).center())
    assert tabs.currentIndex() == labels.index(text)


def tree_row(tree: QTreeWidget, text: str, column: int = 0) -> QTreeWidgetItem:
    """The top-level row of ``tree`` whose ``column`` reads ``text``."""
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    found = next((item for item in rows if item.text(column) == text), None)
    assert found is not None, f"no row {text!r} in {[r.text(column) for r in rows]}"
    return found


def open_lesson_vocabulary(page, title_part: str) -> tuple:
    """On the Library ``page``, click the lesson whose title holds ``title_part`` in the
    course tree, then the editor's Vocabulary tab; returns the editor and its word table
    (the table fills in the background: wait for the rows a test needs)."""
    lesson = next((i for i in page.tree.items()
                   if i.data(0, Qt.ItemDataRole.UserRole) == "lesson"
                   and title_part in i.text(0)), None)
    assert lesson is not None, f"no lesson {title_part!r} in the course tree"
    click_item(page.tree, lesson)
    editor = page.editor
    click_tab(editor.tabs, "Vocabulary")
    return editor, editor.vocab_panel.vocab_tree


def paste_into(widget: QWidget, text: str) -> None:
    """Put ``text`` on the clipboard, click into ``widget`` and press Ctrl+V."""
    QApplication.clipboard().setText(text)
    QTest.mouseClick(widget, LEFT)
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def type_chinese(widget: QWidget, text: str) -> None:
    """Type Chinese as a person does, through the input method: the composed characters
    arrive as one committed string (``QTest.keyClicks`` handles ASCII keys only)."""
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def go_to_page(window, key: str):
    """Click the page's entry in the window's sidebar; returns the page shown."""
    window.load_remaining_pages()
    sidebar = window.sidebar
    rows = [sidebar.item(i) for i in range(sidebar.count())]
    item = next(i for i in rows if i.data(Qt.ItemDataRole.UserRole) == key)
    sidebar.scrollToItem(item)
    QTest.mouseClick(sidebar.viewport(), LEFT, pos=sidebar.visualItemRect(item).center())
    assert window.current_key() == key
    return window.pages[key]


def click_menu_action(window, menu_key: str, action) -> None:
    """Open a menu of the window's menu bar with the mouse and click ``action`` in it."""
    from PySide6.QtWidgets import QMenu

    bar = window.menuBar()
    menu = bar.findChild(QMenu, f"menu_{menu_key}")
    QTest.mouseClick(bar, LEFT, pos=bar.actionGeometry(menu.menuAction()).center())
    assert menu.isVisible(), f"the {menu_key} menu did not open"
    QTest.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def button_named(root: QWidget, name: str) -> QAbstractButton:
    """The visible button whose objectName (or, failing that, text) is ``name``."""
    from PySide6.QtWidgets import QPushButton

    found = [b for b in root.findChildren(QPushButton)
             if b.objectName() == name or (not b.objectName()
                                           and b.text().replace("&", "") == name)]
    shown = [b for b in found if b.isVisible()] or found
    assert shown, f"no button {name!r}"
    return shown[0]


def layout_problems(window) -> list[str]:
    """What a person at this window size could not reach on the current page: scroll
    areas that need a sideways scrollbar, and push buttons that lie (partly) outside the
    window or outside the scroll area that shows them."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractScrollArea, QPushButton, QScrollArea

    page = window.current_page()
    problems = []
    for area in [window.page_scroll, *page.findChildren(QScrollArea)]:
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            problems.append(f"{area.objectName() or type(area).__name__} scrolls sideways")
    inside = window.rect()
    for button in page.findChildren(QPushButton):
        if not button.isVisible():
            continue
        rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        clip = inside
        parent = button.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent.parentWidget(), QAbstractScrollArea):  # a viewport
                clip = clip.intersected(QRect(parent.mapTo(window, QPoint(0, 0)),
                                              parent.size()))
            parent = parent.parentWidget()
        if not clip.contains(rect):
            problems.append(f"button {button.objectName() or button.text()!r} at "
                            f"{rect.getRect()} is outside {clip.getRect()}")
    return problems


def activate(window: QWidget) -> None:
    """Make ``window`` the active window, as a person's click on it does (the offscreen
    platform does not give it back after a dialog closes; shortcuts need it)."""
    window.activateWindow()
    for _ in range(100):
        if window.isActiveWindow():
            return
        QTest.qWait(20)
    raise AssertionError(f"{window} did not become the active window")
