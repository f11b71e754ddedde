"""A restore never pulls the library from under another program that has it open.

Before, ``library restore`` succeeded while a window saved corrections every 0.3 s:
its acknowledged saves went on into the moved-away file and none reached the
restored library. Now the restore is refused while any other process has the
library open, and works again once it has closed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from chinese_teach.core.errors import LibraryError
from chinese_teach.core.library import Course, Library, inuse
from chinese_teach.core.library import backup as bk

SAVER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from chinese_teach.core.library import Course, Library
    with Library.open(Path(sys.argv[1])) as lib:
        print("open", flush=True)
        n = 0
        while not Path(sys.argv[2]).exists():
            n += 1
            lib.save_course(Course(name=f"saved {n}"))
            time.sleep(0.05)
        print(n, flush=True)
""")


def test_restore_is_refused_while_another_program_saves(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        lib.save_course(Course(name="Before the backup"))
        made = lib.db.backup("manual")
    stop = tmp_path / "stop"
    child = subprocess.Popen([sys.executable, "-c", SAVER, str(path), str(stop)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        time.sleep(0.3)
        with pytest.raises(LibraryError, match="open in another Chinese Teach"):
            bk.restore(made, path)
    finally:
        stop.touch()
        saved = int(child.stdout.readline())
        child.wait(timeout=30)
    assert saved > 0
    with Library.open(path) as lib:  # every acknowledged save is in the library
        names = {c.name for c in lib.courses()}
        assert {f"saved {n}" for n in range(1, saved + 1)} <= names
    kept = bk.restore(made, path)  # nobody has it open now
    assert kept is not None and "pre-restore" in kept.name
    with Library.open(path) as lib:
        assert {c.name for c in lib.courses()} == {"Before the backup"}
    with Library.open(kept) as old:  # the replaced library, saves included, is a backup
        assert {f"saved {n}" for n in range(1, saved + 1)} <= {c.name for c in old.courses()}


def test_opening_waits_for_a_restore_and_then_gives_up_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    with inuse.exclusive(path), pytest.raises(LibraryError, match="being restored"):
        inuse.hold(path, wait=0.2)
    inuse.hold(path, wait=0.2).release()


def test_the_same_process_closing_first_can_restore(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    lib = Library.open(path)
    made = lib.db.backup("manual")
    with pytest.raises(LibraryError, match="open in another"):
        bk.restore(made, path)  # still open here, too
    lib.close()
    assert bk.restore(made, path) is not None
