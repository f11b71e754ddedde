"""The lesson editor's grammar field: the lesson's grammar points in a list, a box to
type one or pick one used before, Add and Remove.

Its texts keep the lesson editor's translation context ("LessonEditor"), through
literal ``QCoreApplication.translate`` calls that ``pyside6-lupdate`` finds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.library.models import GrammarPoint


class LessonGrammar(QWidget):
    """A lesson's grammar points; :attr:`changed` when one is added or removed.

    ``known_points`` gives the grammar points of the library (those used before): they
    are offered in the box, and one typed again is the same point, not a new one.
    """

    changed = Signal()

    def __init__(self, known_points: Callable[[], list[GrammarPoint]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known_points = known_points
        self.grammar_list = QListWidget()
        self.grammar_list.setObjectName("lesson_grammar")
        # three points visible: the grammar row stays on a 1366 × 768 page with the plan
        # tab's date, duration and status on rows of their own
        self.grammar_list.setMaximumHeight(64)
        self.grammar_combo = QComboBox()
        self.grammar_combo.setObjectName("grammar_pick")
        self.grammar_combo.setEditable(True)
        self.grammar_combo.lineEdit().setPlaceholderText(QCoreApplication.translate(
            "LessonEditor", "Type a grammar point or pick one you used before"))
        self.add_button = QPushButton(QCoreApplication.translate("LessonEditor", "Add"))
        self.add_button.setObjectName("add_grammar")
        self.add_button.clicked.connect(self.add)
        self.grammar_combo.lineEdit().returnPressed.connect(self.add)
        self.remove_button = QPushButton(QCoreApplication.translate("LessonEditor", "Remove"))
        self.remove_button.setObjectName("remove_grammar")
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.grammar_combo, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.grammar_list)
        box.addLayout(row)

    def set_points(self, points: list[GrammarPoint]) -> None:
        """Show the lesson's ``points``; offer the library's points in the box."""
        self.grammar_list.clear()
        for g in points:
            item = QListWidgetItem(g.text)
            item.setData(Qt.ItemDataRole.UserRole, g)
            self.grammar_list.addItem(item)
        self.grammar_combo.clear()
        self.grammar_combo.addItems([g.text for g in self._known_points()])
        self.grammar_combo.setCurrentText("")

    def points(self) -> list[GrammarPoint]:
        """The grammar points listed, in order."""
        items = [self.grammar_list.item(i) for i in range(self.grammar_list.count())]
        return [item.data(Qt.ItemDataRole.UserRole) or GrammarPoint(item.text())
                for item in items]

    def add(self) -> None:
        """Add the point typed or picked in the box (once), then empty the box."""
        text = self.grammar_combo.currentText().strip()
        if not text:
            return
        have = {self.grammar_list.item(i).text() for i in range(self.grammar_list.count())}
        if text not in have:
            item = QListWidgetItem(text)
            known = next((g for g in self._known_points() if g.text == text), None)
            item.setData(Qt.ItemDataRole.UserRole, known or GrammarPoint(text))
            self.grammar_list.addItem(item)
            self.changed.emit()
        self.grammar_combo.setCurrentText("")

    def remove(self) -> None:
        """Remove the selected point."""
        row = self.grammar_list.currentRow()
        if row >= 0:
            self.grammar_list.takeItem(row)
            self.changed.emit()
