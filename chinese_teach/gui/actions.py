"""The window's actions, defined once (text, shortcut, icon), and the menus built from them.

Each :class:`ActionSpec` names the menu it belongs to; :func:`build_menus`
assembles File / Edit / View / Help in the order of :data:`ACTION_SPECS`.
The main window connects the ``triggered`` signals by key.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
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
    ("file", QT_TRANSLATE_NOOP("actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("actions", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("actions", "&View")),
    ("help", QT_TRANSLATE_NOOP("actions", "&Help")),
)

ACTION_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("open_text", QT_TRANSLATE_NOOP("actions", "&Open Text File…"), "file",
               StandardKey.Open, "document-open",
               QT_TRANSLATE_NOOP("actions", "Open a .txt file in Quick annotate")),
    ActionSpec("build_corpus",
               QT_TRANSLATE_NOOP("actions", "&Build Reference Dictionary…"), "file",
               None, "view-refresh",
               QT_TRANSLATE_NOOP("actions",
                                 "Build the dictionary and HSK lists used by every page"),
               separator_before=True),
    ActionSpec("backup_now", QT_TRANSLATE_NOOP("actions", "&Back Up Library Now"), "file",
               None, "document-save",
               QT_TRANSLATE_NOOP("actions", "Write a backup of your library now"),
               separator_before=True),
    ActionSpec("check_library", QT_TRANSLATE_NOOP("actions", "&Check Library"), "file",
               None, "dialog-information",
               QT_TRANSLATE_NOOP("actions", "Check the library file for damage")),
    ActionSpec("restore_backup", QT_TRANSLATE_NOOP("actions", "&Restore from Backup…"), "file",
               None, "document-revert",
               QT_TRANSLATE_NOOP("actions", "Replace your library with one of its backups")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("actions", "&Quit"), "file",
               "Ctrl+Q", "application-exit",
               QT_TRANSLATE_NOOP("actions", "Quit Chinese Teach"), separator_before=True),
    ActionSpec("copy", QT_TRANSLATE_NOOP("actions", "&Copy"), "edit",
               StandardKey.Copy, "edit-copy"),
    ActionSpec("paste", QT_TRANSLATE_NOOP("actions", "&Paste"), "edit",
               StandardKey.Paste, "edit-paste"),
    ActionSpec("select_all", QT_TRANSLATE_NOOP("actions", "Select &All"), "edit",
               StandardKey.SelectAll, "edit-select-all"),
    ActionSpec("find", QT_TRANSLATE_NOOP("actions", "&Find…"), "edit",
               "Ctrl+F", "edit-find",
               QT_TRANSLATE_NOOP("actions", "Focus the search box"), separator_before=True),
    ActionSpec("preferences", QT_TRANSLATE_NOOP("actions", "Pr&eferences…"), "edit",
               "Ctrl+,", "preferences-system", separator_before=True),
    ActionSpec("bigger_text", QT_TRANSLATE_NOOP("actions", "&Larger Chinese Text"), "view",
               StandardKey.ZoomIn, "zoom-in"),
    ActionSpec("smaller_text", QT_TRANSLATE_NOOP("actions", "&Smaller Chinese Text"), "view",
               StandardKey.ZoomOut, "zoom-out"),
    ActionSpec("toggle_sidebar", QT_TRANSLATE_NOOP("actions", "Show &Sidebar"), "view",
               "Ctrl+B", None, separator_before=True),
    ActionSpec("open_log", QT_TRANSLATE_NOOP("actions", "Open &Log Folder"), "help",
               None, "folder"),
    ActionSpec("about", QT_TRANSLATE_NOOP("actions", "&About Chinese Teach"), "help",
               None, "help-about", separator_before=True),
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
