"""The presenter view: with two screens the text or the drill goes full screen on the
projector and the teacher's screen gets a small window with the sentence (or word) shown
and the next, the lesson's notes and a timer, which takes the same keys; one screen: no
presenter view."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.gui.driving import click

NOTES = "Ask who has been to Beijing."


@pytest.fixture
def editor(page):
    page.load_sample()
    ed = page.editor
    ed.notes_edit.setPlainText(NOTES)  # the teacher's notes on the Plan tab
    ed.flush()
    ed.tabs.setCurrentIndex(ed.tabs.count() - 1)
    return ed


@pytest.fixture
def two_screens(monkeypatch):
    """The screen list of a laptop with a projector (the offscreen platform of one
    process has one screen: here it is listed twice)."""
    screen = QGuiApplication.primaryScreen()
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [screen, screen]))


def test_text_in_class_with_the_presenter_view(editor, qtbot, two_screens) -> None:
    click(editor.class_text_button)
    proj = editor.projection
    qtbot.addWidget(proj)
    qtbot.waitUntil(proj.isVisible)
    presenter = proj.presenter
    assert presenter is not None and presenter.isVisible()
    assert presenter.width() < proj.screen().geometry().width()
    assert NOTES in presenter.notes.toPlainText()
    sentences = ["".join(w.text for w in s) for s in proj.text.sentences]
    assert presenter.now_label.text().startswith(sentences[0])
    assert presenter.next_label.text() == sentences[1]
    QTest.keyClick(presenter, Qt.Key.Key_PageDown)  # the clicker, with the laptop focused
    assert proj.current == 1 and presenter.now_label.text().startswith(sentences[1])
    QTest.keyClick(proj, Qt.Key.Key_Space)  # and with the projector focused
    assert presenter.now_label.text().startswith(sentences[2])
    QTest.keyClick(presenter, Qt.Key.Key_D)  # every key of the projected window
    assert proj.style_.dark
    qtbot.waitUntil(lambda: presenter.elapsed_ms >= 1100, timeout=5000)
    qtbot.waitUntil(lambda: presenter.time_label.text() == "00:01", timeout=3000)
    click(presenter.restart_button)
    assert presenter.time_label.text() == "00:00" and presenter.elapsed_ms < 900
    QTest.keyClick(presenter, Qt.Key.Key_Escape)
    assert not proj.isVisible() and not presenter.isVisible()


def test_presenter_timer_pauses_and_a_closed_view_comes_back(editor, qtbot,
                                                             two_screens) -> None:
    click(editor.class_text_button)
    proj = editor.projection
    qtbot.addWidget(proj)
    qtbot.waitUntil(proj.isVisible)
    presenter = proj.presenter
    qtbot.waitUntil(lambda: presenter.elapsed_ms >= 300, timeout=5000)
    click(presenter.pause_button)
    assert presenter.paused and presenter.pause_button.text() == "Resume"
    stopped = presenter.elapsed_ms
    QTest.qWait(600)
    assert presenter.elapsed_ms == stopped  # the class waited: no time counted
    click(presenter.pause_button)
    assert not presenter.paused and presenter.pause_button.text() == "Pause"
    qtbot.waitUntil(lambda: presenter.elapsed_ms >= stopped + 300, timeout=5000)
    presenter.close()  # the teacher closes it with the window's title bar
    assert not presenter.isVisible() and proj.isVisible()
    QTest.keyClick(proj, Qt.Key.Key_Right)
    QTest.keyClick(proj, Qt.Key.Key_V)  # V in the projected window brings it back
    assert proj.presenter is presenter and presenter.isVisible()
    sentences = ["".join(w.text for w in s) for s in proj.text.sentences]
    assert presenter.now_label.text().startswith(sentences[1])  # and up to date
    assert presenter.elapsed_ms >= stopped + 300  # its timer kept counting
    QTest.keyClick(proj, Qt.Key.Key_Escape)
    assert not proj.isVisible() and not presenter.isVisible()


def test_drill_with_the_presenter_view(editor, qtbot, two_screens) -> None:
    click(editor.drill_button)
    win = editor.drill_window
    qtbot.addWidget(win)
    qtbot.waitUntil(win.isVisible)
    presenter = win.presenter
    words = win.drill.words
    assert presenter.isVisible() and NOTES in presenter.notes.toPlainText()
    assert presenter.now_label.text().startswith(f"1/{len(words)}: {words[0].word}")
    assert presenter.next_label.text().startswith(words[1].word)
    QTest.keyClick(presenter, Qt.Key.Key_N)
    assert win.drill.position == 1 and words[1].word in presenter.now_label.text()
    QTest.keyClick(presenter, Qt.Key.Key_M)
    assert win.drill.is_marked
    presenter.close()  # closed with its title bar, then V in the drill brings it back
    QTest.keyClick(win, Qt.Key.Key_V)
    assert presenter.isVisible()
    click(win.leave_button)
    assert not presenter.isVisible()


def test_one_screen_no_presenter_view(editor, qtbot) -> None:
    assert len(QGuiApplication.screens()) == 1
    click(editor.drill_button)
    win = editor.drill_window
    qtbot.addWidget(win)
    qtbot.waitUntil(win.isVisible)
    assert win.presenter is None
    QTest.keyClick(win, Qt.Key.Key_Escape)


SCRIPT = r'''
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from chinese_teach.core.documents.classroom import ClassText, ClassWord
from chinese_teach.gui.classroom.projection import ProjectionWindow

app = QApplication([])
main = QWidget()
main.resize(900, 600)
main.show()
text = ClassText("T", tuple((ClassWord(s, "pin", (1,)), ClassWord("。")) for s in "一二三"))
proj = ProjectionWindow(text, main)
proj.show_in_class("notes")
for _ in range(20):
    app.processEvents()
out = {"screens": [s.name() for s in app.screens()],
       "projection": proj.screen().name(), "size": [proj.width(), proj.height()],
       "presenter": proj.presenter.screen().name() if proj.presenter else None}
QTest.keyClick(proj.presenter, Qt.Key.Key_Right)
out["now"] = proj.presenter.now_label.text()
QTest.keyClick(proj.presenter, Qt.Key.Key_Escape)
out["closed"] = not proj.isVisible() and not proj.presenter.isVisible()
print(json.dumps(out))
'''


def test_two_real_screens_laptop_and_projector(tmp_path: Path) -> None:
    """Qt's offscreen platform with two screens (a configuration file): the text goes
    full screen on the projector, the presenter view on the laptop."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).parents[2], check=False)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["screens"] == ["laptop", "projector"]
    assert out["projection"] == "projector" and out["size"] == [1920, 1080]
    assert out["presenter"] == "laptop"
    assert out["now"].startswith("二。") and out["closed"]
