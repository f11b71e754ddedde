"""The Reader studio's live preview: the reader's pages, painted by the render engine.

The pages are the same :class:`~chinese_teach.render.pages.PagedDocument` that the
PDF writer and the printer paint, scaled to the widget's width, so what the teacher
sees is what prints (plus, on screen only, a dotted orange line under words whose
reading the engine is unsure of). Only the pages in view are painted. Clicking a word emits
:attr:`ReaderPreview.token_clicked` with the paragraph, the token and the global
position (for the word pop-up).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from chinese_teach.render.layout import TokenRef
from chinese_teach.render.pages import PagedDocument, paint_page, token_at, token_page_rect

GAP_PX = 14
BACKGROUND = "#8a8f98"


class ReaderPagesCanvas(QWidget):
    """Pages stacked vertically, scaled to the available width."""

    token_clicked = Signal(int, int, QPoint)  # paragraph, token, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.paged: PagedDocument | None = None
        self.highlight: TokenRef | None = None

    # -- geometry -------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        """Widget pixels per point."""
        if self.paged is None:
            return 1.0
        return max(0.2, (self.width() - 2 * GAP_PX) / self.paged.setup.width)

    def page_top(self, index: int) -> float:
        assert self.paged is not None
        return GAP_PX + index * (self.paged.setup.height * self.zoom + GAP_PX)

    def _update_height(self) -> None:
        if self.paged is None:
            self.setFixedHeight(10)
            return
        n = len(self.paged.pages)
        self.setFixedHeight(int(GAP_PX + n * (self.paged.setup.height * self.zoom + GAP_PX)) + 1)

    def set_paged(self, paged: PagedDocument | None) -> None:
        self.paged = paged
        self._update_height()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._update_height()

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(BACKGROUND))
        if self.paged is None:
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        zoom = self.zoom
        pw, ph = self.paged.setup.width * zoom, self.paged.setup.height * zoom
        visible = QRectF(event.rect())
        for i in range(len(self.paged.pages)):
            rect = QRectF(GAP_PX, self.page_top(i), pw, ph)
            if not rect.intersects(visible):
                continue
            painter.fillRect(rect.translated(2, 2), QColor("#5f646b"))
            painter.fillRect(rect, Qt.GlobalColor.white)
            painter.save()
            painter.setClipRect(rect)
            painter.translate(rect.topLeft())
            painter.scale(zoom, zoom)
            paint_page(painter, self.paged, i, highlight=self.highlight, mark_unsure=True)
            painter.restore()
        painter.end()

    # -- clicks ---------------------------------------------------------------------------
    def token_at(self, pos: QPointF) -> TokenRef | None:
        """The token under a widget position."""
        if self.paged is None:
            return None
        zoom = self.zoom
        for i in range(len(self.paged.pages)):
            top = self.page_top(i)
            if top <= pos.y() < top + self.paged.setup.height * zoom:
                point = QPointF((pos.x() - GAP_PX) / zoom, (pos.y() - top) / zoom)
                return token_at(self.paged, i, point)
        return None

    def token_center(self, ref: TokenRef) -> QPointF | None:
        """Widget position of the middle of a token (tests click there)."""
        if self.paged is None:
            return None
        found = token_page_rect(self.paged, ref)
        if found is None:
            return None
        i, rect = found
        zoom = self.zoom
        return QPointF(GAP_PX + rect.center().x() * zoom,
                       self.page_top(i) + rect.center().y() * zoom)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        ref = self.token_at(event.position())
        if ref is None or ref.token < 0:
            return
        self.highlight = ref
        self.update()
        self.token_clicked.emit(ref.paragraph, ref.token, event.globalPosition().toPoint())

    def sizeHint(self) -> QSize:
        return QSize(420, self.height())


class ReaderPreview(QScrollArea):
    """Scrollable :class:`ReaderPagesCanvas`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = ReaderPagesCanvas()
        self.canvas.setObjectName("reader_pages")
        self.setWidget(self.canvas)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.token_clicked = self.canvas.token_clicked

    def set_paged(self, paged: PagedDocument | None) -> None:
        self.canvas.set_paged(paged)

    def scroll_to_token(self, ref: TokenRef) -> None:
        pos = self.canvas.token_center(ref)
        if pos is not None:
            self.ensureVisible(int(pos.x()), int(pos.y()), 20, 60)
