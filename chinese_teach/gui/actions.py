"""The window's actions, defined once (text, shortcut, icon), and the menus built from them.

Each :class:`ActionSpec` names the menu it belongs to; :func:`build_menus`
assembles File / Edit / View / Help in the order of :data:`ACTION_SPECS`.
The main window connects the ``triggered`` signals by key.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command of the window."""

    key: str
    text: str  # source text; translated in the "actions" context
    menu: str  # "file", "edit", "view" or "help"
    shortcut: str | StandardKey | None = None
    icon: str | None = None  # freedesktop theme icon name
    tip: str = ""
    separator_before: bool = False


MENUS: tuple[tuple[str, str], ...] = (
    ("file", "&File"),
    ("edit", "&Edit"),
    ("view", "&View"),
    ("help", "&Help"),
)

ACTION_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("open_text", "&Open Text File…", "file", StandardKey.Open, "document-open",
               "Open a .txt file in Quick annotate"),
    ActionSpec("build_corpus", "&Build Reference Dictionary…", "file", None, "view-refresh",
               "Build the dictionary and HSK lists used by every page", separator_before=True),
    ActionSpec("quit", "&Quit", "file", "Ctrl+Q", "application-exit", "Quit Chinese Teach",
               separator_before=True),
    ActionSpec("copy", "&Copy", "edit", StandardKey.Copy, "edit-copy"),
    ActionSpec("paste", "&Paste", "edit", StandardKey.Paste, "edit-paste"),
    ActionSpec("select_all", "Select &All", "edit", StandardKey.SelectAll, "edit-select-all"),
    ActionSpec("find", "&Find…", "edit", "Ctrl+F", "edit-find", "Focus the search box",
               separator_before=True),
    ActionSpec("preferences", "Pr&eferences…", "edit", "Ctrl+,", "preferences-system",
               separator_before=True),
    ActionSpec("bigger_text", "&Larger Chinese Text", "view", StandardKey.ZoomIn, "zoom-in"),
    ActionSpec("smaller_text", "&Smaller Chinese Text", "view", StandardKey.ZoomOut, "zoom-out"),
    ActionSpec("toggle_sidebar", "Show &Sidebar", "view", "Ctrl+B", None,
               separator_before=True),
    ActionSpec("open_log", "Open &Log Folder", "help", None, "folder"),
    ActionSpec("about", "&About Chinese Teach", "help", None, "help-about",
               separator_before=True),
)

CHECKABLE = frozenset({"toggle_sidebar"})


def tr(text: str) -> str:
    """Translate an action or menu text."""
    return QCoreApplication.translate("actions", text)


def create_actions(parent: QObject) -> dict[str, QAction]:
    """One QAction per spec, keyed by ``spec.key``."""
    actions: dict[str, QAction] = {}
    for spec in ACTION_SPECS:
        action = QAction(tr(spec.text), parent)
        action.setObjectName(f"action_{spec.key}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon:
            action.setIcon(QIcon.fromTheme(spec.icon))
        if spec.tip:
            action.setStatusTip(tr(spec.tip))
            action.setToolTip(tr(spec.tip))
        if spec.key in CHECKABLE:
            action.setCheckable(True)
            action.setChecked(True)
        if spec.key == "preferences":
            action.setMenuRole(QAction.MenuRole.PreferencesRole)
        elif spec.key == "quit":
            action.setMenuRole(QAction.MenuRole.QuitRole)
        elif spec.key == "about":
            action.setMenuRole(QAction.MenuRole.AboutRole)
        actions[spec.key] = action
    return actions


def build_menus(menubar: QMenuBar, actions: dict[str, QAction], window: QWidget) -> None:
    """Fill ``menubar`` with the File / Edit / View / Help menus."""
    for menu_key, title in MENUS:
        menu = menubar.addMenu(tr(title))
        menu.setObjectName(f"menu_{menu_key}")
        for spec in ACTION_SPECS:
            if spec.menu != menu_key:
                continue
            if spec.separator_before and not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(actions[spec.key])
    # Shortcuts work even when the menu bar is hidden (full-screen, tests).
    window.addActions(list(actions.values()))
