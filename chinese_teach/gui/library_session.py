"""The teacher's library for the whole window: opened once, guarded, backed up, restored.

:class:`LibrarySession` owns the one :class:`~chinese_teach.core.library.Library`
connection of the main thread and publishes it on the :class:`AppContext`
(``ctx.library``, signal ``ctx.library_changed``). It handles what can go wrong
at start:

* a damaged file: a dialog says what happened and where the damaged file was kept
  (it is never deleted) and offers to restore the newest good backup;
* a read-only location: the library opens read-only and the window shows a banner;
* any other error: a readable message, and the pages say the library is unavailable.

The File menu's "Back up now", "Check library" and "Restore from backup…" call
:meth:`LibrarySession.backup_now`, :meth:`LibrarySession.check` and
:meth:`LibrarySession.restore_dialog`. Worker threads never use this connection:
they open their own with :func:`chinese_teach.ops.connections.worker_library`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chinese_teach import paths
from chinese_teach.core.errors import ChineseTeachError, LibraryError
from chinese_teach.gui.safetext import tooltip

if TYPE_CHECKING:
    from chinese_teach.core.library.backup import BackupInfo
    from chinese_teach.core.library.store import Library
    from chinese_teach.gui.context import AppContext

log = logging.getLogger("chinese_teach.gui")


def tr(text: str) -> str:
    """Translate a message of this module.

    lupdate files a module-level ``tr("...")`` call under the empty context, so that is
    the context looked up here (a named one would find no translation at all).
    """
    return QCoreApplication.translate("", text)


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What "Check library" found."""

    ok: bool
    integrity: list[str]
    foreign_key_problems: int
    counts: dict[str, int]
    backups: int

    def text(self, path: Path) -> str:
        """The report in words for the teacher."""
        counts = ", ".join(f"{n} {name}" for name, n in self.counts.items())
        if self.ok:
            head = tr("The library {path} is in good order.").format(path=path)
        else:
            problems = "; ".join(self.integrity[:3]) if self.integrity != ["ok"] else ""
            if self.foreign_key_problems:
                problems = (problems + "; " if problems else "") + tr(
                    "{n} broken links between records").format(n=self.foreign_key_problems)
            head = tr("The library {path} has problems: {problems}. Restore a backup from "
                      "the File menu.").format(path=path, problems=problems)
        return head + "\n" + tr("Contents: {counts}. Backups kept: {n}.").format(
            counts=counts, n=self.backups)


def backup_label(info: BackupInfo) -> str:
    """``2026-11-28 14:05 UTC · daily · 96 KB`` for the backup list."""
    kinds = {"auto": tr("daily"), "manual": tr("made by you"),
             "pre-migration": tr("before an upgrade"), "pre-restore": tr("before a restore")}
    return (f"{info.created:%Y-%m-%d %H:%M} UTC · {kinds.get(info.reason, info.reason)}"
            f" · {max(1, round(info.size / 1024))} KB")


