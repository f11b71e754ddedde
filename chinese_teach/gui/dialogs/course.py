"""The course dialog: name, learners, standard, target and starting level of a course,
and the word list the class starts from (a file can be imported from here)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.errors import ChineseTeachError
from chinese_teach.core.library.models import Course
from chinese_teach.gui.tasks import show_error
from chinese_teach.ops.library import import_word_list


class CourseDialog(QDialog):
    """Name, learners, standard, target level and starting level of a course."""

    def __init__(self, course: Course | None = None, parent: QWidget | None = None,
                 library=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Course"))
        course = course or Course(name="", start_level=1)
        self.course = course
        self.library = library
        self.list_combo = QComboBox()
        self.list_combo.setObjectName("start_list")
        self.import_button = QPushButton(self.tr("Import a word list…"))
        self.import_button.clicked.connect(self._ask_import)
        self.import_button.setEnabled(library is not None)
        self._fill_lists(course.start_list_id)
        self.name_edit = QLineEdit(course.name)
        self.learners_edit = QLineEdit(course.learners)
        self.standard_combo = QComboBox()
        for std in Standard:
            self.standard_combo.addItem(std.display_name(), std.value)
        self.standard_combo.setCurrentIndex(max(0, self.standard_combo.findData(
            Standard.parse(course.standard).value)))
        self.target_spin = QSpinBox()
        self.start_spin = QSpinBox()
        self.standard_combo.currentIndexChanged.connect(self._ranges)
        self._ranges()
        self.target_spin.setValue(course.target_level)
        self.start_spin.setValue(course.start_level)
        self.start_spin.setSpecialValueText(self.tr("none (a beginners' class)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Class / learners"), self.learners_edit)
        form.addRow(self.tr("Standard"), self.standard_combo)
        form.addRow(self.tr("Target level"), self.target_spin)
        form.addRow(self.tr("Class already knows up to level"), self.start_spin)
        lrow = QHBoxLayout()
        lrow.addWidget(self.list_combo, 1)
        lrow.addWidget(self.import_button)
        form.addRow(self.tr("and the words of"), lrow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _fill_lists(self, selected: str | None) -> None:
        self.list_combo.clear()
        self.list_combo.addItem(self.tr("(no word list)"), None)
        if self.library is not None:
            for wl in self.library.word_lists():
                self.list_combo.addItem(wl.name, wl.id)
        self.list_combo.setCurrentIndex(max(0, self.list_combo.findData(selected)))

    def _ask_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a word list"), "",
            self.tr("Word lists (*.txt *.csv *.tsv);;All files (*)"))
        if name:
            self.import_list(name)

    def import_list(self, path) -> None:
        """Import a word-list file into the library and choose it as the starting list."""
        try:
            wl = import_word_list(self.library, path).value
        except ChineseTeachError as exc:
            show_error(self, exc)
            return
        self._fill_lists(wl.id)

    def _ranges(self) -> None:
        std = Standard(self.standard_combo.currentData())
        top = max(std.levels)
        self.target_spin.setRange(1, top)
        self.start_spin.setRange(0, top)

    def result_course(self) -> Course:
        return replace(self.course, name=self.name_edit.text().strip() or self.tr("New course"),
                       learners=self.learners_edit.text().strip(),
                       standard=self.standard_combo.currentData(),
                       target_level=self.target_spin.value(),
                       start_level=self.start_spin.value(),
                       start_list_id=self.list_combo.currentData())
