"""Write export files atomically: a temp file in the target folder, fsync, rename.

A failed or cancelled export leaves neither a partial file nor a stray temp file,
and an existing file is only replaced when the caller allows it (the GUI asks the
teacher first; the CLI needs ``--force``).

Usage::

    with atomic_write(out_path, overwrite=args.force) as tmp:
        document.save(tmp)          # any writer that takes a path
    # here out_path holds the complete file

The temporary file keeps the target's suffix (``.docx``, ``.pdf``...) because some
writers choose the format from the file name.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from chinese_teach.core.errors import ExportError

__all__ = ["atomic_write", "atomic_write_bytes", "atomic_write_text"]


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (network drives) refuse directory fsync
        pass
    finally:
        os.close(fd)


def _refuse_existing(target: Path) -> None:
    raise ExportError(key="error.export.exists", path=target)


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], overwrite: bool = False) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success move it into place.

    The temp file exists (empty) when yielded. On any exception (including
    :class:`~chinese_teach.core.errors.Cancelled`) it is removed and the target is
    untouched. Raises :class:`ExportError` if the target exists and ``overwrite``
    is false, if the folder is missing, or if the file cannot be written.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(key="error.export.is_folder", path=target)
    if not folder.is_dir():
        raise ExportError(key="error.export.no_folder", folder=folder)
    if target.exists() and not overwrite:
        _refuse_existing(target)
    tmp = folder / f".{target.stem}.{secrets.token_hex(4)}.tmp{target.suffix}"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        os.close(fd)
    except OSError as exc:
        raise ExportError(key="error.export.cannot_write_in", folder=folder,
                          detail=exc.strerror or exc) from exc
    try:
        yield tmp
        if not tmp.exists():
            raise ExportError(key="error.export.no_file", path=target)
        _fsync_file(tmp)
        if overwrite:
            os.replace(tmp, target)
        else:
            # link() fails if the target appeared meanwhile: never clobber silently.
            try:
                os.link(tmp, target)
            except FileExistsError:
                _refuse_existing(target)
            except OSError:  # file systems without hard links
                if target.exists():
                    _refuse_existing(target)
                os.replace(tmp, target)
            else:
                tmp.unlink()
        _fsync_dir(folder)
    except OSError as exc:
        raise ExportError(key="error.export.write_failed", path=target,
                          detail=exc.strerror or exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, overwrite: bool = False) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_write`)."""
    with atomic_write(path, overwrite=overwrite) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(path: str | os.PathLike[str], text: str, overwrite: bool = False) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically (see :func:`atomic_write`)."""
    atomic_write_bytes(path, text.encode("utf-8"), overwrite=overwrite)
