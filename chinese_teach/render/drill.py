"""Paint the word drill for the projector: the word's characters, its pinyin (each
syllable in its tone's colour, like its character) and its meaning, large, and the
stroke-order animation drawn from the packed strokes the app ships.

QtGui only. The drill window asks :func:`drill_layout` where things go for its size and
calls :func:`paint_drill`; the animation is a number (strokes drawn so far, the fraction
the stroke being written) that the window's timer advances.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from chinese_teach.core.documents.drill import DrillWord, Stage
from chinese_teach.core.strokes import StrokeData
from chinese_teach.render.classroom import ClassStyle
from chinese_teach.render.sheets import stroke_path

#: the characters take this share of the screen height (more than the text view's: one
#: word at a time, read from the back of the room)
HANZI_FRACTION = 0.34
#: a stroke of the animation takes this long to write, and the pen rests between strokes
STROKE_MS, PAUSE_MS = 600, 150
MARK_COLOR = "#d9480f"


@dataclass(frozen=True, slots=True)
class DrillLayout:
    """Where the drill's parts are drawn on a ``width`` x ``height`` screen."""

    counter: QRectF
    hanzi: QRectF
    pinyin: QRectF
    meaning: QRectF
    char_px: float


def drill_layout(width: float, height: float, chars: int) -> DrillLayout:
    """The parts' rectangles: a small counter line on top, the characters (smaller for a
    long word so that it fits the width), the pinyin and the meaning under them."""
    margin = max(10.0, min(width, height) * 0.03)
    inner_w = width - 2 * margin
    counter = QRectF(margin, margin * 0.5, inner_w, height * 0.06)
    char_px = min(height * HANZI_FRACTION, inner_w * 0.92 / max(1, chars))
    hanzi = QRectF(margin, counter.bottom(), inner_w, height * 0.42)
    pinyin = QRectF(margin, hanzi.bottom(), inner_w, height * 0.2)
    meaning = QRectF(margin, pinyin.bottom(), inner_w, height - margin - pinyin.bottom())
    return DrillLayout(counter, hanzi, pinyin, meaning, char_px)


def _font(px: float, family: str = "", bold: bool = False) -> QFont:
    f = QFont(family) if family else QFont()
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    return f


def char_boxes(word: str, lay: DrillLayout) -> list[QRectF]:
    """The square of each character of ``word``, centred in the characters' rectangle
    (the stroke animation draws in these)."""
    size = min(lay.char_px * 1.05, lay.hanzi.height() * 0.95)
    total = size * len(word)
    x = lay.hanzi.center().x() - total / 2
    y = lay.hanzi.center().y() - size / 2
    return [QRectF(x + i * size, y, size, size) for i in range(len(word))]


def paint_drill(painter: QPainter, word: DrillWord, stage: Stage, style: ClassStyle, *,
                width: float, height: float, position: int, total: int,
                marked: bool = False, strokes: Sequence[StrokeData | None] | None = None,
                drawn: float = 0.0) -> None:
    """Draw one word of the drill: the counter (with the review mark), the characters or,
    when ``strokes`` is given, their stroke-order animation ``drawn`` strokes far, then
    the pinyin and the meaning as far as ``stage`` reveals them."""
    lay = drill_layout(width, height, len(word.word))
    painter.fillRect(QRectF(0, 0, width, height), QColor(style.paper))
    small = _font(lay.counter.height() * 0.6, style.family)
    painter.setFont(small)
    painter.setPen(QColor(style.ink))
    painter.drawText(lay.counter, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     f"{position + 1} / {total}")
    if marked:
        painter.setPen(QColor(MARK_COLOR))
        painter.drawText(lay.counter,
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "★")
    if strokes is not None:
        paint_stroke_animation(painter, word.word, strokes, lay, style=style, drawn=drawn)
    else:
        paint_hanzi(painter, word, style, lay)
    if stage >= Stage.PINYIN:
        paint_pinyin(painter, word, style, lay)
    if stage >= Stage.MEANING:
        painter.setFont(_font(min(lay.meaning.height() * 0.3, height * 0.07), style.family))
        painter.setPen(QColor(style.ink))
        painter.drawText(lay.meaning, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, word.meaning)


def paint_hanzi(painter: QPainter, word: DrillWord, style: ClassStyle, lay: DrillLayout) -> None:
    """The characters, each in its syllable's tone colour when the word's tones are known
    and tone colours are on."""
    f = _font(lay.char_px, style.family)
    fm = QFontMetricsF(f)
    painter.setFont(f)
    tones = word.tones if len(word.tones) == len(word.word) else ()
    x = lay.hanzi.center().x() - fm.horizontalAdvance(word.word) / 2
    base = lay.hanzi.center().y() + (fm.ascent() - fm.descent()) / 2
    for i, ch in enumerate(word.word):
        painter.setPen(QColor(style.tone_color(tones[i]) if tones else style.ink))
        painter.drawText(QPointF(x, base), ch)
        x += fm.horizontalAdvance(ch)


