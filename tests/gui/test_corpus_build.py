"""First launch: the corpus is built in the background; the build can be cancelled and restarted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from chinese_teach.core.corpus.store import corpus_status, reset_shared
from tests.gui.driving import activate, click_menu_action


@pytest.fixture
def empty_home(tmp_path, monkeypatch, qapp):
    home = tmp_path / "first-launch"
    home.mkdir()
    monkeypatch.setenv("CHINESE_TEACH_HOME", str(home))
    reset_shared()
    yield home
    reset_shared()


def test_build_dialog_cancel_and_restart(empty_home, qtbot, messages):
    from chinese_teach.gui.mainwindow import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.start_background_loading()
    dialog = window.corpus_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.corpus_state == "building"

    # Cancel: the build stops, nothing half-built is left, the window still works.
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "cancelled", timeout=30000)
    assert corpus_status() == "missing"
    assert not list(empty_home.glob("*.building"))
    assert dialog.restart_button.isVisible()
    page = window.show_page("dictionary")
    qtbot.keyClicks(page.search, "yinhang")
    assert page.search.text() == "yinhang"
    assert not messages

    # Closing without a corpus leaves the File menu action to build it later.
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert window.corpus_state == "missing"
    assert "not built yet" in page.detail.toPlainText()
    annotate = window.show_page("annotate")
    assert "Needs the reference dictionary" in annotate.status.text()
    window.show_page("dictionary")
    action = window.actions_by_key["build_corpus"]
    assert action.isEnabled()
    activate(window)
    click_menu_action(window, "file", action)  # File > Build Dictionary, with the mouse
    dialog = window.corpus_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "cancelled", timeout=30000)

    # Restart: the build runs to the end and every page gets its data.
    labels = []
    qtbot.mouseClick(dialog.restart_button, Qt.MouseButton.LeftButton)
    dialog.task.progressed.connect(lambda p: labels.append(p.label))
    qtbot.waitUntil(lambda: window.corpus_state == "ready", timeout=120000)
    assert corpus_status() == "ok"
    assert labels
    assert window.corpus_dialog is None
    assert not action.isEnabled()
    qtbot.waitUntil(lambda: page.is_ready() and page.results.topLevelItemCount() > 0,
                    timeout=30000)
    assert page.results.topLevelItem(0).text(0).startswith("银行")
    assert not messages
    window.close()
