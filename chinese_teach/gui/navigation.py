"""The window's navigation: pages with icons and names, grouped by what a teacher does.

A list (``sidebar``) of page entries under group headings (Plan, Make materials,
Look up, My corrections); the headings cannot be selected, so the arrow keys move
from page to page. Below it a button folds the navigation to its icons (the names
become tooltips), which it also does by itself on narrow windows unless the teacher
chose otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.gui import icons, theme
from chinese_teach.gui.pages import NAV_GROUPS, PageSpec

KEY_ROLE = Qt.ItemDataRole.UserRole
#: Entries that are group headings carry their group key in this role.
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


class Navigation(QFrame):
    """The navigation column: grouped page list and the fold button."""

    #: the teacher folded or unfolded the navigation by its button (True: icons only)
    compact_chosen = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nav_column")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.specs: list[PageSpec] = []
        self.compact = False
        self.list = QListWidget()
        self.list.setObjectName("sidebar")
        px = theme.ICON_PX["nav"]
        self.list.setIconSize(QSize(px, px))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.fold = QToolButton()
        self.fold.setObjectName("nav_collapse")
        self.fold.setAutoRaise(True)
        self.fold.setIconSize(QSize(px, px))
        self.fold.clicked.connect(lambda: self.compact_chosen.emit(not self.compact))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.setContentsMargins(theme.SPACING["s"], theme.SPACING["xs"], theme.SPACING["s"],
                               theme.SPACING["s"])
        row.addWidget(self.fold)
        row.addStretch(1)
        column.addLayout(row)
        self._label_fold()

    # -- entries ------------------------------------------------------------------------
    def set_specs(self, specs: list[PageSpec]) -> None:
        """Rebuild the entries for ``specs`` (in navigation order), keeping the selection."""
        current = self.current_key()
        self.specs = list(specs)
        blocked = self.list.blockSignals(True)
        self.list.clear()
        headings = dict(NAV_GROUPS)
        shown_group: str | None = None
        for spec in self.specs:
            if spec.group != shown_group:
                shown_group = spec.group
                members = [s for s in self.specs if s.group == spec.group]
                title = headings.get(spec.group)
                # a group of one page named like the group needs no heading of its own
                if title and not (len(members) == 1 and members[0].title == title):
                    self._add_heading(spec.group, title)
            item = QListWidgetItem(spec.display_title)
            item.setData(KEY_ROLE, spec.key)
            if spec.tip:
                item.setToolTip(_tr(spec.tip))
            self.list.addItem(item)
        self.refresh_icons()
        self._apply_compact()
        if current is not None:
            self.select(current)
        self.list.blockSignals(blocked)

    def _add_heading(self, group: str, title: str) -> None:
        item = QListWidgetItem(_tr(title))
        item.setData(GROUP_ROLE, group)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, _tr(title))
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # not selectable: arrows skip it
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def keys(self) -> list[str]:
        """Page keys in navigation order."""
        return [k for i in range(self.list.count())
                if (k := self.list.item(i).data(KEY_ROLE)) is not None]

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def row_of(self, key: str) -> int:
        """The list row of page ``key`` (-1 if absent)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                return row
        return -1

    def select(self, key: str) -> bool:
        """Make ``key`` the current entry; False if there is no such page."""
        row = self.row_of(key)
        if row < 0:
            return False
        if self.list.currentRow() != row:
            self.list.setCurrentRow(row)
        return True

    def refresh_icons(self) -> None:
        """Draw the icons again in the theme's colours (after a theme switch)."""
        by_key = {s.key: s for s in self.specs}
        for row in range(self.list.count()):
            item = self.list.item(row)
            spec = by_key.get(item.data(KEY_ROLE))
            if spec is not None and spec.icon:
                item.setIcon(icons.icon(spec.icon, "sidebar_text",
                                        selected="sidebar_selected_text"))
        self._label_fold()

    def retranslate(self) -> None:
        """Texts in the interface language (after a language switch)."""
        by_key = {s.key: s for s in self.specs}
        headings = dict(NAV_GROUPS)
        for row in range(self.list.count()):
            item = self.list.item(row)
            spec = by_key.get(item.data(KEY_ROLE))
            if spec is not None:
                item.setText("" if self.compact else spec.display_title)
                item.setToolTip(spec.display_title if self.compact else _tr(spec.tip))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.display_title)
            elif (group := item.data(GROUP_ROLE)) in headings:
                item.setText(_tr(headings[group]))
        self._label_fold()

    def retranslate_ui(self) -> None:
        """Called by :func:`chinese_teach.gui.i18n.set_language`."""
        self.retranslate()

    # -- folding ------------------------------------------------------------------------
    def set_compact(self, compact: bool) -> None:
        """Show icons only (True) or icons and names."""
        if compact != self.compact:
            self.compact = compact
            self._apply_compact()

    def _apply_compact(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(KEY_ROLE) is None:
                item.setHidden(self.compact)
        self.retranslate()
        px = theme.ICON_PX["nav"]
        if self.compact:
            width = px + 4 * theme.SPACING["s"] + 4
            self.setFixedWidth(width)
        else:
            self.setMinimumWidth(self.full_width())
            self.setMaximumWidth(16777215)
        self._label_fold()

    def full_width(self) -> int:
        """The width the names need (the widest, plus icon and padding)."""
        bold = self.list.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        texts = [s.display_title for s in self.specs] + [_tr(t) for _, t in NAV_GROUPS]
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=80)
        return widest + theme.ICON_PX["nav"] + 6 * theme.SPACING["s"] + 8

    def _label_fold(self) -> None:
        if self.compact:
            text = QCoreApplication.translate("Navigation", "Show page names")
            self.fold.setIcon(icons.icon("panel-left-open", "sidebar_text"))
        else:
            text = QCoreApplication.translate("Navigation", "Show icons only")
            self.fold.setIcon(icons.icon("panel-left-close", "sidebar_text"))
        self.fold.setToolTip(text)
        self.fold.setAccessibleName(text)
