"""Library connections for operations that run in a worker thread.

An SQLite connection belongs to the thread that opened it: the window's connection
serves the UI thread; a background export or analysis opens its own here, reads what it
needs and closes it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chinese_teach.core.library.store import Library


@contextlib.contextmanager
def worker_library(path: Path) -> Iterator[Library]:
    """A private connection to the library at ``path`` for a worker thread (no backup,
    no sample course), closed at the end of the block."""
    from chinese_teach.core.library.store import Library

    lib = Library.open(path, auto_backup=False)
    try:
        yield lib
    finally:
        lib.close()
