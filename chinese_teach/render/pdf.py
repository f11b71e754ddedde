"""Write a reader as PDF with QPdfWriter, drawn by the same layout as the preview.

Fonts are embedded (subset TrueType) by Qt's PDF engine; ``pdffonts`` lists them
with ``emb yes``. The file is written to a temporary path and renamed into place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from chinese_teach.appinfo import APP_NAME
from chinese_teach.core.atomicfile import atomic_write
from chinese_teach.core.documents.reader import ReaderDocument
from chinese_teach.core.errors import ExportError
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report
from chinese_teach.render.pages import PagedDocument, paginate, paint_page

PDF_DPI = 600


def write_paged_pdf(
    paged: PagedDocument,
    path: str | Path,
    title: str = "",
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """Paint ``paged`` into a PDF file at ``path`` (no atomic rename: see :func:`export_pdf`)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator(APP_NAME)
    writer.setTitle(title)
    size = QPageSize(QSizeF(paged.setup.width, paged.setup.height), QPageSize.Unit.Point,
                     "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    writer.setPageLayout(
        QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                    QPageLayout.Unit.Point)
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"Cannot write the PDF file {path}.")
    try:
        scale = writer.logicalDpiX() / 72.0
        total = len(paged.pages)
        for i in range(total):
            check(cancel)
            if i:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            paint_page(painter, paged, i)
            painter.restore()
            report(progress, i + 1, total, "Writing PDF pages")
    finally:
        painter.end()


def export_pdf(
    doc: ReaderDocument,
    path: str | Path,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Write ``doc`` as a PDF at ``path``; returns the number of pages. Needs a
    QGuiApplication. Refuses to replace an existing file unless ``overwrite``."""
    paged = paginate(doc, cancel=cancel)
    with atomic_write(path, overwrite=overwrite) as tmp:
        write_paged_pdf(paged, tmp, doc.title, progress=progress, cancel=cancel)
    return len(paged.pages)
