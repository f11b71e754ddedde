"""See a lesson's worksheet before printing it (opened from the lesson editor).

The teacher picks the kind, the boxes and the seed and sees the pages, laid out off the
UI thread by the same code as the PDF export (:func:`layout_lesson_worksheet`) and
painted only when they come into view (:mod:`chinese_teach.gui.widgets.page_preview`,
shared with the Reader studio: page navigation and zoom). The answer key pages are
hidden until asked for; "New version" picks another seed for the kinds that shuffle
(the seed is printed in the footer, so a sheet can be made again). Print and Export PDF
write exactly the pages laid out for the preview; the export is the same file as the
lesson editor's Worksheet (PDF) button gives for the same options.
"""

from __future__ import annotations

import itertools
import logging
import random
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.errors import Cancelled, ChineseTeachError
from chinese_teach.gui.dialogs.screen_fit import resize_on_screen
from chinese_teach.gui.tasks import error_message, show_error
from chinese_teach.gui.widgets.export_bar import ExportBar
from chinese_teach.gui.widgets.flow_layout import flow_row, labelled
from chinese_teach.gui.widgets.page_preview import PageNavBar, PagePreview
from chinese_teach.render.output import paint_pages
from chinese_teach.render.sheets import SheetDocument, paint_sheet_page

if TYPE_CHECKING:
    from chinese_teach.gui.pages.lesson_editor import LessonEditor

log = logging.getLogger("chinese_teach.gui")

#: Options settle this long before the pages are laid out again (typing a seed).
REFRESH_DELAY_MS = 150
#: The kinds whose content depends on the seed; a writing sheet makes no random choice
#: (see ``core.documents.worksheet.build_worksheet``).
RANDOMISED_KINDS = frozenset({"tones", "cloze", "matching", "order", "dictation"})


def _editor_text(text: str) -> str:
    """A label the lesson editor already shows (and translators already translated)."""
    return QCoreApplication.translate("LessonEditor", text)


