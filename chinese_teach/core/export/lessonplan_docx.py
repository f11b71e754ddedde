"""Write a :class:`~chinese_teach.core.documents.lessonplan.LessonPlan` as an editable DOCX.

Same sections as the PDF. The lesson's texts carry the same pinyin as in the PDF
(the plan's reader documents: pinyin over the words new to the class), written as
Word phonetic guides by :mod:`chinese_teach.core.export.docx_ruby`, the reader
DOCX's own ruby code. Every run names its East Asian font (``w:eastAsia``) and the
document defaults do too, so Word and LibreOffice show Chinese glyphs, not a
Japanese fallback. The core properties' dates come from ``timestamp`` so the same
plan gives the same file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from chinese_teach.appinfo import APP_NAME
from chinese_teach.core.documents.lessonplan import LessonPlan, PlanText
from chinese_teach.core.export.docx_ruby import BAD_XML, RubyRuns, text_paragraph_xml
from chinese_teach.core.export.docx_tables import hold_together
from chinese_teach.core.export.reader_docx import save_docx
from chinese_teach.core.labels import LOCALES, label
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report

EAST_ASIAN_FONT = "LXGW WenKai"
LATIN_FONT = "LXGW WenKai"
WARN = RGBColor(0xB0, 0x3A, 0x2E)
GREY = RGBColor(0x66, 0x66, 0x66)


def _fonts(rpr_parent, east_asian: str = EAST_ASIAN_FONT) -> None:
    """Set ascii/hAnsi/eastAsia fonts on an element that has (or gets) ``w:rPr``."""
    rpr = rpr_parent.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        rfonts.attrib.pop(qn(f"w:{attr}"), None)
    rfonts.set(qn("w:ascii"), LATIN_FONT)
    rfonts.set(qn("w:hAnsi"), LATIN_FONT)
    rfonts.set(qn("w:eastAsia"), east_asian)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def _defaults(document, lang: str = "en") -> None:
    # Theme font references in the defaults and every style would win over named fonts
    # (LibreOffice then picks a Japanese face): replace them all.
    for rfonts in document.styles.element.iter(qn("w:rFonts")):
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            rfonts.attrib.pop(qn(f"w:{attr}"), None)
        rfonts.set(qn("w:ascii"), LATIN_FONT)
        rfonts.set(qn("w:hAnsi"), LATIN_FONT)
        rfonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    # Latin text (headings, the teacher's notes) is spell-checked in the document language
    for lang_el in document.styles.element.iter(qn("w:lang")):
        lang_el.set(qn("w:val"), LOCALES.get(lang, "en-US"))
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        try:
            style = document.styles[name]
        except KeyError:
            continue
        _fonts(style.element)
    document.styles["Normal"].font.size = Pt(10.5)


def _run(paragraph, text: str, *, size: float | None = None, bold: bool = False,
         color: RGBColor | None = None):
    run = paragraph.add_run(BAD_XML.sub("", text))
    _fonts(run._r)
    if size:
        run.font.size = Pt(size)
    run.bold = bold or None
    if color is not None:
        run.font.color.rgb = color
    return run


def _heading(document, text: str) -> None:
    p = document.add_heading(level=2)
    _run(p, text)


def _table(document, header: list[str], rows: list[list[str]], widths_mm: list[float],
           big_col: int | None = None) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for column, w in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(w)  # the grid widths: what LibreOffice and Word lay out by
    for cell, text, w in zip(table.rows[0].cells, header, widths_mm, strict=True):
        cell.width = Mm(w)
        _run(cell.paragraphs[0], text, bold=True, size=9.5)
    for row in rows:
        cells = table.add_row().cells
        for i, (cell, text, w) in enumerate(zip(cells, row, widths_mm, strict=True)):
            cell.width = Mm(w)
            _run(cell.paragraphs[0], text, size=14 if i == big_col else 10)
    hold_together(table)


def _text(document, text: PlanText) -> None:
    """A lesson text: with its pinyin as phonetic guides when the plan annotated it
    (built with readers, as the PDF is), else the plain paragraphs."""
    if text.reader is None:
        for para in text.text.splitlines():
            if para.strip():
                _run(document.add_paragraph(), para.strip(), size=14)
        return
    o = text.reader.options
    runs = RubyRuns(o, text.reader.traditional)
    sect = document.element.body.sectPr  # paragraphs go before the section properties
    for tokens in text.reader.paragraphs:
        sect.addprevious(parse_xml(text_paragraph_xml(tokens, runs, o)))


def build_lesson_plan_docx(plan: LessonPlan, timestamp: dt.datetime | None = None,
                           cancel: CancelToken | None = None):
    """The plan as a python-docx ``Document`` (not saved)."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))
    _defaults(document, plan.lang)
    h = plan.header
    say = plan.label  # the plan's words in its document language
    when = timestamp or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    props = document.core_properties
    props.title = BAD_XML.sub("", h.title)
    props.language = plan.lang.replace("_", "-")
    props.author = APP_NAME
    props.created = props.modified = when.replace(tzinfo=None)
    props.last_modified_by = APP_NAME
    props.revision = 1

    title = document.add_heading(level=1)
    _run(title, h.title)
    sub = document.add_paragraph()
    course = h.course + (f" - {h.learners}" if h.learners else "")
    if h.unit:
        course += f" - {h.unit}"
    _run(sub, course, color=GREY)
    facts = document.add_paragraph()
    for name, value in ((say("plan.fact.date"), h.date_text or "-"),
                        (say("plan.fact.duration"), h.duration_text),
                        (say("plan.fact.level"), h.level_text),
                        (say("plan.fact.status"), h.status_text)):
        _run(facts, f"{name} ", color=GREY)
        _run(facts, f"{value}    ")

    if plan.objectives:
        _heading(document, say("plan.heading.objectives"))
        for obj in plan.objectives:
            _run(document.add_paragraph(style="List Bullet"), obj)
    check(cancel)
    _heading(document, say("plan.heading.activities"))
    if plan.activities:
        _table(document, [say(f"plan.column.{c}") for c in ("time", "stage", "activity",
                                                          "materials", "minutes")],
               [[a.timing, a.stage_label, a.description, a.materials, str(a.minutes)]
                for a in plan.activities], [18, 30, 76, 38, 12])
    else:
        _run(document.add_paragraph(), say("plan.no_activities"), color=GREY)
    total = document.add_paragraph()
    _run(total, plan.timing_text, bold=True, color=None if plan.timing_ok else WARN)
    for w in plan.warnings:
        _run(document.add_paragraph(), w, size=9, color=WARN)

    _heading(document, say("plan.heading.vocabulary"))
    if plan.vocab:
        _table(document, [say("column.number"), say("plan.column.hanzi"), say("column.pinyin"),
                          say("column.meaning"), say("column.level")],
               [[str(i + 1), v.word, v.pinyin, v.meaning, plan.vocab_level(v)]
                for i, v in enumerate(plan.vocab)], [10, 28, 30, 78, 28], big_col=1)
        _run(document.add_paragraph(), plan.levels_note, size=9, color=GREY)
    else:
        _run(document.add_paragraph(), say("plan.no_vocabulary"), color=GREY)
    if plan.grammar:
        _heading(document, say("plan.heading.grammar"))
        for point, note in plan.grammar:
            p = document.add_paragraph(style="List Bullet")
            _run(p, point)
            if note:
                _run(p, f"  {note}", size=9, color=GREY)
    for text in plan.texts:
        check(cancel)
        _heading(document, text.heading)
        if text.coverage_text:
            _run(document.add_paragraph(), text.coverage_text, size=9, color=GREY)
        _text(document, text)
    if plan.homework:
        _heading(document, say("plan.heading.homework"))
        _run(document.add_paragraph(), plan.homework)
    if plan.notes:
        _heading(document, say("plan.heading.notes"))
        _run(document.add_paragraph(), plan.notes)
    return document


def export_lesson_plan_docx(
    plan: LessonPlan, path: str | Path, overwrite: bool = False, *,
    timestamp: dt.datetime | None = None,
    progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
) -> None:
    """Write the plan as a DOCX at ``path`` (temporary file renamed into place)."""
    document = build_lesson_plan_docx(plan, timestamp, cancel)
    report(progress, 1, 2, label("progress.writing_document"))
    save_docx(document, path, overwrite)
    report(progress, 2, 2, label("progress.writing_document"))
