"""Word tables that hold together over pages: the header row repeats on every page and
stays with the first row under it, and no row is split across a page break (a reader's
glossary printed its header alone at the foot of a page, and the next page went on
without one)."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def _row_property(row, tag: str) -> None:
    """Give ``row`` (a python-docx row) the empty property ``tag`` once: w:cantSplit
    first, w:tblHeader just after it (schema order for the rows made here, which have no
    grid, height or spacing properties)."""
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn(tag)) is not None:
        return
    element = OxmlElement(tag)
    if tag == "w:cantSplit" or tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert(0, element)
    else:
        tr_pr.find(qn("w:cantSplit")).addnext(element)


def hold_together(table, header_rows: int = 1) -> None:
    """Mark ``table``'s first ``header_rows`` rows as its header (repeated on every page,
    kept with the next row) and every row as unsplittable."""
    for i, row in enumerate(table.rows):
        _row_property(row, "w:cantSplit")
        if i < header_rows:
            _row_property(row, "w:tblHeader")
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
