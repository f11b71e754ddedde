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


@pytest.fixture
def ctx(gui_home, qtbot, engine, corpus):
    """An application context with the shared corpus and engine, and its own task runner."""
    from chinese_teach.core.text.analyze import level_index
    from chinese_teach.gui.context import AppContext
    from chinese_teach.gui.tasks import TaskRunner

    tasks = TaskRunner()
    context = AppContext(tasks)
    context.set_corpus(corpus, level_index(corpus))
    context.set_engine(engine)
    yield context
    tasks.shutdown()
    engine.set_corrections([])
    lib = getattr(context, "library", None)
    if lib is not None:
        lib.close()


@pytest.fixture
def page(ctx, qtbot):
    """The Library page (course tree and lesson editor), shown at 1300×850."""
    from chinese_teach.gui.pages.library import LibraryPage

    p = LibraryPage(ctx)
    qtbot.addWidget(p)
    p.resize(1300, 850)
    p.show()
    yield p
    # The editor's autosave timers outlive the test otherwise and fire during a later
    # test, after this library is closed; the app flushes the same way when it closes.
    p.editor.flush()
