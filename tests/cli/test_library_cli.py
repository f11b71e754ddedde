"""``chinese-teach library backup|restore|check``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from chinese_teach.cli import main
from chinese_teach.core.library import backup as bk


def _library(home: Path) -> Path:
    return home / "library.sqlite"


def test_backup_check_and_restore(fresh_home: Path, capsys) -> None:
    assert main(["course", "list"]) == 0  # creates the library with its sample course
    capsys.readouterr()
    assert main(["library", "backup"]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.exists() and made.parent == fresh_home / "backups"
    assert bk.check_backup(made) == (True, "ok")

    assert main(["library", "check", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["ok"] and info["counts"]["lessons"] == 4 and info["counts"]["courses"] == 1
    assert info["newest_good_backup"]["path"] == str(made)
    assert main(["library", "check"]) == 0
    assert "Check: OK" in capsys.readouterr().out

    # A change after the backup, then restore: the change is gone, the old library kept
    # as a pre-restore backup (bounded by the rotation, not a full copy for ever).
    conn = sqlite3.connect(_library(fresh_home))
    conn.execute("DELETE FROM courses")
    conn.commit()
    conn.close()
    assert main(["library", "restore", str(made)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "kept as" in out
    assert main(["course", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert not list(fresh_home.glob("library.sqlite.before-restore-*"))
    kept = [b for b in bk.list_backups(fresh_home / "backups") if b.reason == "pre-restore"]
    assert len(kept) == 1 and str(kept[0].path) in out
    with sqlite3.connect(kept[0].path) as old:
        assert old.execute("SELECT count(*) FROM courses").fetchone() == (0,)


def test_damaged_library_check_and_restore_newest(fresh_home: Path, capsys) -> None:
    assert main(["course", "list"]) == 0
    assert main(["library", "backup"]) == 0
    capsys.readouterr()
    lib = _library(fresh_home)
    conn = sqlite3.connect(lib)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    lib.write_bytes(b"garbage" * 5000)
    assert main(["library", "check"]) == 1
    out = capsys.readouterr().out
    assert "DAMAGED" in out and "library restore" in out
    # Opening the damaged library names the backup and keeps the file.
    assert main(["course", "list"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "backup" in err
    kept = [p for p in fresh_home.glob("library.sqlite.damaged-*")
            if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and kept[0].read_bytes() == b"garbage" * 5000
    assert main(["library", "restore"]) == 0
    capsys.readouterr()
    assert main(["library", "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["lessons"] == 4


def test_restore_refuses_bad_file(fresh_home: Path, capsys, tmp_path: Path) -> None:
    assert main(["course", "list"]) == 0
    bad = tmp_path / "x.sqlite"
    bad.write_bytes(b"nope")
    before = _library(fresh_home).read_bytes()
    assert main(["library", "restore", str(bad)]) == 1
    assert "cannot be used" in capsys.readouterr().err
    assert _library(fresh_home).read_bytes() == before


def test_check_without_library(fresh_home: Path, capsys) -> None:
    assert main(["library", "check"]) == 0
    assert "No library yet" in capsys.readouterr().out
