"""Every dialog a teacher opens from the pages whole on the screen: a 1366 × 768 laptop at
150 % leaves 911 × 480 logical pixels above its task bar, a 1920 × 1080 screen at 150 %
1280 × 688. About and Help asked for 560 px (their Close button went below the screen),
the worksheet preview's options were one row of 1142 px (wider than the laptop's
screen); each dialog is opened by its menu action or button and closed by its own button.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from chinese_teach.gui.dialogs.screen_fit import FRAME, size_on_screen
from tests.gui.driving import activate, answer_dialog, click, click_menu_action, click_tab

#: (name, free area of the screen, window size): logical pixels
SCREENS = (("1366x768@150%", QRect(0, 0, 911, 480), (911, 480)),
           ("1920x1080@150%", QRect(0, 0, 1280, 688), (1280, 688)))


@pytest.fixture(params=SCREENS, ids=[s[0] for s in SCREENS])
def screen(request, monkeypatch, window, qtbot):
    """The window filling a screen whose free area is the parameter's."""
    _name, free, size = request.param
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(free))
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=2000)
    return free


def _fits(dialog: QWidget, free: QRect) -> None:
    """``dialog`` with its frame and title bar inside ``free``, its buttons inside it."""
    assert dialog.width() + FRAME.width() <= free.width(), (dialog.width(), free)
    assert dialog.height() + FRAME.height() <= free.height(), (dialog.height(), free)
    box = dialog.findChild(QDialogButtonBox)
    for button in box.buttons():
        where = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
        assert dialog.rect().contains(where), (button.text(), where, dialog.size())


def test_size_on_screen_keeps_a_small_request(window, monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 911, 480))
    dialog = QDialog(window)
    assert size_on_screen(dialog, 400, 300).toTuple() == (400, 300)
    assert size_on_screen(dialog, 640, 560).toTuple() == (640, 480 - FRAME.height())
    assert size_on_screen(dialog, 1100, 200).toTuple() == (911 - FRAME.width(), 200)


def test_about_fits_and_closes(window, qtbot, screen):
    sizes = []
    seen = answer_dialog(lambda d: sizes.append(d) or _fits(d, screen),
                         button=QDialogButtonBox.StandardButton.Close)
    activate(window)
    click_menu_action(window, "help", window.actions_by_key["about"])
    qtbot.waitUntil(lambda: bool(seen))
    assert sizes and not sizes[0].isVisible()


@pytest.mark.parametrize("key", ["guide_action", "shortcuts_action"])
def test_help_fits_and_closes(window, qtbot, screen, key):
    activate(window)
    click_menu_action(window, "help", getattr(window.desktop, key))
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QDialog) and w.isVisible())
    _fits(dialog, screen)
    box = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Close),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_worksheet_preview_wraps_its_options_and_keeps_working(window, qtbot, screen):
    """The options wrap onto rows (the laptop's dialog is 895 px wide): each is whole
    inside the dialog, a kind chosen still lays the sheet out again, and Close closes."""
    page = window.show_page("library")
    page.load_sample()
    qtbot.waitUntil(lambda: page.is_ready() and not window.tasks.active, timeout=30000)
    editor = page.editor
    click_tab(editor.tabs, "Print and export")
    page.findChild(QWidget, "lesson_editor_scroll").ensureWidgetVisible(editor.preview_button)
    click(editor.preview_button)
    dialog = editor.preview_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_ready, timeout=30000)
    _fits(dialog, screen)
    options = dialog.findChild(QWidget, "preview_options")
    for widget in (dialog.kind_combo, dialog.grid_combo, dialog.hint_combo, dialog.seed_spin,
                   dialog.paper_combo, dialog.new_version_button, dialog.key_check):
        where = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
        assert dialog.rect().contains(where), (widget.objectName(), where, dialog.size())
        assert widget.width() >= widget.sizeHint().width() - 2, widget.objectName()
    if screen.width() < 1000:  # the laptop: more than one row of options
        assert options.height() > 1.5 * dialog.kind_combo.height()
    before = dialog.doc.texts()
    kind = dialog.kind_combo
    with qtbot.waitSignal(dialog.rendered, timeout=30000):
        kind.setCurrentIndex((kind.currentIndex() + 1) % kind.count())
    qtbot.waitUntil(dialog.is_ready, timeout=30000)
    assert dialog.doc is not None and dialog.doc.texts() != before
    click(dialog.close_button)
    assert not dialog.isVisible()
