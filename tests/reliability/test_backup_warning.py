"""A failed automatic backup (a nearly full disk) is a warning, never a lock-out.

Before: when the day's automatic backup could not be written, the library could not
be opened at all: not ``course list``, not the window.
"""

from __future__ import annotations

import os
import shutil
from datetime import timedelta
from pathlib import Path

from chinese_teach.cli import main
from chinese_teach.core.library import Course, Library
from chinese_teach.core.library import backup as bk
from chinese_teach.core.library.startup import open_library
from tests.reliability.smalldisk import fill, small_disk
from tests.reliability.test_library_session import home, make_window  # noqa: F401


def _age_backups(folder: Path) -> None:
    """Make every backup two days old, so that the next start wants a new one."""
    for info in bk.list_backups(folder):
        old = (info.created - timedelta(days=2)).strftime("%Y%m%d-%H%M%S-%f")
        info.path.rename(folder / f"library-{old}-{info.reason}.sqlite")


def test_a_full_disk_at_start_opens_the_library_with_a_warning(tmp_path, fresh_home, capsys):
    with small_disk(tmp_path / "disk", "8m") as disk:
        home = disk / "home"
        home.mkdir()
        os.symlink(fresh_home / "corpus.sqlite", home / "corpus.sqlite")
        os.environ["CHINESE_TEACH_HOME"] = str(home)
        try:
            with open_library(home / "library.sqlite") as lib:  # first run: sample course
                lib.save_course(Course(name="Mine"))
                for n in range(40):  # a library of some size: its backup will not fit
                    lib.save_course(Course(name=f"Course {n}", notes=f"{n} 课文" * 2000))
                lib.db.backup("manual")
            assert (home / "library.sqlite").stat().st_size > 200_000
            _age_backups(home / "backups")
            before = {b.path for b in bk.list_backups(home / "backups")}
            filler = fill(disk, 64_000)  # room for the day's saves, not for a backup
            assert main(["course", "list"]) == 0
            out, err = capsys.readouterr()
            assert "Mine" in out
            assert "warning: The daily automatic backup could not be written" in err
            assert err.count("\n") == 1
            assert {b.path for b in bk.list_backups(home / "backups")} == before
            assert not [p for p in (home / "backups").iterdir() if p.name.startswith(".")]
            filler.unlink()
            assert main(["course", "list"]) == 0  # room again: the backup is made
            assert capsys.readouterr().err == ""
            assert len(bk.list_backups(home / "backups")) == 2
        finally:
            os.environ["CHINESE_TEACH_HOME"] = str(fresh_home)


def test_the_window_opens_when_the_backup_cannot_be_written(home, qtbot, messages):  # noqa: F811
    with Library.open(home / "library.sqlite") as lib:
        lib.save_course(Course(name="Mine"))
        lib.db.backup("manual")
    _age_backups(home / "backups")
    # a backups "folder" that cannot be written to (the same error as a full disk)
    shutil.rmtree(home / "backups")
    (home / "backups").write_text("not a folder")
    win = make_window(qtbot)
    lib = win.ctx.library
    assert lib is not None and not lib.read_only
    assert "Mine" in [c.name for c in lib.courses()]
    assert [kind for kind, _ in messages] == ["warning"]
    assert "automatic backup could not be written" in messages[0][1]
    lib.save_course(Course(name="Saved after the warning"))  # usable, not read-only
    win.close()
