"""The lesson editor's timed activity table (stage, minutes, description, materials).

The total of the in-class minutes is shown against the lesson's duration, in red
with the difference when they do not match (the plan prints the same warning).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.documents.lessonplan import timing_warning
from chinese_teach.core.library.models import Activity, Stage
from chinese_teach.gui import theme

STAGE, MINUTES, DESCRIPTION, MATERIALS = range(4)


class LessonActivitiesTable(QWidget):
    """Edit a lesson's activities; ``changed`` after every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duration = 45
        self._loading = False
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("activities_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Min"), self.tr("Activity"), self.tr("Materials")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        # as wide as the widest stage name and minutes box: "Presentation" shows whole
        header.setSectionResizeMode(STAGE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        # room for a 45-minute lesson's usual five steps (the Plan tab scrolls, not the list)
        self.table.setMinimumHeight(header.sizeHint().height()
                                    + 5 * self.table.verticalHeader().defaultSectionSize())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._changed)
        self.add_button = QPushButton(self.tr("Add activity"))
        self.add_button.setObjectName("add_activity")
        self.add_button.clicked.connect(lambda: self.add_activity(Activity(Stage.PRACTICE, 5, "")))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_activity")
        self.remove_button.clicked.connect(self.remove_selected)
        self.total_label = QLabel()
        self.total_label.setObjectName("timing_label")
        self.total_label.setWordWrap(True)  # a narrow editor: the sentence wraps, never cut
        row = QHBoxLayout()
        row.addWidget(self.total_label, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def _stage_combo(self, stage: Stage) -> QComboBox:
        combo = QComboBox()
        for s in Stage:
            combo.addItem(s.display_name(), s.value)
        combo.setCurrentIndex(list(Stage).index(Stage(stage)))
        combo.currentIndexChanged.connect(lambda _i: self._changed())
        return combo

    def _minutes_spin(self, minutes: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 600)
        spin.setValue(minutes)
        spin.valueChanged.connect(lambda _v: self._changed())
        return spin

    def set_activities(self, activities: Sequence[Activity], duration: int) -> None:
        """Show ``activities`` (no ``changed`` signal)."""
        self._loading = True
        self.duration = duration
        self.table.setRowCount(0)
        for a in activities:
            self.add_activity(a)
        self._loading = False
        self.update_total()

    def add_activity(self, a: Activity) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, STAGE, self._stage_combo(a.stage))
        self.table.setCellWidget(row, MINUTES, self._minutes_spin(a.minutes))
        was = self._loading
        self._loading = True
        self.table.setItem(row, DESCRIPTION, QTableWidgetItem(a.description))
        self.table.setItem(row, MATERIALS, QTableWidgetItem(a.materials))
        self._loading = was
        self._changed()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.table.removeRow(r)
        if rows:
            self._changed()

    def activities(self) -> list[Activity]:
        out = []
        for r in range(self.table.rowCount()):
            stage = Stage(self.table.cellWidget(r, STAGE).currentData())
            minutes = self.table.cellWidget(r, MINUTES).value()
            desc = self.table.item(r, DESCRIPTION)
            mats = self.table.item(r, MATERIALS)
            out.append(Activity(stage, minutes, desc.text() if desc else "",
                                mats.text() if mats else ""))
        return out

    def set_duration(self, minutes: int) -> None:
        self.duration = minutes
        self.update_total()

    def planned_minutes(self) -> int:
        return sum(a.minutes for a in self.activities() if a.stage is not Stage.HOMEWORK)

    def update_total(self) -> None:
        total = self.planned_minutes()
        warning = timing_warning(total, self.duration)
        if warning is None:
            self.total_label.setText(self.tr("Total {total} of {duration} minutes.").format(
                total=total, duration=self.duration))
            theme.set_role(self.total_label, "")
        else:
            self.total_label.setText(warning)
            theme.set_role(self.total_label, "error")

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self.update_total()
        self.changed.emit()
