"""Read a reader's text from the files teachers have: plain text or Word documents."""

from __future__ import annotations

import zipfile
from pathlib import Path

from chinese_teach.core.errors import BadInputError
from chinese_teach.core.textio import MAX_TEXT_BYTES, read_text_file

MAX_DOCX_BYTES = 50 * 1024 * 1024


def read_docx_text(path: Path) -> str:
    """The paragraphs of a .docx file, one per line (tables and images are skipped)."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadInputError(key="error.file.cannot_open", name=path.name,
                            detail=exc.strerror or exc) from exc
    if size > MAX_DOCX_BYTES:
        raise BadInputError(key="error.file.larger_than", name=path.name,
                            limit=MAX_DOCX_BYTES // 2**20)
    try:
        document = Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise BadInputError(key="error.docx.unreadable", name=path.name) from exc
    text = "\n".join(p.text for p in document.paragraphs)
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise BadInputError(key="error.docx.text_too_large", name=path.name,
                            limit=MAX_TEXT_BYTES // 2**20)
    return text


def read_source(path: Path) -> str:
    """Text from a .txt (any common encoding) or .docx file."""
    path = Path(path)
    if path.suffix.lower() == ".docx":
        return read_docx_text(path)
    return read_text_file(path)
