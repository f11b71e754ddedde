"""Opening the library database safely: checks, migrations, read-only fallback, transactions.

* WAL journal, foreign keys on, ``synchronous=FULL`` (a save that returned is on disk).
* ``PRAGMA quick_check`` at open: a damaged file is moved aside (never deleted) and
  :class:`LibraryDamagedError` names the newest good backup so the GUI can offer it.
* A folder the app cannot write to (a school's shared drive) opens read-only;
  :attr:`LibraryDB.read_only` lets the GUI show a banner, writes raise
  :class:`LibraryReadOnlyError`.
* Migrations run forward only, each in one transaction after a backup.
* Every write goes through :meth:`LibraryDB.transaction` (nested calls become
  savepoints), so a user action that writes several rows is all-or-nothing.

SQL is only ever run with parameters; no statement is built from user text.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from chinese_teach.appinfo import VERSION
from chinese_teach.core.errors import LibraryError
from chinese_teach.core.labels import label
from chinese_teach.core.library import backup as backups
from chinese_teach.core.library import inuse
from chinese_teach.core.library.schema import MIGRATIONS, SCHEMA_VERSION, statements


class LibraryDamagedError(LibraryError):
    """The library file failed its check; it was moved aside and a backup may be offered."""

    def __init__(
        self,
        path: Path,
        moved_to: Path | None,
        backup: backups.BackupInfo | None,
        detail: str,
    ) -> None:
        self.path = path
        self.moved_to = moved_to
        self.backup = backup
        self.detail = detail
        if moved_to and backup:
            key = "error.library.damaged_kept_backup"
        elif moved_to:
            key = "error.library.damaged_kept"
        elif backup:
            key = "error.library.damaged_backup"
        else:
            key = "error.library.damaged"
        super().__init__(key=key, name=path.name, detail=detail,
                         kept=moved_to.name if moved_to else "",
                         when=f"{backup.created:%Y-%m-%d %H:%M}" if backup else "")


class LibraryMissingError(LibraryDamagedError):
    """No library file where one was: backups or a kept damaged file show there was one.

    Never answered by silently creating a new, empty library (whose automatic backup
    would then look newer than the real ones): the teacher restores a backup, or moves
    the old files away on purpose to start afresh.
    """

    def __init__(self, path: Path, kept: Path | None, backup: backups.BackupInfo | None) -> None:
        self.path = path
        self.moved_to = kept
        self.backup = backup
        self.detail = label("error.library.missing_detail")
        key = "error.library.missing_backup" if backup else "error.library.missing"
        LibraryError.__init__(
            self, key=key, name=path.name, folder=path.parent,
            kept=kept.name if kept else "-",
            when=f"{backup.created:%Y-%m-%d %H:%M}" if backup else "")


class LibraryReadOnlyError(LibraryError):
    """A write was attempted on a library opened read-only."""


class LibraryTooNewError(LibraryError):
    """The library was written by a newer version of the app."""


#: Seconds to wait for another connection's write lock before giving up.
BUSY_TIMEOUT = 10.0


def _location_writable(path: Path) -> bool:
    """Whether the app may write ``path`` and create its -wal/-shm files beside it."""
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class LibraryDB:
    """One connection to the library, owned by one writer thread at a time."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool, reason: str,
                 in_use: inuse.InUse | None = None) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        #: Why the library is read-only, in words for the GUI's banner ("" when writable).
        self.read_only_reason = reason
        self._lock = threading.RLock()
        self._depth = 0
        #: Why the automatic backup at opening failed, in words for a warning ("" if not).
        self.backup_warning = ""
        # the shared lock that keeps a restore from replacing the file under us
        self._in_use = in_use or inuse.InUse(None)

    # -- reading ---------------------------------------------------------------------
    def query(self, sql: str, params: tuple | list | dict = ()) -> list[sqlite3.Row]:
        """All rows of a read query."""
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: tuple | list = ()) -> sqlite3.Row | None:
        """The first row of a read query, or None."""
        with self._lock:
            return self.conn.execute(sql, params).fetchone()

    # -- writing ---------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All writes inside commit together or not at all (nested: a savepoint)."""
        with self._lock:
            if self.read_only:
                raise LibraryReadOnlyError(key="error.library.read_only",
                                           reason=self.read_only_reason)
            if self._depth:
                name = f"sp{self._depth}"
                self.conn.execute(f"SAVEPOINT {name}")
                self._depth += 1
                try:
                    yield self.conn
                except BaseException:
                    # SQLite may already have rolled the whole transaction back (a full
                    # disk): then there is no savepoint left, and the outer level reports
                    with contextlib.suppress(sqlite3.Error):
                        self.conn.execute(f"ROLLBACK TO {name}")
                        self.conn.execute(f"RELEASE {name}")
                    raise
                else:
                    self.conn.execute(f"RELEASE {name}")
                finally:
                    self._depth -= 1
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise LibraryError(key="error.library.busy", detail=exc) from exc
            self._depth = 1
            try:
                yield self.conn
            except sqlite3.Error as exc:  # a full disk, a lost drive: a message, not a trace
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise LibraryError(key="error.library.save", detail=exc) from exc
            except UnicodeEncodeError as exc:  # a lone surrogate in a text
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise LibraryError(key="error.library.bad_text") from exc
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    with contextlib.suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                    raise LibraryError(key="error.library.save", detail=exc) from exc
            finally:
                self._depth = 0

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # -- maintenance -----------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.query_one("PRAGMA user_version")[0])

    def integrity_check(self) -> list[str]:
        """``["ok"]`` for a sound file, else SQLite's list of problems."""
        return [r[0] for r in self.query("PRAGMA integrity_check")]

    def backup(self, reason: str = "manual", folder: Path | None = None) -> Path:
        """Write a backup now (SQLite backup API) and apply the rotation; returns its path."""
        folder = Path(folder) if folder else backups.backups_dir_for(self.path)
        with self._lock:
            made = backups.backup_connection(self.conn, folder, reason)
        backups.rotate(folder)
        return made

    def close(self) -> None:
        """Close the connection (a no-op if already closed)."""
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self.conn.close()
            self._in_use.release()


