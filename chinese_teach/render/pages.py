"""Paginate a reader document: title block, ruby lines, notes, glossary table, footers.

:func:`paginate` turns a :class:`~chinese_teach.core.documents.reader.ReaderDocument`
into :class:`Page` objects made of a few kinds of positioned items, all in points
from the page's top-left corner. :func:`paint_page` draws one page on any QPainter
whose transform maps points to the device (``pdf.py``, ``png.py``, printing and the
studio's page preview use it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from chinese_teach.core.documents.reader import (
    THIRD_TONE_SAMPLE,
    GlossaryMode,
    ReaderDocument,
    standard_name,
    tone_colors_for,
)
from chinese_teach.core.labels import label
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report
from chinese_teach.render.layout import (
    Layout,
    LayoutCache,
    Line,
    Metrics,
    RubyStyle,
    TokenRef,
    device_font,
    layout_paragraphs,
)
from chinese_teach.render.painter import THIRD_TONE_COLOR, paint_line
from chinese_teach.render.wrapping import wrap_text

MM = 72.0 / 25.4
PAGE_SIZES_PT = {"A4": (595.28, 841.89), "Letter": (612.0, 792.0)}
GREY = "#666666"
RULE = "#999999"


@dataclass(frozen=True, slots=True)
class PageSetup:
    """Paper size and margins, in points."""

    width: float
    height: float
    margin: float

    @classmethod
    def named(cls, size: str = "A4", margin_mm: float = 18.0) -> PageSetup:
        w, h = PAGE_SIZES_PT.get(size, PAGE_SIZES_PT["A4"])
        return cls(w, h, margin_mm * MM)

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin


@dataclass(slots=True)
class TextItem:
    """A run of plain text; ``y`` is its baseline."""

    text: str
    x: float
    y: float
    font: QFont
    color: str = "#000000"


@dataclass(slots=True)
class RubyItem:
    """A laid-out ruby line; ``y`` is its top."""

    line: Line
    x: float
    y: float


@dataclass(slots=True)
class RuleItem:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str = RULE
    width: float = 0.5
    dotted: bool = False


@dataclass
class Page:
    """One page's items, in points from the page's top-left."""

    number: int
    items: list = field(default_factory=list)


@dataclass
class PagedDocument:
    """Pages plus what painting them needs."""

    setup: PageSetup
    style: RubyStyle
    pages: list[Page]
    layout: Layout

    def __len__(self) -> int:
        return len(self.pages)


def style_for(doc: ReaderDocument) -> RubyStyle:
    """The ruby style a reader's options ask for (needs a QGuiApplication)."""
    o = doc.options
    return RubyStyle.create(
        family=o.font_family or None,
        size=o.font_size,
        ruby_ratio=o.ruby_ratio,
        line_spacing=o.line_spacing,
        numbering=o.numbering,
        tone_colors=tone_colors_for(o),
        color_hanzi=o.color_hanzi,
        color_pinyin=o.color_pinyin,
        reserve_ruby=o.pinyin.value != "none",
    )


def _font(base: QFont, size: float, bold: bool = False) -> QFont:
    f = QFont(base)
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


def _wrap(text: str, metrics: Metrics, width: float) -> list[str]:
    """Notes and glossary definitions: one paragraph, a long word is not cut."""
    return wrap_text(text, metrics, width, paragraphs=False, break_words=False)


