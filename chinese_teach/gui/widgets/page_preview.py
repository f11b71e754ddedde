"""Paged previews: the pages of a printed document on screen (Reader studio, worksheets).

:class:`PagesCanvas` stacks pages of one size and paints only those in view, each by a
``paint(painter, index)`` function in points: the same function the PDF writer and
the printer get (through :mod:`chinese_teach.render.output`), so what the teacher sees
is what prints. :class:`PagePreview` is the scroll area around it, with a zoom (fit
the width, fit a whole page, or a fixed size where 100 % is the paper's real size) and
page navigation; :class:`PageNavBar` is the row of controls that drives one (previous
and next page, page number, zoom), all reachable by keyboard.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from chinese_teach.gui import theme
from chinese_teach.render.pages import PageSetup

GAP_PX = 14
#: Zoom modes besides a fixed factor (1.0 = the paper's real size on screen).
FIT_WIDTH, FIT_PAGE = "width", "page"
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
MIN_ZOOM = 0.1
#: Page images kept for scrolling back (an A4 page at 300 % is about 35 MB).
CACHE_BYTES = 96 * 1024 * 1024

#: ``paint(painter, index)`` draws page ``index`` on a painter that maps points.
PaintPage = Callable[[QPainter, int], None]


class PagesCanvas(QWidget):
    """Pages of one size stacked vertically and centred, at the preview's zoom.

    Subclasses may override :meth:`paint_page`. With ``cache`` each page is painted
    once per zoom into an image (worksheets: stroke outlines are slow to fill); without
    it pages are painted on every paint event (the Reader studio highlights words).
    """

    #: pages were painted for the first time since :meth:`set_pages` (first page shown)
    first_painted = Signal()

    def __init__(self, parent: QWidget | None = None, *, cache: bool = True) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setup: PageSetup | None = None
        self.count = 0
        self._paint: PaintPage | None = None
        self.zoom_mode: str | float = FIT_WIDTH
        self.use_cache = cache
        self._cache: dict[int, QImage] = {}
        self._cache_key: tuple = ()
        #: pages painted since the last :meth:`set_pages` (tests and timings)
        self.painted: set[int] = set()

    # -- content -----------------------------------------------------------------------
    def set_pages(self, setup: PageSetup | None, count: int,
                  paint: PaintPage | None = None) -> None:
        """Show ``count`` pages of ``setup``'s size painted by ``paint`` (None: none)."""
        self.setup = setup if count else None
        self.count = count if setup is not None else 0
        self._paint = paint
        self._cache.clear()
        self.painted = set()
        self.relayout()

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Draw page ``index``; the painter maps points."""
        if self._paint is not None:
            self._paint(painter, index)

    def invalidate(self) -> None:
        """Paint every page again (its content changed, not its size)."""
        self._cache.clear()
        self.update()

    # -- geometry ----------------------------------------------------------------------
    def _viewport_size(self) -> QSize:
        parent = self.parentWidget()
        return parent.size() if parent is not None else self.size()

    @property
    def zoom(self) -> float:
        """Widget pixels per point."""
        if self.setup is None:
            return 1.0
        view = self._viewport_size()
        fit_width = (view.width() - 2 * GAP_PX) / self.setup.width
        if self.zoom_mode == FIT_WIDTH:
            return max(MIN_ZOOM, fit_width)
        if self.zoom_mode == FIT_PAGE:
            fit_height = (view.height() - 2 * GAP_PX) / self.setup.height
            return max(MIN_ZOOM, min(fit_width, fit_height))
        return max(MIN_ZOOM, float(self.zoom_mode) * self.logicalDpiX() / 72.0)

    def page_size(self) -> tuple[float, float]:
        if self.setup is None:
            return 0.0, 0.0
        return self.setup.width * self.zoom, self.setup.height * self.zoom

    def page_top(self, index: int) -> float:
        return GAP_PX + index * (self.page_size()[1] + GAP_PX)

    def page_rect(self, index: int) -> QRectF:
        """Where page ``index`` sits on the canvas, in widget pixels."""
        pw, ph = self.page_size()
        left = max(float(GAP_PX), (self.width() - pw) / 2)
        return QRectF(left, self.page_top(index), pw, ph)

    def page_at(self, pos: QPointF) -> tuple[int, QPointF] | None:
        """The page under a widget position and the position on it in points."""
        if self.setup is None:
            return None
        zoom = self.zoom
        for i in range(self.count):
            rect = self.page_rect(i)
            if rect.top() <= pos.y() < rect.bottom():
                return i, QPointF((pos.x() - rect.left()) / zoom, (pos.y() - rect.top()) / zoom)
        return None

    def page_index_at(self, y: float) -> int:
        """The page at canvas height ``y`` (the one before, in a gap); 0 without pages."""
        if self.setup is None or not self.count:
            return 0
        step = self.page_size()[1] + GAP_PX
        return max(0, min(self.count - 1, int((y - GAP_PX / 2) // step)))

    def relayout(self) -> None:
        """Size the canvas for the pages at the current zoom."""
        if self.setup is None:
            self.setMinimumWidth(0)
            self.setFixedHeight(10)
        else:
            pw, ph = self.page_size()
            fits = self.zoom_mode in (FIT_WIDTH, FIT_PAGE)
            self.setMinimumWidth(0 if fits else math.ceil(pw + 2 * GAP_PX))
            self.setFixedHeight(int(GAP_PX + self.count * (ph + GAP_PX)) + 1)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.relayout()

    def sizeHint(self) -> QSize:
        return QSize(420, self.height())

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), theme.qcolour("desk"))
        if self.setup is None:
            painter.end()
            return
        zoom = self.zoom
        visible = QRectF(event.rect())
        first = not self.painted
        shown: list[int] = []
        for i in range(self.count):
            rect = self.page_rect(i)
            if not rect.intersects(visible):
                continue
            shown.append(i)
            painter.fillRect(rect.translated(2, 2), theme.qcolour("desk_shadow"))
            if self.use_cache:
                painter.drawImage(rect.topLeft(), self._page_image(i, rect, zoom))
            else:
                painter.fillRect(rect, theme.qcolour("paper"))
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                painter.setClipRect(rect)
                painter.translate(rect.topLeft())
                painter.scale(zoom, zoom)
                self.paint_page(painter, i)
                painter.restore()
            self.painted.add(i)
        painter.end()
        if self.use_cache and shown:
            self._trim_cache(shown)
        if first and self.painted:
            self.first_painted.emit()

    def _page_image(self, index: int, rect: QRectF, zoom: float) -> QImage:
        ratio = self.devicePixelRatioF()
        key = (round(rect.width(), 3), round(rect.height(), 3), ratio)
        if key != self._cache_key:
            self._cache.clear()
            self._cache_key = key
        image = self._cache.get(index)
        if image is None:
            image = QImage(max(1, round(rect.width() * ratio)),
                           max(1, round(rect.height() * ratio)), QImage.Format.Format_RGB32)
            image.setDevicePixelRatio(ratio)
            image.fill(theme.qcolour("paper"))
            p = QPainter(image)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            p.scale(zoom, zoom)
            self.paint_page(p, index)
            p.end()
            self._cache[index] = image
        return image

    def _trim_cache(self, shown: list[int]) -> None:
        """Drop the page images farthest from the pages in view beyond the budget."""
        size = sum(img.sizeInBytes() for img in self._cache.values())
        lo, hi = shown[0], shown[-1]
        for i in sorted(self._cache, key=lambda k: -max(lo - k, k - hi)):
            if size <= CACHE_BYTES or lo <= i <= hi:
                break
            size -= self._cache.pop(i).sizeInBytes()


class PagePreview(QScrollArea):
    """A scrollable :class:`PagesCanvas` with a zoom and page navigation.

    Keys (when the pages have the focus): Page Up/Down and the arrows scroll, Home and
    End go to the first and last page.
    """

    #: the page at the top of the view changed (0-based)
    current_page_changed = Signal(int)
    #: the zoom changed (mode or factor)
    zoom_changed = Signal()
    #: new pages were set (their count may have changed)
    pages_changed = Signal()

    def __init__(self, parent: QWidget | None = None, canvas: PagesCanvas | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas if canvas is not None else PagesCanvas()
        self.setWidget(self.canvas)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._current = -1
        self._apply_scrollbar_policy()
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- content -----------------------------------------------------------------------
    def set_pages(self, setup: PageSetup | None, count: int,
                  paint: PaintPage | None = None) -> None:
        self.canvas.set_pages(setup, count, paint)
        self._pages_set()

    def _pages_set(self) -> None:
        self._current = -1
        self._scrolled()
        self.pages_changed.emit()

    @property
    def page_count(self) -> int:
        return self.canvas.count

    # -- zoom --------------------------------------------------------------------------
    @property
    def zoom_mode(self) -> str | float:
        return self.canvas.zoom_mode

    def set_zoom(self, mode: str | float) -> None:
        """``FIT_WIDTH``, ``FIT_PAGE`` or a factor (1.0 = real size); keeps the page in view."""
        if isinstance(mode, int | float):
            mode = min(max(float(mode), ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        if mode == self.canvas.zoom_mode:
            return
        page = self.current_page()
        self.canvas.zoom_mode = mode
        self._apply_scrollbar_policy()
        self.canvas.relayout()
        self.go_to_page(page)
        self.zoom_changed.emit()

    def zoom_factor(self) -> float:
        """The current zoom as a factor of the paper's real size (fit modes included)."""
        return self.canvas.zoom * 72.0 / max(1, self.canvas.logicalDpiX())

    def zoom_in(self) -> None:
        now = self.zoom_factor()
        self.set_zoom(next((z for z in ZOOM_STEPS if z > now + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        now = self.zoom_factor()
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < now - 0.01), ZOOM_STEPS[0]))

    def _apply_scrollbar_policy(self) -> None:
        fits = self.canvas.zoom_mode in (FIT_WIDTH, FIT_PAGE)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits
                                          else Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    # -- navigation --------------------------------------------------------------------
    def current_page(self) -> int:
        """The page at the top of the view (0-based)."""
        return self.canvas.page_index_at(self.verticalScrollBar().value()
                                         + self.viewport().height() / 4)

    def go_to_page(self, index: int) -> None:
        if not self.canvas.count:
            return
        index = max(0, min(self.canvas.count - 1, index))
        self.verticalScrollBar().setValue(int(self.canvas.page_top(index) - GAP_PX / 2))
        self._scrolled()

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _scrolled(self, *_args) -> None:
        page = self.current_page()
        if page != self._current:
            self._current = page
            self.current_page_changed.emit(page)

    def resizeEvent(self, event: QResizeEvent) -> None:
        page = self.current_page()
        super().resizeEvent(event)
        if self.canvas.zoom_mode == FIT_PAGE:
            self.canvas.relayout()
            self.go_to_page(page)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Home:
            self.go_to_page(0)
        elif event.key() == Qt.Key.Key_End:
            self.go_to_page(self.canvas.count - 1)
        else:
            super().keyPressEvent(event)