class _SnapshotConnection(sqlite3.Connection):
    """A read-only connection to a private copy of a library and its -wal, removed at close."""

    snapshot: tempfile.TemporaryDirectory | None = None

    def close(self) -> None:
        super().close()
        if self.snapshot is not None:
            self.snapshot.cleanup()
            self.snapshot = None


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that sees every committed change, wherever the file is.

    In a folder the app cannot write (a read-only drive, another user's folder), SQLite
    cannot create the -shm file a WAL library needs. Without a -wal (or with an empty
    one) the file alone is complete and is read as immutable; with committed data still
    in the -wal, the library and its -wal are read from a private temporary copy, where
    SQLite can rebuild the index, instead of hiding those changes.
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None,
                           check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    if not (wal.is_file() and wal.stat().st_size):
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None,
                               check_same_thread=False)
    snapshot = tempfile.TemporaryDirectory(prefix="chinese-teach-library-")
    try:
        copy = Path(snapshot.name) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        snap = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False, factory=_SnapshotConnection)
    except BaseException:
        snapshot.cleanup()
        raise
    snap.snapshot = snapshot
    return snap


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = connect_read_only(path)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                               timeout=BUSY_TIMEOUT)
    conn.row_factory = sqlite3.Row
    return conn


def _quick_check(conn: sqlite3.Connection, read_only: bool, path: Path) -> str:
    """"ok" or a short description of the damage.

    A busy or unreachable file is not damage: that raises :class:`LibraryError` and
    the file is left alone. A folder without shared-memory support (some network
    drives) keeps the rollback journal instead of WAL.
    """
    try:
        if not read_only:
            conn.execute("PRAGMA journal_mode=WAL").fetchone()
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.OperationalError as exc:
        raise LibraryError(key="error.library.locked", name=path.name, detail=exc) from exc
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows != ["ok"]:
        return "; ".join(rows[:3])
    return "ok"


