"""Desktop conventions wired into the main window: recent files, drag and drop,
Help > Guide and shortcuts, Ctrl+1…9 to go to a page, the theme and the interface
language from Preferences, and accessible names on every page shown.

:func:`install` is called once by :class:`~chinese_teach.gui.mainwindow.MainWindow`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox

from chinese_teach.core import labels
from chinese_teach.gui import accessibility, i18n, settings
from chinese_teach.gui.safetext import tooltip

log = logging.getLogger("chinese_teach.gui")

RECENT_KEY = "recent/files"
MAX_RECENT = 10
#: file suffix -> page that opens it
TEXT_SUFFIXES = frozenset({".txt", ".text", ".docx"})
COURSE_SUFFIXES = frozenset({".ctcourse", ".zip"})


# -- recent files -------------------------------------------------------------------------
def recent_files() -> list[Path]:
    """Files opened lately, newest first (those that no longer exist are left out)."""
    raw = settings.open_settings().value(RECENT_KEY) or []
    if isinstance(raw, str):
        raw = [raw]
    return [Path(p) for p in raw if p and Path(p).is_file()][:MAX_RECENT]


def remember(path: Path) -> None:
    """Put ``path`` first in the recent files."""
    path = Path(path).resolve()
    files = [str(path)] + [str(p) for p in recent_files() if p.resolve() != path]
    store = settings.open_settings()
    store.setValue(RECENT_KEY, files[:MAX_RECENT])
    store.sync()


def clear_recent() -> None:
    """Forget the recent files."""
    store = settings.open_settings()
    store.remove(RECENT_KEY)
    store.sync()


def can_open(path: Path) -> bool:
    """True for files the window knows what to do with."""
    return path.suffix.lower() in TEXT_SUFFIXES | COURSE_SUFFIXES


class Desktop(QObject):
    """The pieces :func:`install` adds to one main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._language = i18n.current_language()
        self._document_language = labels.document_language()
        self.theme = None
        self._add_recent_menu()
        self._add_help_actions()
        self._add_page_shortcuts()
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.ctx.preferences_changed.connect(self.apply_preferences)
        if not window.sidebar.accessibleName():
            window.sidebar.setAccessibleName(self.tr("Pages"))
        # every page gets its accessible names when it is first shown (after its widgets
        # exist and its labels have their texts)
        window.stack.currentChanged.connect(self._page_changed)
        QTimer.singleShot(0, self.name_current_page)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from chinese_teach.gui.theme import ThemeFollower

            self.theme = ThemeFollower(app, window.ctx.prefs.theme)

    # -- menus ------------------------------------------------------------------------
    def _menu(self, key: str) -> QMenu | None:
        return self.window.menuBar().findChild(QMenu, f"menu_{key}")

    def _add_recent_menu(self) -> None:
        file_menu = self._menu("file")
        self.recent_menu = QMenu(self.tr("Open &Recent"), self.window)
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        if file_menu is None:
            return
        actions = file_menu.actions()
        anchor = self.window.actions_by_key.get("open_text")
        index = actions.index(anchor) + 1 if anchor in actions else 0
        before = actions[index] if index < len(actions) else None
        file_menu.insertMenu(before, self.recent_menu) if before else file_menu.addMenu(
            self.recent_menu)

    def fill_recent_menu(self) -> None:
        """Rebuild Open Recent from the stored list."""
        menu = self.recent_menu
        menu.clear()
        files = recent_files()
        for n, path in enumerate(files, 1):
            action = menu.addAction(f"&{n % 10} {path.name}")
            action.setToolTip(tooltip(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_any(p))
        if files:
            menu.addSeparator()
        clear = menu.addAction(self.tr("Clear Recent Files"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(clear_recent)

    def _add_help_actions(self) -> None:
        self.guide_action = QAction(self.tr("&Guide"), self.window)
        self.guide_action.setObjectName("action_guide")
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(lambda: self.open_help(False))
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), self.window)
        self.shortcuts_action.setObjectName("action_shortcuts")
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(lambda: self.open_help(True))
        help_menu = self._menu("help")
        if help_menu is not None:
            first = help_menu.actions()[0] if help_menu.actions() else None
            help_menu.insertActions(first, [self.guide_action, self.shortcuts_action])
            if first is not None:
                help_menu.insertSeparator(first)
        self.window.addActions([self.guide_action, self.shortcuts_action])

    def open_help(self, shortcuts_first: bool = False):
        """Show the guide (or the shortcuts tab) and return the dialog."""
        from chinese_teach.gui.dialogs.help import HelpDialog

        dialog = HelpDialog(self.window, shortcuts_first=shortcuts_first)
        accessibility.name_controls(dialog)
        dialog.show()
        return dialog

    def _add_page_shortcuts(self) -> None:
        self.page_actions: list[QAction] = []
        for n in range(1, 10):
            action = QAction(self.tr("Go to page {n}").format(n=n), self.window)
            action.setObjectName(f"action_page_{n}")
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _=False, row=n - 1: self.go_to_row(row))
            self.page_actions.append(action)
        self.window.addActions(self.page_actions)

    def go_to_row(self, row: int) -> None:
        """Show the ``row``-th page of the navigation (headings not counted) and move the
        focus into it."""
        self.window.load_remaining_pages()
        keys = self.window.nav.keys()
        if 0 <= row < len(keys):
            self.window.show_page(keys[row])
            page = self.window.stack.currentWidget()
            if page is not None:
                page.setFocus()
                page.focusNextChild()

    # -- preferences ------------------------------------------------------------------
    def apply_preferences(self, prefs) -> None:
        """Apply the interface language and theme chosen in Preferences."""
        wanted = i18n.resolve(prefs.language or None)
        if wanted != i18n.current_language():
            i18n.set_language(wanted)
        # documents that follow the interface language follow its switch; the reader's
        # preview shows the glossary and notes as they will print
        self.window.ctx.apply_document_language()
        if labels.document_language() != self._document_language:
            self._document_language = labels.document_language()
            readers = self.window.pages.get("readers")
            if readers is not None and getattr(readers, "doc", None) is not None:
                readers.schedule()
        if self.theme is not None and prefs.theme != self.theme.choice:
            self.theme.set_choice(prefs.theme)

    def _page_changed(self, index: int) -> None:
        page = self.window.stack.widget(index)
        if page is not None:
            QTimer.singleShot(0, page, lambda: accessibility.name_controls(page))

    def name_current_page(self) -> None:
        page = self.window.stack.currentWidget()
        if page is not None:
            accessibility.name_controls(page)

    # -- files ----------------------------------------------------------------------------
    def open_any(self, path: Path) -> bool:
        """Open a text in the Reader studio or import a course file; remember it."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix in COURSE_SUFFIXES:
            ok = self.import_course(path)
        elif suffix in TEXT_SUFFIXES:
            page = self.window.show_page("readers")
            ok = page is not None and page.open_file(path)
            if page is None and suffix != ".docx":
                ok = self.window.open_path(path)
        else:
            ok = False
        if ok:
            remember(path)
        return ok

    def import_course(self, path: Path) -> bool:
        """Import a course .zip into the library (as a copy when it is already there)."""
        from chinese_teach.core.errors import ChineseTeachError
        from chinese_teach.gui.operations import perform, push
        from chinese_teach.ops import course_exchange

        page = self.window.show_page("library")
        library = getattr(page, "library", None)
        if page is None or library is None:
            QMessageBox.warning(self.window, self.tr("Import course"),
                                self.tr("The library is not available."))
            return False
        try:
            exists = course_exchange.read_course(library, path).in_library
        except ChineseTeachError as exc:
            QMessageBox.warning(self.window, self.tr("Import course"), str(exc))
            return False
        if exists:
            answer = QMessageBox.question(
                self.window, self.tr("Import course"),
                self.tr("This course is already in your library. Import it as a copy?"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        # the Library page shows the new course from the changes (ctx.ops_changed)
        done = perform(self.window.ctx,
                       lambda lib: course_exchange.import_course(lib, path, as_copy=exists),
                       initiator=self, library=library,
                       on_error=lambda exc: QMessageBox.warning(
                           self.window, self.tr("Import course"), str(exc)))
        if done is None:
            return False
        # Undo (Library page, Ctrl+Z) takes the course and its texts out again
        push(self.window.ctx, page.undo_stack, done, self.tr("Import course"),
             parent_widget=page, library=library)
        result = done.value
        self.window.ctx.show_status(self.tr("Imported “{name}”: {n} lessons.").format(
            name=result.name, n=result.lessons))
        if result.conflicts:  # the course's pinyin corrections that differ from the teacher's
            lines = [c.describe() for c in result.conflicts[:15]]
            QMessageBox.information(self.window, self.tr("Import course"), self.tr(
                "{n} pinyin corrections in the course differ from yours; yours were "
                "kept:").format(n=len(result.conflicts)) + "\n" + "\n".join(lines))
        return True

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped_paths(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = self._dropped_paths(event)
            if paths:
                event.acceptProposedAction()
                for path in paths:
                    self.open_any(path)
                return True
        return False

    @staticmethod
    def _dropped_paths(event) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls()
                if u.isLocalFile() and can_open(Path(u.toLocalFile()))]


def install(window: QMainWindow) -> Desktop:
    """Add the desktop conventions to ``window`` (kept as ``window.desktop``)."""
    desktop = Desktop(window)
    window.desktop = desktop
    return desktop
