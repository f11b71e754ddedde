"""A dictation (听写) as a Word document, for the teacher who edits a sheet before printing
it: the student sheet (a numbered line per item, one 田字格 box per character to write,
the hint beside it), then the teacher's script and the answer key, each from a new page
— the same pages as the PDF, on A4 or Letter paper.

A 田字格 box is two table columns by two rows: solid lines round each character's box,
dashed ones through its middle, so the grid stays a grid in Word and LibreOffice and
the teacher can still add or remove a box.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from chinese_teach.core.documents.worksheet import DictationItem, Worksheet
from chinese_teach.core.export.lessonplan_docx import GREY, _defaults, _run
from chinese_teach.core.export.reader_docx import save_docx
from chinese_teach.core.labels import label
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report

#: paper sizes in millimetres, and the margins of a worksheet
PAPER_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
MARGIN_MM = 15.0
#: a character's box, and the widest row of boxes before the next row
BOX_MM = 15.0
NUMBER_MM = 10.0
GUIDE = "B0B0B0"


def _border(cell, side: str, style: str, color: str = "000000", size: int = 8) -> None:
    """Set one border of a table cell (``style``: single, dashed)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = tc_pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tc_pr.append(borders)
    el = borders.find(qn(f"w:{side}"))
    if el is None:
        el = OxmlElement(f"w:{side}")
        borders.append(el)
    el.set(qn("w:val"), style)
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:color"), color)


def _boxes(document, count: int, per_row: int) -> None:
    """``count`` 田字格 boxes, ``per_row`` to a row of boxes."""
    half = BOX_MM / 2
    for start in range(0, count, per_row):
        n = min(per_row, count - start)
        table = document.add_table(rows=2, cols=2 * n)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        for column in table.columns:
            column.width = Mm(half)
        for r, row in enumerate(table.rows):
            row.height = Mm(half)
            row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
            for c, cell in enumerate(row.cells):
                cell.width = Mm(half)
                outer_left, outer_top = c % 2 == 0, r == 0
                _border(cell, "left", "single" if outer_left else "dashed",
                        "000000" if outer_left else GUIDE)
                _border(cell, "right", "dashed" if outer_left else "single",
                        GUIDE if outer_left else "000000")
                _border(cell, "top", "single" if outer_top else "dashed",
                        "000000" if outer_top else GUIDE)
                _border(cell, "bottom", "dashed" if outer_top else "single",
                        GUIDE if outer_top else "000000")


def _item(document, n: int, item: DictationItem, per_row: int) -> None:
    p = document.add_paragraph()
    p.paragraph_format.space_before = Mm(4)
    p.paragraph_format.keep_with_next = True
    _run(p, f"{n}.", size=13)
    if item.hint:
        _run(p, f"   {item.hint}", size=12, color=GREY)
    _boxes(document, item.boxes, per_row)


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build_dictation_docx(ws: Worksheet, paper: str = "A4", cancel: CancelToken | None = None):
    """The dictation ``ws`` as a python-docx ``Document`` (not saved) on ``paper``."""
    document = Document()
    _defaults(document, ws.lang)
    section = document.sections[0]
    width, height = PAPER_MM.get(paper, PAPER_MM["A4"])
    section.page_width, section.page_height = Mm(width), Mm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    _run(section.footer.paragraphs[0], ws.footer, size=8, color=GREY)
    per_row = max(1, int((width - 2 * MARGIN_MM) // BOX_MM))

    _run(document.add_paragraph(), ws.title, size=18, bold=True)
    _run(document.add_paragraph(), ws.subtitle, size=10, color=GREY)
    _run(document.add_paragraph(), f"{label('worksheet.name', ws.lang)} ____________________"
         f"      {label('worksheet.date', ws.lang)} __________", size=10)
    for sheet in ws.sections:
        _run(document.add_paragraph(), sheet.heading, size=13, bold=True)
        if sheet.instructions:
            _run(document.add_paragraph(), sheet.instructions, size=10, color=GREY)
        for i, item in enumerate(sheet.dictation):
            check(cancel)
            _item(document, i + 1, item, per_row)
    _page_break(document)
    _run(document.add_paragraph(), label("worksheet.dictation.script", ws.lang,
                                         title=ws.title), size=16, bold=True)
    _run(document.add_paragraph(), ws.subtitle, size=10, color=GREY)
    _run(document.add_paragraph(), label("worksheet.dictation.script_note", ws.lang), size=10,
         color=GREY)
    for sheet in ws.sections:
        for line in sheet.script():
            _run(document.add_paragraph(), line, size=15)
    _page_break(document)
    _run(document.add_paragraph(), label("worksheet.answer_key", ws.lang, title=ws.title),
         size=16, bold=True)
    _run(document.add_paragraph(), ws.subtitle, size=10, color=GREY)
    for heading, lines in ws.answer_key():
        _run(document.add_paragraph(), heading, size=12, bold=True)
        for line in lines:
            _run(document.add_paragraph(), line, size=12)
    return document


def export_dictation_docx(ws: Worksheet, path: str | Path, overwrite: bool = False, *,
                          paper: str = "A4", progress: ProgressCallback | None = None,
                          cancel: CancelToken | None = None) -> None:
    """Write the dictation ``ws`` as a DOCX at ``path`` (temporary file renamed into
    place)."""
    document = build_dictation_docx(ws, paper, cancel)
    report(progress, 1, 2, label("progress.writing_document"))
    save_docx(document, path, overwrite)
    report(progress, 2, 2, label("progress.writing_document"))
