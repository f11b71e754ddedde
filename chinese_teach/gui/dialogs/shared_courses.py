"""Library > Shared courses…: the school's shared course folder, read-only, with Import.

The folder comes from ``[library] shared`` in ``site.toml``. Each course file is
listed with its lessons and whether it is already in the teacher's library or the
shared file holds a newer version; Import goes through the window's ordinary course
import (which asks before importing a course that is already there as a copy).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.library.shared import SharedCourse, list_shared_courses
from chinese_teach.core.library.store import Library
from chinese_teach.gui.dialogs.screen_fit import resize_on_screen
from chinese_teach.gui.safetext import plain_label, tooltip


class SharedCoursesDialog(QDialog):
    """Lists the shared folder's courses; Import calls ``importer(path)``."""

    def __init__(self, folder: Path, library: Library | None,
                 importer: Callable[[Path], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shared_courses_dialog")
        self.setWindowTitle(self.tr("Shared courses"))
        self.folder, self.library, self.importer = Path(folder), library, importer
        self.courses: list[SharedCourse] = []
        self.note = plain_label(QLabel())
        self.note.setObjectName("shared_courses_note")
        self.note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shared_courses_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Course"), self.tr("Lessons"),
                                   self.tr("In your library")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("shared_courses_import")
        self.import_button.clicked.connect(lambda _checked=False: self.import_selected())
        self.buttons.rejected.connect(self.reject)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        resize_on_screen(self, 620, 380)
        self.reload()

    def _status_text(self, course: SharedCourse) -> str:
        return {"new": "", "in_library": self.tr("yes"),
                "newer": self.tr("newer version available")}[course.status]

    def reload(self) -> None:
        """Read the folder again and list its courses."""
        self.courses, problems = list_shared_courses(self.folder, self.library)
        self.tree.clear()
        for course in self.courses:
            item = QTreeWidgetItem([course.name, str(course.lessons), self._status_text(course)])
            item.setToolTip(0, tooltip(course.path))
            self.tree.addTopLevelItem(item)
        if self.courses:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        text = self.tr("Courses shared by your school in {folder}. They are read-only here: "
                       "import one to use and change it.").format(folder=self.folder)
        if not self.courses:
            text += " " + self.tr("There are no courses to show (the folder is empty or "
                                  "cannot be reached).")
        if problems:
            text += " " + self.tr("{n} file(s) could not be read.").format(n=len(problems))
        self.note.setText(text)
        self._update_button()

    def selected(self) -> SharedCourse | None:
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem())
        return self.courses[row] if 0 <= row < len(self.courses) else None

    def _update_button(self) -> None:
        self.import_button.setEnabled(self.selected() is not None and self.library is not None
                                      and not self.library.read_only)

    def import_selected(self) -> bool:
        """Import the selected course (through the window's course import)."""
        course = self.selected()
        if course is None:
            return False
        done = self.importer(course.path)
        if done:
            self.reload()
        return done
