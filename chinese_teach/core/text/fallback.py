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
from bisect import bisect_right
from pathlib import Path

from chinese_teach import paths

CHARS_FILE = "chars.tsv"
PHRASES_FILE = "phrases.tsv"


class SortedTable:
    """Lines ``key<TAB>value``, sorted by key (as bytes), searched in the raw bytes.

    A sparse index (the key and start of one line in about every :data:`STRIDE` bytes,
    made once when the table is read) narrows a look-up to one stretch of lines, which
    one ``bytes.find`` searches: a first text asks for hundreds of words, and the
    bisection line by line in Python cost about 16 µs a look-up (issue 23, speed22b)."""

    __slots__ = ("_data", "_keys", "_starts")

    #: bytes between two lines of the sparse index (the stretch one look-up searches)
    STRIDE = 2048

    def __init__(self, data: bytes) -> None:
        self._data = data
        keys: list[bytes] = []
        starts: list[int] = []
        pos, size = 0, len(data)
        while pos < size:
            tab = data.find(b"\t", pos)
            if tab < 0:
                break
            keys.append(data[pos:tab])
            starts.append(pos)
            newline = data.find(b"\n", pos + self.STRIDE)
            if newline < 0:
                break
            pos = newline + 1
        self._keys = keys
        self._starts = starts

    @classmethod
    def read(cls, path: Path) -> SortedTable:
        return cls(Path(path).read_bytes())

    def get(self, key: str) -> str | None:
        """The value stored for ``key``, or ``None``."""
        target = key.encode("utf-8")
        if not target or b"\n" in target or b"\t" in target:
            return None  # no line has such a key
        i = bisect_right(self._keys, target) - 1
        if i < 0:
            return None
        data = self._data
        if self._keys[i] == target:
            start = self._starts[i]
        else:
            # the line is in the stretch from this index line to the next: it starts
            # after a newline there
            end = self._starts[i + 1] if i + 1 < len(self._starts) else len(data)
            found = data.find(b"\n" + target + b"\t", self._starts[i], end)
            if found < 0:
                return None
            start = found + 1
        value = start + len(target) + 1
        stop = data.find(b"\n", value)
        return data[value:stop if stop >= 0 else len(data)].decode("utf-8")

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
