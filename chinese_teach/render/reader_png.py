"""Render reader pages to PNG images (samples, thumbnails, quick checks)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from chinese_teach.core.atomicfile import atomic_write
from chinese_teach.core.documents.reader import ReaderDocument
from chinese_teach.core.errors import ExportError
from chinese_teach.render.output import render_page_image
from chinese_teach.render.pages import PagedDocument, paginate, paint_page


def page_image(paged: PagedDocument, index: int = 0, dpi: float = 96.0) -> QImage:
    """Page ``index`` (0-based) as a white QImage at ``dpi``."""
    return render_page_image(paged.setup, lambda painter, i: paint_page(painter, paged, i),
                             index, dpi)


def export_png(
    doc: ReaderDocument, path: str | Path, page: int = 0, dpi: float = 96.0,
    overwrite: bool = False,
) -> None:
    """Write page ``page`` (0-based) of ``doc`` as a PNG file."""
    paged = paginate(doc)
    if not 0 <= page < len(paged.pages):
        raise ExportError(key="error.png.no_page", count=len(paged.pages), page=page + 1)
    img = page_image(paged, page, dpi)
    with atomic_write(path, overwrite=overwrite) as tmp:
        if not img.save(str(tmp), "PNG"):
            raise ExportError(key="error.png.write", path=path)
