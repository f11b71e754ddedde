"""The Reader studio's exports (PDF, HTML, Word, written in the background by
:func:`chinese_teach.ops.reader.make_reader`) and printing (the preview's page layout
through QPrintDialog).

A mixin of :class:`~chinese_teach.gui.pages.readers.ReadersPage`; its texts keep the
page's translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from chinese_teach.core.errors import ChineseTeachError
from chinese_teach.gui.operations import run_op
from chinese_teach.gui.tasks import show_error
from chinese_teach.ops.exporters import Exported
from chinese_teach.ops.reader import make_reader
from chinese_teach.render.output import paint_pages
from chinese_teach.render.pages import paint_page

if TYPE_CHECKING:
    from chinese_teach.gui.pages.readers import ReadersPage

EXPORTS = {
    "pdf": ("PDF", "PDF (*.pdf)"),
    "html": ("HTML", "Web page (*.html)"),
    "docx": ("Word", "Word document (*.docx)"),
}


class ReaderExports:
    """Export and print the reader shown in the Reader studio."""

    def choose_export(self: ReadersPage, kind: str) -> None:
        label, filt = EXPORTS[kind]
        name = (self.title_edit.text().strip() or "reader") + f".{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ReadersPage", "Export {fmt}").format(fmt=label),
            name, QCoreApplication.translate("ReadersPage", filt))
        if path:
            from chinese_teach.gui.savefile import with_suffix_confirmed

            # "story" becomes "story.pdf": asks first if that file exists.
            out = with_suffix_confirmed(self, path, f".{kind}", append=True)
            if out is not None:
                self.export(kind, out)

    def export(self: ReadersPage, kind: str, path: Path) -> Any:
        """Write the current reader (rebuilt from the latest text) in the background."""
        if self.ctx.engine is None:
            return None
        text = self.editor.toPlainText()
        opts = self.current_options()
        title, subtitle = self.title_edit.text(), self.subtitle_edit.text()
        engine, dictionary, cache = self.ctx.engine, self.ctx.dictionary, self._annotations

        def work(progress, cancel):
            return make_reader(text, path, opts, engine, dictionary, title=title,
                               subtitle=subtitle, annotations=cache, progress=progress,
                               cancel=cancel)

        def done(exported: Exported) -> None:
            wrote = QCoreApplication.translate("ReadersPage", "Wrote {path}").format(
                path=exported.path)
            self.ctx.show_status(wrote)
            self.status.setText(wrote)

        label = QCoreApplication.translate("ReadersPage", "Exporting {fmt}").format(
            fmt=EXPORTS[kind][0])
        return run_op(self.ctx, work, label=label, on_success=done)

    def print_reader(self: ReadersPage) -> None:
        if self.paged is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self: ReadersPage, printer: QPrinter) -> int:
        """Paint the pages on ``printer`` with the preview's layout, through the PDF
        export's page loop; returns the number of pages printed."""
        if self.paged is None:
            return 0
        paged = self.paged
        total = len(paged.pages)
        first = max(1, printer.fromPage() or 1)
        last = min(total, printer.toPage() or total)
        try:
            return paint_pages(printer, paged.setup, range(first - 1, last),
                               lambda painter, i: paint_page(painter, paged, i),
                               failure=QCoreApplication.translate(
                                   "ReadersPage", "The printer could not be started."))
        except ChineseTeachError as exc:
            show_error(self, exc)
            return 0
