"""Export a reader as an editable Word document with a real phonetic guide.

The ruby runs (``w:ruby`` in schema order, East Asian fonts, one guide per word)
come from :mod:`chinese_teach.core.export.docx_ruby`, which the lesson-plan DOCX
shares. This module adds the page setup, header, footer, numbering, notes and the
glossary (a Word table).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from chinese_teach.appinfo import APP_NAME
from chinese_teach.core.atomicfile import atomic_write_bytes
from chinese_teach.core.documents.reader import (
    THIRD_TONE_SAMPLE,
    GlossaryMode,
    ReaderDocument,
    standard_name,
)
from chinese_teach.core.errors import ExportError
from chinese_teach.core.export.docx_ruby import (
    BAD_XML,
    GREY,
    LATIN_FONT,
    W_NS,
    RubyRuns,
    paragraph_xml,
    text_paragraph_xml,
    xml_text,
)
from chinese_teach.core.export.docx_tables import hold_together
from chinese_teach.core.labels import LOCALES, label
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report

PAGE_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}


def _set_default_fonts(document, runs: RubyRuns, doc_lang: str = "en") -> None:
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
            lang.set(qn("w:val"), LOCALES.get(doc_lang, "en-US"))  # headings, glossary
    normal = document.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(runs.size / 2)
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), runs.font)


def _page_number(paragraph, runs: RubyRuns) -> None:
    """Make ``paragraph`` (a footer's) the centred, grey page number field."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {W_NS} w:instr="PAGE"><w:r>{runs.rpr(18, GREY)}<w:t>1</w:t></w:r>'
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
    runs = RubyRuns(doc.options, doc.traditional)
    document = Document()
    when = timestamp or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    props = document.core_properties
    props.title = BAD_XML.sub("", doc.title)  # core properties are XML too
    props.author = APP_NAME
    props.last_modified_by = APP_NAME
    props.created = when
    props.modified = when
    props.revision = 1
    _set_default_fonts(document, runs, doc.lang)

    section = document.sections[0]
    w_mm, h_mm = PAGE_MM.get(o.page_size, PAGE_MM["A4"])
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(w_mm), Mm(h_mm)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(o.margin_mm))
    if o.numbering == "line":
        section._sectPr.append(parse_xml(
            f'<w:lnNumType {W_NS} w:countBy="5" w:distance="360" w:restart="continuous"/>'
        ))
    if o.header and doc.title:
        section.different_first_page_header_footer = True  # page 1 shows the title itself
        if o.page_numbers:
            _page_number(section.first_page_footer.paragraphs[0], runs)
        hp = section.header.paragraphs[0]
        hp._p.append(parse_xml(f"<w:r {W_NS}>{runs.rpr(18, GREY)}"
                               f'<w:t xml:space="preserve">{xml_text(doc.title)}</w:t></w:r>'))
    if o.page_numbers:
        _page_number(section.footer.paragraphs[0], runs)

    body = document.element.body
    sect = body[-1]  # keep the section properties last

    def add(xml: str) -> None:
        sect.addprevious(parse_xml(xml))

    if doc.title:
        add(paragraph_xml(runs.run(doc.title, round(o.font_size * 2 * 1.4), bold=True),
                          after=4))
    if doc.subtitle:
        add(paragraph_xml(runs.run(doc.subtitle, round(o.font_size * 1.6), GREY), after=4))
    if doc.title or doc.subtitle:
        add(paragraph_xml(runs.run(doc.pinyin_description, 18, GREY),
                          after=4 if doc.third_tone_legend else 12))
    if doc.third_tone_legend:
        add(paragraph_xml(
            runs.run(THIRD_TONE_SAMPLE, 18, GREY, dotted=True)
            + runs.run("  " + doc.third_tone_legend, 18, GREY), after=12))

    total = max(1, len(doc.paragraphs))
    for p, tokens in enumerate(doc.paragraphs):
        check(cancel)
        number = runs.run(f"{p + 1}  ", 16, GREY) if o.numbering == "paragraph" else ""
        add(text_paragraph_xml(tokens, runs, o, number))
        if o.glossary is GlossaryMode.NOTES:
            for g in doc.notes_for(p):
                lvl = f"  ({g.level_note})"
                text = f"{g.number}. {g.word}  {g.pinyin}  {g.definition}{lvl}"
                add(paragraph_xml(runs.run(text, round(o.font_size * 1.3), GREY), after=2))
        report(progress, p + 1, total, label("progress.writing_word"))

    if o.glossary is GlossaryMode.END and doc.glossary:
        _glossary(document, doc, runs)
    return document


def _glossary(document, doc: ReaderDocument, runs: RubyRuns) -> None:
    std = standard_name(doc.standard, doc.lang)
    body = document.element.body
    body[-1].addprevious(parse_xml(paragraph_xml(
        runs.run(label("reader.glossary", doc.lang), round(doc.options.font_size * 2 * 1.1),
                 bold=True),
        after=6, keep_next=True)))
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = [label(f"column.{c}", doc.lang) for c in ("number", "word", "pinyin", "meaning")]
    # the short name, as the PDF prints it ("Level (HSK 3.0 (2021 standard))" filled
    # a narrow column five lines deep, "))" alone on the last)
    heads.append(label("column.level_short", doc.lang, standard=doc.standard.short))
    small = round(doc.options.font_size * 1.3)
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        cell.paragraphs[0]._p.append(parse_xml(
            f"<w:r {W_NS}>{runs.rpr(small, GREY, bold=True)}"
            f'<w:t xml:space="preserve">{xml_text(text)}</w:t></w:r>'))
    for g in doc.glossary:
        cells = table.add_row().cells
        values = [(str(g.number), small), (g.word, runs.size), (g.pinyin, small),
                  (g.definition, small), (g.level_short, small)]
        for cell, (text, size) in zip(cells, values, strict=True):
            if text:
                cell.paragraphs[0]._p.append(parse_xml(
                    f"<w:r {W_NS}>{runs.rpr(size)}"
                    f'<w:t xml:space="preserve">{xml_text(text)}</w:t></w:r>'))
    widths = [Mm(10), Mm(28), Mm(32), Mm(76), Mm(24)]
    table.autofit = False
    for col, w in zip(table.columns, widths, strict=True):
        col.width = w
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = w
    hold_together(table)
    # the standard in full under the table, as the HTML and PDF readers say it
    body[-1].addprevious(parse_xml(paragraph_xml(
        runs.run(label("levels.note", doc.lang, standard=std), small, GREY), after=6)))
    # keep the table away from the section properties element
    if body[-1].tag != qn("w:sectPr"):
        raise ExportError(key="error.docx.assembly")


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
    save_docx(document, path, overwrite)


def save_docx(document: DocxDocument, path: str | Path, overwrite: bool = False) -> None:
    """Save a python-docx ``document`` at ``path`` atomically.

    The package is zipped in memory first: python-docx leaves its zip file open when
    a write fails (a full disk), which then fails again with a stray traceback when
    it is collected. The bytes are then written, flushed and checked by
    :func:`~chinese_teach.core.atomicfile.atomic_write_bytes`.
    """
    buffer = io.BytesIO()
    document.save(buffer)
    atomic_write_bytes(path, buffer.getvalue(), overwrite=overwrite)
