"""Paint a text for the projector: big characters, pinyin above the words, the current
sentence highlighted, a revealed word's pinyin and meaning in a large card.

QtGui only: the Show-in-class window is a thin widget that calls :func:`layout_class`
when its size or options change, :func:`paint_class` to draw, and hit-tests the
returned word boxes for clicks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from chinese_teach.core.documents.classroom import ClassText, ClassWord, PinyinShown
from chinese_teach.core.text.tonecolors import DEFAULT

#: characters about 1/12 of the screen height: legible from the back of a classroom
DEFAULT_CHAR_FRACTION = 1 / 12
MIN_CHAR_PX, MAX_CHAR_FRACTION = 16.0, 1 / 4
#: tone colours light enough to read on the dark (chalkboard) background
DARK_TONES = ("#ff6b6b", "#5fd35f", "#7fb2ff", "#d99bff", "#b8b8b8")


@dataclass(frozen=True, slots=True)
class ClassStyle:
    """How the text is shown: character size (px), pinyin, tone colours, background."""

    char_px: float
    pinyin: PinyinShown = PinyinShown.ALL
    tone_colors: bool = True
    dark: bool = False
    family: str = ""

    @property
    def ink(self) -> str:
        return "#f4f4ee" if self.dark else "#111111"

    @property
    def paper(self) -> str:
        return "#1f3a2e" if self.dark else "#ffffff"

    @property
    def highlight(self) -> str:
        return "#2f5a45" if self.dark else "#fff1b8"

    def tone_color(self, tone: int) -> str:
        if not self.tone_colors:
            return self.ink
        colors = DARK_TONES if self.dark else DEFAULT.colors
        return colors[min(max(tone, 1), 5) - 1]


@dataclass(frozen=True, slots=True)
class WordBox:
    """Where a word is drawn: its sentence, its place in the sentence and its box."""

    sentence: int
    index: int
    rect: QRectF
    word: ClassWord


def default_char_px(height: float) -> float:
    """The default character size for a screen ``height`` pixels high."""
    return max(MIN_CHAR_PX, height * DEFAULT_CHAR_FRACTION)


def clamp_char_px(px: float, height: float) -> float:
    """A character size the teacher may choose: not tiny, not more than a quarter of
    the screen."""
    return min(max(MIN_CHAR_PX, px), max(MIN_CHAR_PX, height * MAX_CHAR_FRACTION))


def fonts(style: ClassStyle) -> tuple[QFont, QFont]:
    """The characters' font and the pinyin's (half their size)."""
    han = QFont(style.family) if style.family else QFont()
    han.setPixelSize(max(1, round(style.char_px)))
    py = QFont(han)
    py.setPixelSize(max(1, round(style.char_px * 0.45)))
    return han, py


def layout_class(text: ClassText, style: ClassStyle, width: float, height: float,
                 current: int) -> list[WordBox]:
    """Word boxes of the sentences around ``current``, wrapped to ``width``: the page
    holding the current sentence (sentences never split across pages when they fit)."""
    han, py = fonts(style)
    hm, pm = QFontMetricsF(han), QFontMetricsF(py)
    margin = max(12.0, width * 0.04)
    line_h = pm.height() + hm.height() * 1.15
    pages: list[list[WordBox]] = [[]]
    x, y = margin, margin
    for s, sentence in enumerate(text.sentences):
        need = sum(_word_width(w, hm, pm) for w in sentence)
        starts_line = s < len(text.line_starts) and text.line_starts[s]  # next speaker
        if x > margin and (starts_line or x + need > width - margin):  # on a new line
            x, y = margin, y + line_h
        # a sentence that would run past the foot starts the next page when it fits on one
        # (售票员's price line was cut after 一等座, its end on the next page)
        room = {"margin": margin, "width": width, "line_h": line_h, "metrics": (hm, pm)}
        bottom = _sentence_bottom(sentence, (x, y), **room)
        if pages[-1] and (y + line_h > height - margin or (
                bottom > height - margin
                and _sentence_bottom(sentence, (margin, margin), **room) <= height - margin)):
            pages.append([])
            x, y = margin, margin
        for i, word in enumerate(sentence):
            w = _word_width(word, hm, pm)
            if x + w > width - margin and x > margin:
                x, y = margin, y + line_h
                if y + line_h > height - margin:
                    pages.append([])
                    x, y = margin, margin
            pages[-1].append(WordBox(s, i, QRectF(x, y, w, line_h), word))
            x += w
    for page in pages:
        if any(b.sentence == current for b in page):
            return page
    return pages[0]


def _sentence_bottom(sentence, at: tuple[float, float], *, margin: float, width: float,
                     line_h: float, metrics: tuple[QFontMetricsF, QFontMetricsF]) -> float:
    """Where ``sentence`` ends (the foot of its last line) when set from ``at`` (x, y)."""
    hm, pm = metrics
    x, y = at
    for word in sentence:
        w = _word_width(word, hm, pm)
        if x + w > width - margin and x > margin:
            x, y = margin, y + line_h
        x += w
    return y + line_h


def _word_width(word: ClassWord, hm: QFontMetricsF, pm: QFontMetricsF) -> float:
    gap = pm.horizontalAdvance(" ") if word.is_word else 0.0
    return max(hm.horizontalAdvance(word.text), pm.horizontalAdvance(word.pinyin) + gap)


def paint_class(painter: QPainter, boxes: list[WordBox], style: ClassStyle, width: float,
                height: float, *, current: int, revealed: WordBox | None = None) -> None:
    """Draw the page of ``boxes``: background, the current sentence's highlight, each
    word with its pinyin when shown, and the revealed word's card over it all."""
    han, py = fonts(style)
    hm, pm = QFontMetricsF(han), QFontMetricsF(py)
    painter.fillRect(QRectF(0, 0, width, height), QColor(style.paper))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style.highlight))
    for b in boxes:
        if b.sentence == current:
            painter.drawRect(b.rect)
    for b in boxes:
        w = b.word
        base = b.rect.top() + pm.height() + hm.ascent()
        if w.shows_pinyin(style.pinyin):
            painter.setFont(py)
            px = b.rect.left() + (b.rect.width() - pm.horizontalAdvance(w.pinyin)) / 2
            paint_pinyin_parts(painter, w, style, QPointF(px, b.rect.top() + pm.ascent()), pm)
        painter.setFont(han)
        x = b.rect.left() + (b.rect.width() - hm.horizontalAdvance(w.text)) / 2
        if w.is_word and len(w.tones) == len(w.text):
            for ch, tone in zip(w.text, w.tones, strict=True):
                painter.setPen(QColor(style.tone_color(tone)))
                painter.drawText(x, base, ch)
                x += hm.horizontalAdvance(ch)
        else:
            painter.setPen(QColor(style.ink))
            painter.drawText(x, base, w.text)
    if revealed is not None:
        paint_card(painter, revealed.word, style, width, height)


