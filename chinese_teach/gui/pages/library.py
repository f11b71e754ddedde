"""The Library page: courses as a tree (units, lessons) beside the lesson editor.

Drag a lesson to reorder the course (or to move it into another unit); search
filters the tree by course, unit or lesson title and by vocabulary word; New,
Duplicate and Delete work on the selection, and every change (deletions
included) can be undone and redone (Ctrl+Z / Ctrl+Shift+Z or the toolbar).
Reordering tells the teacher which later lessons' known words changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.corpus.levels import Standard, level_name
from chinese_teach.core.errors import ChineseTeachError
from chinese_teach.core.library.models import Course, Lesson, LessonRef, ReaderDoc, Unit
from chinese_teach.core.library.templates import template_names
from chinese_teach.gui.i18n import core_text
from chinese_teach.gui.pages import Page, PageSpec
from chinese_teach.gui.pages.lesson_editor import LessonEditor
from chinese_teach.gui.tasks import show_error

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


# -- undoable structural changes --------------------------------------------------------

@dataclass
class LessonSnapshot:
    """A lesson with its texts, enough to put it back exactly (same ids, same place)."""

    lesson: Lesson
    readers: list[ReaderDoc] = field(default_factory=list)


@dataclass
class CourseSnapshot:
    course: Course
    units: list[Unit]
    lessons: list[LessonSnapshot]


def snapshot_lesson(lib, lesson_id: str) -> LessonSnapshot:
    return LessonSnapshot(lib.lesson(lesson_id), lib.readers(lesson_id))


def restore_lesson(lib, snap: LessonSnapshot) -> None:
    """Insert the lesson back at its old position with its old id, and relink its texts."""
    with lib.transaction():
        lib.save_lesson(replace(snap.lesson), position=snap.lesson.position)
        for doc in snap.readers:
            lib.save_reader(replace(doc, lesson_id=snap.lesson.id))


class LibraryCommand(QUndoCommand):
    """A structural change of the library with its inverse (both plain callables)."""

    def __init__(self, page: LibraryPage, text: str, do, undo, *, select: str | None = None,
                 done: bool = False) -> None:
        super().__init__(text)
        self.page = page
        self._do, self._undo = do, undo
        self._skip = done
        self.select = select

    def redo(self) -> None:
        if self._skip:
            self._skip = False
        else:
            self._do()
        self.page.reload(select=self.select)

    def undo(self) -> None:
        self._undo()
        self.page.reload(select=self.select)


class _CourseTree(QTreeWidget):
    """The tree; a drop is handed to the page, which moves the lesson in the library."""

    lesson_dropped = Signal(str, object)  # lesson id, target item (None = end)

    def dropEvent(self, event) -> None:
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        if dragged is None or dragged.data(0, KIND_ROLE) != "lesson":
            event.ignore()
            return
        indicator = self.dropIndicatorPosition()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.lesson_dropped.emit(dragged.data(0, ID_ROLE), (target, indicator))


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
            self.standard_combo.addItem(core_text(std.label), std.value)
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
            wl = self.library.import_word_list(path)
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
        self.tree = _CourseTree()
        self.tree.setObjectName("course_tree")
        self.tree.setHeaderLabels([self.tr("Course / lesson"), self.tr("Status")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.lesson_dropped.connect(self._dropped)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("new_lesson_template")
        for name, label in template_names():
            self.template_combo.addItem(core_text(label), name)
        # Long template names must not widen the course tree at the editor's expense
        # (a 1280-pixel laptop screen): the list opens wide, the box stays small.
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setMinimumContentsLength(12)
        metrics = self.template_combo.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.template_combo.itemText(i))
             for i in range(self.template_combo.count())),
            default=0,
        )
        self.template_combo.view().setMinimumWidth(widest + 32)
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("new_course", self.tr("New course"), self.new_course),
            ("edit_course", self.tr("Course settings"), self.edit_course),
            ("new_unit", self.tr("New unit"), self.new_unit),
            ("new_lesson", self.tr("New lesson"), self.new_lesson),
            ("duplicate", self.tr("Duplicate"), self.duplicate_selected),
            ("delete", self.tr("Delete"), self.delete_selected),
            ("undo", self.tr("Undo"), self.undo_stack.undo),
            ("redo", self.tr("Redo"), self.undo_stack.redo),
        ):
            b = QPushButton(label)
            b.setObjectName(f"library_{key}")
            # clicked(bool) would pass ``checked`` into the slot's first optional parameter
            # (new_course(course=False) crashed): every button calls its slot with no argument.
            b.clicked.connect(lambda _checked=False, slot=slot: slot())
            self.buttons[key] = b
        self.undo_stack.canUndoChanged.connect(self.buttons["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.buttons["redo"].setEnabled)
        self.buttons["undo"].setEnabled(False)
        self.buttons["redo"].setEnabled(False)
        self.message = QLabel()
        self.message.setObjectName("library_message")
        self.message.setWordWrap(True)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search_edit)
        lv.addWidget(self.tree, 1)
        for keys in (("new_course", "edit_course", "new_unit"),
                     ("new_lesson", "duplicate", "delete"), ("undo", "redo")):
            row = QHBoxLayout()
            for k in keys:
                row.addWidget(self.buttons[k])
            if "new_lesson" in keys:
                row.insertWidget(1, self.template_combo)
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
        self._open_library()

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
        self.message.setText(self.tr("Read-only: {why}").format(why=lib.read_only_reason)
                             if lib.read_only else "")
        if self.editor is None:
            self.editor = LessonEditor(self.ctx, lib, self.undo_stack)
            self.editor.setObjectName("lesson_editor")
            self.editor.saved.connect(self._lesson_saved)
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
        expanded = {self.tree.topLevelItem(i).data(0, ID_ROLE)
                    for i in range(self.tree.topLevelItemCount())
                    if self.tree.topLevelItem(i).isExpanded()}
        self.tree.blockSignals(True)
        self.tree.clear()
        for course in self.library.courses():
            citem = self._item(course.name, "course", course.id)
            std = Standard.parse(course.standard)
            citem.setText(1, f"{std.short} → {level_name(course.target_level)}")
            citem.setFlags(citem.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            self.tree.addTopLevelItem(citem)
            units = {u.id: u for u in self.library.units(course.id)}
            shown_units: set[str] = set()
            parent, parent_unit = citem, None
            for lesson in self.library.lessons(course.id):
                if lesson.unit_id != parent_unit:
                    parent_unit = lesson.unit_id
                    if lesson.unit_id is None:
                        parent = citem
                    else:
                        unit = units[lesson.unit_id]
                        parent = self._item(unit.title, "unit", unit.id)
                        parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
                        citem.addChild(parent)
                        parent.setExpanded(True)
                        shown_units.add(unit.id)
                litem = self._item(f"{lesson.position + 1}. {lesson.title}", "lesson", lesson.id)
                litem.setText(1, core_text(lesson.status.value))
                litem.setData(0, Qt.ItemDataRole.ToolTipRole, " ".join(lesson.words))
                litem.setFlags(litem.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
                parent.addChild(litem)
            for uid, unit in units.items():
                if uid not in shown_units:
                    uitem = self._item(unit.title, "unit", unit.id)
                    uitem.setFlags(uitem.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
                    citem.addChild(uitem)
            citem.setExpanded(course.id in expanded or not expanded or course.id == current)
        self.tree.blockSignals(False)
        self.apply_filter(self.search_edit.text())
        item = self.find_item(current) if current else None
        if item is not None:
            self._expand_to(item)
            self.tree.setCurrentItem(item)
        else:
            self._current_changed(self.tree.currentItem())
        self._update_buttons()

    @staticmethod
    def _item(text: str, kind: str, ident: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, ident)
        return item

    @staticmethod
    def _expand_to(item: QTreeWidgetItem) -> None:
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()

    def _items(self):
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            yield item
            stack[0:0] = [item.child(i) for i in range(item.childCount())]

    def find_item(self, ident: str) -> QTreeWidgetItem | None:
        return next((it for it in self._items() if it.data(0, ID_ROLE) == ident), None)

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
        self.buttons["new_course"].setEnabled(writable)

    def _lesson_saved(self, lesson: Lesson) -> None:
        item = self.find_item(lesson.id)
        if item is not None:
            item.setText(0, f"{lesson.position + 1}. {lesson.title}")
            item.setText(1, core_text(lesson.status.value))
            item.setData(0, Qt.ItemDataRole.ToolTipRole, " ".join(lesson.words))
            parent_unit = item.parent().data(0, ID_ROLE) if item.parent() and item.parent(
            ).data(0, KIND_ROLE) == "unit" else None
            if parent_unit != lesson.unit_id:
                self.reload(select=lesson.id)

    # -- search --------------------------------------------------------------------------
    def apply_filter(self, text: str) -> None:
        """Show only items matching ``text`` (title or vocabulary word) and their parents."""
        q = text.strip().lower()
        for i in range(self.tree.topLevelItemCount()):
            self._filter(self.tree.topLevelItem(i), q)

    def _filter(self, item: QTreeWidgetItem, q: str) -> bool:
        words = str(item.data(0, Qt.ItemDataRole.ToolTipRole) or "").lower()
        own = not q or q in item.text(0).lower() or q in words.split()
        child_match = False
        for i in range(item.childCount()):
            child_match |= self._filter(item.child(i), "" if own and q else q)
        visible = own or child_match
        item.setHidden(not visible)
        if q and child_match:
            item.setExpanded(True)
        return visible

    def focus_search(self) -> bool:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
        return True

    # -- actions -------------------------------------------------------------------------
    def _run(self, fn):
        try:
            return fn()
        except ChineseTeachError as exc:
            show_error(self, exc)
            return None

    def new_course(self, course: Course | None = None) -> Course | None:
        """Create a course (asks with the course dialog unless ``course`` is given)."""
        if course is None:
            dialog = CourseDialog(parent=self, library=self.library)
            if not dialog.exec():
                return None
            course = dialog.result_course()
        saved = self._run(lambda: self.library.save_course(course))
        if saved is None:
            return None
        lib = self.library
        self.undo_stack.push(LibraryCommand(
            self, self.tr("New course"), lambda: lib.save_course(saved),
            lambda: lib.delete_course(saved.id), select=saved.id, done=True))
        return saved

    def edit_course(self) -> None:
        cid = self._course_of_selection()
        if cid is None:
            return
        old = self.library.course(cid)
        dialog = CourseDialog(old, self, self.library)
        if dialog.exec():
            new = dialog.result_course()
            if self._run(lambda: self.library.save_course(new)) is not None:
                lib = self.library
                self.undo_stack.push(LibraryCommand(
                    self, self.tr("Course settings"), lambda: lib.save_course(new),
                    lambda: lib.save_course(old), select=cid, done=True))
                self.editor.refresh_analysis()

    def new_unit(self, title: str | None = None) -> Unit | None:
        cid = self._course_of_selection()
        if cid is None:
            return None
        n = len(self.library.units(cid)) + 1
        unit = self._run(lambda: self.library.save_unit(
            Unit(cid, title or self.tr("Unit {n}").format(n=n))))
        if unit is None:
            return None
        lib = self.library
        self.undo_stack.push(LibraryCommand(
            self, self.tr("New unit"), lambda: lib.save_unit(unit),
            lambda: lib.delete_unit(unit.id), select=unit.id, done=True))
        return unit

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
        lesson = self._run(lambda: self.library.lesson_from_template(
            cid, self.template_combo.currentData(), name, unit_id=unit_id, position=position))
        if lesson is None:
            return None
        lib = self.library
        self.undo_stack.push(LibraryCommand(
            self, self.tr("New lesson"), lambda: restore_lesson(lib, LessonSnapshot(lesson)),
            lambda: lib.delete_lesson(lesson.id), select=lesson.id, done=True))
        return lesson

    def duplicate_selected(self) -> Lesson | None:
        sel = self.selected()
        if not sel or sel[0] != "lesson":
            return None
        copy = self._run(lambda: self.library.duplicate_lesson(sel[1]))
        if copy is None:
            return None
        lib = self.library
        snap = snapshot_lesson(lib, copy.id)

        def undo() -> None:
            for doc in lib.readers(copy.id):
                lib.delete_reader(doc.id)
            lib.delete_lesson(copy.id)

        self.undo_stack.push(LibraryCommand(
            self, self.tr("Duplicate lesson"), lambda: restore_lesson(lib, snap), undo,
            select=copy.id, done=True))
        self._report_affected(lib.later_lessons(copy.id) if copy.vocab else [])
        return copy

    def delete_selected(self) -> None:
        """Delete the selected lesson, unit or course (undo puts it back, same ids)."""
        sel = self.selected()
        if not sel:
            return
        kind, ident = sel
        lib = self.library
        if kind == "lesson":
            snap = snapshot_lesson(lib, ident)
            affected = self._run(lambda: lib.delete_lesson(ident))
            if affected is None:
                return
            self.undo_stack.push(LibraryCommand(
                self, self.tr("Delete lesson “{t}”").format(t=snap.lesson.title),
                lambda: lib.delete_lesson(ident), lambda: restore_lesson(lib, snap),
                select=ident, done=True))
            self._report_affected(affected, deleted=snap.lesson.title)
        elif kind == "unit":
            unit = lib.unit(ident)
            members = [x for x in lib.lessons(unit.course_id) if x.unit_id == ident]

            def undo_unit() -> None:
                with lib.transaction():
                    lib.save_unit(unit)
                    lib.move_unit(unit.id, unit.position)
                    for m in members:
                        lib.save_lesson(replace(lib.lesson(m.id), unit_id=unit.id))

            if self._run(lambda: lib.delete_unit(ident)) is None and _exists_unit(lib, ident):
                return
            self.undo_stack.push(LibraryCommand(
                self, self.tr("Delete unit"), lambda: lib.delete_unit(ident), undo_unit,
                select=ident, done=True))
        else:
            snap = CourseSnapshot(lib.course(ident), lib.units(ident),
                                  [snapshot_lesson(lib, r.id) for r in lib.lesson_refs(ident)])

            def undo_course() -> None:
                with lib.transaction():
                    lib.save_course(snap.course)
                    for u in snap.units:
                        lib.save_unit(u)
                    for ls in snap.lessons:
                        restore_lesson(lib, ls)

            if self._run(lambda: lib.delete_course(ident)) is None and _exists_course(lib, ident):
                return
            self.undo_stack.push(LibraryCommand(
                self, self.tr("Delete course “{name}”").format(name=snap.course.name),
                lambda: lib.delete_course(ident), undo_course, select=ident, done=True))
        self.message.setText(self.message.text() or self.tr("Deleted. Undo puts it back."))
        self.reload()

    def _dropped(self, lesson_id: str, where) -> None:
        target, indicator = where
        lesson = self.library.lesson(lesson_id)
        refs = self.library.lesson_refs(lesson.course_id)
        index, unit_id = len(refs) - 1, lesson.unit_id
        if target is not None:
            course_of_target = target
            while course_of_target.parent() is not None:
                course_of_target = course_of_target.parent()
            if course_of_target.data(0, ID_ROLE) != lesson.course_id:
                self.message.setText(self.tr("A lesson stays in its course; duplicate it and "
                                             "export/import to share it."))
                return
            kind, ident = target.data(0, KIND_ROLE), target.data(0, ID_ROLE)
            below = indicator == QAbstractItemView.DropIndicatorPosition.BelowItem
            if kind == "lesson":
                pos = self.library.lesson(ident).position
                index = pos + (1 if below else 0)
                if pos >= 0 and lesson.position < index:
                    index -= 1
                unit_id = self.library.lesson(ident).unit_id
            elif kind == "unit":
                unit_id = ident
                members = [x for x in refs if self.library.lesson(x.id).unit_id == ident]
                index = (members[-1].position + (0 if lesson.position <= members[-1].position
                                                 else 1)) if members else len(refs) - 1
            else:
                unit_id, index = None, 0 if not below else len(refs) - 1
        self.move_lesson(lesson_id, index, unit_id)

    def move_lesson(self, lesson_id: str, index: int, unit_id: str | None = ...) -> list:
        """Move a lesson in its course order (and unit); undoable; reports affected lessons."""
        lib = self.library
        before = lib.lesson(lesson_id)
        new_unit = before.unit_id if unit_id is ... else unit_id

        def do() -> list[LessonRef]:
            with lib.transaction():
                if new_unit != lib.lesson(lesson_id).unit_id:
                    lib.save_lesson(replace(lib.lesson(lesson_id), unit_id=new_unit))
                return lib.move_lesson(lesson_id, index)

        def undo() -> None:
            with lib.transaction():
                lib.move_lesson(lesson_id, before.position)
                lib.save_lesson(replace(lib.lesson(lesson_id), unit_id=before.unit_id))

        affected = self._run(do)
        if affected is None:
            return []
        self.undo_stack.push(LibraryCommand(self, self.tr("Move lesson"), do, undo,
                                            select=lesson_id, done=True))
        self._report_affected([r for r in affected if r.id != lesson_id] or affected,
                              moved=before.title)
        return affected

    def _report_affected(self, refs: list[LessonRef], *, moved: str = "",
                         deleted: str = "") -> None:
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
        for item in self._items():
            if item.data(0, KIND_ROLE) == "lesson":
                self._expand_to(item)
                self.tree.setCurrentItem(item)
                return

    def save_state(self) -> None:
        if self.editor is not None:
            self.editor.flush()


def _exists_unit(lib, unit_id: str) -> bool:
    return lib.db.query_one("SELECT 1 FROM units WHERE id = ?", (unit_id,)) is not None


def _exists_course(lib, course_id: str) -> bool:
    return lib.db.query_one("SELECT 1 FROM courses WHERE id = ?", (course_id,)) is not None


PAGE = PageSpec(
    key="library",
    title=QT_TRANSLATE_NOOP("pages", "Library"),
    factory=LibraryPage,
    order=10,
    icon="folder",
    tip=QT_TRANSLATE_NOOP(
        "pages",
        "Courses, units and lessons: plan lessons, their new words, plans and worksheets"),
)
