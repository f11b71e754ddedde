"""Paint a ruby :class:`~chinese_teach.render.layout.Layout` onto any QPainter.

One code path for the screen preview, the PDF (QPdfWriter), the printer and PNG
pages. Layout units are points; the caller sets the painter's transform so that
one unit is what it wants (``painter.scale(zoom, zoom)`` on a widget; the PDF and
PNG writers scale by ``dpi / 72``). Fonts are adapted to the device resolution
here, so the same layout paints the same at any resolution.

Example (a widget's ``paintEvent``)::

    painter = QPainter(self)
    painter.scale(zoom, zoom)
    paint(painter, layout, clip=QRectF(event.rect()).translated(0, 0) / zoom,
          highlight=selected_ref)
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from chinese_teach.render.layout import Layout, Line, RubyStyle, TokenRef, device_font

HIGHLIGHT_COLOR = "#fff0b3"
NUMBER_COLOR = "#777777"
UNSURE_COLOR = "#e07b00"
#: the dotted line under a third tone said as a rising tone: dark grey, prints in black
THIRD_TONE_COLOR = "#444444"


class _FontCache:
    def __init__(self) -> None:
        self._fonts: dict[tuple[str, float], QFont] = {}

    def get(self, font: QFont, dpi: float) -> QFont:
        key = (font.toString(), dpi)
        f = self._fonts.get(key)
        if f is None:
            f = device_font(font, dpi)
            self._fonts[key] = f
        return f


_FONTS = _FontCache()
_COLORS: dict[str, QColor] = {}


def _color(name: str) -> QColor:
    c = _COLORS.get(name)
    if c is None:
        c = QColor(name)
        _COLORS[name] = c
    return c


def _dotted_pen(name: str, width: float) -> QPen:
    """A dotted pen of colour ``name``: the third-tone and unsure marks under a line."""
    pen = QPen(_color(name))
    pen.setWidthF(width)
    pen.setStyle(Qt.PenStyle.DotLine)
    return pen


def _dpi(painter: QPainter) -> float:
    dev = painter.device()
    return float(dev.logicalDpiY()) if dev is not None else 72.0


def paint(
    painter: QPainter,
    layout: Layout,
    origin: QPointF | None = None,
    clip: QRectF | None = None,
    *,
    highlight: TokenRef | None = None,
    mark_unsure: bool = False,
) -> None:
    """Paint ``layout`` with its top-left at ``origin`` (layout units).

    ``clip`` (layout coordinates) limits painting to the lines it touches;
    ``highlight`` gives one token a marker background (the word the teacher
    clicked); ``mark_unsure`` dots the words whose reading the engine is unsure of
    (for screens: the teacher checks those first; never printed).
    """
    ox = origin.x() if origin is not None else 0.0
    oy = origin.y() if origin is not None else 0.0
    lines = layout.lines if clip is None else layout.lines_in(clip.top() - oy, clip.bottom() - oy)
    for line in lines:
        paint_line(
            painter, line, layout.style, ox, oy + line.y,
            text_left=layout.text_left, highlight=highlight, mark_unsure=mark_unsure,
        )


def paint_line(
    painter: QPainter,
    line: Line,
    style: RubyStyle,
    left: float,
    top: float,
    *,
    text_left: float | None = None,
    highlight: TokenRef | None = None,
    mark_unsure: bool = False,
) -> None:
    """Paint one line with its top at ``top``; ``left`` is the column's left edge
    (numbers go there), ``text_left`` the text's offset from it (default: gutter)."""
    dpi = _dpi(painter)
    tl = left + (style.gutter if text_left is None else text_left)
    base_y = top + line.baseline
    ruby_y = top + line.ruby_height * 0.92
    hz_font = _FONTS.get(style.hanzi_font, dpi)
    rb_font = _FONTS.get(style.ruby_font, dpi)
    hz = style.hanzi
    rb = style.ruby

    if highlight is not None:
        for box in line.boxes:
            if box.ref == highlight:
                painter.fillRect(
                    QRectF(tl + box.x, top, box.width, line.height), _color(HIGHLIGHT_COLOR)
                )

    if line.number:
        painter.setFont(_FONTS.get(style.small_font, dpi))
        painter.setPen(_color(NUMBER_COLOR))
        w = style.small.width(line.number)
        painter.drawText(QPointF(tl - style.size * 0.5 - w, base_y), line.number)

    # Hanzi (and other base text). Neighbouring glyphs of one colour that sit at their
    # natural advance are drawn as one run: fewer PDF text objects, and a PDF reader
    # copies the text as words rather than one character per line.
    painter.setFont(hz_font)
    current = ""
    run: list[str] = []
    run_x = run_end = 0.0
    run_col = ""

    def flush() -> None:
        nonlocal current
        if not run:
            return
        if run_col != current:
            painter.setPen(_color(run_col))
            current = run_col
        painter.drawText(QPointF(run_x, base_y), "".join(run))
        run.clear()

    def put(text: str, x: float, col: str) -> None:
        nonlocal run_x, run_end, run_col
        if run and (col != run_col or abs(x - run_end) > 0.01):
            flush()
        if not run:
            run_x, run_col = x, col
        run.append(text)
        run_end = x + hz.width(text)

    colour_each = style.tone_colors is not None and style.color_hanzi
    for box in line.boxes:
        if box.is_space:
            continue
        for cell in box.cells:
            x = tl + box.x + cell.x + cell.base_x
            tones = cell.base_tones
            if colour_each and tones and len(tones) == len(cell.base) and len({*tones}) > 1:
                for ch, tone in zip(cell.base, tones, strict=True):
                    put(ch, x, style.color_for(tone, pinyin=False))
                    x += hz.width(ch)
                continue
            put(cell.base, x, style.color_for(tones[0] if tones else None, pinyin=False))
    flush()

    # Pinyin
    painter.setFont(rb_font)
    third_tone: list[tuple[float, float]] = []
    for box in line.boxes:
        for cell in box.cells:
            if not cell.ruby:
                continue
            x = tl + box.x + cell.x + cell.ruby_x
            rtones = cell.ruby_tones if len(cell.ruby_tones) == len(cell.ruby) else ()
            marks = cell.ruby_marks if len(cell.ruby_marks) == len(cell.ruby) else ()
            for i, part in enumerate(cell.ruby):
                col = style.color_for(rtones[i] if rtones else None, pinyin=True)
                if col != current:
                    painter.setPen(_color(col))
                    current = col
                painter.drawText(QPointF(x, ruby_y), part)
                w = rb.width(part)
                if marks and marks[i]:
                    lead = rb.width(part[: len(part) - len(part.lstrip(" '"))])
                    third_tone.append((x + lead, x + w))
                x += w

    if third_tone:
        # A dotted line under the syllable, between the pinyin and the characters.
        painter.setPen(_dotted_pen(THIRD_TONE_COLOR, max(0.5, rb.height * 0.07)))
        current = ""
        ty = ruby_y + rb.descent * 0.55
        for x0, x1 in third_tone:
            painter.drawLine(QPointF(x0, ty), QPointF(x1, ty))

    if mark_unsure:
        painter.setPen(_dotted_pen(UNSURE_COLOR, max(0.8, style.size * 0.07)))
        current = ""
        uy = base_y + hz.descent * 0.9
        for box in line.boxes:
            if box.unsure and box.cells:
                painter.drawLine(QPointF(tl + box.x, uy), QPointF(tl + box.x + box.width, uy))

    # Underlines and glossary numbers
    for box in line.boxes:
        if box.underline:
            pen = QPen(_color(style.underline_color))
            pen.setWidthF(max(0.4, style.size * 0.04))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            current = ""
            uy = base_y + hz.descent * 0.55
            x0 = tl + box.x + (box.cells[0].x if box.cells else 0.0)
            x1 = tl + box.x + (box.gloss_x if box.gloss is not None else box.width)
            painter.drawLine(QPointF(x0 + 0.5, uy), QPointF(x1 - 0.5, uy))
        if box.gloss is not None:
            painter.setFont(_FONTS.get(style.small_font, dpi))
            painter.setPen(_color(NUMBER_COLOR))
            current = ""
            painter.drawText(
                QPointF(tl + box.x + box.gloss_x + 0.5, base_y - hz.ascent * 0.45), str(box.gloss)
            )
            painter.setFont(hz_font)
