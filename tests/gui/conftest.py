"""GUI fixtures: an isolated data directory, patched message boxes, a loaded main window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes never block a test: they are recorded as (kind, text)."""
    shown: list[tuple[str, str]] = []

    def fake(kind: str):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind))
    return shown


@pytest.fixture
def gui_home(fresh_home, qapp):
    """A private data directory (settings, logs) that reuses the session's corpus."""
    from chinese_teach.render.fonts import register_bundled_fonts

    register_bundled_fonts()
    return fresh_home


@pytest.fixture
def window(gui_home, qtbot, engine):
    """The main window with the corpus open and the text engine loaded."""
    from chinese_teach.gui.mainwindow import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    win.start_background_loading()
    qtbot.waitUntil(lambda: win.corpus_state == "ready" and not win._unloaded, timeout=30000)
    yield win
    win.tasks.shutdown()
