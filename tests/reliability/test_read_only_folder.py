"""The documented read-only mode on a *real* read-only data folder (a read-only bind mount).

Before: the window crashed creating ``logs/``, ``annotate`` and ``reader`` crashed
creating ``cache/``, ``library check`` called an intact library DAMAGED and advised a
restore, and committed changes that were still only in the -wal (no -shm) were hidden.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chinese_teach import paths
from chinese_teach.cli import main
from chinese_teach.core.library import Correction, Course, Library
from chinese_teach.core.library.startup import open_library
from tests.reliability.smalldisk import read_only_view


@pytest.fixture
def ro_home(tmp_path: Path, fresh_home: Path, monkeypatch: pytest.MonkeyPatch):
    """A data folder with a library (and no cache/ or logs/), seen read-only."""
    with open_library(fresh_home / "library.sqlite") as lib:
        lib.save_course(Course(name="Term one"))
    for name in ("cache", "logs"):
        shutil.rmtree(fresh_home / name, ignore_errors=True)
    with read_only_view(fresh_home, tmp_path / "ro") as view:
        monkeypatch.setenv("CHINESE_TEACH_HOME", str(view))
        monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
        (tmp_path / "tmp").mkdir()
        yield view


def test_commands_work_on_a_read_only_data_folder(ro_home: Path, tmp_path: Path, capsys):
    text = tmp_path / "text.txt"
    text.write_text("我们一起去银行吧。", encoding="utf-8")
    assert main(["course", "list"]) == 0
    assert "Term one" in capsys.readouterr().out
    assert main(["annotate", str(text)]) == 0
    assert "yín" in capsys.readouterr().out
    assert main(["reader", str(text), "-o", str(tmp_path / "r.html")]) == 0
    assert main(["library", "check"]) == 0
    out = capsys.readouterr().out
    assert "Check: OK" in out and "DAMAGED" not in out and "restore" not in out
    assert not (ro_home / "cache").exists() and paths.cache_dir().is_dir()
    assert os.access(paths.log_dir(), os.W_OK)


def test_changes_only_in_the_wal_are_not_hidden(tmp_path: Path, fresh_home: Path,
                                                monkeypatch: pytest.MonkeyPatch):
    live = tmp_path / "live"
    live.mkdir()
    lib = Library.open(live / "library.sqlite")
    lib.db.conn.execute("PRAGMA wal_autocheckpoint=0")
    for n in range(5):
        lib.save_correction(Correction(word="银行", pinyin=("yín", "háng"), left=str(n)))
    source = tmp_path / "copy"
    source.mkdir()
    # the library as a crash or a copy leaves it: committed changes only in the -wal
    shutil.copyfile(live / "library.sqlite", source / "library.sqlite")
    shutil.copyfile(live / "library.sqlite-wal", source / "library.sqlite-wal")
    lib.close()
    with read_only_view(source, tmp_path / "ro") as view:
        with Library.open(view / "library.sqlite") as ro:
            assert ro.read_only
            assert len(ro.corrections()) == 5
        monkeypatch.setenv("CHINESE_TEACH_HOME", str(view))
        assert main(["library", "check", "--json"]) == 0
    assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("chinese-teach-library-*/*-shm"))


def test_the_window_starts_on_a_read_only_data_folder(ro_home: Path, tmp_path: Path):
    shot = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path / "tmp")}
    done = subprocess.run([sys.executable, "-m", "chinese_teach", "gui", "--screenshot",
                           str(shot), "--page", "library", "--size", "800x600"],
                          capture_output=True, text=True, env=env, timeout=240, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and shot.stat().st_size > 1000
