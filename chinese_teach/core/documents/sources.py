"""Read a reader's text from the files teachers have: plain text or Word documents.

A Word document keeps what a teacher put in it: paragraphs and tables in their order (a
table row becomes one line, its cells set apart by an ideographic space), and its title
(a paragraph in the Title or Heading 1 style before any other text) is returned apart,
so that a reader can be named by it instead of by the file name.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from chinese_teach.core.errors import BadInputError
from chinese_teach.core.textio import MAX_TEXT_BYTES, read_text_file, require_regular_file

MAX_DOCX_BYTES = 50 * 1024 * 1024
#: Largest total size of a .docx's unpacked parts (text, styles, images).
MAX_DOCX_UNPACKED = 100 * 1024 * 1024


def _check_unpacked_size(path: Path) -> None:
    """Refuse a .docx whose parts unpack to more than :data:`MAX_DOCX_UNPACKED` bytes
    (a 1 MB file can hold a 300 MB ``document.xml``: minutes and gigabytes to parse)."""
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BadInputError(key="error.docx.unreadable", name=path.name) from exc
    if unpacked > MAX_DOCX_UNPACKED:
        raise BadInputError(key="error.docx.unpacks", name=path.name,
                            limit=MAX_DOCX_UNPACKED // 2**20)

#: paragraph styles that name the document when they come first
TITLE_STYLES = frozenset({"Title", "Heading 1"})
#: between the cells of a table row
CELL_SEPARATOR = "\u3000"


@dataclass(frozen=True, slots=True)
class SourceText:
    """A file's text and its own title (``""`` when the file has none)."""

    text: str
    title: str = ""


def _open_docx(path: Path):  # type: ignore[no-untyped-def]
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        require_regular_file(path)  # a pipe would block for ever, a device never ends
        size = path.stat().st_size
    except OSError as exc:
        raise BadInputError(key="error.file.cannot_open", name=path.name,
                            detail=exc.strerror or exc) from exc
    if size > MAX_DOCX_BYTES:
        raise BadInputError(key="error.file.larger_than", name=path.name,
                            limit=MAX_DOCX_BYTES // 2**20)
    _check_unpacked_size(path)
    try:
        return Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError,
            etree.LxmlError, RecursionError, MemoryError) as exc:
        # broken XML, entity tricks (python-docx resolves no entities) or a broken zip
        raise BadInputError(key="error.docx.unreadable", name=path.name) from exc


def _cell_text(cell) -> str:  # type: ignore[no-untyped-def]
    return " ".join(line.strip() for line in cell.text.splitlines() if line.strip())


def _row_line(row) -> str:  # type: ignore[no-untyped-def]
    """One table row as a line; a merged cell (repeated by python-docx) counts once."""
    cells: list[str] = []
    previous = None
    for cell in row.cells:
        if previous is not None and cell._tc is previous:
            continue
        previous = cell._tc
        text = _cell_text(cell)
        if text:
            cells.append(text)
    return CELL_SEPARATOR.join(cells)


def _style_name(paragraph) -> str:  # type: ignore[no-untyped-def]
    try:
        return paragraph.style.name if paragraph.style is not None else ""
    except (KeyError, ValueError):
        return ""


def read_docx(path: Path) -> SourceText:
    """The paragraphs and table rows of a .docx file in order, one per line, and its title."""
    from docx.table import Table

    path = Path(path)
    document = _open_docx(path)
    lines: list[str] = []
    title = ""
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_row_line(row) for row in block.rows)
            continue
        text = block.text
        if not title and not any(line.strip() for line in lines) and text.strip() and (
                _style_name(block) in TITLE_STYLES):
            title = text.strip()
            continue
        lines.append(text)
    text = "\n".join(lines)
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise BadInputError(key="error.docx.text_too_large", name=path.name,
                            limit=MAX_TEXT_BYTES // 2**20)
    return SourceText(text, title)


def read_docx_text(path: Path) -> str:
    """The whole text of a .docx file, one paragraph or table row per line (its title,
    if any, as the first line)."""
    source = read_docx(path)
    return f"{source.title}\n{source.text}" if source.title else source.text


def open_source(path: Path) -> SourceText:
    """Text and title from a .txt (any common encoding; no title) or .docx file."""
    path = Path(path)
    if path.suffix.lower() == ".docx":
        return read_docx(path)
    return SourceText(read_text_file(path))


def read_source(path: Path) -> str:
    """Text from a .txt (any common encoding) or .docx file (its title as the first line)."""
    path = Path(path)
    if path.suffix.lower() == ".docx":
        return read_docx_text(path)
    return read_text_file(path)
