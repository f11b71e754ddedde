"""Read a reader's text from the files teachers have: plain text or Word documents."""

from __future__ import annotations

import zipfile
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


def read_docx_text(path: Path) -> str:
    """The paragraphs of a .docx file, one per line (tables and images are skipped)."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    path = Path(path)
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
        document = Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError,
            etree.LxmlError, RecursionError, MemoryError) as exc:
        # broken XML, entity tricks (python-docx resolves no entities) or a broken zip
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
