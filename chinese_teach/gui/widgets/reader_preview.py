"""The Reader studio's live preview: the reader's pages, painted by the render engine.

The pages are the same :class:`~chinese_teach.render.pages.PagedDocument` that the
PDF writer and the printer paint, shown by the shared paged preview
(:mod:`chinese_teach.gui.widgets.page_preview`: zoom, page navigation, only the pages
in view painted), so what the teacher sees is what prints (plus, on screen only, a
dotted orange line under words whose reading the engine is unsure of). Clicking a word
emits :attr:`ReaderPreview.token_clicked` with the paragraph, the token and the global
position (for the word pop-up).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import QWidget

from chinese_teach.gui.widgets.page_preview import PagePreview, PagesCanvas
from chinese_teach.render.layout import TokenRef
from chinese_teach.render.pages import PagedDocument, paint_page, token_at, token_page_rect


class ReaderPagesCanvas(PagesCanvas):
    """The reader's pages; a click on a word selects it (highlighted)."""

    token_clicked = Signal(int, int, QPoint)  # paragraph, token, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        # Painted directly, not cached: the highlighted word changes with every click.
        super().__init__(parent, cache=False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.paged: PagedDocument | None = None
        self.highlight: TokenRef | None = None

    def set_paged(self, paged: PagedDocument | None) -> None:
        self.paged = paged
        if paged is None:
            self.set_pages(None, 0)
        else:
            self.set_pages(paged.setup, len(paged.pages))

    def paint_page(self, painter: QPainter, index: int) -> None:
        if self.paged is not None:
            paint_page(painter, self.paged, index, highlight=self.highlight, mark_unsure=True)

    # -- clicks ---------------------------------------------------------------------------
    def token_at(self, pos: QPointF) -> TokenRef | None:
        """The token under a widget position."""
        if self.paged is None:
            return None
        found = self.page_at(pos)
        return token_at(self.paged, found[0], found[1]) if found is not None else None

    def token_center(self, ref: TokenRef) -> QPointF | None:
        """Widget position of the middle of a token (tests click there)."""
        if self.paged is None:
            return None
        found = token_page_rect(self.paged, ref)
        if found is None:
            return None
        i, rect = found
        page, zoom = self.page_rect(i), self.zoom
        return QPointF(page.left() + rect.center().x() * zoom,
                       page.top() + rect.center().y() * zoom)

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


class ReaderPreview(PagePreview):
    """Scrollable :class:`ReaderPagesCanvas` with zoom and page navigation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, ReaderPagesCanvas())
        self.canvas.setObjectName("reader_pages")
        self.token_clicked = self.canvas.token_clicked

    def set_paged(self, paged: PagedDocument | None) -> None:
        self.canvas.set_paged(paged)
        self._pages_set()

    def scroll_to_token(self, ref: TokenRef) -> None:
        pos = self.canvas.token_center(ref)
        if pos is not None:
            self.ensureVisible(int(pos.x()), int(pos.y()), 20, 60)
