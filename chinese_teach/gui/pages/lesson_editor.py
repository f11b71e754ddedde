"""The lesson editor (shown beside the course tree on the Library page).

Every field of a lesson; edits are saved automatically a moment after the teacher
stops typing, and each save is one step on the page's undo stack. The lesson's
texts are written inline and open in the Reader studio; the vocabulary panel shows
the proposed new words, coverage and the later lessons a change affects (computed
off the UI thread); lesson plan, worksheet and deck exports run in the background
with progress, and the worksheet can be previewed page by page before printing
(:mod:`chinese_teach.gui.dialogs.worksheet_preview`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.library.models import GrammarPoint, Lesson, ReaderDoc, Status
from chinese_teach.core.library.templates import template_activities, template_names
from chinese_teach.gui.i18n import core_text, current_language
from chinese_teach.gui.operations import perform, push, run_op
from chinese_teach.gui.widgets.lesson_activities import LessonActivitiesTable
from chinese_teach.gui.widgets.lesson_vocab import LessonVocabPanel
from chinese_teach.ops import lesson as lesson_ops
from chinese_teach.ops import library as library_ops
from chinese_teach.ops.lesson import LessonAnalysis, TextCoverage

if TYPE_CHECKING:
    from chinese_teach.core.library.store import Library
    from chinese_teach.gui.context import AppContext

AUTOSAVE_MS = 700
WORKSHEET_KINDS = ("writing", "tones", "cloze", "matching", "order")


def lesson_content(lesson: Lesson) -> tuple:
    """What the teacher edits in a lesson (timestamps and place left out)."""
    return (lesson.title, lesson.unit_id, lesson.date, lesson.duration,
            tuple(lesson.objectives), tuple((v.word, v.pinyin, v.meaning) for v in lesson.vocab),
            tuple((g.text, g.note) for g in lesson.grammar),
            tuple((a.stage, a.minutes, a.description, a.materials) for a in lesson.activities),
            lesson.homework, lesson.notes, lesson.status)


def _verdict(fraction: float) -> str:
    if fraction >= 0.98:
        return QCoreApplication.translate("LessonEditor", "comfortable, at least 98%")
    if fraction >= 0.95:
        return QCoreApplication.translate("LessonEditor", "readable with help, at least 95%")
    return QCoreApplication.translate("LessonEditor", "below the 95% comfort threshold")


def coverage_sentence(title: str, before: float, after: float) -> str:
    """``“Text”: 76.2% known before this lesson (...); 100.0% with its vocabulary (...)``,
    in the interface language (its decimal comma too: ``76,2``)."""
    locale = QLocale(current_language())
    return QCoreApplication.translate(
        "LessonEditor",
        "“{title}”: {before}% of the words known before this lesson ({verdict_before}); "
        "{after}% with this lesson's vocabulary ({verdict_after}).",
    ).format(
        title=title or QCoreApplication.translate("LessonEditor", "(untitled)"),
        before=locale.toString(before * 100, "f", 1), verdict_before=_verdict(before),
        after=locale.toString(after * 100, "f", 1), verdict_after=_verdict(after))


class LessonEditor(QWidget):
    """Edit one lesson; see the module docstring."""

    #: the analysis (proposals, coverage) arrived
    analysed = Signal(object)
    #: an export finished (Path)
    exported = Signal(object)

    def __init__(self, ctx: AppContext, library: Library, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.library = library
        self.undo_stack = undo_stack
        self.lesson: Lesson | None = None
        self._loading = False
        self.reader_id: str = ""
        self._waiting_for_engine = False
        #: the coverage of the texts shown (None: something else is shown)
        self._coverage: list[TextCoverage] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(AUTOSAVE_MS)
        self._text_timer.timeout.connect(self.save_text)

        self.heading = QLabel()
        self.heading.setObjectName("lesson_heading")
        self.status_label = QLabel()
        self.status_label.setObjectName("lesson_status")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._plan_tab(), self.tr("Plan"))
        self.tabs.addTab(self._texts_tab(), self.tr("Texts"))
        self.vocab_panel = LessonVocabPanel()
        self.vocab_panel.vocab_changed.connect(lambda _v: self._edited())
        self.vocab_panel.error.connect(self._show_status)
        self.tabs.addTab(self.vocab_panel, self.tr("Vocabulary"))
        self.tabs.addTab(self._exports_tab(), self.tr("Print and export"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        self.setEnabled(False)
        ctx.ops_changed.connect(self._ops_changed)

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)

    # -- building the form ---------------------------------------------------------------
    def _plan_tab(self) -> QWidget:
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("lesson_title")
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("lesson_unit")
        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("lesson_date")
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("lesson_duration")
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("lesson_state")
        for s in Status:
            self.status_combo.addItem(core_text(s.value.capitalize()), s.value)
        self.objectives_edit = QPlainTextEdit()
        self.objectives_edit.setObjectName("lesson_objectives")
        self.objectives_edit.setPlaceholderText(
            self.tr("One “can-do” statement per line, e.g. Can order food in a restaurant"))
        self.objectives_edit.setMaximumHeight(90)
        self.activities = LessonActivitiesTable()
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("lesson_template")
        for name, label in template_names():
            self.template_combo.addItem(core_text(label), name)
        self.template_button = QPushButton(self.tr("Use template"))
        self.template_button.setToolTip(self.tr("Replace the activities with the template's"))
        self.template_button.clicked.connect(self.apply_template)
        self.grammar_list = QListWidget()
        self.grammar_list.setObjectName("lesson_grammar")
        self.grammar_list.setMaximumHeight(90)
        self.grammar_combo = QComboBox()
        self.grammar_combo.setObjectName("grammar_pick")
        self.grammar_combo.setEditable(True)
        self.grammar_combo.lineEdit().setPlaceholderText(
            self.tr("Type a grammar point or pick one you used before"))
        add_grammar = QPushButton(self.tr("Add"))
        add_grammar.clicked.connect(self.add_grammar)
        self.grammar_combo.lineEdit().returnPressed.connect(self.add_grammar)
        remove_grammar = QPushButton(self.tr("Remove"))
        remove_grammar.clicked.connect(self.remove_grammar)
        self.homework_edit = QPlainTextEdit()
        self.homework_edit.setObjectName("lesson_homework")
        self.homework_edit.setMaximumHeight(70)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("lesson_notes")
        self.notes_edit.setMaximumHeight(70)

        for w in (self.title_edit, self.date_edit):
            w.textChanged.connect(self._edited)
        for w in (self.objectives_edit, self.homework_edit, self.notes_edit):
            w.textChanged.connect(self._edited)
        self.duration_spin.valueChanged.connect(self._duration_changed)
        self.status_combo.currentIndexChanged.connect(self._edited)
        self.unit_combo.currentIndexChanged.connect(self._edited)
        self.activities.changed.connect(self._edited)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        row = QHBoxLayout()
        row.addWidget(self.unit_combo, 1)
        row.addWidget(QLabel(self.tr("Date")))
        row.addWidget(self.date_edit)
        row.addWidget(QLabel(self.tr("Duration")))
        row.addWidget(self.duration_spin)
        row.addWidget(QLabel(self.tr("Status")))
        row.addWidget(self.status_combo)
        form.addRow(self.tr("Unit"), row)
        form.addRow(self.tr("Objectives"), self.objectives_edit)
        trow = QHBoxLayout()
        trow.addWidget(self.template_combo, 1)
        trow.addWidget(self.template_button)
        form.addRow(self.tr("Template"), trow)
        form.addRow(self.tr("Activities"), self.activities)
        grow = QHBoxLayout()
        grow.addWidget(self.grammar_combo, 1)
        grow.addWidget(add_grammar)
        grow.addWidget(remove_grammar)
        gbox = QVBoxLayout()
        gbox.addWidget(self.grammar_list)
        gbox.addLayout(grow)
        form.addRow(self.tr("Grammar"), gbox)
        form.addRow(self.tr("Homework"), self.homework_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _texts_tab(self) -> QWidget:
        self.text_list = QListWidget()
        self.text_list.setObjectName("lesson_texts")
        self.text_list.currentItemChanged.connect(self._text_selected)
        self.add_text_button = QPushButton(self.tr("Add text"))
        self.add_text_button.setObjectName("add_text")
        self.add_text_button.clicked.connect(lambda _checked=False: self.add_text())
        self.delete_text_button = QPushButton(self.tr("Delete text"))
        self.delete_text_button.clicked.connect(self.delete_text)
        self.studio_button = QPushButton(self.tr("Open in Reader studio"))
        self.studio_button.setObjectName("open_in_studio")
        self.studio_button.clicked.connect(self.open_in_studio)
        self.text_title = QLineEdit()
        self.text_title.setObjectName("text_title")
        self.text_title.setPlaceholderText(self.tr("Title of the text"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("text_body")
        self.text_edit.setPlaceholderText(self.tr("Type or paste the lesson's Chinese text"))
        self.text_title.textChanged.connect(self._text_edited)
        self.text_edit.textChanged.connect(self._text_edited)
        side = QVBoxLayout()
        side.addWidget(self.text_list, 1)
        side.addWidget(self.add_text_button)
        side.addWidget(self.delete_text_button)
        side.addWidget(self.studio_button)
        main = QVBoxLayout()
        main.addWidget(self.text_title)
        main.addWidget(self.text_edit, 1)
        box = QHBoxLayout()
        box.addLayout(side, 1)
        box.addLayout(main, 3)
        w = QWidget()
        w.setLayout(box)
        return w

    def _exports_tab(self) -> QWidget:
        self.plan_pdf_button = QPushButton(self.tr("Lesson plan (PDF)…"))
        self.plan_pdf_button.setObjectName("export_plan_pdf")
        self.plan_pdf_button.clicked.connect(lambda: self._ask_and_export("plan", ".pdf"))
        self.plan_docx_button = QPushButton(self.tr("Lesson plan (Word)…"))
        self.plan_docx_button.clicked.connect(lambda: self._ask_and_export("plan", ".docx"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("worksheet_kind")
        labels = {"writing": self.tr("Character writing (stroke order)"),
                  "tones": self.tr("Pinyin and tones"), "cloze": self.tr("Fill in the blanks"),
                  "matching": self.tr("Match words and meanings"),
                  "order": self.tr("Put words in order")}
        for k in WORKSHEET_KINDS:
            self.kind_combo.addItem(labels[k], k)
        self.grid_combo = QComboBox()
        self.grid_combo.setObjectName("worksheet_grid")
        self.grid_combo.addItem("田字格", "tian")
        self.grid_combo.addItem("米字格", "mi")
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("worksheet_seed")
        self.seed_spin.setRange(1, 999_999)
        self.seed_spin.setToolTip(self.tr("The same number gives the same worksheet"))
        self.worksheet_button = QPushButton(self.tr("Worksheet (PDF)…"))
        self.worksheet_button.setObjectName("export_worksheet")
        self.worksheet_button.clicked.connect(lambda: self._ask_and_export("worksheet", ".pdf"))
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.setObjectName("preview_worksheet")
        self.preview_button.setToolTip(self.tr("See the worksheet's pages and its answer key "
                                               "before printing"))
        self.preview_button.clicked.connect(lambda _checked=False: self.open_worksheet_preview())
        self.preview_dialog = None
        self.deck_button = QPushButton(self.tr("Anki deck of the new words…"))
        self.deck_button.setObjectName("export_deck")
        self.deck_button.clicked.connect(lambda: self._ask_and_export("deck", ".apkg"))
        self.export_label = QLabel()
        self.export_label.setObjectName("export_label")
        self.export_label.setWordWrap(True)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.plan_pdf_button)
        row.addWidget(self.plan_docx_button)
        row.addStretch(1)
        form.addRow(self.tr("Lesson plan"), row)
        wrow = QHBoxLayout()
        wrow.addWidget(self.kind_combo, 1)
        wrow.addWidget(QLabel(self.tr("Boxes")))
        wrow.addWidget(self.grid_combo)
        wrow.addWidget(QLabel(self.tr("Seed")))
        wrow.addWidget(self.seed_spin)
        wrow.addWidget(self.preview_button)
        wrow.addWidget(self.worksheet_button)
        form.addRow(self.tr("Worksheet"), wrow)
        form.addRow(self.tr("Deck"), self.deck_button)
        form.addRow(self.export_label)
        w = QWidget()
        w.setLayout(form)
        return w

    # -- loading -------------------------------------------------------------------------
    def load_lesson(self, lesson_id: str | None) -> None:
        """Show lesson ``lesson_id`` (saving the current one first); None clears."""
        self.flush()
        if not lesson_id:
            self.lesson = None
            self.setEnabled(False)
            self.heading.setText("")
            return
        lesson = self.library.lesson(lesson_id)
        self._show(lesson)
        self.reload_texts()
        self.refresh_analysis()

    def _show(self, lesson: Lesson) -> None:
        self._loading = True
        try:
            self.lesson = lesson
            course = self.library.course(lesson.course_id)
            self.heading.setText(self.tr("<b>{course}</b> — lesson {n}").format(
                course=course.name, n=lesson.position + 1))
            self.title_edit.setText(lesson.title)
            self.unit_combo.clear()
            self.unit_combo.addItem(self.tr("(no unit)"), None)
            for u in self.library.units(lesson.course_id):
                self.unit_combo.addItem(u.title, u.id)
            self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(lesson.unit_id)))
            self.date_edit.setText(lesson.date)
            self.duration_spin.setValue(lesson.duration)
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(
                lesson.status.value)))
            self.objectives_edit.setPlainText("\n".join(lesson.objectives))
            self.activities.set_activities(lesson.activities, lesson.duration)
            self.grammar_list.clear()
            for g in lesson.grammar:
                item = QListWidgetItem(g.text)
                item.setData(Qt.ItemDataRole.UserRole, g)
                self.grammar_list.addItem(item)
            self.grammar_combo.clear()
            self.grammar_combo.addItems([g.text for g in self.library.grammar_points()])
            self.grammar_combo.setCurrentText("")
            self.homework_edit.setPlainText(lesson.homework)
            self.notes_edit.setPlainText(lesson.notes)
            self.vocab_panel.set_vocab(lesson.vocab)
            self.setEnabled(True)
        finally:
            self._loading = False

    def form_lesson(self) -> Lesson:
        """The lesson as the form shows it."""
        assert self.lesson is not None
        grammar = [self.grammar_list.item(i).data(Qt.ItemDataRole.UserRole)
                   or GrammarPoint(self.grammar_list.item(i).text())
                   for i in range(self.grammar_list.count())]
        return replace(
            self.lesson,
            title=self.title_edit.text().strip() or self.lesson.title,
            unit_id=self.unit_combo.currentData(),
            date=self.date_edit.text().strip(),
            duration=self.duration_spin.value(),
            status=Status(self.status_combo.currentData()),
            objectives=[s.strip() for s in self.objectives_edit.toPlainText().splitlines()
                        if s.strip()],
            activities=self.activities.activities(),
            grammar=grammar,
            homework=self.homework_edit.toPlainText().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            vocab=self.vocab_panel.vocab(),
        )

    # -- saving --------------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if self._loading or self.lesson is None:
            return
        self._timer.start()

    def _duration_changed(self, minutes: int) -> None:
        self.activities.set_duration(minutes)
        self._edited()

    def flush(self) -> None:
        """Save pending edits now (before switching lessons, exporting, closing)."""
        if self._timer.isActive():
            self._timer.stop()
            self.save_now()
        if self._text_timer.isActive():
            self._text_timer.stop()
            self.save_text()

    def save_now(self) -> Lesson | None:
        """Save the form if it differs from the stored lesson; one undo step."""
        self._timer.stop()
        if self.lesson is None:
            return None
        new = self.form_lesson()
        if lesson_content(new) == lesson_content(self.lesson):
            return self.lesson
        vocab_changed = self.lesson.words != new.words
        result = perform(self.ctx, lambda lib: library_ops.save_lesson(lib, new),
                         initiator=self, library=self.library,
                         on_error=lambda exc: self.status_label.setText(str(exc)))
        if result is None:
            return None
        self.lesson = result.value
        self.status_label.setText(self.tr("Saved."))
        push(self.ctx, self.undo_stack, result,
             self.tr("Edit lesson “{title}”").format(title=result.value.title),
             parent_widget=self, library=self.library)
        if vocab_changed:
            self.refresh_analysis()
        return result.value

    def _ops_changed(self, changes, initiator, _focus) -> None:
        """Another view or an undo changed the open lesson (show it again) or its course
        (analyse again); the editor's own saves are already shown."""
        if initiator is self or self.lesson is None or changes.structure:
            return
        if self.lesson.id in changes.lessons:
            self._timer.stop()
            self._show(self.library.lesson(self.lesson.id))
            self.refresh_analysis()
        elif self.lesson.course_id in changes.courses:
            self.refresh_analysis()

    # -- template and grammar -----------------------------------------------------------
    def apply_template(self) -> None:
        acts = template_activities(self.template_combo.currentData(), self.duration_spin.value())
        self.activities.set_activities(acts, self.duration_spin.value())
        self._edited()

    def add_grammar(self) -> None:
        text = self.grammar_combo.currentText().strip()
        if not text:
            return
        have = {self.grammar_list.item(i).text() for i in range(self.grammar_list.count())}
        if text not in have:
            item = QListWidgetItem(text)
            known = next((g for g in self.library.grammar_points() if g.text == text), None)
            item.setData(Qt.ItemDataRole.UserRole, known or GrammarPoint(text))
            self.grammar_list.addItem(item)
            self._edited()
        self.grammar_combo.setCurrentText("")

    def remove_grammar(self) -> None:
        row = self.grammar_list.currentRow()
        if row >= 0:
            self.grammar_list.takeItem(row)
            self._edited()

    # -- texts ---------------------------------------------------------------------------
    def reload_texts(self) -> None:
        keep = self.reader_id
        self.text_list.blockSignals(True)
        self.text_list.clear()
        docs = self.library.readers(self.lesson.id) if self.lesson else []
        for doc in docs:
            item = QListWidgetItem(doc.title or self.tr("(untitled)"))
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            self.text_list.addItem(item)
        self.text_list.blockSignals(False)
        ids = [d.id for d in docs]
        self._select_text(keep if keep in ids else (ids[0] if ids else ""))

    def _select_text(self, reader_id: str) -> None:
        self.reader_id = reader_id
        for i in range(self.text_list.count()):
            if self.text_list.item(i).data(Qt.ItemDataRole.UserRole) == reader_id:
                self.text_list.blockSignals(True)
                self.text_list.setCurrentRow(i)
                self.text_list.blockSignals(False)
        self._loading = True
        try:
            doc = self.library.reader(reader_id) if reader_id else None
            self.text_title.setText(doc.title if doc else "")
            self.text_edit.setPlainText(doc.text if doc else "")
        finally:
            self._loading = False
        has = bool(reader_id)
        for w in (self.text_title, self.text_edit, self.studio_button, self.delete_text_button):
            w.setEnabled(has)

    def _text_selected(self, item: QListWidgetItem | None, _prev=None) -> None:
        self.flush()
        self._select_text(item.data(Qt.ItemDataRole.UserRole) if item else "")

    def add_text(self, title: str = "", text: str = "") -> ReaderDoc | None:
        """A new text of the lesson (shown for editing)."""
        if self.lesson is None:
            return None
        self.flush()
        name = title or self.tr("Text {n}").format(n=self.text_list.count() + 1)
        lesson_id = self.lesson.id
        result = perform(self.ctx, lambda lib: lesson_ops.add_text(lib, lesson_id, name, text),
                         initiator=self, parent=self, library=self.library)
        if result is None:
            return None
        self.reader_id = result.value.id
        self.reload_texts()
        self.text_edit.setFocus()
        if text:
            self.refresh_analysis()
        return result.value

    def delete_text(self) -> None:
        if not self.reader_id:
            return
        reader_id = self.reader_id
        perform(self.ctx, lambda lib: lesson_ops.delete_text(lib, reader_id), initiator=self,
                parent=self)
        self.reader_id = ""
        self.reload_texts()
        self.refresh_analysis()

    def _text_edited(self) -> None:
        if self._loading or not self.reader_id:
            return
        self._text_timer.start()

    def save_text(self) -> None:
        """Store the text being edited; the proposals follow it."""
        self._text_timer.stop()
        if not self.reader_id:
            return
        reader_id = self.reader_id
        title, text = self.text_title.text().strip(), self.text_edit.toPlainText()
        result = perform(self.ctx, lambda lib: lesson_ops.save_text(lib, reader_id, title, text),
                         initiator=self, library=self.library,
                         on_error=lambda exc: self.status_label.setText(str(exc)))
        if result is None or result.value is None:
            return
        item = self.text_list.currentItem()
        if item is not None:
            item.setText(title or self.tr("(untitled)"))
        self.refresh_analysis()

    def open_in_studio(self) -> bool:
        """Hand the selected text to the Reader studio page (through the main window)."""
        self.flush()
        if not self.reader_id:
            return False
        win = self.window()
        show_page = getattr(win, "show_page", None)
        page = show_page("readers") if show_page is not None else None
        if page is None or not hasattr(page, "load_reader"):
            self.status_label.setText(self.tr("The Reader studio is not available; edit the "
                                              "text here."))
            return False
        page.load_reader(self.reader_id)
        return True

    # -- analysis ------------------------------------------------------------------------
    def refresh_analysis(self) -> None:
        """Recompute proposals, levels, coverage and affected lessons in the background."""
        if self.lesson is None:
            return
        lesson_id = self.lesson.id
        path = self.library.path
        self.vocab_panel.set_affected(self.library.later_lessons(lesson_id))

        def start() -> None:
            engine, corpus = self.ctx.engine, self.ctx.corpus
            if engine is None or corpus is None or self.lesson is None:
                return
            self.ctx.tasks.run(
                lambda progress, cancel: lesson_ops.analyse_lesson(path, lesson_id, engine,
                                                                   corpus),
                label=self.tr("Finding the new words…"), on_success=self._analysed,
                show_progress=False, key=f"lesson-analysis-{id(self)}")

        if self.ctx.engine is not None and self.ctx.corpus is not None:
            start()
        elif not self._waiting_for_engine:
            # One deferred refresh for whatever lesson is open once the engine is there.
            self._waiting_for_engine = True
            self._coverage = None
            self.vocab_panel.set_coverage(self.tr("Loading the dictionary…"))
            self.ctx.when_engine_ready(self._engine_ready)

    def _show_coverage(self) -> None:
        if self._coverage is None:
            return
        self.vocab_panel.set_coverage(
            "\n".join(coverage_sentence(c.title, c.before, c.after) for c in self._coverage)
            or self.tr("The lesson has no text yet: add one on the Texts tab to get proposed "
                       "words."))

    def retranslate_ui(self) -> None:
        """After a switch of the interface language: the coverage sentences again (made of
        several translated parts, which the generic re-translation cannot swap)."""
        self._show_coverage()

    def _engine_ready(self) -> None:
        self._waiting_for_engine = False
        self.refresh_analysis()

    def _analysed(self, result: LessonAnalysis) -> None:
        if self.lesson is None or result.lesson_id != self.lesson.id:
            return
        self.vocab_panel.set_proposals(result.proposals)
        self.vocab_panel.set_levels(result.levels)
        self._coverage = result.coverage
        self._show_coverage()
        self.vocab_panel.set_affected(result.affected)
        self.analysed.emit(result)

    # -- exports -------------------------------------------------------------------------
    def _ask_and_export(self, what: str, suffix: str) -> None:
        if self.lesson is None:
            return
        filters = {".pdf": self.tr("PDF (*.pdf)"), ".docx": self.tr("Word document (*.docx)"),
                   ".apkg": self.tr("Anki deck (*.apkg)")}
        base = f"{self.lesson.position + 1:02d} {self.lesson.title}"
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
        self.flush()
        if self.lesson is None or self.ctx.engine is None or self.ctx.corpus is None:
            self.export_label.setText(self.tr("Wait until the dictionary has loaded."))
            return None
        lesson_id, lib_path = self.lesson.id, self.library.path
        engine, corpus = self.ctx.engine, self.ctx.corpus
        kind, grid, seed = (self.kind_combo.currentData(), self.grid_combo.currentData(),
                            self.seed_spin.value())

        def work(progress, cancel):
            with lesson_ops.worker_library(lib_path) as lib:
                if what == "plan":
                    return lesson_ops.export_lesson_plan(
                        lib, lesson_id, path, engine, corpus, progress=progress, cancel=cancel)
                if what == "worksheet":
                    return lesson_ops.export_worksheet(
                        lib, lesson_id, path, engine, corpus, kind=kind, seed=seed, grid=grid,
                        progress=progress, cancel=cancel)
                return lesson_ops.export_lesson_deck(lib, lesson_id, path, corpus,
                                                     progress=progress, cancel=cancel)

        labels = {"plan": self.tr("Writing the lesson plan…"),
                  "worksheet": self.tr("Writing the worksheet…"),
                  "deck": self.tr("Writing the Anki deck…")}
        self.export_label.setText(labels[what])
        return run_op(self.ctx, work, label=labels[what], on_success=self._exported,
                      on_failure=lambda exc: self.export_label.setText(str(exc)))

    def _exported(self, exported: lesson_ops.Exported) -> None:
        self.export_label.setText(self.tr("Wrote {path}").format(path=exported.path))
        self.exported.emit(exported.path)

    # -- worksheet preview ---------------------------------------------------------------
    def open_worksheet_preview(self, kind: str | None = None):
        """Show the worksheet's pages for the chosen options (``kind`` chooses another);
        returns the dialog."""
        self.flush()
        if self.lesson is None:
            return None
        from chinese_teach.gui.dialogs.worksheet_preview import WorksheetPreviewDialog

        if kind is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        if self.preview_dialog is not None:
            self.preview_dialog.deleteLater()
        dialog = WorksheetPreviewDialog(self)
        self.preview_dialog = dialog
        dialog.show()
        dialog.preview.setFocus()
        dialog.refresh()
        return dialog

    def screenshot_dialog(self, name: str):
        """The dialog ``chinese-teach gui --screenshot --dialog NAME`` shows (None: not ours)."""
        if name == "worksheet-preview" and self.lesson is not None:
            self.tabs.setCurrentIndex(self.tabs.count() - 1)
            return self.open_worksheet_preview("writing")
        return None
