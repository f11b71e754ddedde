"""Library > Shared courses… clicked as a teacher clicks it: the school's shared folder
(``[library] shared`` in site.toml) listed in its dialog, a course imported with the
dialog's Import button, the dialog closed with Close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.gui.driving import answer_dialog, click, go_to_page


@pytest.fixture
def shared_window(gui_home, qtbot, engine, tmp_path, monkeypatch):
    """The main window of a school whose site.toml names a shared course folder."""
    from chinese_teach.gui.mainwindow import MainWindow

    folder = tmp_path / "shared"
    folder.mkdir()
    site = tmp_path / "site.toml"
    site.write_text(f"[library]\nshared = '{folder}'\n", encoding="utf-8")
    monkeypatch.setenv("CHINESE_TEACH_SITE_CONFIG", str(site))
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.start_background_loading()
    qtbot.waitUntil(lambda: win.corpus_state == "ready" and not win._unloaded, timeout=30000)
    win.shared_folder = folder
    yield win
    win.tasks.shutdown()


def test_shared_courses_button_lists_and_imports(shared_window, qtbot, monkeypatch):
    from chinese_teach.core.library.exchange import export_course

    win = shared_window
    page = go_to_page(win, "library")
    lib = page.library
    (course,) = lib.courses()
    export_course(lib, course.id, win.shared_folder / "sample.ctcourse")
    # The course is in the library already: the import asks, and the teacher says Yes.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    listed: list[str] = []

    def import_first(dialog) -> None:
        listed.extend(dialog.tree.topLevelItem(i).text(0)
                      for i in range(dialog.tree.topLevelItemCount()))
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    seen = answer_dialog(import_first, QDialogButtonBox.StandardButton.Close)
    click(page.buttons["shared"])
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert listed == [course.name]
    assert len(lib.courses()) == 2  # imported as a copy beside the original
