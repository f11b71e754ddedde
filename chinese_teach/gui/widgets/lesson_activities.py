"""The lesson editor's timed activity table (stage, minutes, description, materials).

The total of the in-class minutes is shown against the lesson's duration, in red
with the difference when they do not match (the plan prints the same warning).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.documents.lessonplan import timing_warning
from chinese_teach.core.library.models import Activity, Stage
from chinese_teach.gui import theme

STAGE, MINUTES, DESCRIPTION, MATERIALS = range(4)


def header_text_width(header: QHeaderView) -> int:
    """The width the widest of ``header``'s section names needs, margins included."""
    model = header.model()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    names = [str(model.headerData(i, header.orientation()) or "") for i in range(header.count())]
    return max((header.fontMetrics().horizontalAdvance(n) for n in names), default=0) \
        + 2 * margin + 2


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
        # no column narrower than its name (the stretching Activity column was cut to
        # "ctivit" on a narrow editor); a long description is elided, whole in its tooltip
        header.setMinimumSectionSize(header_text_width(header))
        # the table's minimum width keeps the Activity column readable (see
        # minimumSizeHint); it follows the widths of the other columns
        header.sectionResized.connect(self._section_resized)
        # as wide as the widest stage name and minutes box: "Presentation" shows whole
        header.setSectionResizeMode(STAGE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        # room for a 45-minute lesson's usual five steps (the Plan tab scrolls, not the list)
        self.table.setMinimumHeight(header.sizeHint().height()
                                    + 5 * self.table.verticalHeader().defaultSectionSize())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._item_changed)
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

    def minimumSizeHint(self) -> QSize:
        """Wide enough for the stage, the minutes, the materials and a dozen letters of
        the activity: a form that wraps long rows puts the table under its label, across
        the tab, when the place beside the label is narrower."""
        hint = super().minimumSizeHint()
        header = self.table.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in (STAGE, MINUTES, MATERIALS))
        activity = max(12 * header.fontMetrics().averageCharWidth(),
                       header.minimumSectionSize())
        frame = 2 * self.table.frameWidth()
        width = self.table.verticalHeader().sizeHint().width() + fixed + activity + frame
        return QSize(max(hint.width(), width), hint.height())

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != DESCRIPTION:  # the stretching column follows the others
            self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        """A new font or style (the teacher's font size): the names keep their room."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            header = self.table.horizontalHeader()
            header.setMinimumSectionSize(header_text_width(header))
        super().changeEvent(event)

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
        for column, text in ((DESCRIPTION, a.description), (MATERIALS, a.materials)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)
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

    def _item_changed(self, item: QTableWidgetItem) -> None:
        """A description or materials typed: its tooltip follows (the cell may elide it)."""
        if item.toolTip() != item.text():
            was = self._loading
            self._loading = True  # the tooltip is no edit of the plan
            item.setToolTip(item.text())
            self._loading = was
        self._changed()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self.update_total()
        self.changed.emit()
