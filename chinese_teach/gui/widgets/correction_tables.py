"""My corrections' two tables, as tabs: the reading corrections and the word-cutting
edits, filtered by the search box, each row knowing the id of its record.

Its texts keep the My corrections page's translation context ("CorrectionsPage"),
through literal ``QCoreApplication.translate`` calls that ``pyside6-lupdate`` finds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from chinese_teach.core.library.models import Correction, SegmentationEdit
from chinese_teach.gui import theme
from chinese_teach.gui.dialogs.correction_dialogs import tone_marks
from chinese_teach.gui.safetext import tooltip
from chinese_teach.gui.settings import Preferences
from chinese_teach.gui.widgets.empty_hint import show_when_empty
from chinese_teach.gui.widgets.pinyin import pinyin_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _matches(query: str, *texts: str) -> bool:
    return not query or any(query in t.lower() for t in texts)


class CorrectionTables(QTabWidget):
    """The "Readings" and "Word cutting" tabs (:attr:`readings`, :attr:`cuts`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corrections: list[Correction] = []
        self.edits: list[SegmentationEdit] = []

        self.readings = QTableWidget(0, 6)
        self.readings.setObjectName("readings")
        self.readings.setHorizontalHeaderLabels([
            QCoreApplication.translate("CorrectionsPage", "Word"),
            QCoreApplication.translate("CorrectionsPage", "Pinyin"),
            QCoreApplication.translate("CorrectionsPage", "Only after"),
            QCoreApplication.translate("CorrectionsPage", "Only before"),
            QCoreApplication.translate("CorrectionsPage", "Note"),
            QCoreApplication.translate("CorrectionsPage", "Date")])
        self.cuts = QTableWidget(0, 3)
        self.cuts.setObjectName("cuts")
        self.cuts.setHorizontalHeaderLabels([
            QCoreApplication.translate("CorrectionsPage", "Word"),
            QCoreApplication.translate("CorrectionsPage", "Cut as"),
            QCoreApplication.translate("CorrectionsPage", "Date")])
        for table in (self.readings, self.cuts):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.setSortingEnabled(True)
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setDefaultSectionSize(130)
            header.setStretchLastSection(False)
            # The note (readings) or the "cut as" column takes the room left.
            header.setSectionResizeMode(table.columnCount() - 2, QHeaderView.ResizeMode.Stretch)
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.readings_hint = show_when_empty(self.readings, lambda: QCoreApplication.translate(
            "CorrectionsPage",
            "No reading corrected yet. In the Reader studio, click a word of the preview to "
            "give it another reading: it is listed here and used in every annotation."))
        self.cuts_hint = show_when_empty(self.cuts, lambda: QCoreApplication.translate(
            "CorrectionsPage",
            "No word cutting changed yet. In the Reader studio, click a word of the preview "
            "to join it with the next one or to split it."))
        self.addTab(self.readings, "")
        self.addTab(self.cuts, "")

    def tables(self) -> tuple[QTableWidget, QTableWidget]:
        """The readings table and the word-cutting table."""
        return self.readings, self.cuts

    def fill(self, corrections: list[Correction], edits: list[SegmentationEdit], query: str,
             prefs: Preferences) -> int:
        """Show the records that match ``query`` (lower case; "" shows all); returns how
        many rows are shown in both tables."""
        self.corrections, self.edits = corrections, edits
        font = theme.chinese_font(prefs, "table")
        shown = [c for c in corrections if _matches(
            query, c.word, c.left, c.right, c.note, " ".join(c.pinyin), tone_marks(c.pinyin),
            pinyin_text(c.pinyin, prefs))]
        self.readings.setSortingEnabled(False)
        self.readings.setRowCount(len(shown))
        for row, c in enumerate(shown):
            cells = [c.word, pinyin_text(c.pinyin, prefs), c.left, c.right, c.note,
                     c.created[:10]]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, c.id)
                if col in (0, 2, 3, 4):  # notes often hold Chinese too
                    item.setFont(font)
                if col == 1:
                    item.setToolTip(tooltip(" ".join(c.pinyin)))
                self.readings.setItem(row, col, item)
        self.readings.setSortingEnabled(True)
        cuts = [e for e in edits if _matches(query, e.word, " ".join(e.parts))]
        self.cuts.setSortingEnabled(False)
        self.cuts.setRowCount(len(cuts))
        for row, e in enumerate(cuts):
            how = (QCoreApplication.translate("CorrectionsPage", "keep whole")
                   if e.kind == "merge"
                   else QCoreApplication.translate("CorrectionsPage", "split: {parts}").format(
                       parts=" + ".join(e.parts)))
            for col, text in enumerate([e.word, how, e.created[:10]]):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, e.id)
                if col == 0:
                    item.setFont(font)
                self.cuts.setItem(row, col, item)
        self.cuts.setSortingEnabled(True)
        self.setTabText(0, QCoreApplication.translate("CorrectionsPage", "Readings ({n})").format(
            n=len(corrections)))
        self.setTabText(1, QCoreApplication.translate(
            "CorrectionsPage", "Word cutting ({n})").format(n=len(edits)))
        return len(shown) + len(cuts)

    @staticmethod
    def selected_rows(table: QTableWidget) -> list[int]:
        """The rows of ``table`` with a selected cell, top to bottom."""
        return sorted({i.row() for i in table.selectedItems()})

    def correction(self, row: int) -> Correction | None:
        """The reading correction shown in ``row`` of the readings table."""
        item = self.readings.item(row, 0)
        ident = item.data(ID_ROLE) if item is not None else None
        return next((c for c in self.corrections if c.id == ident), None)

    def edit(self, row: int) -> SegmentationEdit | None:
        """The word-cutting edit shown in ``row`` of the word-cutting table."""
        item = self.cuts.item(row, 0)
        ident = item.data(ID_ROLE) if item is not None else None
        return next((e for e in self.edits if e.id == ident), None)
