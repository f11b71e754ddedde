"""A damaged or missing library is never replaced silently by a new, empty one.

Before: the first start after damage said so and named the good backup; the second
silently created a new library with a sample course and an "auto" backup of it, which
``library restore`` then picked as the newest. A missing library.sqlite next to its
backups was not noticed either.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chinese_teach.cli import main
from chinese_teach.core.library import (
    Course,
    Library,
    LibraryDamagedError,
    LibraryMissingError,
)
from chinese_teach.core.library import backup as bk


def _real_library(path: Path) -> Path:
    with Library.open(path) as lib:
        lib.save_course(Course(name="A term of work"))
        return lib.db.backup("manual")


def test_second_start_after_damage_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    good = _real_library(path)
    path.write_bytes(path.read_bytes()[:3000])
    with pytest.raises(LibraryDamagedError):
        Library.open(path)
    with pytest.raises(LibraryMissingError, match="no new library was created") as info:
        Library.open(path)
    assert not path.exists()
    assert info.value.backup is not None and info.value.backup.path == good
    assert info.value.moved_to is not None and "damaged" in info.value.moved_to.name
    assert [b.path for b in bk.list_backups(tmp_path / "backups")] == [good]
    bk.restore(info.value.backup.path, path)
    with Library.open(path) as lib:
        assert [c.name for c in lib.courses()] == ["A term of work"]


def test_missing_library_beside_backups_is_noticed(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    good = _real_library(path)
    for name in ("library.sqlite", "library.sqlite-wal", "library.sqlite-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    with pytest.raises(LibraryMissingError, match="has backups") as info:
        Library.open(path)
    assert info.value.backup.path == good and info.value.moved_to is None
    assert not path.exists()


def test_missing_library_with_only_a_damaged_copy(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    path.write_bytes(b"garbage" * 1000)
    with pytest.raises(LibraryDamagedError):
        Library.open(path)
    with pytest.raises(LibraryMissingError, match=r"kept copy: library\.sqlite\.damaged-"):
        Library.open(path)


def test_a_brand_new_library_makes_no_backup_that_would_shadow_real_ones(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    assert bk.list_backups(tmp_path / "backups") == []
    with Library.open(path) as lib:  # the next start backs up a library that has content
        lib.save_course(Course(name="Mine"))
    Library.open(path).close()
    assert [b.reason for b in bk.list_backups(tmp_path / "backups")] == ["auto"]


def test_cli_recovery_after_damage_restores_the_real_backup(fresh_home: Path, capsys) -> None:
    assert main(["course", "list"]) == 0
    with Library.open(fresh_home / "library.sqlite") as lib:
        lib.save_course(Course(name="Real work"))
    assert main(["library", "backup"]) == 0
    library = fresh_home / "library.sqlite"
    library.write_bytes(library.read_bytes()[:4096])
    capsys.readouterr()
    assert main(["course", "list"]) == 1
    assert "damaged" in capsys.readouterr().err
    assert main(["course", "list"]) == 1  # the second time: still nothing created
    assert "no new library was created" in capsys.readouterr().err
    assert not library.exists()
    assert main(["library", "restore"]) == 0
    capsys.readouterr()
    assert main(["course", "list"]) == 0
    assert "Real work" in capsys.readouterr().out
