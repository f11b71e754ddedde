"""My corrections: the teacher's pinyin corrections and word-cutting edits in one place.

Every reading the teacher picked in the Reader studio's word pop-up, and every
"keep whole" or "split", is listed here: search them, edit a reading or its context,
delete (with undo), add one by hand, and share them as a small JSON file. Each change
is saved in the library at once; the library tells the window's context, which gives
the edits to the text engine and emits ``corrections_changed`` so that every page
showing pinyin annotates again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.library.models import Correction, SegmentationEdit
from chinese_teach.gui import theme
from chinese_teach.gui.context import AppContext
from chinese_teach.gui.dialogs.correction_dialogs import ask_correction, ask_segmentation
from chinese_teach.gui.operations import perform
from chinese_teach.gui.pages import Page, PageSpec
from chinese_teach.gui.savefile import with_suffix_confirmed
from chinese_teach.gui.tasks import show_error
from chinese_teach.gui.widgets.correction_tables import CorrectionTables
from chinese_teach.gui.widgets.export_bar import ExportBar
from chinese_teach.gui.widgets.pinyin import pinyin_text
from chinese_teach.ops import corrections as correction_ops

#: conflicts listed in the import summary (the rest are counted)
SHOWN_CONFLICTS = 15


class CorrectionsPage(Page):
    """Tables of the teacher's reading corrections and word-cutting edits."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.library = None
        self.corrections: list[Correction] = []
        self.edits: list[SegmentationEdit] = []
        #: deleted records, most recent last: each entry is one deletion (undo restores it)
        self.deleted: list[list[Correction | SegmentationEdit]] = []
        # Dialogs, replaceable in tests: each returns the teacher's answer or None.
        self.ask_correction: Callable[[Correction | None], Correction | None] = (
            lambda old: ask_correction(self, old, self._taken(), ctx.prefs))
        self.ask_segmentation: Callable[[SegmentationEdit | None], SegmentationEdit | None] = (
            lambda old: ask_segmentation(self, old, ctx.prefs))
        self.ask_export_path: Callable[[], Path | None] = self._ask_export_path
        self.ask_import_path: Callable[[], Path | None] = self._ask_import_path

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search words, pinyin or notes"))
        self.search.textChanged.connect(self.fill)

        self.tabs = CorrectionTables()
        self.readings, self.cuts = self.tabs.tables()
        for table in (self.readings, self.cuts):
            table.itemSelectionChanged.connect(self._update_buttons)
            table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
            table.customContextMenuRequested.connect(self._context_menu)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())

        self.add_button = QPushButton(self.tr("Add reading…"))
        theme.set_role(self.add_button, "primary")
        self.add_cut_button = QPushButton(self.tr("Add word cutting…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_bar = ExportBar({"file": self.export_file}, None, {"file": "export_file"})
        self.export_button = self.export_bar.buttons["file"]
        self.add_button.clicked.connect(self.add_correction)
        self.add_cut_button.clicked.connect(self.add_segmentation)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.import_button.clicked.connect(self.import_file)
        for table in (self.readings, self.cuts):  # not in the search box
            for key, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),
                              (QKeySequence.StandardKey.Undo, self.undo_delete)):
                shortcut = QShortcut(key, table, slot)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        intro = QLabel(self.tr(
            "Readings you chose in the Reader studio, or added here, are used in every "
            "annotation from now on; a re-annotation never overwrites them. A reading with "
            "a context applies only between those characters, and the most specific "
            "one wins."))
        intro.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_bar)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.add_cut_button, self.edit_button, self.delete_button,
                  self.undo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        ctx.library_changed.connect(self._library_changed)
        ctx.corrections_changed.connect(self.reload)
        ctx.preferences_changed.connect(lambda _p: self.fill())
        self._library_changed(ctx.require_library())

    # -- Page hooks -----------------------------------------------------------------------
    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def page_shown(self) -> None:
        self.reload()

    def load_sample(self) -> None:
        """Show example rows (for a screenshot) when the teacher has none; nothing is saved."""
        if self.corrections or self.edits:
            return
        when = "2026-09-01"
        self.corrections = [
            Correction("长", ("zhang3",), left="", right="大", note="长大 grow up",
                       created=when),
            Correction("还", ("huan2",), right="书", created=when),
            Correction("银行", ("yin2", "hang2"), created=when),
            Correction("得", ("dei3",), right="去", created=when),
        ]
        self.edits = [SegmentationEdit("merge", "长得", created=when),
                      SegmentationEdit("split", "中国银行", ("中国", "银行"), created=when)]
        self.fill()

    def copy_selection(self) -> bool:
        rows = self._selected_rows(self.readings)
        if not rows or self.tabs.currentWidget() is not self.readings:
            return False
        from PySide6.QtGui import QGuiApplication

        lines = [f"{c.word}\t{pinyin_text(c.pinyin, self.ctx.prefs)}" for c in
                 (self._correction(r) for r in rows) if c is not None]
        QGuiApplication.clipboard().setText("\n".join(lines))
        return True

    # -- loading ------------------------------------------------------------------------------
    def _library_changed(self, lib) -> None:
        self.library = lib
        self.deleted.clear()
        for w in (self.add_button, self.add_cut_button, self.import_button):
            w.setEnabled(lib is not None and not lib.read_only)
        self.export_button.setEnabled(lib is not None)  # a read-only library can be shared
        self.reload()

    def reload(self) -> None:
        """Read the corrections from the library again and show them."""
        lib = self.library
        self.corrections = lib.corrections() if lib is not None else []
        self.edits = lib.segmentation_edits() if lib is not None else []
        self.fill()

    def fill(self) -> None:
        """Show the records that match the search box."""
        query = self.search.text().strip().lower()
        shown = self.tabs.fill(self.corrections, self.edits, query, self.ctx.prefs)
        if self.library is None:
            self.status.setText(self.tr("The library is not available."))
        elif query:
            self.status.setText(self.tr("{shown} of {total} shown.").format(
                shown=shown, total=len(self.corrections) + len(self.edits)))
        elif not self.corrections and not self.edits:
            self.status.setText(self.tr(
                "No corrections yet. Click a word in the Reader studio to choose its "
                "reading, or add one here."))
        else:
            self.status.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.library is not None and not self.library.read_only
        table = self.tabs.currentWidget()
        selected = bool(self._selected_rows(table))
        self.edit_button.setEnabled(writable and selected)
        self.delete_button.setEnabled(writable and selected)
        self.undo_button.setEnabled(writable and bool(self.deleted))

    def _selected_rows(self, table: QTableWidget) -> list[int]:
        return self.tabs.selected_rows(table)

    def _correction(self, row: int) -> Correction | None:
        return self.tabs.correction(row)

    def _edit(self, row: int) -> SegmentationEdit | None:
        return self.tabs.edit(row)

    def _context_menu(self, pos) -> None:
        table = self.sender()
        item = table.itemAt(pos) if isinstance(table, QTableWidget) else None
        if item is None:
            return
        word = table.item(item.row(), 0).text()
        menu = QMenu(self)
        menu.addAction(self.edit_button.text(), self.edit_selected).setEnabled(
            self.edit_button.isEnabled())
        menu.addAction(self.delete_button.text(), self.delete_selected).setEnabled(
            self.delete_button.isEnabled())
        menu.addSeparator()
        menu.addAction(self.tr("Look up {word} in the dictionary").format(word=word),
                       lambda: self.ctx.word_requested.emit(word))
        menu.exec(table.viewport().mapToGlobal(pos))

    # -- dialogs ------------------------------------------------------------------------------
    def _taken(self) -> set[tuple[str, str, str]]:
        return {(c.word, c.left, c.right) for c in self.corrections}

    def _ask_export_path(self) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export corrections"), "corrections.json",
            self.tr("Corrections (*.json)"))
        return with_suffix_confirmed(self, chosen, ".json") if chosen else None

    def _ask_import_path(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import corrections"), "", self.tr("Corrections (*.json)"))
        return Path(chosen) if chosen else None

    # -- changes (each one operation of ops.corrections) -------------------------------
    def _perform(self, op, **kw):
        return perform(self.ctx, op, initiator=self, parent=self, library=self.library, **kw)

    def add_correction(self) -> None:
        """Ask for a new reading correction and save it."""
        if self.library is None:
            return
        new = self.ask_correction(None)
        if new is None:
            return
        result = self._perform(lambda lib: correction_ops.add_correction(lib, new))
        if result is not None:
            saved = result.value
            self.ctx.show_status(self.tr("{word} is now read {pinyin}.").format(
                word=saved.word, pinyin=pinyin_text(saved.pinyin, self.ctx.prefs)))

    def add_segmentation(self) -> None:
        """Ask for a new keep-whole or split edit and save it."""
        if self.library is None:
            return
        edit = self.ask_segmentation(None)
        if edit is not None:
            self._perform(lambda lib: correction_ops.add_segmentation(lib, edit))

    def edit_selected(self) -> None:
        """Edit the selected correction (word, pinyin, context, note) or word cutting."""
        if self.tabs.currentWidget() is self.cuts:
            self._edit_segmentation()
            return
        rows = self._selected_rows(self.readings)
        old = self._correction(rows[0]) if rows and self.library is not None else None
        if old is None:
            return
        new = self.ask_correction(old)
        if new is not None:
            self._perform(lambda lib: correction_ops.replace_correction(lib, old, new))

    def _edit_segmentation(self) -> None:
        rows = self._selected_rows(self.cuts)
        old = self._edit(rows[0]) if rows and self.library is not None else None
        if old is None:
            return
        new = self.ask_segmentation(old)
        if new is not None:
            self._perform(lambda lib: correction_ops.replace_segmentation(lib, old, new))

    def delete_selected(self) -> None:
        """Delete the selected rows of the current table (Undo delete brings them back)."""
        if self.library is None:
            return
        if self.tabs.currentWidget() is self.readings:
            records = [c for c in map(self._correction, self._selected_rows(self.readings)) if c]
        else:
            records = [e for e in map(self._edit, self._selected_rows(self.cuts)) if e]
        if not records:
            return
        if self._perform(lambda lib: correction_ops.delete_entries(lib, records)) is None:
            return
        self.deleted.append(records)
        words = "、".join(r.word for r in records[:5]) + ("…" if len(records) > 5 else "")
        self.ctx.show_status(self.tr("Deleted {words}.").format(words=words))
        self._update_buttons()

    def undo_delete(self) -> None:
        """Bring back what the last delete removed."""
        if self.library is None or not self.deleted:
            return
        records = self.deleted.pop()
        if self._perform(lambda lib: correction_ops.restore_entries(lib, records)) is None:
            self.deleted.append(records)
            return
        self.ctx.show_status(self.tr("Restored {n} deleted item(s).").format(n=len(records)))
        self._update_buttons()

    # -- sharing ------------------------------------------------------------------------------
    def export_file(self) -> None:
        """Write every correction and edit to a JSON file another teacher can import."""
        if self.library is None:
            return
        path = self.ask_export_path()
        if path is None:
            return
        # The save dialog (or with_suffix_confirmed) has asked before replacing.
        if self._perform(lambda lib: correction_ops.export_corrections_file(lib, path)) is None:
            return
        self.ctx.show_status(self.tr("Exported {n} corrections to {path}.").format(
            n=len(self.corrections) + len(self.edits), path=path))

    def import_file(self) -> None:
        """Merge a corrections file; the teacher's own corrections are kept on conflict."""
        if self.library is None:
            return
        path = self.ask_import_path()
        if path is None:
            return
        done = self._perform(
            lambda lib: correction_ops.import_corrections_file(lib, path),
            on_error=lambda exc: show_error(self, exc, self.tr("Import corrections")))
        if done is None:
            return
        result = done.value
        text = self.tr("Added {readings} readings and {cuts} word cuttings; {same} were "
                       "already here.").format(readings=result.corrections_added,
                                               cuts=result.segmentation_added,
                                               same=result.unchanged)
        if result.conflicts:
            lines = [c.describe() for c in result.conflicts[:SHOWN_CONFLICTS]]
            if len(result.conflicts) > SHOWN_CONFLICTS:
                lines.append("…")
            text += "\n\n" + self.tr("{n} differ from yours; yours were kept:").format(
                n=len(result.conflicts)) + "\n" + "\n".join(lines)
        QMessageBox.information(self, self.tr("Import corrections"), text)


PAGE = PageSpec(
    key="corrections",
    title=QT_TRANSLATE_NOOP("pages", "My corrections"),
    factory=CorrectionsPage,
    order=55,
    icon="file-pen-line",
    group="corrections",
    tip=QT_TRANSLATE_NOOP("pages", "Your pinyin corrections and word cutting, used in every "
                                   "annotation"),
)
