"""The course tree of the Library page: courses, their units and lessons; dropping a
lesson hands the move to the page, which makes it in the library, and so does renaming
a unit in place (double-click or F2 on it). Its texts keep the Library page's translation
context ("LibraryPage")."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from chinese_teach.gui.safetext import tooltip
from chinese_teach.gui.widgets.empty_hint import show_when_empty

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # a unit's saved name (to tell an edit apart)
#: A lesson's vocabulary, space separated, for the search (its tooltip is escaped text).
WORDS_ROLE = Qt.ItemDataRole.UserRole + 3


class CourseTree(QTreeWidget):
    """The tree; a drop is handed to the page, which moves the lesson in the library."""

    lesson_dropped = Signal(str, object)  # lesson id, target item (None = end)
    unit_renamed = Signal(str, str)  # unit id, the name typed

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([QCoreApplication.translate("LibraryPage", "Course / lesson"),
                              QCoreApplication.translate("LibraryPage", "Status")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.hint = show_when_empty(self, lambda: QCoreApplication.translate(
            "LibraryPage",
            "No course yet. Click New course below to plan one, or drop a course file "
            "shared by a colleague on the window."))
        self.set_read_only(False)
        self.itemChanged.connect(self._item_changed)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only library's units cannot be renamed in place."""
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                             QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)

    def rename_current(self) -> bool:
        """Open the name of the selected unit for typing (the Rename button); False when
        the selection is not a unit."""
        item = self.currentItem()
        if item is None or item.data(0, KIND_ROLE) != "unit":
            return False
        self.scrollToItem(item)
        self.editItem(item, 0)
        return True

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        """A unit's name was edited in place: hand it to the page (which saves it, or
        puts the old name back when it is refused)."""
        if column != 0 or item.data(0, KIND_ROLE) != "unit":
            return
        if item.text(0) != item.data(0, TITLE_ROLE):
            # Reported once the item editor has closed: the page rebuilds the tree, and
            # deleting the items while the editor still commits to one crashes Qt.
            ident, title = item.data(0, ID_ROLE), item.text(0)
            QTimer.singleShot(0, self, lambda: self.unit_renamed.emit(ident, title))

    def set_unit_title(self, item: QTreeWidgetItem, title: str) -> None:
        """Show ``title`` on a unit row without reporting it as a rename."""
        self.blockSignals(True)
        item.setText(0, title)
        item.setData(0, TITLE_ROLE, title)
        self.blockSignals(False)

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

    # -- contents ---------------------------------------------------------------------
    def fill(self, library, expanded: set[str], current: str | None) -> None:
        """Rebuild the items from ``library`` (signals blocked): courses (expanded if
        they were, or hold ``current``), their units and lessons in course order."""
        from chinese_teach.core.corpus.levels import Standard, level_name

        self.blockSignals(True)
        self.clear()
        for course in library.courses():
            citem = make_item(course.name, "course", course.id)
            std = Standard.parse(course.standard)
            citem.setText(1, f"{std.short} → {level_name(course.target_level)}")
            citem.setFlags(citem.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            self.addTopLevelItem(citem)
            units = {u.id: u for u in library.units(course.id)}
            shown_units: set[str] = set()
            parent, parent_unit = citem, None
            for lesson in library.lessons(course.id):
                if lesson.unit_id != parent_unit:
                    parent_unit = lesson.unit_id
                    if lesson.unit_id is None:
                        parent = citem
                    else:
                        unit = units[lesson.unit_id]
                        parent = make_unit_item(unit.title, unit.id)
                        citem.addChild(parent)
                        parent.setExpanded(True)
                        shown_units.add(unit.id)
                litem = make_item(f"{lesson.position + 1}. {lesson.title}", "lesson", lesson.id)
                litem.setText(1, lesson.status.display_name())
                set_lesson_words(litem, lesson.words)
                litem.setFlags(litem.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
                parent.addChild(litem)
            for uid, unit in units.items():
                if uid not in shown_units:
                    citem.addChild(make_unit_item(unit.title, unit.id))
            citem.setExpanded(course.id in expanded or not expanded or course.id == current)
        self.blockSignals(False)

    def expanded_courses(self) -> set[str]:
        """The ids of the courses shown open."""
        return {self.topLevelItem(i).data(0, ID_ROLE) for i in range(self.topLevelItemCount())
                if self.topLevelItem(i).isExpanded()}

    def items(self) -> Iterator[QTreeWidgetItem]:
        """Every item, depth first in display order."""
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            yield item
            stack[0:0] = [item.child(i) for i in range(item.childCount())]

    def find_item(self, ident: str) -> QTreeWidgetItem | None:
        return next((it for it in self.items() if it.data(0, ID_ROLE) == ident), None)

    # -- search ---------------------------------------------------------------------------
    def apply_filter(self, text: str) -> None:
        """Show only items matching ``text`` (title or vocabulary word) and their parents."""
        q = text.strip().lower()
        for i in range(self.topLevelItemCount()):
            self._filter(self.topLevelItem(i), q)

    def _filter(self, item: QTreeWidgetItem, q: str) -> bool:
        words = str(item.data(0, WORDS_ROLE) or "").lower()
        own = not q or q in item.text(0).lower() or q in words.split()
        child_match = False
        for i in range(item.childCount()):
            child_match |= self._filter(item.child(i), "" if own and q else q)
        visible = own or child_match
        item.setHidden(not visible)
        if q and child_match:
            item.setExpanded(True)
        return visible


def make_item(text: str, kind: str, ident: str) -> QTreeWidgetItem:
    """A tree row for a course, unit or lesson."""
    item = QTreeWidgetItem([text, ""])
    item.setData(0, KIND_ROLE, kind)
    item.setData(0, ID_ROLE, ident)
    return item


def make_unit_item(title: str, ident: str) -> QTreeWidgetItem:
    """A unit's row: its name can be edited in place, the row itself is not dragged."""
    item = make_item(title, "unit", ident)
    item.setData(0, TITLE_ROLE, title)
    item.setFlags((item.flags() | Qt.ItemFlag.ItemIsEditable) & ~Qt.ItemFlag.ItemIsDragEnabled)
    return item


def expand_to(item: QTreeWidgetItem) -> None:
    """Open every parent of ``item``."""
    parent = item.parent()
    while parent is not None:
        parent.setExpanded(True)
        parent = parent.parent()


def set_lesson_words(item: QTreeWidgetItem, words: list[str]) -> None:
    """Give a lesson's item its vocabulary: searchable, and shown (as text) in its tooltip."""
    joined = " ".join(words)
    item.setData(0, WORDS_ROLE, joined)
    item.setData(0, Qt.ItemDataRole.ToolTipRole, tooltip(joined))
