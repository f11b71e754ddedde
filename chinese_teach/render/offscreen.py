"""A QGuiApplication for command-line rendering (PDF/PNG) with or without a display."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication

from chinese_teach.render.fonts import register_bundled_fonts


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display).

    Also registers the bundled teaching font, so PDFs name a Chinese family.
    """
    app = QGuiApplication.instance()
    if app is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if headless and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([sys.argv[0] if sys.argv else "chinese-teach"])
    register_bundled_fonts()
    return app  # type: ignore[return-value]


def painting_ready() -> None:
    """Make sure Qt can paint: start the offscreen application if none runs (the command
    line); in the desktop app (already running) this does nothing, from any thread."""
    if QGuiApplication.instance() is None:
        ensure_gui_app()
