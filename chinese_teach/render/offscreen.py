"""A QGuiApplication for command-line rendering (PDF/PNG) with or without a display."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication

from chinese_teach.render.fonts import register_bundled_fonts


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one on Qt's offscreen platform.

    Command-line rendering and the self-test never open a window, so they do not need a
    display: on a server, in CI, in a silent install or over ssh with a stale ``DISPLAY``
    the desktop platform plugin would abort the process. ``QT_QPA_PLATFORM``, when set,
    still wins. Also registers the bundled teaching font, so PDFs name a Chinese family.
    """
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([sys.argv[0] if sys.argv else "chinese-teach"])
    register_bundled_fonts()
    return app  # type: ignore[return-value]


def painting_ready() -> None:
    """Make sure Qt can paint: start the offscreen application if none runs (the command
    line); in the desktop app (already running) this does nothing, from any thread."""
    if QGuiApplication.instance() is None:
        ensure_gui_app()
