"""Write a reader as PDF with QPdfWriter, drawn by the same layout as the preview.

Fonts are embedded (subset TrueType) by Qt's PDF engine; ``pdffonts`` lists them
with ``emb yes``. The file is written to a temporary path and renamed into place.
The page loop is :func:`chinese_teach.render.output.paint_pages` (through ``write_pdf``),
shared with the sheets and with the Reader studio's printing.
"""

from __future__ import annotations

from pathlib import Path

from chinese_teach.core.atomicfile import atomic_write
from chinese_teach.core.documents.reader import ReaderDocument
from chinese_teach.core.progress import CancelToken, ProgressCallback
from chinese_teach.render.output import write_pdf
from chinese_teach.render.pages import PagedDocument, paginate, paint_page


def write_paged_pdf(
    paged: PagedDocument,
    path: str | Path,
    title: str = "",
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    shown_path: str | Path | None = None,
) -> None:
    """Paint ``paged`` into a PDF file at ``path`` (no atomic rename: see :func:`export_pdf`);
    ``shown_path`` is the file named in error messages (default ``path``)."""
    write_pdf(path, paged.setup, len(paged.pages), lambda painter, i: paint_page(painter, paged, i),
              title=title, progress=progress, cancel=cancel, shown_path=shown_path)


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
        write_paged_pdf(paged, tmp, doc.title, progress=progress, cancel=cancel,
                        shown_path=path)
    return len(paged.pages)
