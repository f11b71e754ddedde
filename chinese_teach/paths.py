"""Where things live: bundled resources and the user's data directory.

This is the only module that knows the location of ``resources/``; it also
works inside a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from chinese_teach.appinfo import APP_ID

HOME_ENV = "CHINESE_TEACH_HOME"


def resources_dir() -> Path:
    """The folder holding the data files shipped with the app."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return resources_dir().joinpath(*parts)


def bundled_corpus_path() -> Path | None:
    """The reference corpus pre-built into an installed bundle, or ``None`` when running
    from source (the bundle build puts it at ``resources/corpus/corpus.sqlite``)."""
    path = resource("corpus", "corpus.sqlite")
    return path if path.is_file() else None


def data_dir() -> Path:
    """The user's data directory ($CHINESE_TEACH_HOME or the platform's), created if missing."""
    env = os.environ.get(HOME_ENV)
    if env:
        path = Path(env).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def corpus_path() -> Path:
    """The rebuildable reference corpus (dictionary, levels, frequencies)."""
    return data_dir() / "corpus.sqlite"


def library_path() -> Path:
    """The teacher's own library: courses, lessons, readers, corrections (precious)."""
    return data_dir() / "library.sqlite"


def _writable_folder(path: Path) -> Path:
    """``path``, created if missing; when it cannot be written (a read-only data folder,
    one owned by another user), the same name in a private folder under the system's
    temporary folder instead, so that caches and logs never stop the app."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        if os.access(path, os.W_OK | os.X_OK):
            return path
    except OSError:
        pass
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    mine = Path(tempfile.gettempdir()) / f"{APP_ID}-{user}"
    try:
        mine.mkdir(exist_ok=True, mode=0o700)
        if hasattr(os, "getuid") and mine.stat().st_uid != os.getuid():
            raise PermissionError(mine)  # someone else's folder of that name
    except OSError:
        mine = Path(tempfile.mkdtemp(prefix=f"{APP_ID}-"))
    fallback = mine / path.name
    fallback.mkdir(exist_ok=True)
    return fallback


def cache_dir() -> Path:
    """Rebuildable caches (segmenter dictionary cache and the like); in a temporary
    folder when the data folder is read-only."""
    return _writable_folder(data_dir() / "cache")


def log_dir() -> Path:
    """Where the app writes its log file; in a temporary folder when the data folder is
    read-only."""
    return _writable_folder(data_dir() / "logs")
