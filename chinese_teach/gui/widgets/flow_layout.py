"""A layout that lays its widgets out in a row and wraps them onto the next row when the
row is too narrow (Qt's *Flow Layout* example): button rows and option rows that fit a
1366 × 768 laptop at 150 % (911 logical pixels) without sideways scrolling, with no
font made smaller.

Its minimum width is its widest item's, its height follows the width it is given
(``heightForWidth``), so a form or a scroll area gives it the rows it needs.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QWidget,
)


class FlowLayout(QLayout):
    """Items left to right, wrapped onto as many rows as the width asks for."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1,
                 centred: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._centred = centred  # each row in the middle of the width (an empty state's)
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item list -----------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes --------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """All items on one row."""
        width = height = 0
        shown = self._shown()
        for item in shown:
            hint = item.sizeHint()
            width += hint.width()
            height = max(height, hint.height())
        width += self._gap() * max(0, len(shown) - 1)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """One item per row: as wide as the widest item."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # -- placing -------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        # an item Qt has already deleted is dropped, never touched (seen once, on a form row
        # whose three items went while their widgets stayed: the cause is not known)
        self._items = [i for i in self._items if shiboken6.isValid(i)]
        return [i for i in self._items
                if not (i.widget() is not None and i.widget().isHidden())]

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parent()
        if isinstance(parent, QWidget):
            return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        if isinstance(parent, QLayout):
            return parent.spacing()
        return 6

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (when ``move``); returns the height used."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._gap()
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QRect]] = []
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), area.width()) if area.width() > 0 else hint.width()
            width = max(width, item.minimumSize().width())
            if x > area.x() and x + width > area.right() + 1:
                if move:
                    self._set_row(row, area)
                row = []
                x, y, row_height = area.x(), y + row_height + gap, 0
            row.append((item, QRect(QPoint(x, y), QSize(width, hint.height()))))
            x += width + gap
            row_height = max(row_height, hint.height())
        if move:
            self._set_row(row, area)
        return y + row_height - rect.y() + margins.bottom()

    def _set_row(self, row: list[tuple[QLayoutItem, QRect]], area: QRect) -> None:
        """Give one row's items their places, moved to the middle when centred."""
        shift = 0
        if self._centred and row:
            shift = max(0, (area.right() - row[-1][1].right()) // 2)
        for item, place in row:
            item.setGeometry(place.translated(shift, 0))


def flow_row(*widgets: QWidget) -> QWidget:
    """A widget holding ``widgets`` in a :class:`FlowLayout` (for a form's field)."""
    host = QWidget()
    layout = FlowLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    policy = host.sizePolicy()
    policy.setHeightForWidth(True)
    policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
    host.setSizePolicy(policy)
    return host


def labelled(text: str, widget: QWidget) -> QWidget:
    """``widget`` with its label before it, kept together on one row of a flow; the
    label is the widget's buddy (its mnemonic focuses the widget)."""
    host = QWidget()
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(widget)
    row.addWidget(label)
    row.addWidget(widget)
    return host
