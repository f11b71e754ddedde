"""Paint pages into a PDF file or an image: the one page loop of every printed document.

Readers (:mod:`chinese_teach.render.pages`) and sheets (lesson plans, worksheets,
vocabulary lists: :mod:`chinese_teach.render.sheets`) hand over their page setup,
their page count and a function ``paint(painter, index)`` that draws page
``index`` (0-based) on a painter whose transform maps points to the device.

Fonts are embedded in the PDF (subset TrueType) by Qt's PDF engine.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from chinese_teach.appinfo import APP_NAME
from chinese_teach.core.errors import ExportError
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report
from chinese_teach.render.pages import PageSetup

PDF_DPI = 600

#: ``paint(painter, index)`` draws page ``index``; the painter maps points to the device.
PaintPage = Callable[[QPainter, int], None]


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
    creator is the application and its title ``title``; ``antialias`` sets the
    painter's antialiasing hint. Checks ``cancel`` and reports ``progress`` per page.
    """
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator(APP_NAME)
    writer.setTitle(title)
    size = QPageSize(QSizeF(setup.width, setup.height), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"Cannot write the PDF file {shown_path or path}.")
    try:
        if antialias:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = writer.logicalDpiX() / 72.0
        for i in range(page_count):
            check(cancel)
            if i:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            paint(painter, i)
            painter.restore()
            report(progress, i + 1, page_count, "Writing PDF pages")
    finally:
        painter.end()


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
