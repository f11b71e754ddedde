"""Printed sheets made of positioned items: lesson plans and worksheets.

A :class:`SheetDocument` is pages of items in points from the page's top-left,
like the reader's :class:`~chinese_teach.render.pages.PagedDocument` (whose
``Page``, ``TextItem``/``RuleItem``, ``PageSetup``, :class:`~chinese_teach.render.pages.Flow`
that places blocks down the pages, fonts, metrics and ruby painter are reused here)
plus what worksheets need: practice boxes with 田/米 guide lines, characters drawn
from stroke data (whole, in part, or with stroke numbers), ruby lines, filled
rectangles. :func:`draw_table` lays out wrapped tables that break across pages.
:func:`write_sheet_pdf` and :func:`sheet_image` paint the same pages as PDF and PNG
(through :mod:`chinese_teach.render.output`, like the readers).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen

from chinese_teach.core.atomicfile import atomic_write
from chinese_teach.core.progress import CancelToken, ProgressCallback
from chinese_teach.core.strokes import StrokeData
from chinese_teach.render.fonts import chinese_font
from chinese_teach.render.layout import Line, Metrics, RubyStyle, device_font
from chinese_teach.render.output import render_page_image, write_pdf
from chinese_teach.render.pages import (
    DeviceFonts,
    Flow,
    Page,
    PageSetup,
    RuleItem,
    TextItem,
    paint_plain_item,
)
from chinese_teach.render.painter import paint_line
from chinese_teach.render.wrapping import wrap_text

GREY = "#666666"
LIGHT = "#bbbbbb"
GUIDE = "#e0a0a0"
BOX = "#c0392b"
CURRENT = "#c0392b"
DONE = "#333333"
MODEL = "#c8c8c8"


@dataclass(slots=True)
class BoxItem:
    """A practice square: solid border, dashed 田 (and 米) guide lines."""

    x: float
    y: float
    size: float
    grid: str = "tian"  # tian | mi | none
    color: str = BOX
    guide: str = GUIDE


@dataclass(slots=True)
class StrokesItem:
    """A character drawn from its stroke outlines in a ``size`` square at (x, y).

    Strokes ``0 .. upto-1`` are drawn; stroke ``highlight`` (if drawn) in
    ``highlight_color``; with ``numbers`` each stroke's number sits at its start.
    """

    data: StrokeData
    x: float
    y: float
    size: float
    upto: int
    color: str = DONE
    highlight: int | None = None
    highlight_color: str = CURRENT
    numbers: bool = False


@dataclass(slots=True)
class GlyphItem:
    """One character centred in a square (when there is no stroke data)."""

    text: str
    x: float
    y: float
    size: float
    font: QFont
    color: str = "#000000"


@dataclass(slots=True)
class RectItem:
    x: float
    y: float
    w: float
    h: float
    color: str = LIGHT
    fill: str | None = None
    width: float = 0.6


@dataclass(slots=True)
class RubyLineItem:
    """A laid-out ruby line (pinyin over hanzi) with its top at ``y``."""

    line: Line
    style: RubyStyle
    x: float
    y: float


@dataclass
class SheetDocument:
    """Pages of items plus the page setup; what PDF and PNG writers paint."""

    setup: PageSetup
    pages: list[Page]
    title: str = ""
    #: index of the first answer-key page (worksheets), None when there is no key
    key_start: int | None = None

    def __len__(self) -> int:
        return len(self.pages)

    def texts(self) -> list[str]:
        """The text items' strings, in order (for tests and search)."""
        return [it.text for p in self.pages for it in p.items if isinstance(it, TextItem)]


def font(size: float, bold: bool = False, family: str | None = None) -> QFont:
    """The teaching font at ``size`` points (Chinese family named explicitly)."""
    f = chinese_font(family, size)
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: float  # share of the table width (relative) or points if ``fixed``
    font: QFont | None = None
    fixed: bool = False


def draw_table(flow: Flow, columns: Sequence[Column], rows: Sequence[Sequence[str]],
               body: QFont, head: QFont, *, space_before: float = 6.0,
               colors: Sequence[Sequence[str | None]] | None = None) -> None:
    """A table with a header row (repeated after a page break) and wrapped cells."""
    total = flow.width
    fixed = sum(c.width for c in columns if c.fixed)
    shares = sum(c.width for c in columns if not c.fixed) or 1.0
    widths = [c.width if c.fixed else (total - fixed) * c.width / shares for c in columns]
    xs = [flow.left + sum(widths[:i]) for i in range(len(widths))]
    pad = 3.0
    hm = Metrics(head)

    # A header wider than its column (a long word in some languages) wraps, never overlaps.
    titles = [wrap_text(c.title, hm, w - 2 * pad) for c, w in zip(columns, widths, strict=True)]
    head_h = max(len(lines) for lines in titles) * hm.height + 2 * pad

    def header(space: float) -> None:
        t = flow.need(head_h, space)
        flow.page.items.append(RectItem(flow.left, t, total, head_h, "#dddddd", "#f0f0f0", 0.4))
        for x, lines in zip(xs, titles, strict=True):
            for k, line in enumerate(lines):
                flow.page.items.append(TextItem(line, x + pad, t + pad + hm.ascent
                                                + k * hm.height, head, GREY))

    header(space_before)
    for r, row in enumerate(rows):
        cells = []
        h = 0.0
        for c, text, w in zip(columns, row, widths, strict=True):
            f = c.font or body
            m = Metrics(f)
            lines = wrap_text(text, m, w - 2 * pad)
            cells.append((f, m, lines))
            h = max(h, len(lines) * m.height * 1.15)
        h += 2 * pad
        pages_before = len(flow.pages)
        t = flow.need(h)
        if len(flow.pages) != pages_before:
            flow.y = t
            header(0.0)
            t = flow.need(h)
        for i, (x, (f, m, lines)) in enumerate(zip(xs, cells, strict=True)):
            color = (colors[r][i] if colors and colors[r][i] else "#000000")
            for k, line in enumerate(lines):
                flow.page.items.append(TextItem(line, x + pad, t + pad + m.ascent
                                                + k * m.height * 1.15, f, color))
        flow.page.items.append(RuleItem(flow.left, t + h, flow.left + total, t + h,
                                        "#dddddd", 0.4))


