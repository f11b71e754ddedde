"""The readings of last resort: pypinyin's reading of a character and of its phrases.

The engine falls back on them where the dictionary, the rules and the model give
nothing (:mod:`.pinyin`). They are derived once from pypinyin into
``resources/pinyin/`` by :func:`derive` (``resources/pinyin/SOURCE.md``): the app
reads two small sorted files and never imports pypinyin, whose dictionaries take
56 MB once imported. Lookups search the files' bytes in place, so the 42,000
characters and 47,000 phrases cost about 2 MB, not the size of two dicts.
"""

from __future__ import annotations

import threading
from pathlib import Path

from chinese_teach import paths

CHARS_FILE = "chars.tsv"
PHRASES_FILE = "phrases.tsv"


class SortedTable:
    """Lines ``key<TAB>value``, sorted by key, searched by bisection in the raw bytes."""

    __slots__ = ("_data",)

    def __init__(self, data: bytes) -> None:
        self._data = data

    @classmethod
    def read(cls, path: Path) -> SortedTable:
        return cls(Path(path).read_bytes())

    def get(self, key: str) -> str | None:
        """The value stored for ``key``, or ``None``."""
        data = self._data
        target = key.encode("utf-8")
        lo, hi = 0, len(data)
        while lo < hi:  # lo is always the start of a line
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", 0, mid) + 1
            end = data.find(b"\n", start)
            if end < 0:
                end = len(data)
            tab = data.find(b"\t", start, end)
            found = data[start:tab]
            if found == target:
                return data[tab + 1:end].decode("utf-8")
            if found < target:
                lo = end + 1
            else:
                hi = start
        return None

    def items(self):
        """Every ``(key, value)`` in order (for tests and checks)."""
        for line in self._data.decode("utf-8").splitlines():
            key, value = line.split("\t")
            yield key, value


_tables: dict[str, SortedTable] = {}
_lock = threading.Lock()


def _table(name: str) -> SortedTable:
    table = _tables.get(name)
    if table is None:
        with _lock:
            table = _tables.get(name)
            if table is None:
                table = _tables[name] = SortedTable.read(paths.resource("pinyin", name))
    return table


def preload() -> None:
    """Read both tables now (the engine's load calls this through ``Reader.warm_up``):
    about 2.5 ms of CPU and 1.6 MB that a teacher's first text would otherwise pay at
    its first character or phrase of last resort (issue 23, speed17a)."""
    _table(CHARS_FILE)
    _table(PHRASES_FILE)


def char_reading(ch: str) -> str:
    """pypinyin's first reading of ``ch`` (canonical, ``zhong1``), or ``""`` if it has none."""
    return _table(CHARS_FILE).get(ch) or ""


def phrase_reading(word: str) -> tuple[str, ...] | None:
    """pypinyin's reading of ``word`` (one syllable per item, canonical) if it lists the
    word as a phrase, else ``None``. Phrases keep pypinyin's 一/不 tone changes."""
    value = _table(PHRASES_FILE).get(word)
    return None if value is None else tuple(value.split(" "))


def phrase_items():
    """Every ``(phrase, reading)`` of the phrase table (the engine's tables are built
    from it once)."""
    return _table(PHRASES_FILE).items()


def derive(out_dir: Path | None = None) -> list[Path]:
    """Write ``chars.tsv`` and ``phrases.tsv`` from the installed pypinyin (developers only).

    Each value is what the engine used to compute with pypinyin at run time:
    ``pinyin(text, style=Style.TONE3, neutral_tone_with_five=True)`` normalised to
    the canonical form, for every character of pypinyin's character dictionary
    (characters it has no reading for are left out) and every phrase of its phrase
    dictionary.
    """
    from pypinyin import Style, pinyin
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    from chinese_teach.core.text.syllables import normalize

    out_dir = Path(out_dir or paths.resource("pinyin"))
    chars: dict[str, str] = {}
    for code in PINYIN_DICT:
        ch = chr(code)
        out = pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda s: [s])
        syl = out[0][0] if out and out[0] else ""
        if syl and syl != ch and (syl := normalize(syl)):
            chars[ch] = syl
    phrases: dict[str, str] = {}
    for word in PHRASES_DICT:
        out = pinyin(word, style=Style.TONE3, neutral_tone_with_five=True)
        phrases[word] = " ".join(normalize(p[0]) for p in out)
    written = []
    for name, table in ((CHARS_FILE, chars), (PHRASES_FILE, phrases)):
        lines = []
        for key in sorted(table, key=lambda k: k.encode("utf-8")):
            value = table[key]
            if any(c in key for c in "\t\n\r") or any(c in value for c in "\t\n\r") or (
                "" in value.split(" ")
            ):
                raise ValueError(f"cannot store {key!r}: {value!r}")
            lines.append(f"{key}\t{value}\n")
        path = out_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(lines), encoding="utf-8", newline="\n")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in derive():
        print(written_path)
