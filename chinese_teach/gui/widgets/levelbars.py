"""A small bar chart: how many running words of a text sit at each HSK level."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from chinese_teach.core.corpus.levels import Standard, level_name
from chinese_teach.gui import theme

ROW_HEIGHT = 20


class LevelBars(QWidget):
    """One bar per level of the standard, plus one for words in no list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.standard = Standard.HSK2021
        self.counts: dict[int | None, int] = {}
        self.target: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_height()

    def set_data(self, standard: Standard, counts: dict[int | None, int],
                 target: int | None) -> None:
        """Show ``counts`` (level -> running words; ``None`` = in no list)."""
        self.standard = standard
        self.counts = dict(counts)
        self.target = target
        self._update_height()
        self.update()

    def rows(self) -> list[tuple[str, int, QColor]]:
        """(label, count, colour) of each bar, in order (also used for tooltips and tests)."""
        out = []
        for lvl in self.standard.levels:
            above = self.target is not None and lvl > self.target
            out.append((level_name(lvl), self.counts.get(lvl, 0),
                        theme.qcolour("bar_above" if above else "bar")))
        out.append((self.tr("none"), self.counts.get(None, 0), theme.qcolour("bar_none")))
        return out

    def _update_height(self) -> None:
        self.setFixedHeight(ROW_HEIGHT * (len(self.standard.levels) + 1) + 4)

    def sizeHint(self) -> QSize:
        return QSize(220, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rows = self.rows()
        total = sum(c for _, c, _ in rows) or 1
        biggest = max((c for _, c, _ in rows), default=0) or 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = painter.fontMetrics()
        label_w = max(fm.horizontalAdvance(label) for label, _, _ in rows) + 10
        value_w = fm.horizontalAdvance("0000 (100%)") + 8
        bar_w = max(10, self.width() - label_w - value_w)
        text_color = self.palette().color(self.foregroundRole())
        for i, (label, count, color) in enumerate(rows):
            y = 2 + i * ROW_HEIGHT
            painter.setPen(text_color)
            painter.drawText(QRectF(0, y, label_w - 6, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            w = bar_w * count / biggest
            painter.fillRect(QRectF(label_w, y + 3, max(w, 1 if count else 0), ROW_HEIGHT - 6),
                             color)
            painter.drawText(QRectF(label_w + w + 4, y, value_w, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{count} ({round(100 * count / total)}%)")
        painter.end()
