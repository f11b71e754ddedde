"""Backups of the library with SQLite's online backup API, bounded rotation, check, restore.

Backups are whole, self-contained SQLite files in ``<library folder>/backups``
named ``library-YYYYmmdd-HHMMSS-ffffff-REASON.sqlite`` (UTC). They are taken at
start when the newest is older than a day, before every migration, before a
restore, and on demand. Rotation keeps the newest backup of each of the last
``DAILY`` days that have one, the newest of each of the last ``WEEKLY`` weeks,
the newest ``MANUAL`` backups the teacher made, and the newest ``SAFETY`` backups
taken before a migration or a restore.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from chinese_teach.core.errors import LibraryError

DAILY = 10
WEEKLY = 4
SAFETY = 3
MANUAL = 10
MAX_AGE = timedelta(days=1)

REASONS = ("auto", "manual", "pre-migration", "pre-restore")
_NAME = re.compile(
    r"^library-(\d{8}-\d{6}-\d{6})-(auto|manual|pre-migration|pre-restore)\.sqlite$"
)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file."""

    path: Path
    created: datetime  # UTC
    reason: str
    size: int

    def to_dict(self) -> dict:
        return {
            "path": str(self.path),
            "created": self.created.isoformat(timespec="seconds"),
            "reason": self.reason,
            "size": self.size,
        }


def backups_dir_for(library_path: Path) -> Path:
    """The folder that holds the backups of the library at ``library_path``."""
    return Path(library_path).parent / "backups"


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (files with other names are ignored)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
        found.append(BackupInfo(entry, created, match.group(2), entry.stat().st_size))
    found.sort(key=lambda b: b.created, reverse=True)
    return found


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def backup_connection(
    conn: sqlite3.Connection, folder: Path, reason: str = "manual", now: datetime | None = None
) -> Path:
    """Copy the database behind ``conn`` into a new backup file in ``folder``; returns its path.

    Uses SQLite's online backup API, so it is consistent even while the app runs.
    The copy is written under a temporary name and renamed when complete.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = Path(folder)
    now = now or datetime.now(UTC)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = now.strftime("%Y%m%d-%H%M%S-%f")
        final = folder / f"library-{stamp}-{reason}.sqlite"
        while final.exists():  # two backups in the same microsecond (tests, fast clocks)
            now += timedelta(microseconds=1)
            stamp = now.strftime("%Y%m%d-%H%M%S-%f")
            final = folder / f"library-{stamp}-{reason}.sqlite"
        tmp = folder / f".{final.name}.tmp"
        try:
            dst = sqlite3.connect(tmp)
            try:
                conn.backup(dst)
                # A backup is one self-contained file: no -wal/-shm companions.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
            _fsync(tmp)
            os.replace(tmp, final)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    except (OSError, sqlite3.Error) as exc:
        raise LibraryError(key="error.backup.write", folder=folder, detail=exc) from exc
    return final


@functools.cache
def _expected_schema(version: int) -> dict[tuple[str, str], object]:
    """What a library of format ``version`` holds: ``{(type, name): columns or SQL}``,
    from running the migrations on an empty database."""
    from chinese_teach.core.library.schema import MIGRATIONS, statements

    conn = sqlite3.connect(":memory:")
    try:
        for target in range(1, version + 1):
            for stmt in statements(MIGRATIONS[target]):
                conn.execute(stmt)
        return _schema_of(conn)
    finally:
        conn.close()


def _schema_of(conn: sqlite3.Connection) -> dict[tuple[str, str], object]:
    found: dict[tuple[str, str], object] = {}
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master "
                        "WHERE name NOT LIKE 'sqlite_%'").fetchall()
    for kind, name, sql in rows:
        if kind == "table":
            cols = tuple(r[0] for r in conn.execute(
                "SELECT name FROM pragma_table_xinfo(?) ORDER BY cid", (name,)))
            found[(kind, name)] = cols
        elif kind in ("trigger", "view"):
            found[(kind, name)] = sql
    return found


def library_problem(conn: sqlite3.Connection) -> str | None:
    """Why the database behind ``conn`` is not a library this app can safely use, or None.

    Checks the format (known, not newer than this app), that every table has exactly
    the expected columns, that there is no table of its own, and no trigger or view
    other than the app's: a trigger smuggled into a "backup" would run on the next save.
    """
    from chinese_teach.core.library.schema import SCHEMA_VERSION

    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        return (f"written by a newer version of Chinese Teach (library format {version}, "
                f"this version reads up to {SCHEMA_VERSION})")
    if version < 1:
        return "not a Chinese Teach library"
    expected = _expected_schema(version)
    found = _schema_of(conn)
    for key in sorted(set(found) - set(expected)):
        if key[0] in ("trigger", "view"):
            return f"it contains a {key[0]} ({key[1]}) that Chinese Teach does not make"
        return f"not a Chinese Teach library (unexpected {key[0]} {key[1]})"
    for key in sorted(set(expected) - set(found)):
        return f"not a Chinese Teach library ({key[0]} {key[1]} is missing)"
    for key, value in expected.items():
        if found[key] != value:
            return f"not a Chinese Teach library ({key[0]} {key[1]} differs)"
    return None


def check_backup(path: Path) -> tuple[bool, str]:
    """``(True, "ok")`` if ``path`` is an intact library file this app can use, else
    ``(False, reason)``: integrity, format and structure are checked (see
    :func:`library_problem`)."""
    path = Path(path)
    if not path.is_file():
        return False, "file not found"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                return False, "; ".join(rows[:3])
            problem = library_problem(conn)
            if problem:
                return False, problem
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return False, str(exc)
    return True, "ok"


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup in ``folder`` that passes :func:`check_backup`."""
    for info in list_backups(folder):
        if check_backup(info.path)[0]:
            return info
    return None


