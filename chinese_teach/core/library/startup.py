"""Opening the teacher's library at app start (GUI and CLI share this)."""

from __future__ import annotations

from pathlib import Path

from chinese_teach.core.library.sample import ensure_sample_course
from chinese_teach.core.library.store import Library


def open_library(path: Path | None = None, *, sample: bool = True,
                 auto_backup: bool = True) -> Library:
    """Open the library (default: the data directory's), creating it on first run.

    On the first run of a new library the sample course is added (``sample``). A
    backup is taken when the newest is older than a day. Raises
    ``LibraryDamagedError`` (offer ``error.backup``), ``LibraryTooNewError`` or
    ``LibraryError``; check ``library.read_only`` to show a banner.
    """
    lib = Library.open(path, auto_backup=auto_backup)
    if sample:
        try:
            ensure_sample_course(lib)
        except BaseException:
            lib.close()
            raise
    return lib
