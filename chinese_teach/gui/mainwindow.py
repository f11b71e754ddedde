"""The main window: sidebar of pages, menus from the action list, status bar.

Start-up order keeps the first paint fast: the window is built with only the
current page, shown, and then :meth:`MainWindow.start_background_loading`
opens (or on first launch builds) the reference corpus and loads the text
engine in worker threads.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from chinese_teach import paths
from chinese_teach.appinfo import APP_NAME
from chinese_teach.gui import settings
from chinese_teach.gui.actions import build_menus, create_actions
from chinese_teach.gui.context import AppContext
from chinese_teach.gui.library_session import LibrarySession, make_banner, update_banner
from chinese_teach.gui.pages import PAGE_MODULES, Page, PageSpec, load_page_specs
from chinese_teach.gui.settings import FONT_SIZE_RANGE, Preferences
from chinese_teach.gui.tasks import TaskRunner

log = logging.getLogger("chinese_teach.gui")


class MainWindow(QMainWindow):
    """The application window."""

    #: the corpus is open and the level index loaded (or opening failed: False)
    corpus_loaded = Signal(bool)

    def __init__(self, prefs: Preferences | None = None,
                 specs: list[PageSpec] | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(QIcon.fromTheme("accessories-dictionary"))
        self.tasks = TaskRunner(self)
        self.ctx = AppContext(self.tasks, prefs, self)
        self.pages: dict[str, Page] = {}
        self.corpus_dialog = None
        self.corpus_state = "unknown"  # unknown, loading, building, ready, missing, failed
        #: False in screenshot mode: the teacher's window layout is left alone
        self.persist_state = True

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setMinimumWidth(120)
        self.sidebar.setSpacing(2)
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
        self.splitter.addWidget(self.sidebar)
        # Pages scroll when the window is smaller than they need (small laptop screens,
        # large system fonts) instead of forcing the window to the widest page's size.
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("page_scroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        self.splitter.addWidget(self.page_scroll)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([160, 1000])
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
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        self.resize(1200, 780)
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
        self.pages[key] = page
        return page

    def current_key(self) -> str | None:
        item = self.sidebar.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_page(self) -> Page | None:
        key = self.current_key()
        return self.page(key) if key else None

    def show_page(self, key: str) -> Page | None:
        """Make ``key`` the visible page."""
        if key not in self._slots and key not in self.pages:
            self.load_remaining_pages()
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                if self.sidebar.currentRow() != row:
                    self.sidebar.setCurrentRow(row)
                return self.page(key)
        return None

    def page_keys(self) -> list[str]:
        """Keys of every page (imports the page modules not loaded yet)."""
        self.load_remaining_pages()
        return [s.key for s in self.specs]

    def _add_specs(self, specs: list[PageSpec]) -> None:
        """Add sidebar entries and stack slots, keeping the sidebar in ``order``."""
        blocked = self.sidebar.blockSignals(True)
        for spec in specs:
            if any(s.key == spec.key for s in self.specs):
                continue
            self.specs.append(spec)
            self.specs.sort(key=lambda s: (s.order, s.key))
            item = QListWidgetItem(QIcon.fromTheme(spec.icon or ""), spec.display_title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if spec.tip:
                item.setToolTip(QCoreApplication.translate("pages", spec.tip))
            self.sidebar.insertItem(self.specs.index(spec), item)
            slot = QWidget()  # holds the page once it is first shown
            slot.setObjectName(f"slot_{spec.key}")
            self._slots[spec.key] = slot
            self.stack.addWidget(slot)
        self.sidebar.blockSignals(blocked)

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
        key = self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.page(key)
        if page is not None:
            self.stack.setCurrentWidget(page)
            page.page_shown()

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
        a["toggle_sidebar"].toggled.connect(self.sidebar.setVisible)
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
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.load_bytes(settings.WINDOW_STATE_KEY, store)
        if state is not None:
            self.restoreState(state)
        settings.restore_splitter(self.splitter, store)
        last = store.value(settings.PAGE_KEY)
        keys = [s.key for s in self.specs]
        if keys:
            self.show_page(last if last in keys else self._default_page(keys))

    @staticmethod
    def _default_page(keys: list[str]) -> str:
        return "dictionary" if "dictionary" in keys else keys[0]

    @staticmethod
    def _first_module() -> str:
        """The page module to import before the first paint: the last page used."""
        store = settings.open_settings()
        name = store.value(settings.PAGE_MODULE_KEY)
        return name if name in PAGE_MODULES else "dictionary"

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