class Flow:
    """Places blocks down the pages of readers and sheets, starting a new page when one
    is full; ``on_new_page(page)`` may add running items and returns the height they
    take at the page's top."""

    def __init__(self, setup: PageSetup, bottom_reserve: float = 0.0,
                 on_new_page: Callable[[Page], float] | None = None) -> None:
        self.setup = setup
        self.bottom = setup.height - setup.margin - bottom_reserve
        self.on_new_page = on_new_page
        self.pages: list[Page] = []
        self.y = 0.0
        self.new_page()

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def left(self) -> float:
        return self.setup.margin

    @property
    def width(self) -> float:
        return self.setup.content_width

    def new_page(self) -> Page:
        page = Page(len(self.pages) + 1)
        self.pages.append(page)
        self.y = self.setup.margin
        if self.on_new_page is not None:
            self.y += self.on_new_page(page)
        self._top = self.y
        return page

    @property
    def at_top(self) -> bool:
        return abs(self.y - self._top) < 0.01

    def need(self, height: float, space_before: float = 0.0) -> float:
        """Reserve ``height`` (after ``space_before`` unless at a page top); returns its top."""
        y = self.y if self.at_top else self.y + space_before
        if y + height > self.bottom and not self.at_top:
            self.new_page()
            y = self.y
        self.y = y + height
        return y

    def keep_together(self, height: float, space_before: float = 0.0) -> None:
        """Start a new page unless a block ``height`` tall fits on this one, so that it is
        not split across two pages (a block taller than a page starts where it is)."""
        y = self.y if self.at_top else self.y + space_before
        if y + height > self.bottom and not self.at_top and height <= self.bottom - self._top:
            self.new_page()

    def text(self, text: str, f: QFont, *, color: str = "#000000", indent: float = 0.0,
             space_before: float = 0.0, width: float | None = None) -> None:
        """A wrapped paragraph of plain text."""
        m = Metrics(f)
        lines = wrap_text(text, m, (width or self.width) - indent)
        for k, line in enumerate(lines):
            top = self.need(m.height * 1.2, space_before if k == 0 else 0.0)
            self.page.items.append(TextItem(line, self.left + indent, top + m.ascent, f, color))


def paginate(
    doc: ReaderDocument,
    style: RubyStyle | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    cache: LayoutCache | None = None,
) -> PagedDocument:
    """Lay out ``doc`` on pages of its chosen size and margins (``cache``: reuse the
    line breaking of unchanged paragraphs, for the live preview)."""
    o = doc.options
    style = style or style_for(doc)
    setup = PageSetup.named(o.page_size, o.margin_mm)
    m, cw = setup.margin, setup.content_width
    base = style.hanzi_font
    size = style.size
    small = _font(base, max(7.0, size * 0.55))
    small_m = Metrics(small)
    body = _font(base, max(8.0, size * 0.65))
    body_m = Metrics(body)
    title_f = _font(base, size * 1.4, bold=True)
    title_m = Metrics(title_f)
    sub_f = _font(base, size * 0.8)
    sub_m = Metrics(sub_f)

    header_h = small_m.height + 6 if o.header and doc.title else 0.0
    footer_h = small_m.height + 6 if o.page_numbers else 0.0
    flow = Flow(setup, bottom_reserve=footer_h,
                on_new_page=lambda page: header_h if page.number > 1 else 0.0)

    if doc.title:
        top = flow.need(title_m.height)
        flow.page.items.append(TextItem(doc.title, m, top + title_m.ascent, title_f))
        flow.y += 2
    if doc.subtitle:
        top = flow.need(sub_m.height)
        flow.page.items.append(TextItem(doc.subtitle, m, top + sub_m.ascent, sub_f, GREY))
    legend = doc.third_tone_legend
    if legend:
        _legend(legend, flow, small, size)
    if doc.title or doc.subtitle or legend:
        flow.y += size * 0.8

    check(cancel)
    layout = layout_paragraphs(doc.paragraphs, style, cw, cache=cache)
    notes = o.glossary is GlossaryMode.NOTES
    by_para: dict[int, list[Line]] = {}
    for line in layout.lines:
        by_para.setdefault(line.paragraph, []).append(line)
    total = max(1, len(by_para))
    for done, (p, lines) in enumerate(by_para.items(), 1):
        for line in lines:
            top = flow.need(line.height, line.space_before)
            flow.page.items.append(RubyItem(line, m, top))
        if notes:
            for entry in doc.notes_for(p):
                text = (f"{entry.number}. {entry.word} {entry.pinyin}  {entry.definition}"
                        f"  ({entry.level_note})")
                for k, part in enumerate(_wrap(text, body_m, cw - size)):
                    top = flow.need(body_m.height * 1.15, size * 0.3 if k == 0 else 0.0)
                    flow.page.items.append(
                        TextItem(part, m + (size if k else 0.0), top + body_m.ascent, body, GREY)
                    )
        check(cancel)
        report(progress, done, total, label("progress.laying_out"))

    if o.glossary is GlossaryMode.END and doc.glossary:
        _glossary_table(doc, flow, m=m, cw=cw, base=base, size=size)

    pages = flow.pages
    for page in pages:
        if header_h and page.number > 1:
            page.items.append(TextItem(doc.title, m, m + small_m.ascent, small, GREY))
            page.items.append(RuleItem(m, m + small_m.height + 2, m + cw, m + small_m.height + 2))
        if footer_h:
            folio = f"{page.number} / {len(pages)}"
            w = small_m.width(folio)
            page.items.append(
                TextItem(folio, m + (cw - w) / 2, setup.height - m - small_m.descent, small, GREY)
            )
    return PagedDocument(setup, style, pages, layout)


