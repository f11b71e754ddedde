"""Ruby line layout: pinyin-annotated Chinese broken into lines, ready to paint.

The same layout paints the on-screen preview, the PDF and the PNG, so what the
teacher sees is what prints. Units are *points* (1/72 inch) whatever the device:
:mod:`chinese_teach.render.painter` scales them onto the device.

Rules:

* each word (a :class:`~chinese_teach.core.documents.display.DisplayToken`) is a box;
  per-character pinyin gives one cell per character, per-word pinyin one cell per
  word; a cell is widened when its pinyin is wider than its hanzi, and neighbouring
  pinyin always keeps a small gap, so pinyin never collides;
* pinyin is centred over its character or word;
* Chinese line breaking (kinsoku): no line starts with ，。！？；：、）」』” (and
  similar closing marks), none ends with （「『“ (and similar opening marks);
* a line can break between any two words otherwise; spaces at a line end vanish.

How a widget uses it (the Quick-annotate page, the Reader studio preview)::

    from chinese_teach.core.documents.display import display_tokens
    from chinese_teach.render.layout import RubyStyle, layout_paragraphs
    from chinese_teach.render.painter import paint

    style = RubyStyle.create(size=16)                       # needs a QGuiApplication
    paras = [display_tokens(t) for t in engine.annotate_many(text.split("\\n"))]
    zoom = 1.5                                              # widget pixels per point
    layout = layout_paragraphs(paras, style, width=self.width() / zoom)
    # paintEvent:
    painter = QPainter(self)
    painter.scale(zoom, zoom)
    paint(painter, layout)                                  # or paint(painter, layout, clip=rect)
    # mousePressEvent:
    ref = layout.token_at(QPointF(event.position()) / zoom) # -> TokenRef(paragraph, token)
    if ref: token = paras[ref.paragraph][ref.token]; rect = layout.token_rect(ref)

Pass a :class:`LayoutCache` to :func:`layout_paragraphs` to re-lay out only the
paragraphs that changed while the teacher types.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QImage

from chinese_teach.core.documents.display import DisplayToken
from chinese_teach.core.text.linebreak import NO_LINE_END, NO_LINE_START
from chinese_teach.core.text.tokens import Kind

NUMBERING_MODES = ("none", "paragraph", "line")
#: the most a justified line adds between two words, in characters (ems)
MAX_STRETCH = 0.35

_REF_DPI = 72.0


def _reference_device() -> QImage:
    img = QImage(4, 4, QImage.Format.Format_ARGB32)
    dpm = round(_REF_DPI / 0.0254)
    img.setDotsPerMeterX(dpm)
    img.setDotsPerMeterY(dpm)
    return img


_REF_DEVICE: QImage | None = None


def device_font(font: QFont, logical_dpi: float) -> QFont:
    """A copy of ``font`` whose point size, on a device of ``logical_dpi``, gives
    the glyph size in *layout units* (points) once the painter is scaled by
    ``logical_dpi / 72``. Used by the painter and for measuring."""
    out = QFont(font)
    out.setPointSizeF(font.pointSizeF() * _REF_DPI / logical_dpi)
    return out


class Metrics:
    """Text measurement in points for one font, with a cache (hanzi repeat a lot)."""

    def __init__(self, font: QFont) -> None:
        global _REF_DEVICE  # noqa: PLW0603 - one reference image per process
        if _REF_DEVICE is None:
            _REF_DEVICE = _reference_device()
        self.font = QFont(font)
        self._fm = QFontMetricsF(device_font(font, _REF_DEVICE.logicalDpiY()), _REF_DEVICE)
        self.ascent = self._fm.ascent()
        self.descent = self._fm.descent()
        self.height = self.ascent + self.descent
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        """Advance width of ``text`` in points."""
        w = self._widths.get(text)
        if w is None:
            w = self._fm.horizontalAdvance(text)
            self._widths[text] = w
        return w


@dataclass
class RubyStyle:
    """Fonts, spacing and colours of ruby text. Sizes are in points.

    ``tone_colors`` maps tone 1-5 to a colour name (``#rrggbb``); ``None`` prints
    black and white. ``color_hanzi`` / ``color_pinyin`` choose what is coloured.
    ``numbering`` is ``none``, ``paragraph`` (number at each paragraph's first line)
    or ``line`` (lines counted through the document; 1 and every fifth is printed).
    """

    hanzi_font: QFont
    ruby_font: QFont
    line_spacing: float = 1.0
    paragraph_spacing: float = 0.6
    first_line_indent: float = 2.0
    ruby_gap: float = 0.2
    reserve_ruby: bool = True
    numbering: str = "none"
    tone_colors: Mapping[int, str] | None = None
    color_hanzi: bool = True
    color_pinyin: bool = True
    text_color: str = "#000000"
    underline_color: str = "#555555"
    justify: bool = True
    _hanzi_metrics: Metrics | None = field(default=None, repr=False, compare=False)
    _ruby_metrics: Metrics | None = field(default=None, repr=False, compare=False)
    _small_metrics: Metrics | None = field(default=None, repr=False, compare=False)

    @classmethod
    def create(
        cls,
        family: str | None = None,
        size: float = 14.0,
        ruby_ratio: float = 0.5,
        ruby_family: str | None = None,
        **kwargs,
    ) -> RubyStyle:
        """A style with the teaching font (needs a QGuiApplication).

        The pinyin font is a Latin face with good tone marks (the Chinese font's
        Latin glyphs are used when ``ruby_family`` is None).
        """
        from chinese_teach.render.fonts import chinese_font

        hanzi = chinese_font(family, size)
        ruby = chinese_font(ruby_family or family, max(5.0, size * ruby_ratio))
        for f in (hanzi, ruby):
            f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return cls(hanzi_font=hanzi, ruby_font=ruby, **kwargs)

    @property
    def hanzi(self) -> Metrics:
        if self._hanzi_metrics is None:
            self._hanzi_metrics = Metrics(self.hanzi_font)
        return self._hanzi_metrics

    @property
    def ruby(self) -> Metrics:
        if self._ruby_metrics is None:
            self._ruby_metrics = Metrics(self.ruby_font)
        return self._ruby_metrics

    @property
    def small_font(self) -> QFont:
        """Font for line numbers and glossary note numbers."""
        f = QFont(self.ruby_font)
        f.setPointSizeF(max(5.0, self.hanzi_font.pointSizeF() * 0.45))
        return f

    @property
    def small(self) -> Metrics:
        if self._small_metrics is None:
            self._small_metrics = Metrics(self.small_font)
        return self._small_metrics

    @property
    def size(self) -> float:
        return self.hanzi_font.pointSizeF()

    def color_for(self, tone: int | None, *, pinyin: bool) -> str:
        """The colour of a character (``pinyin=False``) or pinyin part of ``tone``."""
        if self.tone_colors is None or tone is None:
            return self.text_color
        if (pinyin and not self.color_pinyin) or (not pinyin and not self.color_hanzi):
            return self.text_color
        return self.tone_colors.get(tone, self.text_color)

    @property
    def gutter(self) -> float:
        """Room left of the text for paragraph/line numbers."""
        if self.numbering == "none":
            return 0.0
        return self.small.width("000") + self.size * 0.6

    def key(self) -> tuple:
        """What the layout depends on (for caches)."""
        return (
            self.hanzi_font.toString(), self.ruby_font.toString(), self.line_spacing,
            self.paragraph_spacing, self.first_line_indent, self.ruby_gap, self.reserve_ruby,
            self.numbering, self.justify,
        )


@dataclass(frozen=True, slots=True)
class TokenRef:
    """Which token: paragraph index and token index inside it."""

    paragraph: int
    token: int


@dataclass(slots=True)
class Cell:
    """A character (per-character pinyin) or word, with its pinyin centred above it.

    ``x`` is relative to the box; ``base_x`` / ``ruby_x`` are the offsets of the
    hanzi and the pinyin inside the cell (both centred). ``ruby_marks`` (aligned with
    ``ruby``, or empty) flags the parts painted with the third-tone change mark.
    """

    x: float
    width: float
    base: str
    base_x: float
    base_tones: tuple[int, ...]
    ruby: tuple[str, ...]
    ruby_tones: tuple[int, ...]
    ruby_x: float
    ruby_marks: tuple[bool, ...] = ()


@dataclass(slots=True)
class Box:
    """One token placed on a line (``x`` relative to the text's left edge)."""

    ref: TokenRef
    x: float
    width: float
    cells: list[Cell]
    kind: Kind
    underline: bool = False
    gloss: int | None = None
    gloss_x: float = 0.0
    unsure: bool = False
    #: the extent of the box's pinyin relative to its left edge (None: no pinyin); it
    #: may reach beyond the box, over a neighbour's hanzi or punctuation
    ruby_left: float | None = None
    ruby_right: float = 0.0

    @property
    def is_space(self) -> bool:
        return self.kind is Kind.SPACE


@dataclass(slots=True)
class Line:
    """One line of ruby text. ``y`` is its top in the layout; heights in points."""

    paragraph: int
    boxes: list[Box]
    y: float = 0.0
    height: float = 0.0
    ruby_height: float = 0.0
    base_ascent: float = 0.0
    space_before: float = 0.0
    number: str = ""
    first: bool = False
    last: bool = False

    @property
    def baseline(self) -> float:
        """The hanzi baseline, relative to the line top."""
        return self.ruby_height + self.base_ascent

    @property
    def ruby_baseline(self) -> float:
        return self.ruby_height

    def text(self) -> str:
        return "".join(c.base for b in self.boxes for c in b.cells)


@dataclass
class ParagraphLayout:
    """The lines of one paragraph, ``y`` relative to the paragraph top."""

    lines: list[Line]
    height: float


@dataclass
class Layout:
    """Laid-out paragraphs; ``x`` of boxes is relative to ``text_left``."""

    width: float
    style: RubyStyle
    lines: list[Line] = field(default_factory=list)
    height: float = 0.0

    @property
    def text_left(self) -> float:
        return self.style.gutter

    def token_at(self, point: QPointF) -> TokenRef | None:
        """The token under ``point`` (layout coordinates), spaces excluded."""
        y, x = point.y(), point.x() - self.text_left
        for line in self.lines:
            if line.y <= y < line.y + line.height:
                for box in line.boxes:
                    if not box.is_space and box.x <= x < box.x + box.width:
                        return box.ref
                return None
        return None

    def token_rect(self, ref: TokenRef) -> QRectF | None:
        """The rectangle of the token's first box (pinyin included)."""
        for line in self.lines:
            if line.paragraph != ref.paragraph:
                continue
            for box in line.boxes:
                if box.ref == ref:
                    return QRectF(self.text_left + box.x, line.y, box.width, line.height)
        return None

    def lines_in(self, top: float, bottom: float) -> list[Line]:
        """Lines that intersect the band ``top..bottom`` (for clipped repaints)."""
        return [ln for ln in self.lines if ln.y + ln.height > top and ln.y < bottom]


class LayoutCache:
    """Remembers paragraph layouts so a preview re-lays out only changed paragraphs."""

    def __init__(self, max_items: int = 4000) -> None:
        self._items: dict[tuple, ParagraphLayout] = {}
        self._max = max_items

    def get(self, key: tuple) -> ParagraphLayout | None:
        return self._items.get(key)

    def put(self, key: tuple, value: ParagraphLayout) -> None:
        if len(self._items) >= self._max:
            self._items.clear()
        self._items[key] = value


# -- building boxes ------------------------------------------------------------------


def _make_box(ref: TokenRef, tok: DisplayToken, style: RubyStyle) -> Box:
    hz, rb = style.hanzi, style.ruby
    gap = style.ruby_gap * style.ruby.height
    cells: list[Cell] = []
    text = tok.text
    if tok.kind is Kind.SPACE:
        w = hz.width(" ") * len(text)
        return Box(ref, 0.0, w, [Cell(0.0, w, text, 0.0, (), (), (), 0.0)], tok.kind)
    tones = tok.tones if len(tok.tones) == len(text) else ()
    marks = tok.third_tone if len(tok.third_tone) == len(tok.ruby) else ()
    if tok.per_char and tok.ruby and len(tok.ruby) == len(text) and len(text) > 1:
        groups = [(text[i], tok.ruby[i : i + 1], tones[i : i + 1]) for i in range(len(text))]
        rtones = [tok.ruby_tones[i : i + 1] if tok.ruby_tones else () for i in range(len(text))]
        rmarks = [marks[i : i + 1] for i in range(len(text))]
    else:
        groups = [(text, tok.ruby, tones)]
        rtones = [tok.ruby_tones]
        rmarks = [marks]
    # Each cell is as wide as its hanzi, so that characters keep an even grid and a word's
    # characters stay together; each syllable is centred over its character, and where
    # two syllables of the word would touch, the word's syllables are set side by side
    # and centred over the word instead (售票员 under shòu piào yuán: the characters were
    # pushed apart). The pinyin may overhang the neighbours, which the line moves apart
    # only as far as two words' pinyin need not to touch.
    widths = [hz.width(base) for base, _, _ in groups]
    rws = [rb.width("".join(ruby)) if ruby else 0.0 for _, ruby, _ in groups]
    starts = [sum(widths[:i]) for i in range(len(groups))]
    placed = [starts[i] + (widths[i] - rws[i]) / 2 for i in range(len(groups))]
    sounded = [i for i, (_, ruby, _) in enumerate(groups) if ruby]
    if any(placed[i] + rws[i] + gap > placed[j] for i, j in pairwise(sounded)):
        run = sum(rws[i] for i in sounded) + gap * (len(sounded) - 1)
        at = (sum(widths) - run) / 2
        for i in sounded:
            placed[i] = at
            at += rws[i] + gap
    ruby_right: float | None = None  # right edge of the last cell's pinyin
    for i, ((base, ruby, btones), rt, rm) in enumerate(zip(groups, rtones, rmarks,
                                                           strict=True)):
        ruby_x = placed[i] - starts[i] if ruby else 0.0
        cells.append(
            Cell(starts[i], widths[i], base, 0.0, tuple(btones), tuple(ruby), tuple(rt),
                 ruby_x, tuple(rm) if any(rm) else ())
        )
        if ruby:
            ruby_right = placed[i] + rws[i]
    x = sum(widths)
    box = Box(ref, 0.0, x, cells, tok.kind, underline=tok.underline, gloss=tok.gloss,
              unsure=tok.unsure)
    ruby_cells = [c for c in cells if c.ruby]
    if ruby_cells:
        box.ruby_left = ruby_cells[0].x + ruby_cells[0].ruby_x
        box.ruby_right = ruby_right if ruby_right is not None else 0.0
    if tok.gloss is not None:
        box.gloss_x = x
        box.width = x + style.small.width(str(tok.gloss)) + 1.0
    return box


def _groups(boxes: list[Box]) -> list[list[Box]]:
    """Boxes glued together by the line-breaking rules (a line breaks only between groups)."""
    groups: list[list[Box]] = []
    glue_next = False
    for box in boxes:
        first = box.cells[0].base[:1] if box.cells else ""
        latin = box.kind in (Kind.LATIN, Kind.NUMBER)
        prev = groups[-1][-1] if groups else None
        prev_latin = prev is not None and prev.kind in (Kind.LATIN, Kind.NUMBER, Kind.PUNCT)
        glue = groups and not box.is_space and (
            glue_next
            or first in NO_LINE_START
            or (latin and prev_latin and prev is not None and not prev.is_space
                and prev.kind is not Kind.PUNCT)
        )
        if glue:
            groups[-1].append(box)
        else:
            groups.append([box])
        last = box.cells[-1].base[-1:] if box.cells else ""
        glue_next = not box.is_space and last in NO_LINE_END
    return groups


def _split_box(box: Box, width: float, style: RubyStyle) -> list[Box]:
    """``box`` cut into boxes no wider than ``width`` (between cells, or between the
    letters of a run of Latin text); a box that fits is returned as it is."""
    if box.width <= width:
        return [box]
    cells = box.cells
    if len(cells) == 1 and not cells[0].ruby and len(cells[0].base) > 1:
        hz = style.hanzi
        cells = []
        chunk, x = "", 0.0
        for ch in box.cells[0].base:
            if chunk and hz.width(chunk + ch) > width:
                w = hz.width(chunk)
                cells.append(Cell(x, w, chunk, 0.0, (), (), (), 0.0))
                x += w
                chunk = ""
            chunk += ch
        cells.append(Cell(x, hz.width(chunk), chunk, 0.0, (), (), (), 0.0))
    out: list[Box] = []
    cur: list[Cell] = []
    cur_w = 0.0
    for cell in cells:
        if cur and cur_w + cell.width > width:
            out.append(Box(box.ref, 0.0, cur_w, cur, box.kind, underline=box.underline))
            cur, cur_w = [], 0.0
        cur.append(replace(cell, x=cur_w))
        cur_w += cell.width
    last = Box(box.ref, 0.0, cur_w, cur, box.kind, underline=box.underline, gloss=box.gloss)
    if box.gloss is not None:
        last.gloss_x = cur_w
        last.width = cur_w + (box.width - box.gloss_x)
    out.append(last)
    return out


def _finish_line(line: Line, width: float, style: RubyStyle, justify: bool) -> None:
    while line.boxes and line.boxes[-1].is_space:
        line.boxes.pop()
    x = line.boxes[0].x if line.boxes else 0.0
    for box in line.boxes:
        box.x = x
        x += box.width
    if justify and style.justify and len(line.boxes) > 1:
        slack = width - x
        # Stretch only where a line may break: never before a closing mark or after
        # an opening one (they stay against their word), nor inside a cut word; and
        # between the characters of a Chinese word, so the line keeps an even grid
        # instead of opening gaps between words only.
        before = [i > 0 and _stretchable(line.boxes[i - 1], box)
                  for i, box in enumerate(line.boxes)]
        inside = [len(box.cells) - 1 if box.kind is Kind.HANZI and box.ref.token >= 0
                  else 0 for box in line.boxes]
        points = sum(before) + sum(inside)
        # A line with few places to stretch (English words, a long address after it)
        # stays ragged rather than opening gaps wider than MAX_STRETCH of a character.
        if 0 < slack < style.size * 5 and points and slack / points <= (
                style.size * MAX_STRETCH):
            per = slack / points
            shift = 0.0
            for box, gap_before, inner in zip(line.boxes, before, inside, strict=True):
                if gap_before:
                    shift += per
                box.x += shift
                if inner:
                    for j, cell in enumerate(box.cells):
                        cell.x += per * j
                    box.width += per * inner
                    box.gloss_x += per * inner
                    shift += per * inner


def _stretchable(before: Box, after: Box) -> bool:
    if before.ref == after.ref and before.ref.token >= 0:
        return False
    first = after.cells[0].base[:1] if after.cells else ""
    last = before.cells[-1].base[-1:] if before.cells else ""
    return first not in NO_LINE_START and last not in NO_LINE_END


def layout_paragraph(
    tokens: Sequence[DisplayToken], style: RubyStyle, width: float, paragraph: int = 0
) -> ParagraphLayout:
    """Break one paragraph into lines of ``width`` points (gutter excluded)."""
    width = max(width, style.size * 2)
    boxes = [_make_box(TokenRef(paragraph, i), t, style) for i, t in enumerate(tokens)]
    has_ruby = style.reserve_ruby or any(t.ruby for t in tokens)
    ruby_h = style.ruby.height * 1.1 if has_ruby else 0.0
    base_h = style.hanzi.height
    line_h = ruby_h + base_h + max(0.0, style.line_spacing - 1.0) * style.size + style.size * 0.15
    indent = style.first_line_indent * style.size
    lines: list[Line] = []
    cur = Line(paragraph, [], first=True)
    used = indent
    if indent:
        cur.boxes.append(
            Box(TokenRef(paragraph, -1), 0.0, indent, [], Kind.SPACE)
        )

    def new_line() -> None:
        nonlocal cur, used
        _finish_line(cur, width, style, justify=True)
        lines.append(cur)
        cur = Line(paragraph, [])
        used = 0.0

    gap = style.ruby_gap * style.ruby.height

    def apart(before: list[Box], box: Box) -> float:
        """The space to add after ``before[-1]`` so that ``box``'s pinyin does not touch
        the last pinyin among ``before`` (boxes of one line, in order)."""
        if box.ruby_left is None:
            return 0.0
        after = 0.0
        for prev in reversed(before):
            if prev.ruby_left is not None:
                return max(0.0, (prev.ruby_right - prev.width) + gap - after - box.ruby_left)
            after += prev.width
        return 0.0

    for group in _groups(boxes):
        for k in range(1, len(group)):  # glued boxes: always side by side
            group[k - 1].width += apart(group[:k], group[k])
        lead = apart(cur.boxes, group[0]) if cur.boxes else 0.0
        gw = sum(b.width for b in group)
        if used + lead + gw > width + 0.01 and any(not b.is_space for b in cur.boxes):
            new_line()
            lead = 0.0
        if lead:
            cur.boxes[-1].width += lead
            used += lead
        if not cur.boxes and group[0].is_space:
            continue
        if gw > width:
            # A group wider than the line: break it box by box (cutting boxes that are
            # themselves too wide, such as a long URL or a very long word).
            pieces = [piece for b in group for piece in _split_box(b, width, style)]
            for box in pieces:
                hangs = bool(box.cells) and box.cells[0].base[:1] in NO_LINE_START
                prev = cur.boxes[-1] if cur.boxes else None
                opens = prev is not None and bool(prev.cells) and (
                    prev.cells[-1].base[-1:] in NO_LINE_END
                )
                content = any(not b.is_space for b in cur.boxes)
                if used + box.width > width + 0.01 and content and not (hangs or opens):
                    new_line()
                cur.boxes.append(box)
                used += box.width
            continue
        cur.boxes.extend(group)
        used += gw
    _finish_line(cur, width, style, justify=False)
    lines.append(cur)
    y = 0.0
    for line in lines:
        line.boxes = [b for b in line.boxes if b.ref.token >= 0 or b.width]
        line.y = y
        line.height = line_h
        line.ruby_height = ruby_h
        line.base_ascent = style.hanzi.ascent
        y += line_h
    lines[0].first = True
    lines[-1].last = True
    return ParagraphLayout(lines, y)


def layout_paragraphs(
    paragraphs: Sequence[Sequence[DisplayToken]],
    style: RubyStyle,
    width: float,
    cache: LayoutCache | None = None,
) -> Layout:
    """Lay out paragraphs in a column ``width`` points wide (numbers gutter included)."""
    text_width = width - style.gutter
    layout = Layout(width=width, style=style)
    y = 0.0
    line_no = 0
    skey = style.key()
    for p, tokens in enumerate(paragraphs):
        key = (p, tuple(tokens), round(text_width, 2), skey)
        para = cache.get(key) if cache is not None else None
        if para is None:
            para = layout_paragraph(tokens, style, text_width, p)
            if cache is not None:
                cache.put(key, para)
        space = style.paragraph_spacing * style.size if p else 0.0
        y += space
        for i, src in enumerate(para.lines):
            line = replace(src, y=y + src.y, space_before=space if i == 0 else 0.0)
            line_no += 1
            if style.numbering == "line" and (line_no == 1 or line_no % 5 == 0):
                line.number = str(line_no)
            elif style.numbering == "paragraph" and i == 0 and tokens:
                line.number = str(p + 1)
            layout.lines.append(line)
        y += para.height
    layout.height = y
    return layout
