"""Start the desktop app: QApplication, fonts, translations, main window, screenshot mode.

``run(args)`` is called by ``chinese-teach gui`` (and by plain ``chinese-teach``).
The window is shown first; the corpus and the text engine load after the first
paint, in worker threads, so a normal launch paints in well under a second.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from chinese_teach.appinfo import APP_ID, APP_NAME, ORG_NAME, VERSION
from chinese_teach.core.errors import BadInputError

log = logging.getLogger("chinese_teach.gui")

#: How long ``--screenshot`` waits for the page and its data (includes a first corpus build).
SCREENSHOT_TIMEOUT_S = 180.0
DEFAULT_SIZE = (1280, 800)


def parse_size(text: str | None) -> tuple[int, int] | None:
    """``"1280x800"`` -> ``(1280, 800)``; ``None`` stays ``None``."""
    if not text:
        return None
    try:
        w, h = text.lower().replace("×", "x").split("x")
        size = int(w), int(h)
    except ValueError:
        raise BadInputError(
            f"Window size must be written WIDTHxHEIGHT, e.g. 1280x800, not {text!r}."
        ) from None
    if not (200 <= size[0] <= 10000 and 200 <= size[1] <= 10000):
        raise BadInputError(f"Window size {text} is out of range (200 to 10000 pixels).")
    return size


def make_application() -> QApplication:
    """The QApplication (created once), with names, fonts and logging set up."""
    from chinese_teach.gui.tasks import setup_logging
    from chinese_teach.render.fonts import default_chinese_family, register_bundled_fonts

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_ID])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(VERSION)
    app.setDesktopFileName(APP_ID)
    setup_logging()
    register_bundled_fonts()
    # Chinese in labels, menus and lists falls back to a named Chinese family, never to
    # Qt's pick (Noto Sans CJK JP under LANG=C.UTF-8: Japanese glyph shapes).
    ui_font = app.font()
    chinese = default_chinese_family()
    resolved = QFontInfo(ui_font).family()  # "Sans Serif" is an alias: name the real face
    if chinese not in ui_font.families() and resolved != chinese:
        ui_font.setFamilies([resolved, chinese])
        app.setFont(ui_font)
    return app


def install_translators(app: QApplication, lang: str | None) -> list[QTranslator]:
    """Load Qt's and the app's translations for ``lang`` (default: the language chosen in
    Preferences, else the system's); see :mod:`chinese_teach.gui.i18n`."""
    from chinese_teach.gui import i18n

    if not lang:
        from chinese_teach.gui.settings import load_preferences

        lang = load_preferences().language or None
    return i18n.install(app, lang)


def install_excepthook() -> None:
    """Errors escaping a slot are logged and shown as a short message, never a traceback.

    (PySide6 would print them to stderr and carry on; a teacher would see nothing.)
    """
    from chinese_teach.gui.tasks import show_error

    showing = False

    def hook(kind, exc, tb) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            show_error(QApplication.activeWindow(), exc)
        finally:
            showing = False

    sys.excepthook = hook


class _FirstPaint(QObject):
    """Calls ``callback`` once, just after ``widget`` has painted for the first time."""

    def __init__(self, widget, callback) -> None:
        super().__init__(widget)
        self.callback = callback
        self.fired = False
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if not self.fired and event.type() == QEvent.Type.Paint:
            self.fired = True
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)
        return False


