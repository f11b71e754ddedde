"""Real disks for the reliability tests: a small tmpfs (full-disk tests) and read-only views.

Mounting needs root (CI containers usually run as root); elsewhere the tests that use
:func:`small_disk` are skipped with the reason.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(where: Path, size: str = "2m") -> Iterator[Path]:
    """Mount a tmpfs of ``size`` at ``where`` for the duration; skip the test if impossible."""
    where.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("a small disk needs mounting a tmpfs, which needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of ``folder`` until only about ``leave`` bytes are free."""
    filler = folder / "filler.bin"
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    with open(filler, "wb") as handle:
        remaining = max(0, free - leave)
        chunk = b"\0" * 65536
        with contextlib.suppress(OSError):
            while remaining > 0:
                handle.write(chunk[:remaining])
                remaining -= min(remaining, len(chunk))
            handle.flush()
    return filler


@contextlib.contextmanager
def read_only_view(source: Path, where: Path) -> Iterator[Path]:
    """Bind-mount ``source`` read-only at ``where`` (a real read-only drive, which root's
    file modes cannot imitate); skip the test if impossible."""
    where.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root")
    done = subprocess.run(["mount", "--bind", str(source), str(where)],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.skip(f"cannot bind-mount here: {done.stderr.strip()}")
    try:
        remount = subprocess.run(["mount", "-o", "remount,ro,bind", str(where)],
                                 capture_output=True, text=True, check=False)
        if remount.returncode:
            pytest.skip(f"cannot make a bind mount read-only here: {remount.stderr.strip()}")
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)
