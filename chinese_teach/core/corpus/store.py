"""Open the reference corpus, building or rebuilding it when needed."""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
from pathlib import Path

from chinese_teach import paths
from chinese_teach.core.corpus import schema
from chinese_teach.core.corpus.build import build_corpus, data_version
from chinese_teach.core.errors import CorpusError
from chinese_teach.core.progress import CancelToken, ProgressCallback


def corpus_status(path: Path | None = None) -> str:
    """``ok``, ``missing``, ``outdated`` or ``damaged``."""
    path = Path(path or paths.corpus_path())
    if not path.exists():
        return "missing"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            conn.execute("SELECT count(*) FROM entries WHERE id = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return "damaged"
    if meta.get("schema_version") != str(schema.SCHEMA_VERSION):
        return "outdated"
    if meta.get("data_version") != data_version():
        return "outdated"
    return "ok"


def ensure_corpus(
    path: Path | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Return the path of a usable corpus, (re)building it if missing, outdated or damaged."""
    path = Path(path or paths.corpus_path())
    if corpus_status(path) != "ok":
        if path.exists():
            damaged = path.with_name(path.name + ".old")
            path.replace(damaged)
            damaged.unlink(missing_ok=True)
        if not install_bundled_corpus(path):
            build_corpus(path, progress=progress, cancel=cancel)
    return path


def install_bundled_corpus(path: Path) -> bool:
    """Copy the corpus pre-built into an installed app to ``path`` if it matches this
    version's data (instant first launch); ``False`` when there is none or it is stale."""
    bundled = paths.bundled_corpus_path()
    if bundled is None or corpus_status(bundled) != "ok":
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".copying")
    shutil.copyfile(bundled, tmp)
    tmp.replace(path)
    return True


class Corpus:
    """A read-only connection to the reference corpus, safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._conn = sqlite3.connect(
                f"file:{self.path}?mode=ro", uri=True, check_same_thread=False
            )
            self._conn.execute("PRAGMA query_only=1")
            # 4 MB: the pages stay in the OS's file cache anyway; 20 MB filled up while
            # the app started (level index, engine) and cost 15 MB of peak memory, for
            # no measurable gain in search time (benchmarks/README.md, "Memory").
            self._conn.execute("PRAGMA cache_size=-4000")
        except sqlite3.Error as exc:
            raise CorpusError(key="error.corpus.open", path=self.path, detail=exc) from exc
        self._lock = threading.RLock()

    def query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        """Run a read query (parameters only, never string-built SQL with user text)."""
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def meta(self) -> dict[str, str]:
        return dict(self.query("SELECT key, value FROM meta"))

    def info(self) -> dict:
        """Sources, versions, licences and counts, for ``corpus info`` and the About box."""
        meta = self.meta()
        counts = {
            "entries": self.query("SELECT count(*) FROM entries")[0][0],
            "hsk_words": dict(
                self.query("SELECT standard, count(*) FROM word_levels GROUP BY standard")
            ),
        }
        return {
            "path": str(self.path),
            "schema_version": meta.get("schema_version"),
            "data_version": meta.get("data_version"),
            "built_at": meta.get("built_at"),
            "cedict_date": meta.get("cedict_date"),
            "sources": json.loads(meta.get("sources", "[]")),
            "counts": counts,
        }

    def close(self) -> None:
        with self._lock:
            self._conn.close()


_shared: Corpus | None = None
_shared_lock = threading.Lock()


def open_corpus(
    path: Path | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Corpus:
    """The process-wide corpus for ``path`` (default: the data directory's), built if needed."""
    global _shared  # noqa: PLW0603 - one shared read-only connection per process
    path = Path(path or paths.corpus_path()).resolve()
    with _shared_lock:
        if _shared is not None and _shared.path == path and path.exists():
            return _shared
        ensure_corpus(path, progress=progress, cancel=cancel)
        _shared = Corpus(path)
        return _shared


def reset_shared() -> None:
    """Forget the shared corpus (tests switch data directories); it stays open for its users."""
    global _shared  # noqa: PLW0603
    with _shared_lock:
        _shared = None