def _legend(text: str, flow: Flow, font: QFont, size: float) -> None:
    """The key to the third-tone mark: a sample ``nǐ`` with the dotted line the painter
    draws under such pinyin, then the explanation in grey."""
    m = Metrics(font)
    top = flow.need(m.height * 1.2, size * 0.2)
    x = flow.left
    sample = THIRD_TONE_SAMPLE
    flow.page.items.append(TextItem(sample, x, top + m.ascent, font, GREY))
    uy = top + m.ascent + m.descent * 0.55
    flow.page.items.append(
        RuleItem(x, uy, x + m.width(sample), uy, THIRD_TONE_COLOR, max(0.5, m.height * 0.07),
                 dotted=True)
    )
    x += m.width(sample + "   ")
    for k, line in enumerate(_wrap(text, m, flow.left + flow.width - x)):
        y = top if k == 0 else flow.need(m.height * 1.2)
        flow.page.items.append(TextItem(line, x, y + m.ascent, font, GREY))


def _glossary_table(
    doc: ReaderDocument, flow: Flow, *, m: float, cw: float, base: QFont, size: float
) -> None:
    head_f = _font(base, max(8.0, size * 0.65), bold=True)
    cell_f = _font(base, max(8.0, size * 0.65))
    word_f = _font(base, max(9.0, size * 0.85))
    hm, cm, wm = Metrics(head_f), Metrics(cell_f), Metrics(word_f)
    lang = doc.lang
    heads = [label(f"column.{c}", lang) for c in ("number", "word", "pinyin", "meaning")]
    lvl_label = label("column.level_short", lang, standard=doc.standard.short)
    n_w = max(cm.width("000"), hm.width(heads[0])) + 4
    word_w = max([wm.width(g.word) for g in doc.glossary] + [wm.width("词语"),
                                                            hm.width(heads[1])]) + 10
    pin_w = max([cm.width(g.pinyin) for g in doc.glossary] + [hm.width(heads[2])]) + 10
    lvl_w = max(hm.width(lvl_label), cm.width("7-9")) + 6
    def_w = max(80.0, cw - n_w - word_w - pin_w - lvl_w)
    cols = [m, m + n_w, m + n_w + word_w, m + n_w + word_w + pin_w,
            m + n_w + word_w + pin_w + def_w]
    title_f = _font(base, size * 0.95, bold=True)
    tm = Metrics(title_f)
    top = flow.need(tm.height + hm.height * 3, size * 1.2)
    flow.y = top + tm.height + size * 0.4
    flow.page.items.append(TextItem(label("reader.glossary", lang), m, top + tm.ascent,
                                    title_f))
    row_gap = 4.0

    def header() -> None:
        t = flow.need(hm.height + row_gap)
        for x, text in zip(cols, [*heads, lvl_label], strict=True):
            flow.page.items.append(TextItem(text, x, t + hm.ascent, head_f, GREY))
        flow.page.items.append(RuleItem(m, t + hm.height + 1, m + cw, t + hm.height + 1))

    header()
    note_h = cm.height + 4  # the line under the table, kept on the page of the last row
    for i, g in enumerate(doc.glossary):
        defs = _wrap(g.definition, cm, def_w - 6)
        h = max(wm.height, cm.height * len(defs)) + row_gap
        # the last row takes the note's room too: the note never opens a page alone
        room = h + (note_h if i == len(doc.glossary) - 1 else 0.0)
        before = len(flow.pages)
        t = flow.need(room)
        if len(flow.pages) != before:
            flow.y = t
            header()
            t = flow.need(room)
        flow.y = t + h
        base_y = t + wm.ascent
        items = flow.page.items
        items.append(TextItem(str(g.number), cols[0], base_y, cell_f, GREY))
        items.append(TextItem(g.word, cols[1], base_y, word_f))
        items.append(TextItem(g.pinyin, cols[2], base_y, cell_f))
        for k, part in enumerate(defs):
            items.append(TextItem(part, cols[3], base_y + k * cm.height, cell_f))
        items.append(TextItem(g.level_short, cols[4], base_y, cell_f))
        items.append(RuleItem(m, t + h - 1, m + cw, t + h - 1, "#dddddd", 0.4))
    note = label("levels.note", lang, standard=standard_name(doc.standard, lang))
    t = flow.need(cm.height, 4)
    flow.page.items.append(TextItem(note, m, t + cm.ascent, cell_f, GREY))


