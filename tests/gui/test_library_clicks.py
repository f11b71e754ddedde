"""Library page driven as a teacher drives it: real clicks on the visible buttons, dialogs
answered through their own buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit


def _answer_dialog(qtbot, fill, button=QDialogButtonBox.StandardButton.Ok) -> list[str]:
    """Once a modal dialog is open, let ``fill`` type into it, then press ``button``."""
    seen: list[str] = []

    def answer(tries: int = 50) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            if tries:  # the click opened no dialog (yet): look again, for about a second
                QTimer.singleShot(20, lambda: answer(tries - 1))
            return
        seen.append(dialog.windowTitle())
        fill(dialog)
        box = dialog.findChild(QDialogButtonBox)
        QTest.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def test_new_course_button_creates_a_course(page, qtbot, messages):
    """Regression: clicked(bool) passed False into new_course and crashed with AttributeError."""
    before = {c.id for c in page.library.courses()}

    def fill(dialog) -> None:
        name = dialog.findChildren(QLineEdit)[0]
        name.clear()
        QTest.keyClicks(name, "Evening class")

    seen = _answer_dialog(qtbot, fill)
    QTest.mouseClick(page.buttons["new_course"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    created = [c for c in page.library.courses() if c.id not in before]
    assert [c.name for c in created] == ["Evening class"]
    assert not [m for m in messages if m[0] == "critical"]


def test_new_course_cancelled_creates_nothing(page, qtbot, messages):
    before = len(page.library.courses())
    seen = _answer_dialog(qtbot, lambda d: None, QDialogButtonBox.StandardButton.Cancel)
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
        _answer_dialog(qtbot, lambda d: None, QDialogButtonBox.StandardButton.Cancel)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.wait(50)
        QApplication.processEvents()
    assert not [m for m in messages if m[0] == "critical"], messages
