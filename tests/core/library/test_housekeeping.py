"""Housekeeping of backups: leftovers of a killed backup are removed, the teacher's own
backups never delete others of the same day, and restores keep a bounded number of
copies."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from chinese_teach.core.library import Course, Library
from chinese_teach.core.library import backup as bk


def test_leftovers_of_a_killed_backup_are_removed_at_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        lib.save_course(Course(name="Mine"))
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    old = [folder / ".library-20260101-000000-000000-auto.sqlite.tmp",
           folder / ".library-20260101-000000-000000-auto.sqlite.tmp-journal",
           tmp_path / ".library.sqlite.restore.tmp"]
    fresh = folder / ".library-20991231-000000-000000-auto.sqlite.tmp"
    for leftover in [*old, fresh]:
        leftover.write_bytes(b"x" * 1000)
    an_hour_ago = time.time() - 3600
    for leftover in old:
        os.utime(leftover, (an_hour_ago, an_hour_ago))
    Library.open(path).close()
    assert not any(p.exists() for p in old)
    assert fresh.exists()  # may belong to a backup running right now
    assert (tmp_path / ".library.sqlite.lock").exists()  # not a leftover


def test_a_manual_backup_keeps_the_other_backups_of_the_day(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        lib.save_course(Course(name="Mine"))
        folder = tmp_path / "backups"
        morning = bk.backup_connection(lib.db.conn, folder, "auto",
                                       now=datetime.now(UTC) - timedelta(hours=1))
        first = lib.db.backup("manual")
        second = lib.db.backup("manual")
    assert morning.exists() and first.exists() and second.exists()


def test_manual_backups_are_bounded_too(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        made = [lib.db.backup("manual") for _ in range(bk.MANUAL + 3)]
    kept = [b.path for b in bk.list_backups(tmp_path / "backups") if b.reason == "manual"]
    assert kept == list(reversed(made[-bk.MANUAL:]))


def test_repeated_restores_keep_a_bounded_number_of_copies(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        lib.save_course(Course(name="Mine"))
        made = lib.db.backup("manual")
    for _ in range(bk.SAFETY + 3):
        bk.restore(made, path)
    infos = bk.list_backups(tmp_path / "backups")
    assert sum(1 for b in infos if b.reason == "pre-restore") == bk.SAFETY
    assert not list(tmp_path.glob("library.sqlite.before-restore*"))