def paint_pinyin(painter: QPainter, word: DrillWord, style: ClassStyle,
                 lay: DrillLayout) -> None:
    """The pinyin, one syllable at a time in the tone colour of the character above it."""
    f = _font(min(lay.pinyin.height() * 0.6, lay.char_px * 0.5), style.family)
    fm = QFontMetricsF(f)
    painter.setFont(f)
    parts, tones = word.parts, word.tones
    coloured = len(parts) == len(tones) and bool(tones)
    x = lay.pinyin.center().x() - fm.horizontalAdvance("".join(parts)) / 2
    base = lay.pinyin.center().y() + (fm.ascent() - fm.descent()) / 2
    for i, part in enumerate(parts):
        painter.setPen(QColor(style.tone_color(tones[i]) if coloured else style.ink))
        painter.drawText(QPointF(x, base), part)
        x += fm.horizontalAdvance(part)


def stroke_total(strokes: Sequence[StrokeData | None]) -> int:
    """How many strokes the animation writes (characters without data write none)."""
    return sum(d.count for d in strokes if d is not None)


def animation_ms(strokes: Sequence[StrokeData | None]) -> int:
    """How long the whole animation lasts."""
    return stroke_total(strokes) * (STROKE_MS + PAUSE_MS)


def drawn_at(elapsed_ms: float) -> float:
    """Strokes drawn ``elapsed_ms`` after the start: whole strokes, then the fraction of
    the one being written (a rest between strokes counts as the stroke done)."""
    per = STROKE_MS + PAUSE_MS
    whole, rest = divmod(max(0.0, elapsed_ms), per)
    return whole + min(1.0, rest / STROKE_MS)


def paint_stroke_animation(painter: QPainter, word: str, strokes: Sequence[StrokeData | None],
                           lay: DrillLayout, *, style: ClassStyle, drawn: float) -> None:
    """Each character in a 田字格 box: its strokes in light grey, the first ``drawn``
    written in ink (the last one partly, along its centre line, as a brush would);
    a character without stroke data is shown in the font."""
    boxes = char_boxes(word, lay)
    guide = QColor("#5c7a6b" if style.dark else "#d0d0d0")
    ghost = QColor("#35574a" if style.dark else "#e4e4e4")
    left = drawn
    for ch, data, box in zip(word, strokes, boxes, strict=True):
        pen = QPen(guide, max(1.0, box.width() / 160), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(QPointF(box.center().x(), box.top()),
                         QPointF(box.center().x(), box.bottom()))
        painter.drawLine(QPointF(box.left(), box.center().y()),
                         QPointF(box.right(), box.center().y()))
        painter.setPen(QPen(guide, max(1.0, box.width() / 100)))
        painter.drawRect(box)
        if data is None:
            painter.setFont(_font(box.height() * 0.85, style.family))
            painter.setPen(QColor(style.ink))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, ch)
            continue
        size, x, y = box.width(), box.left(), box.top()
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(data.count):
            path = stroke_path(data, i, size, x, y)
            done = left - i
            painter.setBrush(ghost)
            painter.drawPath(path)
            if done >= 1:
                painter.setBrush(QColor(style.ink))
                painter.drawPath(path)
            elif done > 0:
                _paint_partial(painter, data, i, box, path, fraction=done, style=style)
        left = max(0.0, left - data.count)


def _paint_partial(painter: QPainter, data: StrokeData, index: int, box: QRectF,
                   outline: QPainterPath, *, fraction: float, style: ClassStyle) -> None:
    """The first ``fraction`` of stroke ``index``: a wide pen along its centre line,
    clipped to the stroke's outline (hanzi-writer draws its animation the same way)."""
    size, x, y = box.width(), box.left(), box.top()
    points = [QPointF(x + px, y + py) for px, py in data.median_points(index, size)]
    if len(points) < 2:
        return
    lengths = [math.dist((a.x(), a.y()), (b.x(), b.y()))
               for a, b in itertools.pairwise(points)]
    target = sum(lengths) * fraction
    path = QPainterPath(points[0])
    for (a, b), seg in zip(itertools.pairwise(points), lengths, strict=True):
        if target <= seg:
            t = target / seg if seg else 1.0
            path.lineTo(a + (b - a) * t)
            break
        path.lineTo(b)
        target -= seg
    painter.save()
    painter.setClipPath(outline)
    pen = QPen(QColor(style.ink), size * 0.16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()
