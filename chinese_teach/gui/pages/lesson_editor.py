"""The lesson editor (shown beside the course tree on the Library page).

Every field of a lesson; edits are saved automatically a moment after the teacher
stops typing (:func:`chinese_teach.ops.library.save_lesson`), each save one step on
the page's undo stack. The vocabulary panel shows the proposed new words, coverage
and the later lessons a change affects (computed off the UI thread). The Texts tab
(:mod:`~chinese_teach.gui.widgets.lesson_texts`) and the Print and export tab
(:mod:`~chinese_teach.gui.widgets.lesson_exports`) are widgets of their own.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.library.models import Lesson, ReaderDoc, Status
from chinese_teach.core.library.templates import template_activities
from chinese_teach.gui.operations import perform, push
from chinese_teach.gui.safetext import escape
from chinese_teach.gui.widgets.flow_layout import flow_row
from chinese_teach.gui.widgets.lesson_activities import LessonActivitiesTable
from chinese_teach.gui.widgets.lesson_exports import EXPORT_WIDGETS, LessonExports
from chinese_teach.gui.widgets.lesson_grammar import LessonGrammar
from chinese_teach.gui.widgets.lesson_texts import TEXT_WIDGETS, LessonTexts
from chinese_teach.gui.widgets.lesson_vocab import LessonVocabPanel, coverage_sentence
from chinese_teach.gui.widgets.template_combo import TemplateCombo
from chinese_teach.ops import lesson as lesson_ops
from chinese_teach.ops import library as library_ops
from chinese_teach.ops.lesson import LessonAnalysis, TextCoverage

if TYPE_CHECKING:
    from chinese_teach.core.library.store import Library
    from chinese_teach.gui.context import AppContext

AUTOSAVE_MS = 700


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
        self._waiting_for_engine = False
        #: the coverage of the texts shown (None: something else is shown)
        self._coverage: list[TextCoverage] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)

        self.heading = QLabel()
        self.heading.setObjectName("lesson_heading")
        # a long course name wraps rather than widen the editor past a narrow screen
        self.heading.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("lesson_status")
        self.status_label.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._plan_tab(), self.tr("Plan"))
        self.texts = LessonTexts(self, AUTOSAVE_MS)
        for name in TEXT_WIDGETS:  # the tab's controls, as the editor's (tests use them)
            setattr(self, name, getattr(self.texts, name))
        self.tabs.addTab(self.texts, self.tr("Texts"))
        self.vocab_panel = LessonVocabPanel()
        self.vocab_panel.vocab_changed.connect(lambda _v: self._edited())
        self.vocab_panel.error.connect(self._show_status)
        self.tabs.addTab(self.vocab_panel, self.tr("Vocabulary"))
        self.exports = LessonExports(self)
        for name in EXPORT_WIDGETS:  # the tab's controls, as the editor's (tests, preview)
            setattr(self, name, getattr(self.exports, name))
        self.tabs.addTab(self.exports, self.tr("Print and export"))
        self._use_teaching_font(ctx.prefs)
        ctx.preferences_changed.connect(self._use_teaching_font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        self.setEnabled(False)
        ctx.ops_changed.connect(self._ops_changed)

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)

    # -- building the form ---------------------------------------------------------------
    def _use_teaching_font(self, prefs) -> None:
        """Chinese in the texts, the vocabulary and the proposals: the teaching font."""
        from chinese_teach.gui import theme

        panel = self.vocab_panel
        theme.use_chinese_fonts(prefs, {
            "list": [self.text_list],
            "table": [panel.vocab_tree, panel.proposal_tree],
            "field": [panel.add_edit, self.text_title],
            "editor": [self.text_edit],
        })

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
            self.status_combo.addItem("", s.value)
        self._name_statuses()
        self.objectives_edit = QPlainTextEdit()
        self.objectives_edit.setObjectName("lesson_objectives")
        self.objectives_edit.setPlaceholderText(
            self.tr("One “can-do” statement per line, e.g. Can order food in a restaurant"))
        self.objectives_edit.setMaximumHeight(90)
        self.activities = LessonActivitiesTable()
        self.template_combo = TemplateCombo()
        self.template_combo.setObjectName("lesson_template")
        self.template_button = QPushButton(self.tr("Use template"))
        self.template_button.setObjectName("apply_template")
        self.template_button.setToolTip(self.tr("Replace the activities with the template's"))
        self.template_button.clicked.connect(self.apply_template)
        # the library's points (the editor's library changes when a backup is restored)
        self.grammar = LessonGrammar(self._library_grammar)
        self.grammar_list = self.grammar.grammar_list
        self.grammar_combo = self.grammar.grammar_combo
        self.grammar.changed.connect(self._edited)
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

        inner = QWidget()
        form = QFormLayout(inner)
        # a field too wide for its place beside the labels goes under its label, across
        # the tab: the activity table on a 1366 × 768 laptop at 150 % (beside the labels its
        # Activity column kept a few letters); on a wider editor every label stays beside
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Title"), self.title_edit)
        # the unit's name on a row of its own: long names show whole on a laptop
        form.addRow(self.tr("Unit"), self.unit_combo)
        # date, duration and status on rows of their own, the template's button wrapped
        # under it on a narrow editor (a 1366 × 768 laptop at 150 %): no sideways scroll
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Duration"), self.duration_spin)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Objectives"), self.objectives_edit)
        form.addRow(self.tr("Template"), flow_row(self.template_combo, self.template_button))
        form.addRow(self.tr("Activities"), self.activities)
        form.addRow(self.tr("Grammar"), self.grammar)
        form.addRow(self.tr("Homework"), self.homework_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

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
                course=escape(course.name), n=lesson.position + 1))
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
            self.grammar.set_points(lesson.grammar)
            self.homework_edit.setPlainText(lesson.homework)
            self.notes_edit.setPlainText(lesson.notes)
            self.vocab_panel.set_vocab(lesson.vocab)
            self.setEnabled(True)
        finally:
            self._loading = False

    def form_lesson(self) -> Lesson:
        """The lesson as the form shows it."""
        assert self.lesson is not None
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
            grammar=self.grammar.points(),
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
        self.texts.flush()

    def save_now(self) -> Lesson | None:
        """Save the form if it differs from the stored lesson; one undo step."""
        self._timer.stop()
        if self.lesson is None:
            return None
        new = self.form_lesson()
        if lesson_ops.lesson_content(new) == lesson_ops.lesson_content(self.lesson):
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

    def _library_grammar(self) -> list:
        return self.library.grammar_points()

    # -- template -----------------------------------------------------------------------
    def apply_template(self) -> None:
        acts = template_activities(self.template_combo.currentData(), self.duration_spin.value())
        self.activities.set_activities(acts, self.duration_spin.value())
        self._edited()

    # -- texts (the Texts tab) ------------------------------------------------------------
    @property
    def reader_id(self) -> str:
        """The id of the text open on the Texts tab ("" when none)."""
        return self.texts.reader_id

    def reload_texts(self) -> None:
        self.texts.reload_texts()

    def add_text(self, title: str = "", text: str = "") -> ReaderDoc | None:
        """A new text of the lesson (see :meth:`LessonTexts.add_text`)."""
        return self.texts.add_text(title, text)

    def save_text(self) -> None:
        self.texts.save_text()

    def open_in_studio(self) -> bool:
        """Hand the selected text to the Reader studio page."""
        return self.texts.open_in_studio()

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
        several translated parts, which the generic re-translation cannot swap) and the
        statuses (their capitalised catalogue names)."""
        self._show_coverage()
        self._name_statuses()

    def _name_statuses(self) -> None:
        for i in range(self.status_combo.count()):
            name = Status(self.status_combo.itemData(i)).display_name()
            self.status_combo.setItemText(i, name[:1].upper() + name[1:])

    def _engine_ready(self) -> None:
        self._waiting_for_engine = False
        self.refresh_analysis()

    def _analysed(self, result: LessonAnalysis) -> None:
        if self.lesson is None or result.lesson_id != self.lesson.id:
            return
        self.vocab_panel.set_proposals(result.proposals)
        self.vocab_panel.set_levels(result.levels)
        self.vocab_panel.set_meanings(result.meanings)
        self.vocab_panel.set_pinyins(result.pinyins)
        self._coverage = result.coverage
        self._show_coverage()
        self.vocab_panel.set_affected(result.affected)
        self.analysed.emit(result)

    # -- exports (the Print and export tab) ---------------------------------------------
    def export(self, what: str, path: Path):
        """Write the lesson plan, the worksheet chosen or the deck in the background;
        returns the task (see :meth:`LessonExports.export`)."""
        return self.exports.export(what, path)

    def open_worksheet_preview(self, kind: str | None = None):
        """Show the worksheet's pages (see :meth:`LessonExports.open_worksheet_preview`)."""
        return self.exports.open_worksheet_preview(kind)

    @property
    def preview_dialog(self):
        return self.exports.preview_dialog

    def screenshot_dialog(self, name: str):
        """The dialog ``chinese-teach gui --screenshot --dialog NAME`` shows (None: not ours)."""
        if name == "worksheet-preview" and self.lesson is not None:
            self.tabs.setCurrentIndex(self.tabs.count() - 1)
            return self.open_worksheet_preview("writing")
        return None
