"""The main window: sidebar of pages, menus from the action list, status bar.

Start-up order keeps the first paint fast: the window is built with only the
current page, shown, and then :meth:`MainWindow.start_background_loading`
opens (or on first launch builds) the reference corpus and loads the text
engine in worker threads.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication, QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from chinese_teach import paths
from chinese_teach.appinfo import APP_NAME
from chinese_teach.gui import settings, theme
from chinese_teach.gui.actions import build_menus, create_actions
from chinese_teach.gui.context import AppContext
from chinese_teach.gui.library_session import LibrarySession, make_banner, update_banner
from chinese_teach.gui.navigation import KEY_ROLE, Navigation
from chinese_teach.gui.pages import PAGE_MODULES, Page, PageSpec, load_page_specs, nav_order
from chinese_teach.gui.settings import FONT_SIZE_RANGE, Preferences
from chinese_teach.gui.tasks import TaskRunner

log = logging.getLogger("chinese_teach.gui")

#: A screen smaller than this (logical px) gets a maximised window on first start.
SMALL_SCREEN = (1600, 900)


class MainWindow(QMainWindow):
    """The application window."""

    #: the corpus is open and the level index loaded (or opening failed: False)
    corpus_loaded = Signal(bool)

    def __init__(self, prefs: Preferences | None = None,
                 specs: list[PageSpec] | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(QIcon(str(paths.resource("icons", "chinese-teach.svg"))))
        self.tasks = TaskRunner(self)
        self.ctx = AppContext(self.tasks, prefs, self)
        self.pages: dict[str, Page] = {}
        self.corpus_dialog = None
        self.corpus_state = "unknown"  # unknown, loading, building, ready, missing, failed
        #: False in screenshot mode: the teacher's window layout is left alone
        self.persist_state = True

        self.nav = Navigation()
        self.sidebar = self.nav.list  # the page list (keyboard: arrows, Ctrl+1...9)
        #: "compact" or "full" once the teacher used the fold button; "" = by window width
        self.nav_choice = ""
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self._slots: dict[str, QWidget] = {}
        self.specs: list[PageSpec] = []
        #: page modules still to import (after the first paint)
        self._unloaded: list[str] = []
        if specs is None:
            first = self._first_module()
            specs = load_page_specs((first,))
            self._unloaded = [m for m in PAGE_MODULES if m != first]
            if not specs:
                specs, self._unloaded = load_page_specs(), []
        self._add_specs(specs)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main")
        self.splitter.addWidget(self.nav)
        # Pages scroll when the window is smaller than they need (small laptop screens,
        # large system fonts) instead of forcing the window to the widest page's size.
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("page_scroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        self.splitter.addWidget(self.page_scroll)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.nav.full_width(), 1000])
        self.splitter.setChildrenCollapsible(False)
        # The read-only / unavailable library banner sits above the pages.
        self.library_banner = make_banner()
        central = QWidget()
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.library_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.corpus_label = QLabel()
        self.statusBar().addPermanentWidget(self.corpus_label)
        self.ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))

        self.library_session = LibrarySession(self.ctx, self)
        self.actions_by_key = create_actions(self)
        build_menus(self.menuBar(), self.actions_by_key, self)
        self._connect_actions()
        self.ctx.word_requested.connect(self._show_word)
        self.ctx.page_requested.connect(self.show_page)
        self.ctx.open_requested.connect(self.open_item)
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        self.nav.compact_chosen.connect(self._choose_compact)
        self.resize(1200, 700)
        # The library opens once, here, before any page asks for it.
        self.ctx.library_changed.connect(self._library_changed)
        self.library_session.open()
        self._library_changed(self.ctx.library)
        self._restore_state()
        from chinese_teach.gui.desktop import install as install_desktop

        install_desktop(self)  # recent files, drops, Help guide, theme, language, a11y names

    # -- pages ------------------------------------------------------------------------
    def page(self, key: str) -> Page | None:
        """The page called ``key``, created if needed (None if there is no such page)."""
        if key in self.pages:
            return self.pages[key]
        spec = next((s for s in self.specs if s.key == key), None)
        if spec is None:
            return None
        page = spec.factory(self.ctx)
        page.setObjectName(f"page_{key}")
        slot = self._slots[key]
        index = self.stack.indexOf(slot)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        theme.reapply_chinese_fonts(page, self.ctx.prefs)
        self.pages[key] = page
        return page

    def current_key(self) -> str | None:
        return self.nav.current_key()

    def current_page(self) -> Page | None:
        key = self.current_key()
        return self.page(key) if key else None

    def show_page(self, key: str) -> Page | None:
        """Make ``key`` the visible page."""
        if key not in self._slots and key not in self.pages:
            self.load_remaining_pages()
        if self.nav.select(key):
            return self.page(key)
        return None

    def page_keys(self) -> list[str]:
        """Keys of every page (imports the page modules not loaded yet)."""
        self.load_remaining_pages()
        return [s.key for s in self.specs]

    def _add_specs(self, specs: list[PageSpec]) -> None:
        """Add navigation entries and stack slots, keeping the navigation's order."""
        added = False
        for spec in specs:
            if any(s.key == spec.key for s in self.specs):
                continue
            self.specs.append(spec)
            slot = QWidget()  # holds the page once it is first shown
            slot.setObjectName(f"slot_{spec.key}")
            self._slots[spec.key] = slot
            self.stack.addWidget(slot)
            added = True
        if added:
            self.specs.sort(key=nav_order)
            self.nav.set_specs(self.specs)

    def load_remaining_pages(self, *, later: bool = False) -> None:
        """Import the page modules not loaded at start-up and add their sidebar entries.

        With ``later`` one module is imported per event-loop turn, so the window
        stays responsive while the sidebar fills in.
        """
        if not later:
            while self._unloaded:
                self._add_specs(load_page_specs((self._unloaded.pop(0),)))
            return

        def step() -> None:
            if self._unloaded:
                self._add_specs(load_page_specs((self._unloaded.pop(0),)))
                QTimer.singleShot(0, step)

        QTimer.singleShot(0, step)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.sidebar.item(row).data(KEY_ROLE)
        if key is None:
            return
        page = self.page(key)
        if page is not None:
            self._size_by(page)
            self.stack.setCurrentWidget(page)
            page.page_shown()

    def open_item(self, what: str, arg: str = "") -> Page | None:
        """Open something on the page that holds it (the start page's buttons):

        ``lesson`` / ``reader`` (an id), ``new_lesson`` (in course ``arg``),
        ``reader_text`` (a text for a new reader), ``reader_file`` / ``deck_file``
        (a path), ``deck_lesson`` (a lesson id). Returns the page shown.
        """
        if what in ("lesson", "new_lesson"):
            page = self.show_page("library")
            if page is not None and arg:
                page.reload(select=arg)
            if page is not None and what == "new_lesson":
                page.new_lesson()
        elif what in ("reader", "reader_text", "reader_file"):
            page = self.show_page("readers")
            if page is not None and what == "reader":
                page.load_reader(arg)
            elif page is not None and what == "reader_text":
                page.new_from_text(arg)
            elif page is not None:
                page.open_file(Path(arg))
        elif what in ("deck_file", "deck_lesson"):
            page = self.show_page("decks")
            if page is not None:
                page.use_source("file" if what == "deck_file" else "lesson", arg)
        else:
            raise ValueError(f"nothing to open called {what!r}")
        return page

    def _size_by(self, page: QWidget) -> None:
        """Only the shown page's size counts: a tall page (the start page) must not give
        every other page a scroll bar."""
        ignored = QSizePolicy.Policy.Ignored
        for i in range(self.stack.count()):
            widget = self.stack.widget(i)
            if widget is page:
                widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            elif widget.sizePolicy().horizontalPolicy() != ignored:
                widget.setSizePolicy(ignored, ignored)
        self.stack.updateGeometry()

    def _show_word(self, word: str) -> None:
        page = self.show_page("dictionary")
        if page is not None and hasattr(page, "show_word"):
            page.show_word(word)

    # -- actions ----------------------------------------------------------------------
    def _connect_actions(self) -> None:
        a = self.actions_by_key
        a["quit"].triggered.connect(self.close)
        a["find"].triggered.connect(self.focus_search)
        a["preferences"].triggered.connect(self.open_preferences)
        a["about"].triggered.connect(self.open_about)
        a["open_text"].triggered.connect(self.open_text_file)
        a["build_corpus"].triggered.connect(self.build_corpus)
        a["bigger_text"].triggered.connect(lambda: self._change_font_size(+2))
        a["smaller_text"].triggered.connect(lambda: self._change_font_size(-2))
        a["toggle_sidebar"].toggled.connect(self.nav.setVisible)
        a["open_log"].triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))
        )
        a["backup_now"].triggered.connect(self.library_session.backup_now)
        a["check_library"].triggered.connect(self.library_session.check)
        a["restore_backup"].triggered.connect(self.library_session.restore_dialog)
        a["copy"].triggered.connect(lambda: self._edit_command("copy"))
        a["paste"].triggered.connect(lambda: self._edit_command("paste"))
        a["select_all"].triggered.connect(lambda: self._edit_command("selectAll"))

    def _library_changed(self, lib) -> None:
        """Banner for a read-only or unavailable library; menu items need an open one."""
        update_banner(self.library_banner, lib, self.library_session.error)
        for key in ("backup_now", "check_library"):
            self.actions_by_key[key].setEnabled(lib is not None)

    def _edit_command(self, name: str) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and hasattr(widget, name):
            getattr(widget, name)()
        elif name == "copy" and (page := self.current_page()) is not None:
            page.copy_selection()

    def focus_search(self) -> None:
        """Ctrl+F: the current page's search box, else the dictionary's."""
        page = self.current_page()
        if page is not None and page.focus_search():
            return
        page = self.show_page("dictionary")
        if page is not None:
            page.focus_search()

    def open_preferences(self) -> None:
        from chinese_teach.gui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.ctx.prefs, self)
        dialog.setObjectName("preferences_dialog")
        if dialog.exec():
            self.ctx.set_preferences(dialog.preferences())

    def screenshot_dialog(self, name: str):
        """The window's dialogs for ``chinese-teach gui --screenshot --dialog NAME``
        (``preferences``, ``about``, ``help``), shown without blocking; None otherwise."""
        from chinese_teach.gui import accessibility

        if name == "preferences":
            from chinese_teach.gui.dialogs.preferences import PreferencesDialog

            dialog = PreferencesDialog(self.ctx.prefs, self)
        elif name == "about":
            from chinese_teach.gui.dialogs.about import AboutDialog

            dialog = AboutDialog(self.ctx, self)
        elif name == "help":
            from chinese_teach.gui.dialogs.help import HelpDialog

            dialog = HelpDialog(self)
        else:
            return None
        accessibility.name_controls(dialog)
        dialog.is_ready = lambda: True  # built at once: nothing loads in the background
        dialog.show()
        return dialog

    def open_about(self) -> None:
        from chinese_teach.gui.dialogs.about import AboutDialog

        AboutDialog(self.ctx, self).exec()

    def open_text_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Text File"), str(Path.home()),
            self.tr("Text files (*.txt *.text);;All files (*)"),
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open a text file in the page that handles files (Quick annotate)."""
        page = self.show_page("annotate")
        opened = page is not None and page.open_file(path)
        if opened:
            from chinese_teach.gui.desktop import remember

            remember(path)
        return opened

    def _change_font_size(self, step: int) -> None:
        low, high = FONT_SIZE_RANGE
        size = min(max(self.ctx.prefs.font_size + step, low), high)
        self.ctx.set_preferences(self.ctx.prefs.with_changes(font_size=size))

    # -- corpus and text engine --------------------------------------------------------
    def start_background_loading(self) -> None:
        """Open the corpus (building it on first launch), then load the text engine;
        import the remaining page modules meanwhile."""
        from chinese_teach.core.corpus.store import corpus_status

        self.load_remaining_pages(later=True)

        status = corpus_status()
        if status == "ok":
            self._open_corpus()
        else:
            self.build_corpus()

    def _set_corpus_state(self, state: str) -> None:
        self.corpus_state = state
        texts = {
            "loading": self.tr("Opening the dictionary…"),
            "building": self.tr("Building the reference dictionary…"),
            "engine": self.tr("Loading the text engine…"),
            "ready": "",
            "missing": self.tr("Reference dictionary not built"),
            "failed": self.tr("Reference dictionary unavailable"),
        }
        self.corpus_label.setText(texts.get(state, ""))
        self.actions_by_key["build_corpus"].setEnabled(state in ("missing", "failed"))
        self.ctx.set_corpus_state(state)

    def _open_corpus(self) -> None:
        def work(progress, cancel):
            from chinese_teach.core.corpus.store import open_corpus
            from chinese_teach.core.text.analyze import level_index

            corpus = open_corpus()
            return corpus, level_index(corpus)

        self._set_corpus_state("loading")
        self.tasks.run(work, label=self.tr("Opening the dictionary"), show_progress=False,
                       on_success=self._corpus_opened, on_failure=self._corpus_failed)

    def _corpus_opened(self, result) -> None:
        corpus, levels = result
        self.ctx.set_corpus(corpus, levels)
        self.corpus_loaded.emit(True)
        self._load_engine()

    def _corpus_failed(self, exc: BaseException) -> None:
        self._set_corpus_state("failed")
        self.corpus_loaded.emit(False)

    def _load_engine(self) -> None:
        corpus = self.ctx.corpus

        def work(progress, cancel):
            from chinese_teach.core.text.engine import get_engine

            engine = get_engine(corpus)
            engine.load()
            return engine

        self._set_corpus_state("engine")
        self.tasks.run(work, label=self.tr("Loading the text engine"), show_progress=False,
                       on_success=self._engine_loaded,
                       on_failure=lambda exc: self._set_corpus_state("failed"))

    def _engine_loaded(self, engine) -> None:
        self._set_corpus_state("ready")
        self.ctx.set_engine(engine)

    def build_corpus(self) -> None:
        """Show the corpus build dialog (first launch, or after a cancelled build)."""
        from chinese_teach.gui.dialogs.corpus_build import CorpusBuildDialog

        if self.corpus_dialog is not None:
            self.corpus_dialog.raise_()
            return
        self._set_corpus_state("building")
        dialog = CorpusBuildDialog(self.tasks, self)
        dialog.setObjectName("corpus_build_dialog")
        self.corpus_dialog = dialog

        def closed(built: bool) -> None:
            self.corpus_dialog = None
            dialog.deleteLater()
            if built:
                self._open_corpus()
            else:
                self._set_corpus_state("missing")
                self.corpus_loaded.emit(False)

        dialog.closed.connect(closed)
        dialog.show()
        dialog.start()

    # -- state -----------------------------------------------------------------------
    def _restore_state(self) -> None:
        store = settings.open_settings()
        geometry = settings.load_bytes(settings.GEOMETRY_KEY, store)
        #: no size or position stored yet: ``place_on_screen`` chooses them at start
        self.first_start = geometry is None
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.load_bytes(settings.WINDOW_STATE_KEY, store)
        if state is not None:
            self.restoreState(state)
        settings.restore_splitter(self.splitter, store)
        choice = str(store.value(settings.NAV_KEY) or "")
        self.nav_choice = choice if choice in ("compact", "full") else ""
        self._fit_navigation()
        keys = [s.key for s in self.specs]
        if keys:
            self.show_page(self._default_page(keys))

    @staticmethod
    def _default_page(keys: list[str]) -> str:
        """The first page on every start: the start page (it leads back to the last work)."""
        return "start" if "start" in keys else keys[0]

    @staticmethod
    def _first_module() -> str:
        """The page module to import before the first paint: the start page's."""
        return "start" if "start" in PAGE_MODULES else PAGE_MODULES[0]

    def place_on_screen(self) -> None:
        """Called before the window first shows: on first start maximised on a small
        screen (a 1366×768 laptop) or a comfortable size in the middle of a larger one;
        later the stored place, brought back onto the screen if it no longer fits."""
        if not self.first_start:
            self._keep_on_screen()
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        if free.width() < SMALL_SCREEN[0] or free.height() < SMALL_SCREEN[1]:
            self.resize(min(self.width(), free.width()), min(self.height(), free.height()))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        width, height = min(1400, free.width() - 80), min(900, free.height() - 80)
        self.setGeometry(free.x() + (free.width() - width) // 2,
                         free.y() + (free.height() - height) // 2, width, height)

    def _keep_on_screen(self) -> None:
        """A restored window that no longer fits (a smaller screen since) is brought back."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or self.isMaximized():
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry()
        if free.contains(frame):
            return
        width, height = min(self.width(), free.width()), min(self.height(), free.height())
        x = min(max(frame.x(), free.x()), free.right() - width)
        y = min(max(frame.y(), free.y()), free.bottom() - height)
        self.setGeometry(x, y, width, height)

    # -- navigation width ---------------------------------------------------------------
    def _choose_compact(self, compact: bool) -> None:
        """The fold button: the teacher's choice holds until they press it again."""
        self.nav_choice = "compact" if compact else "full"
        self._set_compact(compact)
        if self.persist_state:
            store = settings.open_settings()
            store.setValue(settings.NAV_KEY, self.nav_choice)

    def _fit_navigation(self) -> None:
        """Icons only on a narrow window, unless the teacher chose."""
        if self.nav_choice:
            self._set_compact(self.nav_choice == "compact")
        else:
            self._set_compact(self.width() < theme.COMPACT_NAV_BELOW)

    def _set_compact(self, compact: bool) -> None:
        """Icons only or names, the page taking the width the navigation gives up or
        needs: the splitter kept the navigation's pane as wide as before, so icons only
        left 124 px empty beside them (a 1366 × 768 screen at 150 %)."""
        if compact == self.nav.compact:
            return
        self.nav.set_compact(compact)
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        nav = self.nav.minimumWidth() if compact else max(sizes[0], self.nav.full_width())
        self.splitter.setSizes([nav, max(0, total - nav)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_navigation()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.nav.refresh_icons()
        super().changeEvent(event)

    def save_state(self) -> None:
        store = settings.open_settings()
        settings.save_bytes(settings.GEOMETRY_KEY, self.saveGeometry(), store)
        settings.save_bytes(settings.WINDOW_STATE_KEY, self.saveState(), store)
        settings.save_splitter(self.splitter, store)
        key = self.current_key()
        if key:
            store.setValue(settings.PAGE_KEY, key)
            module = next((s.module for s in self.specs if s.key == key), "")
            store.setValue(settings.PAGE_MODULE_KEY, module)
        for page in self.pages.values():
            page.save_state()
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist_state:
            self.save_state()
        if self.corpus_dialog is not None:
            self.corpus_dialog.cancel()
            self.corpus_dialog.hide()
        self.hide()  # gone at once, even while a worker finishes its current step
        self.tasks.shutdown()
        self.library_session.close()
        super().closeEvent(event)