def paint_pinyin_parts(painter: QPainter, word: ClassWord, style: ClassStyle, start: QPointF,
                       metrics: QFontMetricsF) -> None:
    """The word's pinyin from the baseline point ``start``, each syllable in the colour
    of the tone its character is painted in (the painter's font is set)."""
    x = start.x()
    for part, tone in word.coloured_parts():
        painter.setPen(QColor(style.tone_color(tone) if tone else style.ink))
        painter.drawText(QPointF(x, start.y()), part)
        x += metrics.horizontalAdvance(part)


def card_rect(width: float, height: float) -> QRectF:
    """Where a revealed word's card is drawn: the lower part of the screen."""
    return QRectF(width * 0.08, height * 0.55, width * 0.84, height * 0.4)


def paint_card(painter: QPainter, word: ClassWord, style: ClassStyle, width: float,
               height: float) -> None:
    """The word, its pinyin and its meaning, large, in a card over the text."""
    rect = card_rect(width, height)
    painter.setPen(QPen(QColor(style.ink), max(2.0, height / 300)))
    painter.setBrush(QColor("#2a4d3d" if style.dark else "#f5f7ff"))
    painter.drawRoundedRect(rect, 18, 18)
    big = QFont(style.family) if style.family else QFont()
    big.setPixelSize(max(1, round(rect.height() * 0.36)))
    mid = QFont(big)
    mid.setPixelSize(max(1, round(rect.height() * 0.16)))
    small = QFont(big)
    small.setPixelSize(max(1, round(rect.height() * 0.1)))
    pad = rect.height() * 0.08
    inner = rect.adjusted(pad, pad * 0.6, -pad, -pad * 0.6)
    hanzi_rect = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.48)
    pinyin_rect = QRectF(inner.left(), hanzi_rect.bottom(), inner.width(), inner.height() * 0.24)
    meaning_rect = QRectF(inner.left(), pinyin_rect.bottom(), inner.width(),
                          inner.height() * 0.28)
    painter.setFont(big)
    painter.setPen(QColor(style.ink))
    painter.drawText(hanzi_rect, Qt.AlignmentFlag.AlignCenter, word.text)
    painter.setFont(mid)
    mm = QFontMetricsF(mid)
    start = QPointF(pinyin_rect.center().x() - mm.horizontalAdvance(word.pinyin) / 2,
                    pinyin_rect.center().y() + (mm.ascent() - mm.descent()) / 2)
    paint_pinyin_parts(painter, word, style, start, mm)
    painter.setFont(small)
    painter.setPen(QColor(style.ink))
    painter.drawText(meaning_rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                     word.meaning)
