"""Export a reader as an editable Word document with a real phonetic guide.

python-docx has no API for ruby, so each annotated word is written as a ``w:r``
holding a ``w:ruby`` element (``w:rubyPr``, ``w:rt``, ``w:rubyBase``). The
``w:rubyPr`` children follow the schema order: rubyAlign, hps, hpsRaise,
hpsBaseText, lid. Every run names its East Asian font (``w:eastAsia``) and the
``zh-CN``/``zh-TW`` language, otherwise LibreOffice falls back to Japanese glyphs.
Paragraph XML is generated as text and parsed once per paragraph (fast for long
readers). The glossary is a Word table.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from chinese_teach.appinfo import APP_NAME
from chinese_teach.core.atomicfile import atomic_write
from chinese_teach.core.documents.display import DisplayToken
from chinese_teach.core.documents.reader import THIRD_TONE_SAMPLE, GlossaryMode, ReaderDocument
from chinese_teach.core.errors import ExportError
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report
from chinese_teach.core.text.scripts import Script
from chinese_teach.core.text.tokens import Kind
from chinese_teach.core.text.tonecolors import scheme

DEFAULT_FONT = "LXGW WenKai"
LATIN_FONT = "LXGW WenKai"
GREY = "666666"
THIRD_TONE_COLOR = "444444"
RUBY_PR_ORDER = ("rubyAlign", "hps", "hpsRaise", "hpsBaseText", "lid")
PAGE_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_W = nsdecls("w")


def _x(text: str) -> str:
    """Escape text for XML, dropping characters XML cannot hold."""
    return escape(_BAD_XML.sub("", text))


class _Runs:
    """Builds run XML with the document's fonts, sizes and colours."""

    def __init__(self, doc: ReaderDocument) -> None:
        o = doc.options
        self.font = o.font_family or DEFAULT_FONT
        self.size = round(o.font_size * 2)  # half-points
        self.rsize = max(8, round(o.font_size * o.ruby_ratio * 2))
        self.lang = "zh-CN" if Script.parse(o.script) is Script.SIMPLIFIED else "zh-TW"
        self._rpr_cache: dict[tuple, str] = {}
        sch = scheme(o.tone_scheme)
        self.hanzi_colors = {t: sch.color(t).lstrip("#") for t in range(1, 6)} if (
            o.colored and o.color_hanzi) else {}
        self.pinyin_colors = {t: sch.color(t).lstrip("#") for t in range(1, 6)} if (
            o.colored and o.color_pinyin) else {}

    def rpr(self, size: int, color: str = "", *, underline: bool = False,
            superscript: bool = False, bold: bool = False, hint: bool = True,
            dotted: bool = False) -> str:
        """Run properties XML (memoised: a reader has a handful of distinct ones);
        ``dotted`` is the dotted underline of a third tone said as a rising tone."""
        key = (size, color, underline, superscript, bold, hint, dotted)
        cached = self._rpr_cache.get(key)
        if cached is None:
            cached = self._rpr_cache[key] = self._make_rpr(key)
        return cached

    def _make_rpr(self, key: tuple) -> str:
        size, color, underline, superscript, bold, hint, dotted = key
        parts = [
            f'<w:rFonts w:ascii={quoteattr(LATIN_FONT)} w:hAnsi={quoteattr(LATIN_FONT)} '
            f'w:eastAsia={quoteattr(self.font)} w:cs={quoteattr(LATIN_FONT)}'
            + (' w:hint="eastAsia"/>' if hint else "/>")
        ]
        if bold:
            parts.append("<w:b/>")
        if color:
            parts.append(f'<w:color w:val="{color}"/>')
        parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
        if underline:
            parts.append('<w:u w:val="single"/>')
        elif dotted:
            parts.append(f'<w:u w:val="dotted" w:color="{THIRD_TONE_COLOR}"/>')
        if superscript:
            parts.append('<w:vertAlign w:val="superscript"/>')
        parts.append(f'<w:lang w:val="en-US" w:eastAsia="{self.lang}"/>')
        return "<w:rPr>" + "".join(parts) + "</w:rPr>"

    def run(self, text: str, size: int | None = None, color: str = "", **kw: bool) -> str:
        if not text:
            return ""
        return (f"<w:r>{self.rpr(size or self.size, color, **kw)}"
                f'<w:t xml:space="preserve">{_x(text)}</w:t></w:r>')

    def ruby(self, base_runs: str, rt_runs: str) -> str:
        """One ``w:r`` with a ``w:ruby``; children of ``w:rubyPr`` in schema order."""
        pr = (
            "<w:rubyPr>"
            '<w:rubyAlign w:val="center"/>'
            f'<w:hps w:val="{self.rsize}"/>'
            f'<w:hpsRaise w:val="{max(2, self.size - 2)}"/>'
            f'<w:hpsBaseText w:val="{self.size}"/>'
            f'<w:lid w:val="{self.lang}"/>'
            "</w:rubyPr>"
        )
        return (f"<w:r>{self.rpr(self.size)}<w:ruby>{pr}<w:rt>{rt_runs}</w:rt>"
                f"<w:rubyBase>{base_runs}</w:rubyBase></w:ruby></w:r>")

    def hanzi(self, text: str, tones: tuple[int, ...], underline: bool) -> str:
        if not self.hanzi_colors or len(tones) != len(text):
            return self.run(text, underline=underline)
        out, start = [], 0
        for i in range(1, len(text) + 1):
            if i == len(text) or tones[i] != tones[start]:
                out.append(self.run(text[start:i], color=self.hanzi_colors.get(tones[start], ""),
                                    underline=underline))
                start = i
        return "".join(out)

    def pinyin(self, parts: tuple[str, ...], tones: tuple[int, ...],
               marks: tuple[bool, ...] = ()) -> str:
        """Ruby text runs; a part flagged in ``marks`` gets a dotted underline (the
        apostrophe or space before it stays plain)."""
        if len(tones) != len(parts):
            tones = (0,) * len(parts)
        if len(marks) != len(parts):
            marks = (False,) * len(parts)
        out = []
        for p, t, m in zip(parts, tones, marks, strict=True):
            color = self.pinyin_colors.get(t, "")
            if not m:
                out.append(self.run(p, self.rsize, color, hint=False))
                continue
            body = p.lstrip(" '")
            out.append(self.run(p[: len(p) - len(body)], self.rsize, color, hint=False))
            out.append(self.run(body, self.rsize, color, hint=False, dotted=True))
        return "".join(out)