def paint_page(
    painter: QPainter,
    paged: PagedDocument,
    index: int,
    highlight: TokenRef | None = None,
    mark_unsure: bool = False,
) -> None:
    """Paint page ``index`` (0-based); the painter maps points to the device.
    ``highlight`` marks one token (the word selected in the preview) and
    ``mark_unsure`` the uncertain readings (both for the screen only)."""
    page = paged.pages[index]
    style = paged.style
    fonts = DeviceFonts(painter)
    for item in page.items:
        if isinstance(item, RubyItem):
            paint_line(painter, item.line, style, item.x, item.y, highlight=highlight,
                       mark_unsure=mark_unsure)
        else:
            paint_plain_item(painter, item, fonts)


class DeviceFonts:
    """The fonts of one painter's device (see :func:`device_font`), made once per font."""

    def __init__(self, painter: QPainter) -> None:
        device = painter.device()
        self.dpi = float(device.logicalDpiY()) if device is not None else 72.0
        self._fonts: dict[str, QFont] = {}

    def __call__(self, font: QFont) -> QFont:
        key = font.toString()
        got = self._fonts.get(key)
        if got is None:
            got = self._fonts[key] = device_font(font, self.dpi)
        return got


def paint_plain_item(painter: QPainter, item: object, fonts: DeviceFonts) -> bool:
    """Paint a :class:`TextItem` or :class:`RuleItem` (readers and sheets have both);
    returns False, painting nothing, for any other item."""
    if isinstance(item, TextItem):
        painter.setFont(fonts(item.font))
        painter.setPen(QColor(item.color))
        painter.drawText(QPointF(item.x, item.y), item.text)
    elif isinstance(item, RuleItem):
        pen = QPen(QColor(item.color))
        pen.setWidthF(item.width)
        if item.dotted:
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(item.x1, item.y1), QPointF(item.x2, item.y2))
    else:
        return False
    return True


def page_rect(paged: PagedDocument) -> QRectF:
    return QRectF(0, 0, paged.setup.width, paged.setup.height)


def token_at(paged: PagedDocument, index: int, point: QPointF) -> TokenRef | None:
    """The token under ``point`` (points from page ``index``'s top-left), if any."""
    style = paged.style
    for item in paged.pages[index].items:
        if not isinstance(item, RubyItem):
            continue
        line = item.line
        if not item.y <= point.y() < item.y + line.height:
            continue
        x = point.x() - item.x - style.gutter
        for box in line.boxes:
            if not box.is_space and box.x <= x < box.x + box.width:
                return box.ref
        return None
    return None


def token_page_rect(paged: PagedDocument, ref: TokenRef) -> tuple[int, QRectF] | None:
    """Page index and rectangle (points) of the token's first box."""
    style = paged.style
    for i, page in enumerate(paged.pages):
        for item in page.items:
            if isinstance(item, RubyItem) and item.line.paragraph == ref.paragraph:
                for box in item.line.boxes:
                    if box.ref == ref:
                        return i, QRectF(item.x + style.gutter + box.x, item.y, box.width,
                                         item.line.height)
    return None
