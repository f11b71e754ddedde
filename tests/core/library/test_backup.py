"""Backups, rotation, restore, damaged-library detection and migrations."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from chinese_teach.core.errors import LibraryError
from chinese_teach.core.library import Course, Lesson, Library, LibraryDamagedError
from chinese_teach.core.library import backup as bk
from chinese_teach.core.library import db as dbmod


def _make(path: Path, name: str = "Kept course") -> str:
    with Library.open(path) as lib:
        c = lib.save_course(Course(name=name))
        lib.save_lesson(Lesson(course_id=c.id, title="L1"))
        return c.id


def test_auto_backup_at_start_once_a_day(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _make(path)
    folder = tmp_path / "backups"
    assert bk.list_backups(folder) == []  # none of the brand-new library at its creation
    Library.open(path).close()
    first = bk.list_backups(folder)
    assert [b.reason for b in first] == ["auto"]
    Library.open(path).close()
    assert len(bk.list_backups(folder)) == 1
    assert not bk.backup_due(folder)
    assert bk.backup_due(folder, now=datetime.now(UTC) + timedelta(days=1, seconds=1))


def test_manual_backup_is_consistent_copy(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    cid = _make(path)
    with Library.open(path) as lib:
        made = lib.db.backup("manual")
    assert bk.check_backup(made) == (True, "ok")
    conn = sqlite3.connect(made)
    assert conn.execute("SELECT name FROM courses WHERE id = ?", (cid,)).fetchone() == (
        "Kept course",)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert not list(made.parent.glob(".*tmp"))


def test_rotation_bounds_backups(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _make(path)
    folder = tmp_path / "rot"
    conn = sqlite3.connect(path)
    start = datetime(2026, 1, 1, 8, tzinfo=UTC)
    for day in range(60):
        for hour in (0, 5):
            bk.backup_connection(conn, folder, "auto", start + timedelta(days=day, hours=hour))
    for n in range(5):
        bk.backup_connection(conn, folder, "pre-migration", start + timedelta(days=n))
    conn.close()
    deleted = bk.rotate(folder)
    kept = bk.list_backups(folder)
    assert len(kept) + len(deleted) == 125
    assert len(kept) <= bk.DAILY + bk.WEEKLY + bk.SAFETY
    newest = start + timedelta(days=59, hours=5)
    assert kept[0].created == newest
    days = {b.created.date() for b in kept if b.reason == "auto"}
    assert {(newest - timedelta(days=d)).date() for d in range(10)} <= days
    assert sum(b.reason == "pre-migration" for b in kept) == bk.SAFETY
    assert min(b.created for b in kept if b.reason == "auto") < newest - timedelta(days=14)


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for off in range(4096 + 100, len(data), 997):  # leave the header, wreck the pages
        data[off] = (data[off] + 0x5A) % 256
    path.write_bytes(bytes(data))


def _checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.mark.parametrize("damage", ["pages", "garbage", "truncated"])
def test_damaged_library_moved_aside_and_backup_offered(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "library.sqlite"
    cid = _make(path)
    with Library.open(path) as lib:
        lib.db.backup("manual")  # the start-up backup was taken before the course existed
    _checkpoint(path)
    if damage == "pages":
        _corrupt(path)
    elif damage == "garbage":
        path.write_bytes(b"this is not a database at all" * 200)
    else:
        path.write_bytes(path.read_bytes()[:5000])
    original = path.read_bytes()
    with pytest.raises(LibraryDamagedError) as info:
        Library.open(path)
    err = info.value
    assert isinstance(err, LibraryError)
    assert not path.exists()
    assert err.moved_to is not None and err.moved_to.read_bytes() == original  # never deleted
    assert err.backup is not None and err.backup.reason == "manual"
    assert "damaged" in str(err) and "backup" in str(err)
    moved = bk.restore(err.backup.path, path)
    assert moved is None  # nothing left at the path to move
    with Library.open(path) as lib:
        assert lib.course(cid).name == "Kept course"
        assert lib.db.integrity_check() == ["ok"]


def test_damaged_without_backup_says_so(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    path.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(LibraryDamagedError, match="No good backup") as info:
        Library.open(path)
    assert info.value.backup is None and info.value.moved_to.exists()


def test_restore_keeps_current_library_aside(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _make(path, "Old")
    with Library.open(path) as lib:
        made = lib.db.backup("manual")
        lib.save_course(Course(name="Added after backup"))
    moved = bk.restore(made, path)
    # kept as a pre-restore backup (bounded by the rotation), not a full copy for ever
    assert moved is not None and moved.exists() and moved.parent == tmp_path / "backups"
    assert next(b.reason for b in bk.list_backups(tmp_path / "backups")) == "pre-restore"
    assert not list(tmp_path.glob("library.sqlite.before-restore*"))
    with Library.open(path) as lib:
        assert [c.name for c in lib.courses()] == ["Old"]
    with Library.open(moved) as old:
        assert {c.name for c in old.courses()} == {"Old", "Added after backup"}


def test_restore_refuses_bad_backup(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _make(path)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"nope")
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="cannot be used"):
        bk.restore(bad, path)
    assert path.read_bytes() == before


def test_migration_backs_up_first_and_applies(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "library.sqlite"
    cid = _make(path)
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(dbmod.MIGRATIONS, 2, "ALTER TABLE courses ADD COLUMN colour TEXT;")
    with Library.open(path) as lib:
        assert lib.db.schema_version == 2
        cols = [r[1] for r in lib.db.query("PRAGMA table_info(courses)")]
        assert "colour" in cols and lib.course(cid).name == "Kept course"
    pre = [b for b in bk.list_backups(tmp_path / "backups") if b.reason == "pre-migration"]
    assert len(pre) == 1
    conn = sqlite3.connect(pre[0].path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_failed_migration_leaves_library_unchanged(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "library.sqlite"
    _make(path)
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(dbmod.MIGRATIONS, 2, "ALTER TABLE courses ADD COLUMN colour TEXT;\n"
                                             "INSERT INTO no_such_table VALUES (1);")
    with pytest.raises(LibraryError, match="Could not upgrade"):
        Library.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "colour" not in [r[1] for r in conn.execute("PRAGMA table_info(courses)")]
    conn.close()


def test_read_only_wal_library_without_shm(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "library.sqlite"
    cid = _make(path)
    _checkpoint(path)
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    monkeypatch.setattr(dbmod, "_location_writable", lambda p: False)
    with Library.open(path) as lib:
        assert lib.read_only
        assert lib.course(cid).name == "Kept course"


def test_cannot_create_in_read_only_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(dbmod, "_location_writable", lambda p: False)
    with pytest.raises(LibraryError, match="read-only"):
        Library.open(tmp_path / "new.sqlite")


def test_locked_library_is_not_treated_as_damaged(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "library.sqlite"
    _make(path)
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT", 0.2)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
    try:
        with pytest.raises(LibraryError, match="cannot be opened right now") as info:
            Library.open(path)
        assert not isinstance(info.value, LibraryDamagedError)
        assert path.exists() and not list(tmp_path.glob("*.damaged-*"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    Library.open(path).close()