def _one_run(tok: DisplayToken, r: _Runs) -> bool:
    """True if a word's pinyin can be one run: one colour and no third-tone mark."""
    if any(tok.third_tone):
        return False
    return not r.pinyin_colors or len({r.pinyin_colors.get(t, "") for t in tok.ruby_tones}) <= 1


def _token_xml(tok: DisplayToken, r: _Runs) -> str:
    if tok.kind is not Kind.HANZI or not tok.ruby:
        tones = tok.tones if tok.kind is Kind.HANZI else ()
        xml = r.hanzi(tok.text, tones, tok.underline)
    elif tok.per_char and len(tok.ruby) == len(tok.text):
        tones = tok.tones if len(tok.tones) == len(tok.text) else (0,) * len(tok.text)
        rtones = tok.ruby_tones if len(tok.ruby_tones) == len(tok.ruby) else (0,) * len(tok.ruby)
        marks = tok.third_tone if len(tok.third_tone) == len(tok.ruby) else (False,) * len(
            tok.ruby)
        xml = "".join(
            r.ruby(r.hanzi(ch, (t,), tok.underline), r.pinyin((part,), (rt,), (m,)))
            for ch, t, part, rt, m in zip(tok.text, tones, tok.ruby, rtones, marks, strict=True)
        )
    elif _one_run(tok, r) or len(tok.ruby) != len(tok.text):
        # Word's phonetic guide: LibreOffice shows only the last run of a w:rt, so a
        # word's pinyin is one run (one colour, no third-tone mark inside it) ...
        rtones = tok.ruby_tones if len(set(tok.ruby_tones)) == 1 else ()
        xml = r.ruby(r.hanzi(tok.text, tok.tones, tok.underline),
                     r.pinyin(("".join(tok.ruby),), rtones[:1]))
    else:
        # ... and a word whose syllables differ in colour or mark gets one guide per
        # character instead, which every word processor shows.
        xml = _token_xml(replace(tok, per_char=True), r)
    if tok.gloss is not None:
        xml += r.run(str(tok.gloss), color=GREY, superscript=True)
    return xml