class PageNavBar(QWidget):
    """Previous / page n of N / next, and the zoom, for a :class:`PagePreview`."""

    def __init__(self, preview: PagePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.previous_button = self._tool(Qt.ArrowType.LeftArrow, self.tr("Previous page"),
                                          preview.previous_page)
        self.previous_button.setObjectName("preview_previous_page")
        self.page_label = QLabel(self.tr("Page"))
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("preview_page")
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda n: self.preview.go_to_page(n - 1))
        self.page_label.setBuddy(self.page_spin)
        self.count_label = QLabel()
        self.count_label.setObjectName("preview_page_count")
        self.next_button = self._tool(Qt.ArrowType.RightArrow, self.tr("Next page"),
                                      preview.next_page)
        self.next_button.setObjectName("preview_next_page")
        self.zoom_out_button = self._tool(None, self.tr("Zoom out"), preview.zoom_out, "−")
        self.zoom_out_button.setObjectName("preview_zoom_out")
        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("preview_zoom")
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        self.zoom_combo.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom_combo.addItem(self.tr("Fit page"), FIT_PAGE)
        for z in ZOOM_STEPS:
            self.zoom_combo.addItem(self.tr("{percent}%").format(percent=round(z * 100)), z)
        self.zoom_combo.activated.connect(
            lambda i: self.preview.set_zoom(self.zoom_combo.itemData(i)))
        self.zoom_in_button = self._tool(None, self.tr("Zoom in"), preview.zoom_in, "+")
        self.zoom_in_button.setObjectName("preview_zoom_in")
        for w in (self.previous_button, self.page_label, self.page_spin, self.count_label,
                  self.next_button):
            row.addWidget(w)
        row.addStretch(1)
        for w in (self.zoom_out_button, self.zoom_combo, self.zoom_in_button):
            row.addWidget(w)
        preview.current_page_changed.connect(self._page_changed)
        preview.zoom_changed.connect(self._zoom_changed)
        preview.pages_changed.connect(self.update_pages)
        self.update_pages()

    def _tool(self, arrow: Qt.ArrowType | None, name: str, slot, text: str = "") -> QToolButton:
        b = QToolButton()
        if arrow is not None:
            b.setArrowType(arrow)
        else:
            b.setText(text)
        b.setAccessibleName(name)
        b.setToolTip(name)
        b.setAutoRaise(False)
        b.clicked.connect(lambda _checked=False: slot())
        return b

    def update_pages(self) -> None:
        """Follow the preview's page count."""
        n = self.preview.page_count
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1 if n else 0, max(n, 0))
        self.page_spin.setValue(self.preview.current_page() + 1 if n else 0)
        self.page_spin.blockSignals(False)
        self.count_label.setText(self.tr("of {n}").format(n=n))
        for w in (self.previous_button, self.page_spin, self.next_button):
            w.setEnabled(n > 1)
        self._page_changed(self.preview.current_page())
        self._zoom_changed()

    def _page_changed(self, index: int) -> None:
        n = self.preview.page_count
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(index + 1 if n else 0)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(n > 1 and index > 0)
        self.next_button.setEnabled(n > 1 and index < n - 1)

    def _zoom_changed(self) -> None:
        i = self.zoom_combo.findData(self.preview.zoom_mode)
        if i >= 0:
            self.zoom_combo.setCurrentIndex(i)