class WorksheetPreviewDialog(QDialog):
    """The pages of the lesson's worksheet, with options, answer key, print and export."""

    #: the pages of new options are shown (the SheetDocument)
    rendered = Signal(object)
    #: the worksheet could not be made (the message shown)
    failed = Signal(str)
    #: Export PDF wrote a file (Path)
    exported = Signal(object)

    def __init__(self, editor: LessonEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent or editor)
        self.setObjectName("worksheet_preview")
        self.editor = editor
        self.ctx = editor.ctx
        lesson = editor.lesson
        assert lesson is not None
        self.lesson_id = lesson.id
        self.base_name = f"{lesson.position + 1:02d} {lesson.title}"
        self.setWindowTitle(self.tr("Worksheet preview: {lesson}").format(lesson=lesson.title))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.doc: SheetDocument | None = None
        self._building = False
        self._task = None
        self._random = random.Random()

        # Options: the lesson editor's own, kept in step with it.
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("preview_worksheet_kind")
        self.grid_combo = QComboBox()
        self.grid_combo.setObjectName("preview_worksheet_grid")
        self.hint_combo = QComboBox()
        self.hint_combo.setObjectName("preview_worksheet_hint")
        self.hint_combo.setToolTip(editor.hint_combo.toolTip())
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("preview_worksheet_paper")
        self.paper_combo.setToolTip(editor.paper_combo.toolTip())
        for source, target in ((editor.kind_combo, self.kind_combo),
                               (editor.grid_combo, self.grid_combo),
                               (editor.hint_combo, self.hint_combo),
                               (editor.paper_combo, self.paper_combo)):
            for i in range(source.count()):
                target.addItem(source.itemText(i), source.itemData(i))
            target.setCurrentIndex(source.currentIndex())
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("preview_worksheet_seed")
        self.seed_spin.setRange(editor.seed_spin.minimum(), editor.seed_spin.maximum())
        self.seed_spin.setValue(editor.seed_spin.value())
        self.seed_spin.setToolTip(editor.seed_spin.toolTip())
        self.new_version_button = QPushButton(self.tr("New version"))
        self.new_version_button.setObjectName("preview_new_version")
        self.new_version_button.clicked.connect(self.new_version)
        self.key_check = QCheckBox(self.tr("Show the answer key"))
        self.key_check.setObjectName("preview_answer_key")
        self.key_check.setToolTip(self.tr("The answer key is printed on its own page(s) at "
                                          "the end of the worksheet"))
        self.key_check.toggled.connect(self._key_toggled)

        # each option beside its label, the options wrapped onto rows as the dialog's width
        # asks (one row was 1142 px: wider than a 1366 × 768 laptop's screen at 150 %)
        options = flow_row(*(labelled(text, widget) for text, widget in (
            (_editor_text("Worksheet"), self.kind_combo),
            (_editor_text("Boxes"), self.grid_combo),
            (self.tr("Hint"), self.hint_combo),
            (_editor_text("Seed"), self.seed_spin),
            (_editor_text("Paper"), self.paper_combo))),
            self.new_version_button, self.key_check)
        options.setObjectName("preview_options")

        self.preview = PagePreview()
        self.preview.setObjectName("worksheet_pages")
        self.preview.setAccessibleName(self.tr("Worksheet pages"))
        self.preview.canvas.setObjectName("worksheet_pages_canvas")
        self.nav = PageNavBar(self.preview)
        self.status = QLabel()
        self.status.setObjectName("worksheet_preview_status")
        self.status.setWordWrap(True)

        # the shared export toolbar: the PDF, and printing (the preview's main step)
        self.export_bar = ExportBar({"pdf": self.choose_export, "print": self.print_worksheet},
                                    primary="print",
                                    names={"pdf": "preview_export_pdf", "print": "preview_print"})
        self.print_button = self.export_bar.buttons["print"]
        self.export_button = self.export_bar.buttons["pdf"]
        self.export_button.setToolTip(self.tr("The whole worksheet with its answer key, as the "
                                              "lesson editor's Worksheet (PDF) button writes it"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_bar)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(options)
        layout.addWidget(self.nav)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        chain = [self.kind_combo, self.grid_combo, self.hint_combo, self.seed_spin,
                 self.paper_combo, self.new_version_button,
                 self.key_check, self.nav.previous_button, self.nav.page_spin,
                 self.nav.next_button, self.nav.zoom_out_button, self.nav.zoom_combo,
                 self.nav.zoom_in_button, self.preview, self.export_button, self.print_button,
                 self.close_button]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

        QShortcut(QKeySequence.StandardKey.Print, self, self.print_worksheet)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.preview.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.preview.zoom_out)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.preview.next_page)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, self.preview.previous_page)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.kind_combo.currentIndexChanged.connect(self._options_changed)
        self.grid_combo.currentIndexChanged.connect(self._options_changed)
        self.hint_combo.currentIndexChanged.connect(self._options_changed)
        self.seed_spin.valueChanged.connect(self._options_changed)
        self.paper_combo.currentIndexChanged.connect(self._options_changed)
        self.finished.connect(self._closed)

        self._update_controls()
        window = editor.window()
        resize_on_screen(self, max(640, min(1100, window.width() - 60)),
                         max(480, window.height() - 60))

    # -- options -----------------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_options(self, kind: str | None = None, grid: str | None = None,
                    seed: int | None = None) -> None:
        """Choose options as the teacher would (the pages follow)."""
        if kind is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        if grid is not None:
            self.grid_combo.setCurrentIndex(self.grid_combo.findData(grid))
        if seed is not None:
            self.seed_spin.setValue(seed)

    def new_version(self) -> None:
        """Another seed: the same kind of sheet with other choices and another order."""
        old = self.seed_spin.value()
        seed = old
        while seed == old:
            seed = self._random.randint(self.seed_spin.minimum(), self.seed_spin.maximum())
        self.seed_spin.setValue(seed)

    def _options_changed(self, *_args) -> None:
        # The lesson editor's export uses the options last seen here.
        ed = self.editor
        ed.kind_combo.setCurrentIndex(self.kind_combo.currentIndex())
        ed.grid_combo.setCurrentIndex(self.grid_combo.currentIndex())
        ed.hint_combo.setCurrentIndex(self.hint_combo.currentIndex())
        ed.seed_spin.setValue(self.seed_spin.value())
        ed.paper_combo.setCurrentIndex(self.paper_combo.currentIndex())
        self._update_controls()
        self._building = True
        self._timer.start()

    def _update_controls(self) -> None:
        randomised = self.kind() in RANDOMISED_KINDS
        self.new_version_button.setEnabled(randomised)
        self.new_version_button.setToolTip(
            self.tr("Another seed: other choices, another order") if randomised else
            self.tr("A character writing sheet is the same for every seed"))
        self.grid_combo.setEnabled(self.kind() == "writing")
        self.hint_combo.setEnabled(self.kind() == "dictation")
        has = self.doc is not None and not self._building
        self.print_button.setEnabled(has)
        self.export_button.setEnabled(has)

    # -- pages -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Lay out the worksheet for the current options in the background."""
        self._timer.stop()
        ctx = self.ctx
        if ctx.engine is None or ctx.corpus is None:
            self.status.setText(_editor_text("Wait until the dictionary has loaded."))
            ctx.when_engine_ready(self.refresh)
            return
        from chinese_teach.ops.lesson import layout_lesson_worksheet, worker_library

        self.editor.flush()
        lib_path, lesson_id = self.editor.library.path, self.lesson_id
        engine, corpus = ctx.engine, ctx.corpus
        kind, grid, seed = self.kind(), self.grid_combo.currentData(), self.seed_spin.value()
        hint, paper = self.hint_combo.currentData(), self.paper_combo.currentData()
        self._building = True
        self._update_controls()
        self.status.setText(self.tr("Laying out the pages…"))

        def work(progress, cancel):
            with worker_library(lib_path) as lib:
                return layout_lesson_worksheet(lib, lesson_id, kind, engine, corpus,
                                               seed=seed, grid=grid, hint=hint,
                                               paper=paper, cancel=cancel)

        self._task = ctx.tasks.run(work, label=self.tr("Laying out the pages…"),
                                   key=f"worksheet-preview-{id(self)}", show_progress=False,
                                   report_errors=False, on_success=self._built,
                                   on_failure=self._failed)

    def is_ready(self) -> bool:
        """The pages of the current options are shown (the first one painted)."""
        return (self.doc is not None and not self._building and not self._timer.isActive()
                and bool(self.preview.canvas.painted))

    def shown_count(self) -> int:
        """Pages in the preview: the exercises, and the answer key when it is shown."""
        doc = self.doc
        if doc is None:
            return 0
        if self.key_check.isChecked() or doc.key_start is None:
            return len(doc.pages)
        return doc.key_start

    def _built(self, doc: SheetDocument) -> None:
        if self._timer.isActive():  # options changed meanwhile: their pages come next
            return
        self.doc = doc
        self._building = False
        self._show_pages()
        self._update_controls()
        self.rendered.emit(doc)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        if not isinstance(exc, ChineseTeachError):
            log.error("worksheet preview failed", exc_info=exc)
        self.doc = None
        self._building = False
        self.preview.set_pages(None, 0)
        message = error_message(exc)
        self.status.setText(message)
        self._update_controls()
        self.failed.emit(message)

    def _show_pages(self, go_to: int | None = None) -> None:
        doc = self.doc
        if doc is None:
            return
        page = self.preview.current_page() if go_to is None else go_to
        self.preview.set_pages(doc.setup, self.shown_count(),
                               lambda painter, i: paint_sheet_page(painter, doc, i))
        self.preview.go_to_page(page)
        total, key = len(doc.pages), doc.key_start
        if key is None:
            text = self.tr("{pages} page(s)").format(pages=total)
        elif self.key_check.isChecked():
            text = self.tr("{pages} page(s); the answer key starts on page {key}").format(
                pages=total, key=key + 1)
        else:
            text = self.tr("{shown} page(s) of exercises; the answer key adds {more} "
                           "page(s)").format(shown=key, more=total - key)
        self.status.setText(text)

    def _key_toggled(self, shown: bool) -> None:
        if self.doc is None:
            return
        key = self.doc.key_start or 0
        self._show_pages(go_to=key if shown else min(self.preview.current_page(), key - 1))

    # -- print and export --------------------------------------------------------------
    def print_worksheet(self) -> None:
        """The print dialog; without the answer key shown, the range is the exercises."""
        if self.doc is None or self._building:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.doc.title)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, len(self.doc.pages))
        if not self.key_check.isChecked() and self.doc.key_start:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(1, self.doc.key_start)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the worksheet's pages (the printer's range, else all) through the PDF
        export's page loop; returns the number of pages printed."""
        doc = self.doc
        if doc is None:
            return 0
        total = len(doc.pages)
        first = max(1, printer.fromPage() or 1)
        last = min(total, printer.toPage() or total)
        try:
            return paint_pages(printer, doc.setup, range(first - 1, last),
                               lambda painter, i: paint_sheet_page(painter, doc, i),
                               failure=self.tr("The printer could not be started."),
                               antialias=True)
        except ChineseTeachError as exc:
            show_error(self, exc)
            return 0

    def choose_export(self) -> None:
        if self.doc is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, _editor_text("Export"),
            str(Path.home() / f"{self.base_name} - {self.kind()}.pdf"),
            _editor_text("PDF (*.pdf)"))
        if name:
            from chinese_teach.gui.savefile import with_suffix_confirmed

            path = with_suffix_confirmed(self, name, ".pdf", append=True)
            if path is not None:
                self.export(path)

    def export(self, path: Path):
        """Write the worksheet shown (every page, the answer key too) as a PDF in the
        background; returns the task."""
        doc = self.doc
        if doc is None:
            return None
        from chinese_teach.render.sheets import write_sheet_pdf

        def work(progress, cancel) -> Path:
            write_sheet_pdf(doc, path, True, progress, cancel)
            return path

        def done(out: Path) -> None:
            self.status.setText(_editor_text("Wrote {path}").format(path=out))
            self.exported.emit(out)

        return self.ctx.tasks.run(work, label=_editor_text("Writing the worksheet…"),
                                  on_success=done)

    def _closed(self, _result: int) -> None:
        self._timer.stop()
        if self._task is not None and not self._task.done:
            self._task.cancel()
