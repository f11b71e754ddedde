"""The lesson editor's Print and export tab: lesson plan (PDF, Word), worksheets (with a
page-by-page preview) and the Anki deck of the lesson's words, each written in the
background by an operation of :mod:`chinese_teach.ops.lesson`; and the way into the
classroom (:mod:`chinese_teach.gui.classroom.lesson_class`).

Its texts are in its own translation context (``LessonExports``, through ``self.tr``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from chinese_teach.gui.classroom.lesson_class import LessonClassButtons
from chinese_teach.gui.operations import run_op
from chinese_teach.gui.widgets.dictation_hints import fill_hint_choices
from chinese_teach.gui.widgets.export_bar import ExportBar
from chinese_teach.gui.widgets.flow_layout import flow_row, labelled
from chinese_teach.ops import lesson as lesson_ops

if TYPE_CHECKING:
    from chinese_teach.gui.pages.lesson_editor import LessonEditor

WORKSHEET_KINDS = ("writing", "tones", "cloze", "matching", "order", "dictation")
#: the controls the editor shows as its own (tests and the worksheet preview use them)
EXPORT_WIDGETS = ("plan_pdf_button", "plan_docx_button", "kind_combo", "grid_combo",
                  "hint_combo", "seed_spin", "paper_combo", "worksheet_button",
                  "worksheet_docx_button", "preview_button", "deck_button", "export_label",
                  "class_text_button", "drill_button")


class LessonExports(QWidget):
    """The export buttons and worksheet options of the lesson open in ``editor``."""

    def __init__(self, editor: LessonEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        # the shared export toolbar, one per output: the plan's PDF is the tab's primary
        self.plan_bar = ExportBar(
            {"pdf": lambda: self._ask_and_export("plan", ".pdf"),
             "docx": lambda: self._ask_and_export("plan", ".docx")}, primary="pdf",
            names={"pdf": "export_plan_pdf", "docx": "export_plan_docx"})
        self.plan_pdf_button = self.plan_bar.buttons["pdf"]
        self.plan_docx_button = self.plan_bar.buttons["docx"]
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("worksheet_kind")
        labels = {"writing": self.tr("Character writing (stroke order)"),
                  "tones": self.tr("Pinyin and tones"), "cloze": self.tr("Fill in the blanks"),
                  "matching": self.tr("Match words and meanings"),
                  "order": self.tr("Put words in order"),
                  "dictation": self.tr("Dictation (听写): sheet, script and key")}
        for k in WORKSHEET_KINDS:
            self.kind_combo.addItem(labels[k], k)
        self.grid_combo = QComboBox()
        self.grid_combo.setObjectName("worksheet_grid")
        self.grid_combo.addItem("田字格", "tian")
        self.grid_combo.addItem("米字格", "mi")
        self.hint_combo = QComboBox()
        self.hint_combo.setObjectName("worksheet_hint")
        self.hint_combo.setToolTip(self.tr("What a dictation sheet prints beside each word's "
                                           "boxes"))
        fill_hint_choices(self.hint_combo)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("worksheet_seed")
        self.seed_spin.setRange(1, 999_999)
        self.seed_spin.setToolTip(self.tr("The same number gives the same worksheet"))
        self.sheet_bar = ExportBar(
            {"preview": self.open_worksheet_preview,
             "pdf": lambda: self._ask_and_export("worksheet", ".pdf"),
             "docx": lambda: self._ask_and_export("worksheet", ".docx")}, primary=None,
            names={"preview": "preview_worksheet", "pdf": "export_worksheet",
                   "docx": "export_worksheet_docx"})
        self.worksheet_button = self.sheet_bar.buttons["pdf"]
        self.worksheet_docx_button = self.sheet_bar.buttons["docx"]  # a dictation's only
        self.worksheet_docx_button.setToolTip(self.tr("The dictation as a Word document, to "
                                                      "edit before printing"))
        self.preview_button = self.sheet_bar.buttons["preview"]
        self.preview_button.setToolTip(self.tr("See the worksheet's pages and its answer "
                                               "key before printing"))
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("worksheet_paper")
        self.paper_combo.setToolTip(self.tr("The paper the worksheet is printed on"))
        for paper in lesson_ops.PAPER_SIZES:
            self.paper_combo.addItem(paper, paper)
        self.preview_dialog = None
        self.deck_bar = ExportBar({"apkg": lambda: self._ask_and_export("deck", ".apkg")},
                                  primary=None, names={"apkg": "export_deck"})
        self.deck_button = self.deck_bar.buttons["apkg"]
        self.deck_button.setToolTip(self.tr("An Anki deck of the lesson's new words"))
        self.in_class = LessonClassButtons(editor)
        self.class_text_button = self.in_class.class_text_button
        self.drill_button = self.in_class.drill_button
        self.export_label = QLabel()
        self.export_label.setObjectName("export_label")
        self.export_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Lesson plan"), self.plan_bar)
        # the boxes as wide as their longest name: the flow below wraps them onto a row of
        # their own on a narrow editor instead of cutting the name
        for combo in (self.kind_combo, self.hint_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # options and buttons wrap onto more rows when the editor is narrow (a 1366 × 768
        # laptop at 150 %): a label stays beside its box, nothing scrolls sideways
        wrow = flow_row(self.kind_combo, labelled(self.tr("Boxes"), self.grid_combo),
                        self.hint_combo, labelled(self.tr("Seed"), self.seed_spin))
        brow = flow_row(labelled(self.tr("Paper"), self.paper_combo), self.sheet_bar)
        form.addRow(self.tr("Worksheet"), wrow)
        form.addRow("", brow)
        form.addRow(self.tr("Deck"), self.deck_bar)
        form.addRow(self.tr("In class"), self.in_class)
        form.addRow(self.export_label)
        self.setLayout(form)
        self._kind_changed()

    def _kind_changed(self, *_args) -> None:
        """Boxes are a writing sheet's option, the hint and the Word file a dictation's."""
        kind = self.kind_combo.currentData()
        self.grid_combo.setEnabled(kind == "writing")
        self.hint_combo.setEnabled(kind == "dictation")
        self.worksheet_docx_button.setEnabled(kind == "dictation")

    # -- exports -------------------------------------------------------------------------
    def _ask_and_export(self, what: str, suffix: str) -> None:
        if self.editor.lesson is None:
            return
        filters = {".pdf": self.tr("PDF (*.pdf)"), ".docx": self.tr("Word document (*.docx)"),
                   ".apkg": self.tr("Anki deck (*.apkg)")}
        base = f"{self.editor.lesson.position + 1:02d} {self.editor.lesson.title}"
        if what == "worksheet":
            base += f" - {self.kind_combo.currentData()}"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export"),
                                              str(Path.home() / (base + suffix)), filters[suffix])
        if name:
            from chinese_teach.gui.savefile import with_suffix_confirmed

            path = with_suffix_confirmed(self, name, suffix, append=True)
            if path is not None:
                self.export(what, path)

    def export(self, what: str, path: Path):
        """Write the lesson plan (.pdf/.docx), the worksheet chosen or the deck in the
        background (progress dialog, cancellable); returns the task."""
        self.editor.flush()
        ctx = self.editor.ctx
        if self.editor.lesson is None or ctx.engine is None or ctx.corpus is None:
            self.export_label.setText(self.tr("Wait until the dictionary has loaded."))
            return None
        lesson_id, lib_path = self.editor.lesson.id, self.editor.library.path
        engine, corpus = ctx.engine, ctx.corpus
        kind, grid, seed = (self.kind_combo.currentData(), self.grid_combo.currentData(),
                            self.seed_spin.value())
        hint, paper = self.hint_combo.currentData(), self.paper_combo.currentData()

        def work(progress, cancel):
            with lesson_ops.worker_library(lib_path) as lib:
                if what == "plan":
                    return lesson_ops.export_lesson_plan(
                        lib, lesson_id, path, engine, corpus, progress=progress, cancel=cancel)
                if what == "worksheet":
                    return lesson_ops.export_worksheet(
                        lib, lesson_id, path, engine, corpus, kind=kind, seed=seed, grid=grid,
                        hint=hint, paper=paper, progress=progress, cancel=cancel)
                return lesson_ops.export_lesson_deck(lib, lesson_id, path, corpus,
                                                     progress=progress, cancel=cancel)

        labels = {"plan": self.tr("Writing the lesson plan…"),
                  "worksheet": self.tr("Writing the worksheet…"),
                  "deck": self.tr("Writing the Anki deck…")}
        self.export_label.setText(labels[what])
        return run_op(ctx, work, label=labels[what], on_success=self._exported,
                      on_failure=lambda exc: self.export_label.setText(str(exc)))

    def _exported(self, exported: lesson_ops.Exported) -> None:
        self.export_label.setText(self.tr("Wrote {path}").format(path=exported.path))
        self.editor.exported.emit(exported.path)

    # -- worksheet preview ---------------------------------------------------------------
    def open_worksheet_preview(self, kind: str | None = None):
        """Show the worksheet's pages for the chosen options (``kind`` chooses another);
        returns the dialog."""
        self.editor.flush()
        if self.editor.lesson is None:
            return None
        from chinese_teach.gui.dialogs.worksheet_preview import WorksheetPreviewDialog

        if kind is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        if self.preview_dialog is not None:
            self.preview_dialog.deleteLater()
        dialog = WorksheetPreviewDialog(self.editor)
        self.preview_dialog = dialog
        dialog.show()
        dialog.preview.setFocus()
        dialog.refresh()
        return dialog