def rotate(
    folder: Path, daily: int = DAILY, weekly: int = WEEKLY, safety: int = SAFETY,
    manual: int = MANUAL,
) -> list[Path]:
    """Delete backups beyond the rotation policy; returns the deleted paths.

    Automatic backups keep the newest of each of the last ``daily`` days and ``weekly``
    weeks; the teacher's own ("manual") backups are rotated apart, the newest ``manual``
    kept, so making one never deletes another backup of the same day. Leftovers of an
    interrupted backup (temporary files older than :data:`STALE`) are removed too.
    """
    remove_stale_temporaries(folder)
    backups = list_backups(folder)
    keep: set[Path] = set()
    if backups:
        keep.add(backups[0].path)
    days: dict[object, Path] = {}
    weeks: dict[object, Path] = {}
    safety_kept = manual_kept = 0
    for info in backups:  # newest first: the first seen per day/week is that period's newest
        if info.reason in ("pre-migration", "pre-restore"):
            if safety_kept < safety:
                keep.add(info.path)
                safety_kept += 1
            continue
        if info.reason == "manual":
            if manual_kept < manual:
                keep.add(info.path)
                manual_kept += 1
            continue
        day = info.created.date()
        if day not in days and len(days) < daily:
            days[day] = info.path
        week = info.created.isocalendar()[:2]
        if week not in weeks and len(weeks) < weekly:
            weeks[week] = info.path
    keep.update(days.values())
    keep.update(weeks.values())
    deleted = []
    for info in backups:
        if info.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
            deleted.append(info.path)
    return deleted


#: A temporary file of a backup or restore this old was left by a killed program.
STALE = timedelta(minutes=30)
_TEMPORARY = re.compile(r"^\.library.*\.tmp(-journal|-wal|-shm)?$")


def remove_stale_temporaries(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the temporary files (and their -journal) that a backup or restore killed
    half-way left in ``folder``; returns them. Recent ones may belong to a backup
    running right now and are left alone."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    now = now or datetime.now(UTC)
    removed = []
    for entry in folder.iterdir():
        if not _TEMPORARY.match(entry.name) or not entry.is_file():
            continue
        with contextlib.suppress(OSError):
            age = now - datetime.fromtimestamp(entry.stat().st_mtime, UTC)
            if age > STALE:
                entry.unlink()
                removed.append(entry)
    return removed


def backup_due(folder: Path, now: datetime | None = None, max_age: timedelta = MAX_AGE) -> bool:
    """True when there is no backup younger than ``max_age``."""
    now = now or datetime.now(UTC)
    backups = list_backups(folder)
    return not backups or now - backups[0].created >= max_age


def _move_aside(path: Path, label: str, keep_original: bool = False) -> Path | None:
    """Rename ``path`` (and its -wal/-shm) to ``path.LABEL-STAMP``; never deletes.

    With ``keep_original`` the file itself is linked (or copied) there instead, so that
    ``path`` exists until the caller replaces it in one rename.
    """
    if not path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    if not keep_original:
        os.replace(path, target)
        return target
    try:
        os.link(path, target)
    except OSError:  # file systems without hard links
        shutil.copy2(path, target)
    return target


def _set_aside_intact(library_path: Path, folder: Path) -> Path:
    """Keep the intact library as a ``pre-restore`` backup and clear its -wal/-shm.

    Run while holding the library alone: its write-ahead log is folded in first, so the
    backup holds every save, and no stale -wal is left to be applied to the restored file.
    """
    conn = sqlite3.connect(library_path, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        kept = backup_connection(conn, folder, "pre-restore")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        companion = library_path.with_name(library_path.name + suffix)
        if suffix == "-wal" and companion.is_file() and companion.stat().st_size:
            _move_aside(companion, "before-restore")  # not folded in: keep, never delete
        else:
            with contextlib.suppress(FileNotFoundError):
                companion.unlink()
    return kept


def restore(backup: Path, library_path: Path) -> Path | None:
    """Replace the library file with ``backup``; returns where the old library is kept.

    The backup is checked first. Refused (:class:`LibraryError`, ``error.library.in_use``)
    while another program has the library open: it would go on saving into the old
    file. An intact current library is kept as a ``pre-restore`` backup (bounded by the
    rotation); a damaged one is renamed ``library.sqlite.before-restore-STAMP`` with its
    -wal/-shm. The backup replaces the library in one rename, so there is never a moment
    without a library file. The library must not be open in this process.
    """
    from chinese_teach.core.library import inuse

    backup, library_path = Path(backup), Path(library_path)
    ok, why = check_backup(backup)
    if not ok:
        raise LibraryError(key="error.backup.unusable", name=backup.name, detail=why)
    folder = library_path.parent
    tmp = folder / f".{library_path.name}.restore.tmp"
    with inuse.exclusive(library_path):
        try:
            shutil.copyfile(backup, tmp)
            _fsync(tmp)
            kept = None
            if library_path.exists():
                if check_backup(library_path)[0]:
                    kept = _set_aside_intact(library_path, backups_dir_for(library_path))
                    rotate(backups_dir_for(library_path))
                else:
                    kept = _move_aside(library_path, "before-restore", keep_original=True)
            os.replace(tmp, library_path)
            _fsync_dir(folder)
        except (OSError, sqlite3.Error) as exc:
            raise LibraryError(key="error.backup.restore", name=backup.name,
                               detail=exc) from exc
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    return kept


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def move_aside_damaged(library_path: Path) -> Path | None:
    """Keep a damaged library (and its -wal/-shm) under a new name; returns it."""
    return _move_aside(Path(library_path), "damaged")
