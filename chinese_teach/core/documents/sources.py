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
        raise BadInputError(f"Cannot open {path.name}: {exc.strerror or exc}.") from exc
    if size > MAX_DOCX_BYTES:
        raise BadInputError(f"{path.name} is larger than 50 MB.")
    try:
        document = Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise BadInputError(f"{path.name} is not a Word (.docx) document we can read.") from exc
    text = "\n".join(p.text for p in document.paragraphs)
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise BadInputError(f"The text in {path.name} is larger than 5 MB; split it.")
    return text


def read_source(path: Path) -> str:
    """Text from a .txt (any common encoding) or .docx file."""
    path = Path(path)
    if path.suffix.lower() == ".docx":
        return read_docx_text(path)
    return read_text_file(path)
