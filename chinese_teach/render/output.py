"""Paint pages onto a PDF file, a printer or an image: the one page loop of every printed document.

Readers (:mod:`chinese_teach.render.pages`) and sheets (lesson plans, worksheets,
vocabulary lists: :mod:`chinese_teach.render.sheets`) hand over their page setup,
their page count and a function ``paint(painter, index)`` that draws page
``index`` (0-based) on a painter whose transform maps points to the device.
:func:`paint_pages` is the page loop for any paged device (a ``QPdfWriter`` for
PDF export, a ``QPrinter`` for the Reader studio's printing); :func:`write_pdf`
sets up the PDF file around it.

Fonts are embedded in the PDF (subset TrueType) by Qt's PDF engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from chinese_teach.appinfo import APP_NAME
from chinese_teach.core.errors import ExportError
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report
from chinese_teach.render.pages import PageSetup

PDF_DPI = 600

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")

#: ``paint(painter, index)`` draws page ``index``; the painter maps points to the device.
PaintPage = Callable[[QPainter, int], None]


def page_layout(setup: PageSetup) -> QPageLayout:
    """``setup``'s paper (A4 and Letter are recognised as such) with no margins, in
    full-page mode: page coordinates start at the paper's corner on every device,
    whatever margins a printer would otherwise keep."""
    size = QPageSize(QSizeF(setup.width, setup.height), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                         QPageLayout.Unit.Point)
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def paint_pages(
    device: QPagedPaintDevice,
    setup: PageSetup,
    pages: int | Iterable[int],
    paint: PaintPage,
    *,
    failure: str | ExportError,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    antialias: bool = False,
    label: str = "",
) -> int:
    """Paint pages of ``setup``'s size on ``device`` (a QPdfWriter or a QPrinter, set up
    otherwise by the caller); returns the number of pages painted.

    ``pages`` is a page count (all pages) or the 0-based indexes to paint, in order
    (a printer's page range). Raises :class:`ExportError` with ``failure`` when the
    device cannot be opened. ``antialias`` sets the painter's antialiasing hint.
    Checks ``cancel`` and reports ``progress`` (with ``label``, by default "Writing PDF
    pages" in the message language) per page.
    """
    indexes = list(range(pages)) if isinstance(pages, int) else list(pages)
    if not label:
        from chinese_teach.core.labels import label as text

        label = text("progress.writing_pdf")
    device.setPageLayout(page_layout(setup))
    painter = QPainter()
    if not painter.begin(device):
        raise failure if isinstance(failure, ExportError) else ExportError(failure)
    try:
        if antialias:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = device.logicalDpiX() / 72.0
        for done, index in enumerate(indexes):
            check(cancel)
            if done:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            paint(painter, index)
            painter.restore()
            report(progress, done + 1, len(indexes), label)
    finally:
        ended = painter.end()
    if not ended:
        raise failure if isinstance(failure, ExportError) else ExportError(failure)
    return len(indexes)


def write_pdf(
    path: str | Path,
    setup: PageSetup,
    page_count: int,
    paint: PaintPage,
    *,
    title: str = "",
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    antialias: bool = False,
    shown_path: str | Path | None = None,
) -> None:
    """Paint ``page_count`` pages of ``setup``'s size into a PDF file at ``path``.

    No atomic rename here: callers write to the temporary path of
    :func:`~chinese_teach.core.atomicfile.atomic_write` and pass the target as
    ``shown_path`` (the file named in error messages; default ``path``). The PDF's
    creator is the application and its title ``title``; the other arguments go to
    :func:`paint_pages`.
    """
    failure = ExportError(key="error.pdf.write", path=shown_path or path)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator(APP_NAME)
    writer.setTitle(title)
    paint_pages(writer, setup, page_count, paint, failure=failure,
                progress=progress, cancel=cancel, antialias=antialias)
    del writer  # closes the file: Qt's PDF engine reports no failed write, so check it
    verify_pdf_file(Path(path), shown_path or path)


def verify_pdf_file(path: Path, shown_path: str | Path | None = None) -> None:
    """Raise :class:`ExportError` unless ``path`` is a complete PDF as Qt writes it.

    Qt's PDF engine ignores failed writes (a full disk, a drive pulled out): the file
    then lacks its end, or has a hole that moves the cross-reference table. A complete
    file starts with ``%PDF-``, ends with ``%%EOF``, and its ``startxref`` offset points
    at the ``xref`` table.
    """
    shown = shown_path or path
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(5)
            handle.seek(max(0, size - 1024))
            tail = handle.read()
            match = _STARTXREF.search(tail)
            if head == b"%PDF-" and match:
                handle.seek(int(match.group(1)))
                table = handle.read(4)
            else:
                table = b""
    except (OSError, ValueError) as exc:
        raise ExportError(key="error.pdf.incomplete", path=shown) from exc
    if table != b"xref":
        raise ExportError(key="error.pdf.incomplete", path=shown)


def render_page_image(setup: PageSetup, paint: PaintPage, index: int = 0,
                      dpi: float = 96.0) -> QImage:
    """Page ``index`` painted by ``paint`` as a white, antialiased QImage at ``dpi``."""
    scale = dpi / 72.0
    img = QImage(round(setup.width * scale), round(setup.height * scale),
                 QImage.Format.Format_RGB32)
    dpm = round(dpi / 0.0254)
    img.setDotsPerMeterX(dpm)
    img.setDotsPerMeterY(dpm)
    img.fill(QColor("white"))
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    paint(painter, index)
    painter.end()
    return img