def _paragraph_xml(content: str, *, indent: float = 0.0, spacing: float = 1.0,
                   after: float = 6.0, keep_next: bool = False) -> str:
    ppr = []
    if keep_next:
        ppr.append("<w:keepNext/>")
    line = round(240 * spacing)
    ppr.append(f'<w:spacing w:after="{round(after * 20)}" w:line="{line}" w:lineRule="auto"/>')
    if indent:
        ppr.append(f'<w:ind w:firstLine="{round(indent * 20)}"/>')
    return f"<w:p {_W}><w:pPr>{''.join(ppr)}</w:pPr>{content}</w:p>"


def _set_default_fonts(document, runs: _Runs) -> None:
    """Name the East Asian font in the document defaults and the Normal style (theme
    font references would otherwise win and LibreOffice would pick a Japanese face)."""
    styles = document.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is not None:
        for fonts in rpr_default.iter(qn("w:rFonts")):
            for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
                fonts.attrib.pop(qn(f"w:{attr}"), None)
            fonts.set(qn("w:ascii"), LATIN_FONT)
            fonts.set(qn("w:hAnsi"), LATIN_FONT)
            fonts.set(qn("w:eastAsia"), runs.font)
        for lang in rpr_default.iter(qn("w:lang")):
            lang.set(qn("w:eastAsia"), runs.lang)
    normal = document.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(runs.size / 2)
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), runs.font)