class Screenshotter(QObject):
    """Waits until the page is painted and loaded, saves a PNG and quits the app.

    With ``dialog`` the page's dialog of that name is opened once the page has settled
    (a widget of the page offers it through ``screenshot_dialog(name)``), and the PNG
    shows it over the middle of the window.
    """

    def __init__(self, window, key: str, path: Path, timeout: float = SCREENSHOT_TIMEOUT_S,
                 dialog: str | None = None):
        super().__init__(window)
        self.window = window
        self.key = key
        self.path = path
        self.dialog_name = dialog
        self.dialog = None
        self.deadline = time.monotonic() + timeout
        self.sample_loaded = False
        self.steady = 0
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._poll)

    def start(self) -> None:
        self.timer.start()

    def _poll(self) -> None:
        window = self.window
        if time.monotonic() > self.deadline:
            self._finish(1, f"chinese-teach: the {self.key} page did not finish loading in time.")
            return
        if window.corpus_state in ("failed", "missing"):
            self._finish(1, "chinese-teach: the reference dictionary could not be opened.")
            return
        page = window.page(self.key)
        if window.corpus_state != "ready" or page is None:
            return
        if not self.sample_loaded:
            self.sample_loaded = True
            page.load_sample()
            return
        ready = page.is_ready() and not window.tasks.active
        if self.dialog is not None:
            ready = ready and self.dialog.is_ready()
        self.steady = self.steady + 1 if ready else 0
        if self.steady >= 3 and self.dialog_name and self.dialog is None:
            self.dialog = self._open_dialog(page)
            if self.dialog is None:
                self._finish(1, f"chinese-teach: the {self.key} page has no dialog called "
                                f"{self.dialog_name!r}.")
            self.steady = 0
            return
        if self.steady >= 3:  # settled for 300 ms: layouts done, last paint delivered
            QApplication.processEvents()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self._grab().save(str(self.path), "PNG"):
                self._finish(1, f"chinese-teach: could not write {self.path}.")
                return
            self._finish(0, None)

    def _open_dialog(self, page):
        from PySide6.QtWidgets import QWidget

        for widget in (self.window, page, *page.findChildren(QWidget)):
            opener = getattr(widget, "screenshot_dialog", None)
            dialog = opener(self.dialog_name) if callable(opener) else None
            if dialog is not None:
                return dialog
        return None

    def _grab(self):
        """The window, with the open dialog over its middle (where a desktop puts it;
        the offscreen platform does not place windows)."""
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QPainter

        from chinese_teach.gui import theme

        image = self.window.grab()
        if self.dialog is not None:
            size = self.dialog.size()
            offset = QPoint(max(0, (self.window.width() - size.width()) // 2),
                            max(0, (self.window.height() - size.height()) // 2))
            painter = QPainter(image)
            painter.fillRect(image.rect(), theme.qcolour("desk_shadow", 60))  # the window behind it
            shot = self.dialog.grab()
            painter.drawPixmap(offset, shot)
            painter.setPen(theme.qcolour("border"))
            painter.drawRect(offset.x() - 1, offset.y() - 1, shot.width() + 1,
                             shot.height() + 1)
            painter.end()
        return image

    def _finish(self, code: int, message: str | None) -> None:
        self.timer.stop()
        if message:
            print(message, file=sys.stderr)
        QApplication.exit(code)


def create_window(size: tuple[int, int] | None = None, page: str | None = None):
    """Build the main window (without showing it)."""
    from chinese_teach.gui.mainwindow import MainWindow

    window = MainWindow()
    if size is not None:  # exactly this size (screenshots): not maximised
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
        window.resize(*size)
    if page is not None:
        if page not in window.page_keys():
            window.deleteLater()
            raise BadInputError(
                f"There is no page called {page!r}. Pages: {', '.join(window.page_keys())}."
            )
        window.show_page(page)
    return window


def open_files(window, names: list[str]) -> list[Path]:
    """Open the files named on the command line (file associations, "Open with");
    returns those that could not be opened (they are reported on stderr)."""
    failed: list[Path] = []
    for name in names:
        path = Path(name)
        if not (path.is_file() and window.desktop.open_any(path)):
            print(f"chinese-teach: cannot open {path}", file=sys.stderr)
            failed.append(path)
    return failed


def run(args: argparse.Namespace) -> int:
    """Run the desktop app until the window closes (or the screenshot is saved)."""
    started = time.perf_counter()
    size = parse_size(getattr(args, "size", None))
    screenshot = getattr(args, "screenshot", None)
    page = getattr(args, "page", None)
    if screenshot:
        from chinese_teach.gui.offscreen_screen import size_offscreen_screen

        config = size_offscreen_screen(size or DEFAULT_SIZE)  # dialogs fit it, not 800²
        app = make_application()
        if config is not None:
            config.unlink(missing_ok=True)  # read when the platform started
    else:
        app = make_application()
    install_excepthook()
    install_translators(app, getattr(args, "lang", None))
    if screenshot and size is None:
        size = DEFAULT_SIZE
    window = create_window(size, page)
    if size is None:
        window.place_on_screen()

    def painted() -> None:
        log.info("first paint %.0f ms after start", (time.perf_counter() - started) * 1000)
        window.start_background_loading()
        open_files(window, getattr(args, "files", None) or [])

    _FirstPaint(window, painted)
    window.show()
    if screenshot:
        window.persist_state = False
        shooter = Screenshotter(window, page or window.current_key() or "", Path(screenshot),
                                dialog=getattr(args, "dialog", None))
        shooter.start()
    code = app.exec()
    window.close()
    return code
