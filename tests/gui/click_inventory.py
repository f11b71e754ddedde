"""Every button, menu action and shortcut of the main window and its pages, with the test
that clicks it (or presses it) the way a person does: the one list of issue 16.

``test_click_inventory.py`` opens the window with every page, lists its controls with
:func:`controls` and fails when one has no entry here (a new button needs a click test),
when an entry names a control that is gone, or when the named test does not exist or does
not mention the control's handle (the expression by which that test reaches it).

Keys: ``PAGE/NAME`` for a page's push or tool button (NAME is its objectName, or its
English text when it has none), ``action/NAME`` for a window action (its key in the
action list, or its objectName), ``shortcut/WIDGET/KEYS`` for a QShortcut.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QToolButton,
)

#: control key -> (test "file.py::name", the handle that test uses to reach the control)
CLICKED_BY: dict[str, tuple[str, str]] = {
}


def _name(widget) -> str:
    return widget.objectName() or widget.text().replace("&", "")


def controls(window) -> dict[str, object]:
    """Key -> control, for the window (every page created) and its actions."""
    found: dict[str, object] = {}
    for key in window.page_keys():
        page = window.page(key)
        buttons: list[QAbstractButton] = [*page.findChildren(QPushButton),
                                          *page.findChildren(QToolButton)]
        for button in buttons:
            if isinstance(button.parentWidget(), QLineEdit | QTabBar | QComboBox
                          | QAbstractSpinBox | QScrollBar):
                continue  # parts of another control (clear buttons, scroll arrows)
            name = f"{key}/{_name(button)}"
            assert name not in found, f"two buttons are {name}: give them objectNames"
            found[name] = button
    by_action = {id(a): k for k, a in window.actions_by_key.items()}
    for action in window.findChildren(QAction):
        if action.isSeparator() or action.menu() is not None or not action.text():
            continue
        if action.parent() is not window and action.parent() not in window.findChildren(
                type(window.menuBar())):
            owner = action.parent()
            if owner is not None and owner.objectName() == "recent_menu":
                continue
        name = by_action.get(id(action)) or action.objectName() or action.text().replace("&", "")
        found[f"action/{name}"] = action
    for shortcut in window.findChildren(QShortcut):
        found[f"shortcut/{shortcut.parent().objectName()}/{shortcut.key().toString()}"] = shortcut
    return found
