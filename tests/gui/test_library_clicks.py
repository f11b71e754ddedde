"""Library page driven as a teacher drives it: real clicks on the visible buttons, dialogs
answered through their own buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from tests.gui.driving import answer_dialog


def test_new_course_button_creates_a_course(page, qtbot, messages):
    """Regression: clicked(bool) passed False into new_course and crashed with AttributeError."""
    before = {c.id for c in page.library.courses()}

    def fill(dialog) -> None:
        name = dialog.findChildren(QLineEdit)[0]
        name.clear()
        QTest.keyClicks(name, "Evening class")

    seen = answer_dialog(fill)
    QTest.mouseClick(page.buttons["new_course"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    created = [c for c in page.library.courses() if c.id not in before]
    assert [c.name for c in created] == ["Evening class"]
    assert not [m for m in messages if m[0] == "critical"]


def test_new_course_cancelled_creates_nothing(page, qtbot, messages):
    before = len(page.library.courses())
    seen = answer_dialog(button=QDialogButtonBox.StandardButton.Cancel)
    QTest.mouseClick(page.buttons["new_course"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert len(page.library.courses()) == before
    assert not messages


def test_every_library_button_click_is_safe(page, qtbot, messages):
    """Each enabled button of the page, clicked with the sample course selected, shows no
    'Something went wrong' error (dialogs it opens are cancelled)."""
    page.tree.setCurrentIndex(page.tree.model().index(0, 0))
    for key, button in page.buttons.items():
        if not button.isEnabled() or key in {"delete"}:
            continue
        answer_dialog(button=QDialogButtonBox.StandardButton.Cancel)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.wait(50)
        QApplication.processEvents()
    assert not [m for m in messages if m[0] == "critical"], messages