class BackupDialog(QDialog):
    """Pick one backup (newest first) to restore."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(tr("Restore from Backup"))
        self.backups = backups
        self.list = QListWidget()
        self.list.setObjectName("backup_list")
        for info in backups:
            item = QListWidgetItem(backup_label(info))
            item.setToolTip(tooltip(info.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        note = QLabel(tr("Your library is replaced by the backup you choose. The current "
                         "library is kept beside it and backed up first, so nothing is lost."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Restore"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(460, 320)

    def chosen(self) -> BackupInfo | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None


class LibrarySession(QObject):
    """Opens the library once and offers backup, check and restore (see module docs)."""

    def __init__(self, ctx: AppContext, parent_widget: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.parent_widget = parent_widget
        self.path = Path(path) if path else paths.library_path()
        #: why the library could not be opened ("" when it is open)
        self.error = ""
        #: True while a backup is being restored (pages must not reopen the old file)
        self.restoring = False
        #: the dialog that picks a backup; tests replace it
        self.choose_backup: Callable[[list[BackupInfo]], BackupInfo | None] = self._choose
        ctx.library_session = self

    # -- opening ----------------------------------------------------------------------
    @property
    def library(self) -> Library | None:
        return self.ctx.library

    def open(self) -> Library | None:
        """Open the library (first run: with the sample course); None if it cannot be.

        A damaged library shows :meth:`_damaged`, which may restore a backup.
        """
        from chinese_teach.core.library import LibraryDamagedError
        from chinese_teach.core.library.startup import open_library

        if self.ctx.library is not None:
            return self.ctx.library
        try:
            lib = open_library(self.path)
        except LibraryDamagedError as exc:
            log.warning("library damaged: %s", exc)
            lib = self._damaged(exc)
        except ChineseTeachError as exc:
            log.warning("library not opened: %s", exc)
            self._fail(str(exc))
            lib = None
        if lib is not None:
            self.error = ""
            self.ctx.set_library(lib)  # gives the engine the library's corrections
            if lib.backup_warning:  # opened anyway: a warning, never a lock-out
                log.warning("automatic backup failed: %s", lib.backup_warning)
                QMessageBox.warning(self.parent_widget, tr("Back up"), lib.backup_warning)
        return lib

    def _fail(self, message: str) -> None:
        self.error = message
        QMessageBox.warning(self.parent_widget, tr("Library"), tr(
            "The library cannot be opened: {err}").format(err=message))

    def _damaged(self, exc) -> Library | None:  # exc: LibraryDamagedError
        from chinese_teach.core.library import LibraryMissingError
        from chinese_teach.core.library import backup as bk
        from chinese_teach.core.library.startup import open_library

        kept = (tr("The damaged file was kept as {path}; it was not deleted.").format(
            path=exc.moved_to) if exc.moved_to else tr("The damaged file was left in place."))
        if isinstance(exc, LibraryMissingError):
            head = tr("Your library file is missing. It was not replaced by a new, empty "
                      "library.")
            kept = (tr("An earlier copy was kept as {path}.").format(path=exc.moved_to)
                    if exc.moved_to else "")
        else:
            head = tr("Your library file is damaged ({detail}).").format(detail=exc.detail)
        if exc.backup is None:
            self.error = f"{head} {kept}"
            parts = [head, kept, tr("No good backup was found. Chinese Teach will start with "
                                    "the library unavailable; ask for help before changing "
                                    "the files.")]
            QMessageBox.critical(self.parent_widget, tr("Library damaged"),
                                 "\n\n".join(filter(None, parts)))
            return None
        offer = tr("Restore the newest good backup, from {when} UTC? Changes made after "
                   "that backup are not in it.").format(when=f"{exc.backup.created:%Y-%m-%d %H:%M}")
        answer = QMessageBox.question(
            self.parent_widget, tr("Library damaged"),
            "\n\n".join(filter(None, [head, kept, offer])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            self.error = f"{head} {kept}"
            return None
        try:
            bk.restore(exc.backup.path, self.path)
            lib = open_library(self.path, sample=False)
        except ChineseTeachError as err:
            self._fail(str(err))
            return None
        QMessageBox.information(self.parent_widget, tr("Library restored"), tr(
            "The backup from {when} UTC was restored.").format(
                when=f"{exc.backup.created:%Y-%m-%d %H:%M}"))
        return lib

    # -- File menu ----------------------------------------------------------------------
    def backups(self) -> list[BackupInfo]:
        """The backups of this library, newest first."""
        from chinese_teach.core.library import backup as bk

        return bk.list_backups(bk.backups_dir_for(self.path))

    def backup_now(self) -> Path | None:
        """Write a backup now and say where (File > Back Up Now)."""
        lib = self.ctx.library
        if lib is None:
            self._fail(self.error or tr("it is not open"))
            return None
        try:
            made = lib.db.backup("manual")
        except LibraryError as exc:
            QMessageBox.warning(self.parent_widget, tr("Back up"), str(exc))
            return None
        self.ctx.show_status(tr("Backup written: {path}").format(path=made))
        QMessageBox.information(self.parent_widget, tr("Back up"), tr(
            "A backup of your library was written to {path}.").format(path=made))
        return made

    def check(self) -> CheckReport | None:
        """Run SQLite's full integrity check and show the result (File > Check Library)."""
        lib = self.ctx.library
        if lib is None:
            self._fail(self.error or tr("it is not open"))
            return None
        integrity = lib.db.integrity_check()
        fk = len(lib.db.query("PRAGMA foreign_key_check"))
        counts = {
            tr("courses"): lib.db.query_one("SELECT count(*) FROM courses")[0],
            tr("lessons"): lib.db.query_one("SELECT count(*) FROM lessons")[0],
            tr("readers"): lib.db.query_one("SELECT count(*) FROM readers")[0],
        }
        report = CheckReport(integrity == ["ok"] and fk == 0, integrity, fk, counts,
                             len(self.backups()))
        show = QMessageBox.information if report.ok else QMessageBox.warning
        show(self.parent_widget, tr("Check library"), report.text(lib.path))
        return report

    def _choose(self, backups: list[BackupInfo]) -> BackupInfo | None:
        dialog = BackupDialog(backups, self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    def restore_dialog(self) -> bool:
        """File > Restore from Backup…: pick a backup, confirm, restore, reload the pages."""
        from chinese_teach.core.library import backup as bk

        good = [b for b in self.backups() if bk.check_backup(b.path)[0]]
        if not good:
            QMessageBox.information(self.parent_widget, tr("Restore from Backup"), tr(
                "There is no backup of your library yet. Use File > Back Up Now to make one."))
            return False
        chosen = self.choose_backup(good)
        if chosen is None:
            return False
        answer = QMessageBox.question(
            self.parent_widget, tr("Restore from Backup"),
            tr("Replace your library with the backup from {when} UTC? Changes made since "
               "then are not in it; the current library is kept beside it.").format(
                   when=f"{chosen.created:%Y-%m-%d %H:%M}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.restore(chosen)

    def restore(self, chosen: BackupInfo) -> bool:
        """Restore ``chosen`` (after a safety backup of the current library) and reopen."""
        from chinese_teach.core.library import backup as bk
        from chinese_teach.core.library.startup import open_library

        if self.ctx.tasks.active:
            QMessageBox.warning(self.parent_widget, tr("Restore from Backup"), tr(
                "Wait until the work in progress has finished, then restore."))
            return False
        lib = self.ctx.library
        if lib is not None and lib.read_only:
            QMessageBox.warning(self.parent_widget, tr("Restore from Backup"), tr(
                "The library is open read-only ({why}); it cannot be replaced from here."
            ).format(why=lib.read_only_reason))
            return False
        self.restoring = True
        try:
            if lib is not None:
                self.ctx.set_library(None)  # pages save pending edits, then let go
                lib.close()  # the restore keeps it as a pre-restore backup
            moved = bk.restore(chosen.path, self.path)
            new = open_library(self.path, sample=False)
        except BaseException as exc:
            if not isinstance(exc, ChineseTeachError):
                self.restoring = False
                raise
            self.restoring = False
            self._fail(str(exc))
            self.ctx.library = None
            self.error = ""
            self.open()  # the old library is still in place when the restore failed
            return False
        self.restoring = False
        self.error = ""
        self.ctx.set_library(new)
        kept = tr(" The previous library was kept as {path}.").format(path=moved) if moved else ""
        QMessageBox.information(self.parent_widget, tr("Restore from Backup"), tr(
            "The backup from {when} UTC was restored.").format(
                when=f"{chosen.created:%Y-%m-%d %H:%M}") + kept)
        return True

    def close(self) -> None:
        """Close the connection (window closing)."""
        lib = self.ctx.library
        if lib is not None:
            lib.close()
            self.ctx.library = None


def read_only_text(lib: Library | None) -> str:
    """The banner text for a read-only library ("" when it is writable or not open)."""
    if lib is None or not lib.read_only:
        return ""
    return tr("Read-only library: {why}. You can read and export, but changes cannot be "
              "saved. Copy the library to a folder you can write to in order to edit it."
              ).format(why=lib.read_only_reason)


def make_banner() -> QLabel:
    """The strip shown under the menus while the library is read-only."""
    banner = QLabel()
    banner.setObjectName("library_banner")
    banner.setWordWrap(True)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.hide()
    return banner


def update_banner(banner: QLabel, lib: Library | None, error: str = "") -> None:
    """Show the read-only or unavailable message in ``banner`` (hide it otherwise)."""
    text = read_only_text(lib)
    if lib is None and error:
        text = tr("The library is unavailable: {err}").format(err=error)
    banner.setText(text)
    banner.setVisible(bool(text))