# -- painting ------------------------------------------------------------------------------

def stroke_path(data: StrokeData, index: int, size: float, x: float, y: float) -> QPainterPath:
    """Stroke ``index`` of ``data`` as a path in a ``size`` square at (x, y), y down."""
    path = QPainterPath()
    for cmd in data.commands(index, size):
        pts = [QPointF(x + px, y + py) for px, py in cmd.points]
        if cmd.op == "M":
            path.moveTo(pts[0])
        elif cmd.op == "L":
            path.lineTo(pts[0])
        elif cmd.op == "Q":
            path.quadTo(pts[0], pts[1])
        elif cmd.op == "C":
            path.cubicTo(pts[0], pts[1], pts[2])
        elif cmd.op == "Z":
            path.closeSubpath()
    return path


def _paint_box(painter: QPainter, it: BoxItem) -> None:
    pen = QPen(QColor(it.guide))
    pen.setWidthF(max(0.3, it.size / 120))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    x, y, s = it.x, it.y, it.size
    if it.grid in ("tian", "mi"):
        painter.drawLine(QPointF(x + s / 2, y), QPointF(x + s / 2, y + s))
        painter.drawLine(QPointF(x, y + s / 2), QPointF(x + s, y + s / 2))
    if it.grid == "mi":
        painter.drawLine(QPointF(x, y), QPointF(x + s, y + s))
        painter.drawLine(QPointF(x + s, y), QPointF(x, y + s))
    pen = QPen(QColor(it.color))
    pen.setWidthF(max(0.5, it.size / 70))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(x, y, s, s))


def _paint_strokes(painter: QPainter, it: StrokesItem, dpi: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    for i in range(min(it.upto, it.data.count)):
        color = it.highlight_color if i == it.highlight else it.color
        painter.setBrush(QBrush(QColor(color)))
        painter.drawPath(stroke_path(it.data, i, it.size, it.x, it.y))
    if it.numbers:
        f = device_font(font(max(5.0, it.size * 0.09), bold=True), dpi)
        painter.setFont(f)
        r = it.size * 0.05
        for i in range(min(it.upto, it.data.count)):
            px, py = it.data.median_points(i, it.size)[0]
            c = QPointF(it.x + px, it.y + py)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor("white")))
            painter.drawEllipse(c, r * 1.3, r * 1.3)
            painter.setPen(QColor(CURRENT))
            painter.drawText(QRectF(c.x() - r * 2, c.y() - r * 2, r * 4, r * 4),
                             int(Qt.AlignmentFlag.AlignCenter), str(i + 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def paint_sheet_page(painter: QPainter, doc: SheetDocument, index: int) -> None:
    """Paint page ``index`` (0-based); the painter maps points to the device."""
    fonts = DeviceFonts(painter)
    for it in doc.pages[index].items:
        if paint_plain_item(painter, it, fonts):
            continue
        if isinstance(it, RectItem):
            pen = QPen(QColor(it.color))
            pen.setWidthF(it.width)
            painter.setPen(pen)
            painter.setBrush(QBrush(QColor(it.fill)) if it.fill else Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(it.x, it.y, it.w, it.h))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif isinstance(it, BoxItem):
            _paint_box(painter, it)
        elif isinstance(it, StrokesItem):
            _paint_strokes(painter, it, fonts.dpi)
        elif isinstance(it, GlyphItem):
            painter.setFont(fonts(it.font))
            painter.setPen(QColor(it.color))
            painter.drawText(QRectF(it.x, it.y, it.size, it.size),
                             int(Qt.AlignmentFlag.AlignCenter), it.text)
        elif isinstance(it, RubyLineItem):
            paint_line(painter, it.line, it.style, it.x, it.y)


def write_sheet_pdf(
    doc: SheetDocument, path: str | Path, overwrite: bool = False,
    progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
) -> int:
    """Write ``doc`` as a PDF (temporary file renamed into place); returns the page count."""
    with atomic_write(path, overwrite=overwrite) as tmp:
        write_pdf(tmp, doc.setup, len(doc.pages),
                  lambda painter, i: paint_sheet_page(painter, doc, i), title=doc.title,
                  progress=progress, cancel=cancel, antialias=True, shown_path=path)
    return len(doc.pages)


def sheet_image(doc: SheetDocument, index: int = 0, dpi: float = 96.0) -> QImage:
    """Page ``index`` as a white QImage at ``dpi`` (previews and PNG files)."""
    return render_page_image(doc.setup, lambda painter, i: paint_sheet_page(painter, doc, i),
                             index, dpi)


def add_footers(doc: SheetDocument, left: str, f: QFont) -> None:
    """``left`` text and ``page n / N`` at the bottom of every page."""
    m = Metrics(f)
    s = doc.setup
    y = s.height - s.margin + m.ascent + 4
    for page in doc.pages:
        page.items.append(RuleItem(s.margin, y - m.ascent - 3, s.width - s.margin,
                                   y - m.ascent - 3, LIGHT, 0.4))
        page.items.append(TextItem(left, s.margin, y, f, GREY))
        label = f"{page.number} / {len(doc.pages)}"
        page.items.append(TextItem(label, s.width - s.margin - m.width(label), y, f, GREY))
