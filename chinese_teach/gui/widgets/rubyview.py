"""A scrollable widget that paints pinyin-annotated paragraphs with the render engine.

It holds display tokens per paragraph, lays them out with
:func:`chinese_teach.render.layout.layout_paragraphs` (with a cache, so only
changed paragraphs are laid out again) and paints them with
:func:`chinese_teach.render.painter.paint`. Clicking a word emits
:attr:`RubyView.token_clicked`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from chinese_teach.core.documents.display import DisplayToken
from chinese_teach.core.text.tokens import Kind
from chinese_teach.gui import theme
from chinese_teach.render.layout import Layout, LayoutCache, RubyStyle, TokenRef, layout_paragraphs
from chinese_teach.render.painter import paint

MARGIN_PT = 8.0


class RubyCanvas(QWidget):
    """The painted surface (lives inside :class:`RubyView`'s scroll area)."""

    token_clicked = Signal(int, int)  # paragraph, token

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, theme.qcolour("paper"))
        self.setPalette(pal)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.paragraphs: list[list[DisplayToken]] = []
        self.style: RubyStyle | None = None
        self.layout_: Layout | None = None
        self.highlight: TokenRef | None = None
        self._cache = LayoutCache()
        self._laid_out_width = -1.0

    @property
    def zoom(self) -> float:
        """Widget pixels per layout point."""
        return max(0.5, self.logicalDpiY() / 72.0)

    def set_content(self, paragraphs: Sequence[Sequence[DisplayToken]], style: RubyStyle) -> None:
        if style is not self.style:
            self._cache = LayoutCache()
        self.paragraphs = [list(p) for p in paragraphs]
        self.style = style
        if self.highlight is not None and not self._valid(self.highlight):
            self.highlight = None
        self.relayout()

    def _valid(self, ref: TokenRef) -> bool:
        return ref.paragraph < len(self.paragraphs) and ref.token < len(
            self.paragraphs[ref.paragraph]
        )

    def relayout(self) -> None:
        if self.style is None:
            return
        width = max(50.0, self.width() / self.zoom - 2 * MARGIN_PT)
        self.layout_ = layout_paragraphs(self.paragraphs, self.style, width, cache=self._cache)
        self._laid_out_width = self.width()
        height = int((self.layout_.height + 2 * MARGIN_PT) * self.zoom) + 1
        self.setFixedHeight(max(height, 10))
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.layout_ is None:
            return
        zoom = self.zoom
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(zoom, zoom)
        r = event.rect()
        clip = QRectF(r.x() / zoom - MARGIN_PT, r.y() / zoom - MARGIN_PT,
                      r.width() / zoom, r.height() / zoom)
        paint(painter, self.layout_, origin=QPointF(MARGIN_PT, MARGIN_PT), clip=clip,
              highlight=self.highlight)
        painter.end()

    def token_at(self, pos: QPointF) -> TokenRef | None:
        """The token under a widget position (``None`` for blank space and punctuation)."""
        if self.layout_ is None:
            return None
        zoom = self.zoom
        point = QPointF(pos.x() / zoom - MARGIN_PT, pos.y() / zoom - MARGIN_PT)
        ref = self.layout_.token_at(point)
        if ref is None or not self._valid(ref):
            return None
        return ref

    def token_center(self, ref: TokenRef) -> QPointF | None:
        """Widget position of the middle of a token (tests click there)."""
        if self.layout_ is None:
            return None
        rect = self.layout_.token_rect(ref)
        if rect is None:
            return None
        zoom = self.zoom
        return QPointF((rect.center().x() + MARGIN_PT) * zoom,
                       (rect.center().y() + MARGIN_PT) * zoom)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        ref = self.token_at(event.position())
        if ref is not None and self.paragraphs[ref.paragraph][ref.token].kind is Kind.HANZI:
            self.highlight = ref
            self.update()
            self.token_clicked.emit(ref.paragraph, ref.token)
        return None

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


class RubyView(QScrollArea):
    """Scrollable :class:`RubyCanvas`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = RubyCanvas()
        self.canvas.setObjectName("ruby_canvas")
        self.setWidget(self.canvas)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.token_clicked = self.canvas.token_clicked

    def set_content(self, paragraphs: Sequence[Sequence[DisplayToken]], style: RubyStyle) -> None:
        self.canvas.set_content(paragraphs, style)

    @property
    def paragraphs(self) -> list[list[DisplayToken]]:
        return self.canvas.paragraphs