def _migrate(db: LibraryDB, backups_folder: Path | None) -> None:
    version = db.schema_version
    if version > SCHEMA_VERSION:
        raise LibraryTooNewError(key="error.library.too_new", name=db.path.name,
                                 version=version, supported=SCHEMA_VERSION)
    if version == SCHEMA_VERSION:
        return
    if db.read_only:
        raise LibraryError(key="error.library.upgrade_read_only", name=db.path.name,
                           reason=db.read_only_reason)
    saved = db.backup("pre-migration", backups_folder) if version > 0 else None
    for target in range(version + 1, SCHEMA_VERSION + 1):
        try:
            with db.transaction() as conn:
                for stmt in statements(MIGRATIONS[target]):
                    conn.execute(stmt)
                conn.execute(f"PRAGMA user_version = {int(target)}")
                conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('app_version', ?)",
                    (VERSION,),
                )
                if target == 1:
                    conn.execute("INSERT INTO meta(key, value) VALUES ('created', ?)", (_now(),))
        except (sqlite3.Error, LibraryError) as exc:
            if isinstance(exc, LibraryError) and not isinstance(exc.__cause__, sqlite3.Error):
                raise
            cause = exc.__cause__ if isinstance(exc, LibraryError) else exc
            if saved:
                raise LibraryError(key="error.library.upgrade_backup", format=target,
                                   detail=cause, backup=saved.name) from cause
            raise LibraryError(key="error.library.upgrade", format=target,
                               detail=cause) from cause


def _left_behind(path: Path, folder: Path) -> tuple[Path | None, list[backups.BackupInfo]]:
    """The newest damaged or set-aside copy of the library at ``path``, and its backups."""
    kept = sorted((p for p in path.parent.glob(f"{path.name}.*-*")
                   if not p.name.endswith(("-wal", "-shm")) and p.is_file()),
                  key=lambda p: p.stat().st_mtime, reverse=True)
    return (kept[0] if kept else None), backups.list_backups(folder)


def open_db(path: Path, backups_folder: Path | None = None, auto_backup: bool = True) -> LibraryDB:
    """Open (creating if needed) the library at ``path``; see the module docstring.

    Raises :class:`LibraryDamagedError`, :class:`LibraryTooNewError` or
    :class:`LibraryError` with a message for the teacher.
    """
    path = Path(path)
    folder = Path(backups_folder) if backups_folder else backups.backups_dir_for(path)
    writable = _location_writable(path)
    creating = not path.exists()
    if creating:
        kept, found = _left_behind(path, folder)
        if kept or found:
            raise LibraryMissingError(path, kept, backups.newest_good_backup(folder))
    if creating and not writable:
        raise LibraryError(key="error.library.cannot_create", folder=path.parent)
    # in words for the GUI's banner: the message language when the library is opened
    reason = "" if writable else label("error.library.folder_read_only", folder=path.parent)
    held = inuse.hold(path, BUSY_TIMEOUT) if writable else inuse.InUse(None)
    try:
        conn = _connect(path, read_only=not writable)
    except sqlite3.Error as exc:
        held.release()
        raise LibraryError(key="error.library.open", path=path, detail=exc) from exc
    try:
        status = _quick_check(conn, read_only=not writable, path=path)
    except LibraryError:
        conn.close()
        held.release()
        raise
    if status != "ok":
        conn.close()
        held.release()
        moved = backups.move_aside_damaged(path) if writable else None
        raise LibraryDamagedError(path, moved, backups.newest_good_backup(folder), status)
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
        if writable:
            conn.execute("PRAGMA synchronous=FULL")
    db = LibraryDB(conn, path, read_only=not writable, reason=reason, in_use=held)
    try:
        _migrate(db, folder)
        if writable:  # leftovers of a backup or restore killed half-way
            backups.remove_stale_temporaries(folder)
            backups.remove_stale_temporaries(path.parent)
        # a brand-new library's backup would only shadow older real ones: none at creation
        if writable and auto_backup and not creating and backups.backup_due(folder):
            try:
                db.backup("auto", folder)
            except LibraryError as exc:  # a nearly full disk: warn, never lock the teacher out
                db.backup_warning = label("error.backup.auto_failed", detail=exc)
    except BaseException:
        db.close()
        raise
    return db
