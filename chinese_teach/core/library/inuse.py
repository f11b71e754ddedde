"""Who has the library open: a lock file beside it, so a restore never pulls it away.

Every process that opens the library for writing holds a *shared* lock on
``.library.sqlite.lock`` (the library's name with a dot before and ``.lock`` after)
for as long as it keeps the library open. A restore needs the *exclusive* lock: it
is refused, with a message, while any other window or command has the library open,
because that program would go on saving into the file that the restore moves away
(its saves would be lost from the restored library).

The locks are ``flock`` locks (POSIX): they belong to the open file, so they vanish
when a program ends in any way, also when it is killed. On Windows there is no
``flock``; there an open library file cannot be renamed or replaced, so the restore
fails with the system's "in use" error instead.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from chinese_teach.core.errors import LibraryError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

#: How often a program waiting for a restore to finish looks again (seconds).
_POLL = 0.05


def lock_path(library_path: Path) -> Path:
    """The lock file of the library at ``library_path``."""
    library_path = Path(library_path)
    return library_path.with_name(f".{library_path.name}.lock")


def _open_lock_file(library_path: Path) -> int | None:
    path = lock_path(library_path)
    for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):
        try:
            return os.open(path, flags, 0o644)
        except OSError:
            continue
    return None  # a read-only folder without a lock file: nobody can restore there either


class InUse:
    """A shared hold on the library, released by :meth:`release` (or when the program ends)."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    def release(self) -> None:
        """Let go of the library (idempotent)."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing the file drops its flock
            self._fd = None


def hold(library_path: Path, wait: float = 10.0) -> InUse:
    """Take the shared lock of a program that has the library open.

    Waits up to ``wait`` seconds while a restore holds the exclusive lock, then raises
    :class:`LibraryError` (``error.library.restoring``).
    """
    if fcntl is None:
        return InUse(None)
    fd = _open_lock_file(library_path)
    if fd is None:
        return InUse(None)
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return InUse(fd)
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise LibraryError(key="error.library.restoring",
                                   name=Path(library_path).name) from None
            time.sleep(_POLL)
        except OSError:  # a file system without locks (some network drives)
            return InUse(fd)


@contextlib.contextmanager
def exclusive(library_path: Path) -> Iterator[None]:
    """Hold the library alone (for a restore); raises :class:`LibraryError`
    (``error.library.in_use``) at once if another program has it open."""
    if fcntl is None:
        yield
        return
    fd = _open_lock_file(library_path)
    if fd is None:
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LibraryError(key="error.library.in_use",
                               name=Path(library_path).name) from None
        except OSError:
            pass  # no locks on this file system: nothing more can be known
        yield
    finally:
        os.close(fd)