def _page_number(paragraph, runs: _Runs) -> None:
    """Make ``paragraph`` (a footer's) the centred, grey page number field."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {_W} w:instr="PAGE"><w:r>{runs.rpr(18, GREY)}<w:t>1</w:t></w:r>'
        "</w:fldSimple>"
    ))


def build_docx(
    doc: ReaderDocument,
    timestamp: dt.datetime | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
):
    """The reader as a python-docx ``Document`` (not yet saved)."""
    o = doc.options
    runs = _Runs(doc)
    document = Document()
    when = timestamp or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    props = document.core_properties
    props.title = _BAD_XML.sub("", doc.title)  # core properties are XML too
    props.author = APP_NAME
    props.last_modified_by = APP_NAME
    props.created = when
    props.modified = when
    props.revision = 1
    _set_default_fonts(document, runs)

    section = document.sections[0]
    w_mm, h_mm = PAGE_MM.get(o.page_size, PAGE_MM["A4"])
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(w_mm), Mm(h_mm)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(o.margin_mm))
    if o.numbering == "line":
        section._sectPr.append(parse_xml(
            f'<w:lnNumType {_W} w:countBy="5" w:distance="360" w:restart="continuous"/>'
        ))
    if o.header and doc.title:
        section.different_first_page_header_footer = True  # page 1 shows the title itself
        if o.page_numbers:
            _page_number(section.first_page_footer.paragraphs[0], runs)
        hp = section.header.paragraphs[0]
        hp._p.append(parse_xml(f"<w:r {_W}>{runs.rpr(18, GREY)}"
                               f'<w:t xml:space="preserve">{_x(doc.title)}</w:t></w:r>'))
    if o.page_numbers:
        _page_number(section.footer.paragraphs[0], runs)

    body = document.element.body
    sect = body[-1]  # keep the section properties last

    def add(xml: str) -> None:
        sect.addprevious(parse_xml(xml))

    if doc.title:
        add(_paragraph_xml(runs.run(doc.title, round(o.font_size * 2 * 1.4), bold=True),
                           after=4))
    if doc.subtitle:
        add(_paragraph_xml(runs.run(doc.subtitle, round(o.font_size * 1.6), GREY), after=4))
    if doc.title or doc.subtitle:
        add(_paragraph_xml(runs.run(doc.pinyin_description, 18, GREY),
                           after=4 if doc.third_tone_legend else 12))
    if doc.third_tone_legend:
        add(_paragraph_xml(
            runs.run(THIRD_TONE_SAMPLE, 18, GREY, dotted=True)
            + runs.run("  " + doc.third_tone_legend, 18, GREY), after=12))

    total = max(1, len(doc.paragraphs))
    spacing = max(1.0, o.line_spacing)
    for p, tokens in enumerate(doc.paragraphs):
        check(cancel)
        content = ""
        if o.numbering == "paragraph":
            content += runs.run(f"{p + 1}  ", 16, GREY)
        content += "".join(_token_xml(t, runs) for t in tokens)
        add(_paragraph_xml(content, indent=o.font_size * 2, spacing=spacing,
                           after=o.font_size * 0.6))
        if o.glossary is GlossaryMode.NOTES:
            for g in doc.notes_for(p):
                lvl = f"  ({g.standard.short} {g.level_short})" if g.level else ""
                text = f"{g.number}. {g.word}  {g.pinyin}  {g.definition}{lvl}"
                add(_paragraph_xml(runs.run(text, round(o.font_size * 1.3), GREY), after=2))
        report(progress, p + 1, total, "Writing Word document")

    if o.glossary is GlossaryMode.END and doc.glossary:
        _glossary(document, doc, runs)
    return document


def _glossary(document, doc: ReaderDocument, runs: _Runs) -> None:
    std = doc.standard
    body = document.element.body
    body[-1].addprevious(parse_xml(_paragraph_xml(
        runs.run("生词 Glossary", round(doc.options.font_size * 2 * 1.1), bold=True),
        after=6, keep_next=True)))
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["#", "Word", "Pinyin", "Meaning", f"Level ({std.label})"]
    small = round(doc.options.font_size * 1.3)
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        cell.paragraphs[0]._p.append(parse_xml(
            f"<w:r {_W}>{runs.rpr(small, GREY, bold=True)}"
            f'<w:t xml:space="preserve">{_x(text)}</w:t></w:r>'))
    for g in doc.glossary:
        cells = table.add_row().cells
        values = [(str(g.number), small), (g.word, runs.size), (g.pinyin, small),
                  (g.definition, small), (g.level_short, small)]
        for cell, (text, size) in zip(cells, values, strict=True):
            if text:
                cell.paragraphs[0]._p.append(parse_xml(
                    f"<w:r {_W}>{runs.rpr(size)}"
                    f'<w:t xml:space="preserve">{_x(text)}</w:t></w:r>'))
    widths = [Mm(10), Mm(28), Mm(32), Mm(76), Mm(24)]
    table.autofit = False
    for col, w in zip(table.columns, widths, strict=True):
        col.width = w
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = w
    # keep the table away from the section properties element
    if body[-1].tag != qn("w:sectPr"):
        raise ExportError("The Word document could not be assembled.")


def export_docx(
    doc: ReaderDocument,
    path: str | Path,
    overwrite: bool = False,
    *,
    timestamp: dt.datetime | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """Write ``doc`` as a .docx file (atomically)."""
    document = build_docx(doc, timestamp, progress, cancel)
    with atomic_write(path, overwrite=overwrite) as tmp:
        document.save(str(tmp))
