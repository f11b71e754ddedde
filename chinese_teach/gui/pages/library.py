"""The Library page: courses as a tree (units, lessons) beside the lesson editor.

Drag a lesson to reorder the course (or to move it into another unit); search
filters the tree by course, unit or lesson title and by vocabulary word; New,
Duplicate and Delete work on the selection, and every change (deletions
included) can be undone and redone (Ctrl+Z / Ctrl+Shift+Z or the toolbar).
Reordering tells the teacher which later lessons' known words changed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.library.models import Course, Lesson, LessonRef, Unit
from chinese_teach.core.siteconfig import load_site_config
from chinese_teach.gui import theme
from chinese_teach.gui.dialogs.course import CourseDialog
from chinese_teach.gui.operations import perform, push
from chinese_teach.gui.pages import Page, PageSpec
from chinese_teach.gui.pages.lesson_editor import LessonEditor
from chinese_teach.gui.widgets.course_tree import (
    ID_ROLE,
    KIND_ROLE,
    CourseTree,
    expand_to,
    set_lesson_words,
)
from chinese_teach.gui.widgets.template_combo import TemplateCombo
from chinese_teach.ops import library as ops

__all__ = ["ID_ROLE", "KIND_ROLE", "CourseDialog", "LibraryPage"]


class LibraryPage(Page):
    """Courses, units and lessons; the lesson editor on the right."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.library = None
        self.undo_stack = QUndoStack(self)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("library_search")
        self.search_edit.setPlaceholderText(self.tr("Search courses, lessons and words"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.apply_filter)
        self.tree = CourseTree()
        self.tree.setObjectName("course_tree")
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.lesson_dropped.connect(self._dropped)
        self.tree.unit_renamed.connect(self.rename_unit)
        self.template_combo = TemplateCombo(compact=True)
        self.template_combo.setObjectName("new_lesson_template")
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("new_course", self.tr("New course"), self.new_course),
            ("edit_course", self.tr("Course settings"), self.edit_course),
            ("new_unit", self.tr("New unit"), self.new_unit),
            ("new_lesson", self.tr("New lesson"), self.new_lesson),
            ("duplicate", self.tr("Duplicate"), self.duplicate_selected),
            ("delete", self.tr("Delete"), self.delete_selected),
            ("rename", self.tr("Rename unit"), self.tree.rename_current),
            ("undo", self.tr("Undo"), self.undo_stack.undo),
            ("redo", self.tr("Redo"), self.undo_stack.redo),
            ("shared", self.tr("Shared courses…"), self.show_shared_courses),
        ):
            b = QPushButton(label)
            b.setObjectName(f"library_{key}")
            # clicked(bool) would pass ``checked`` into the slot's first optional parameter
            # (new_course(course=False) crashed): every button calls its slot with no argument.
            b.clicked.connect(lambda _checked=False, slot=slot: slot())
            self.buttons[key] = b
        theme.set_role(self.buttons["new_lesson"], "primary")
        self.undo_stack.canUndoChanged.connect(self.buttons["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.buttons["redo"].setEnabled)
        self.buttons["undo"].setEnabled(False)
        self.buttons["redo"].setEnabled(False)
        # the school's shared course folder ([library] shared in site.toml), if any
        self.shared_folder = load_site_config().shared_library
        self.buttons["shared"].setVisible(self.shared_folder is not None)
        self.message = QLabel()
        self.message.setObjectName("library_message")
        self.message.setWordWrap(True)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search_edit)
        lv.addWidget(self.tree, 1)
        for keys in (("new_course", "edit_course", "new_unit"),
                     ("new_lesson", "duplicate", "delete"), ("rename", "undo", "redo", "shared")):
            row = QHBoxLayout()
            for k in keys:
                row.addWidget(self.buttons[k])
            if "new_lesson" in keys:  # the template on a row of its own: long names show
                template_row = QHBoxLayout()  # whole; the editor's "Template", translated once
                label = QLabel(QCoreApplication.translate("LessonEditor", "Template"))
                label.setBuddy(self.template_combo)
                template_row.addWidget(label)
                template_row.addWidget(self.template_combo, 1)
                lv.addLayout(template_row)
            lv.addLayout(row)
        lv.addWidget(self.message)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.editor_host = QWidget()
        QVBoxLayout(self.editor_host).setContentsMargins(0, 0, 0, 0)
        # The lesson editor is tall and wide: let it scroll rather than force a huge window.
        editor_scroll = QScrollArea()
        editor_scroll.setObjectName("lesson_editor_scroll")
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor_scroll.setWidget(self.editor_host)
        self.splitter.addWidget(editor_scroll)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.editor: LessonEditor | None = None
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        redo = QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)
        redo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.ctx.ops_changed.connect(self._ops_changed)
        self._open_library()

    def show_shared_courses(self) -> None:
        """Library > Shared courses…: the shared folder's courses, read-only, with Import."""
        from chinese_teach.gui.dialogs.shared_courses import SharedCoursesDialog

        if self.shared_folder is None:
            return
        desktop = getattr(self.window(), "desktop", None)
        importer = desktop.import_course if desktop is not None else (lambda _path: False)
        dialog = SharedCoursesDialog(self.shared_folder, self.library, importer, self)
        dialog.exec()

    # -- library -------------------------------------------------------------------------
    def _open_library(self) -> None:
        """Use the window's library (opened once, see ``gui.library_session``)."""
        self.ctx.library_changed.connect(self._library_changed)
        self._library_changed(self.ctx.require_library())

    def _library_changed(self, lib) -> None:
        """The library was opened or restored from a backup: show it (None: unavailable)."""
        self.library = lib
        self.undo_stack.clear()  # the commands refer to the previous connection
        self.tree.setEnabled(lib is not None)
        if lib is None:
            session = self.ctx.library_session
            err = session.error if session is not None else ""
            self.message.setText(self.tr("The library cannot be opened: {err}").format(
                err=err) if err else "")
            self.tree.clear()
            if self.editor is not None:
                self.editor.load_lesson(None)  # pending edits go to the closing library
                self.editor.setEnabled(False)
            return
        self.tree.set_read_only(lib.read_only)
        self.message.setText(self.tr("Read-only: {why}").format(why=lib.read_only_reason)
                             if lib.read_only else "")
        if self.editor is None:
            self.editor = LessonEditor(self.ctx, lib, self.undo_stack)
            self.editor.setObjectName("lesson_editor")
            self.editor_host.layout().addWidget(self.editor)
        else:
            self.editor.load_lesson(None)
            self.editor.library = lib
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Rebuild the tree from the library, keeping (or setting) the selection."""
        if self.library is None:
            return
        current = select or self.selected_id()
        self.tree.fill(self.library, self.tree.expanded_courses(), current)
        self.apply_filter(self.search_edit.text())
        item = self.find_item(current) if current else None
        if item is not None:
            expand_to(item)
            self.tree.setCurrentItem(item)
        else:
            self._current_changed(self.tree.currentItem())
        self._update_buttons()

    def _ops_changed(self, changes, _initiator, focus) -> None:
        """An operation changed the library: rebuild the tree when its shape or a course
        changed, else update the rows of the lessons saved."""
        if self.library is None:
            return
        if changes.structure or changes.courses or changes.units:
            self.reload(select=focus)
            return
        for lesson_id in changes.lessons:
            self._lesson_saved(lesson_id)

    def find_item(self, ident: str) -> QTreeWidgetItem | None:
        return self.tree.find_item(ident)

    def selected(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return (item.data(0, KIND_ROLE), item.data(0, ID_ROLE)) if item else None

    def selected_id(self) -> str | None:
        sel = self.selected()
        return sel[1] if sel else None

    def _course_of_selection(self) -> str | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, ID_ROLE) if item is not None else None

    def _current_changed(self, item: QTreeWidgetItem | None, _prev=None) -> None:
        if self.editor is None:
            return
        if item is not None and item.data(0, KIND_ROLE) == "lesson":
            self.editor.load_lesson(item.data(0, ID_ROLE))
            self.ctx.note_opened("lesson", item.data(0, ID_ROLE))
        else:
            self.editor.load_lesson(None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        sel = self.selected()
        has_course = self._course_of_selection() is not None
        writable = self.library is not None and not self.library.read_only
        for key in ("new_unit", "new_lesson", "edit_course"):
            self.buttons[key].setEnabled(has_course and writable)
        self.buttons["duplicate"].setEnabled(bool(sel and sel[0] == "lesson") and writable)
        self.buttons["delete"].setEnabled(bool(sel) and writable)
        self.buttons["rename"].setEnabled(bool(sel and sel[0] == "unit") and writable)
        self.buttons["new_course"].setEnabled(writable)

    def _lesson_saved(self, lesson_id: str) -> None:
        item = self.find_item(lesson_id)
        if item is not None:
            lesson = self.library.lesson(lesson_id)
            item.setText(0, f"{lesson.position + 1}. {lesson.title}")
            item.setText(1, lesson.status.display_name())
            set_lesson_words(item, lesson.words)
            parent_unit = item.parent().data(0, ID_ROLE) if item.parent() and item.parent(
            ).data(0, KIND_ROLE) == "unit" else None
            if parent_unit != lesson.unit_id:
                self.reload(select=lesson.id)

    # -- search --------------------------------------------------------------------------
    def apply_filter(self, text: str) -> None:
        """Show only items matching ``text`` (title or vocabulary word) and their parents."""
        self.tree.apply_filter(text)

    def focus_search(self) -> bool:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
        return True

    # -- actions (each one operation, with its undo step) ------------------------------
    def _perform(self, op, text: str):
        """Run a library operation, put its undo step on the stack; None if refused."""
        result = perform(self.ctx, op, initiator=self, parent=self, library=self.library)
        push(self.ctx, self.undo_stack, result, text, parent_widget=self, library=self.library)
        return result

    def new_course(self, course: Course | None = None) -> Course | None:
        """Create a course (asks with the course dialog unless ``course`` is given)."""
        if course is None:
            dialog = CourseDialog(parent=self, library=self.library)
            if not dialog.exec():
                return None
            course = dialog.result_course()
        result = self._perform(lambda lib: ops.create_course(lib, course), self.tr("New course"))
        return result.value if result else None

    def edit_course(self) -> None:
        cid = self._course_of_selection()
        if cid is None:
            return
        dialog = CourseDialog(self.library.course(cid), self, self.library)
        if dialog.exec():
            new = dialog.result_course()
            self._perform(lambda lib: ops.edit_course(lib, new), self.tr("Course settings"))

    def new_unit(self, title: str | None = None) -> Unit | None:
        cid = self._course_of_selection()
        if cid is None:
            return None
        name = title or self.tr("Unit {n}").format(n=len(self.library.units(cid)) + 1)
        result = self._perform(lambda lib: ops.create_unit(lib, cid, name), self.tr("New unit"))
        return result.value if result else None

    def rename_unit(self, unit_id: str, title: str) -> None:
        """Save a unit's new name typed in the tree (undoable); a refused name (blank) is
        explained and the old one shown again."""
        result = self._perform(lambda lib: ops.rename_unit(lib, unit_id, title),
                               self.tr("Rename unit"))
        if result is None:
            item = self.find_item(unit_id)
            if item is not None:
                self.tree.set_unit_title(item, self.library.unit(unit_id).title)

    def new_lesson(self, title: str | None = None) -> Lesson | None:
        """A lesson from the chosen template, after the selected lesson (or at the end)."""
        cid = self._course_of_selection()
        if cid is None:
            return None
        sel = self.selected()
        position = unit_id = None
        if sel and sel[0] == "lesson":
            current = self.library.lesson(sel[1])
            position, unit_id = current.position + 1, current.unit_id
        elif sel and sel[0] == "unit":
            unit_id = sel[1]
        count = len(self.library.lesson_refs(cid))
        name = title or self.tr("Lesson {n}").format(n=(position or count) + 1)
        template = self.template_combo.currentData()
        result = self._perform(lambda lib: ops.create_lesson(
            lib, cid, template, name, unit_id=unit_id, position=position), self.tr("New lesson"))
        return result.value if result else None

    def duplicate_selected(self) -> Lesson | None:
        sel = self.selected()
        if not sel or sel[0] != "lesson":
            return None
        result = self._perform(lambda lib: ops.duplicate_lesson(lib, sel[1]),
                               self.tr("Duplicate lesson"))
        if result is None:
            return None
        self._report_affected(list(result.changes.affected))
        return result.value

    def delete_selected(self) -> None:
        """Delete the selected lesson, unit or course (undo puts it back, same ids)."""
        sel = self.selected()
        if not sel:
            return
        kind, ident = sel
        lib = self.library
        if kind == "lesson":
            text = self.tr("Delete lesson “{t}”").format(t=lib.lesson(ident).title)
        elif kind == "unit":
            text = self.tr("Delete unit")
        else:
            text = self.tr("Delete course “{name}”").format(name=lib.course(ident).name)
        result = self._perform(lambda lib: ops.delete(lib, kind, ident), text)
        if result is None:
            return
        if kind == "lesson":
            self._report_affected(result.value)
        self.message.setText(self.message.text() or self.tr("Deleted. Undo puts it back."))
        self.reload()

    def _dropped(self, lesson_id: str, where) -> None:
        target, indicator = where
        kind = ident = None
        if target is not None:
            course_of_target = target
            while course_of_target.parent() is not None:
                course_of_target = course_of_target.parent()
            if course_of_target.data(0, ID_ROLE) != self.library.lesson(lesson_id).course_id:
                self.message.setText(self.tr("A lesson stays in its course; duplicate it and "
                                             "export/import to share it."))
                return
            kind, ident = target.data(0, KIND_ROLE), target.data(0, ID_ROLE)
        below = indicator == QAbstractItemView.DropIndicatorPosition.BelowItem
        index, unit_id = ops.drop_place(self.library, lesson_id, kind, ident or "", below=below)
        self.move_lesson(lesson_id, index, unit_id)

    def move_lesson(self, lesson_id: str, index: int, unit_id: str | None = ...) -> list:
        """Move a lesson in its course order (and unit); undoable; reports affected lessons."""
        new_unit = self.library.lesson(lesson_id).unit_id if unit_id is ... else unit_id
        result = self._perform(lambda lib: ops.move_lesson(lib, lesson_id, index, new_unit),
                               self.tr("Move lesson"))
        if result is None:
            return []
        affected = result.value
        self._report_affected([r for r in affected if r.id != lesson_id] or affected)
        return affected

    def _report_affected(self, refs: list[LessonRef]) -> None:
        if not refs:
            self.message.setText("")
            return
        names = ", ".join(f"{r.position + 1}. {r.title}" for r in refs[:6])
        if len(refs) > 6:
            names += self.tr(" and {n} more").format(n=len(refs) - 6)
        self.message.setText(self.tr(
            "The class's known words changed for: {names}. Their readers and decks may need "
            "printing again.").format(names=names))

    # -- page hooks ----------------------------------------------------------------------
    def page_shown(self) -> None:
        if self.library is not None and self.tree.topLevelItemCount() == 0:
            self.reload()

    def load_sample(self) -> None:
        for item in self.tree.items():
            if item.data(0, KIND_ROLE) == "lesson":
                expand_to(item)
                self.tree.setCurrentItem(item)
                return

    def save_state(self) -> None:
        if self.editor is not None:
            self.editor.flush()


PAGE = PageSpec(
    key="library",
    title=QT_TRANSLATE_NOOP("pages", "Library"),
    factory=LibraryPage,
    order=10,
    icon="library-big",
    group="plan",
    tip=QT_TRANSLATE_NOOP(
        "pages",
        "Courses, units and lessons: plan lessons, their new words, plans and worksheets"),
)
