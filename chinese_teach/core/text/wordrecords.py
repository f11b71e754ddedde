"""Per-word records of the dictionary's frequent words, computed once per code and corpus.

A word met for the first time costs the engine several decisions that depend on the
word alone: its reading where the context cannot change it (the dictionary's readings,
pypinyin's phrase, the rules that may apply, the model's candidates:
:meth:`.Reader._context_free_reading`), the learner cut's pieces and whether it is a name
(:meth:`.LearnerCut._decide`), and whether the uncrosser takes it for a hard word
(:meth:`.Uncrosser._is_hard`): 20-40 µs of CPU per new word, a third of a text's first
1,000 characters. They are computed once for the segmenter's most frequent words and the
HSK words, written to a cache file beside the engine's tables, and read back as a compact
:class:`~.wordtable.TextTable` (word -> one short record string, about 1 MB, no Python
object per word): a first meeting with such a word costs a look-up and a decode per part.

A record is ``"reading#pieces#name#state#hard"``: the reading ``"-"`` where the context
decides it, else ``"syl syl|sources|unsure"`` (sources one letter each,
:data:`_SOURCE_LETTERS`; unsure ``0``/``1`` per syllable); the pieces ``"-"`` (whole) or
their lengths (``"1,1"``); name and hard ``0``/``1``; the state after the word a number
(:mod:`.learner`'s ``AFTER_*``). The file's name holds a digest of the corpus version and
of the engine's code and resources (:func:`code_digest`): any change to them builds a new
file, so a record never outlives the code that computed it. The learner cut's and the
uncrosser's parts hold only while the teacher has merged no word (the engine stops
reading them once a merge is made).
"""

from __future__ import annotations

import hashlib
import heapq
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path

from chinese_teach import __version__, paths
from chinese_teach.core.text.tokens import Source, shared
from chinese_teach.core.text.wordtable import TextTable

#: Bump when the records change shape.
RECORDS_FORMAT = 1
#: How many of the dictionary's most frequent words get a record (the HSK words too).
FREQUENT_WORDS = 20_000
#: The longest word given a record (longer words are rare in texts).
LONGEST = 4

_SOURCE_LETTERS = {
    Source.CORRECTION: "c", Source.DICTIONARY: "d", Source.RULE: "r", Source.MODEL: "m",
    Source.FALLBACK: "f",
}
_LETTER_SOURCES = {letter: source for source, letter in _SOURCE_LETTERS.items()}
#: The record of a word whose reading depends on its context.
CONTEXT = "-"

#: Folders (under the package, and under ``resources/``) whose files decide a reading.
_CODE_FOLDERS = ("core",)
_RESOURCE_FOLDERS = ("pinyin", "polyphones", "words")


def encode(reading, decision: tuple[tuple[int, ...] | None, bool, int], hard: bool) -> str:
    """The record of a word: its ``reading`` (a :class:`~.pinyin.WordReading`, or False
    when the word's context decides it), the learner cut's ``decision`` after no number
    (:meth:`.LearnerCut._decide`: pieces' lengths or None, name, state after it) and
    whether the uncrosser takes it for a hard word (:meth:`.Uncrosser._is_hard`)."""
    if reading is False:
        read = CONTEXT
    else:
        read = "|".join((
            " ".join(reading.syllables),
            "".join(_SOURCE_LETTERS[s] for s in reading.sources),
            "".join("1" if u else "0" for u in reading.unsure),
        ))
    lengths, name, state = decision
    cut = CONTEXT if lengths is None else ",".join(map(str, lengths))
    return f"{read}#{cut}#{int(name)}#{state}#{int(hard)}"


class WordRecords:
    """The records of a cache file: :meth:`reading`, :meth:`decision` and :meth:`hard`
    give what the reader, the learner cut and the uncrosser would compute for a word,
    or None when the word has no record."""

    __slots__ = ("_make", "_sources", "_table", "_unsure")

    def __init__(self, table: TextTable, make: Callable) -> None:
        self._table = table
        self._make = make  # WordReading(syllables, sources, unsure)
        self._sources: dict[str, tuple[Source, ...]] = {}
        self._unsure: dict[str, tuple[bool, ...]] = {}

    def __len__(self) -> int:
        return len(self._table)

    def reading(self, word: str):
        """The kept reading of ``word``: a ``WordReading``, False (context decides it),
        or None (no record)."""
        record = self._table.get(word)
        if record is None:
            return None
        read = record[:record.index("#")]
        if read == CONTEXT:
            return False
        syllables, letters, flags = read.split("|")
        sources = self._sources.get(letters)
        if sources is None:
            sources = self._sources[letters] = shared(
                tuple(_LETTER_SOURCES[c] for c in letters))
        unsure = self._unsure.get(flags)
        if unsure is None:
            unsure = self._unsure[flags] = shared(tuple(c == "1" for c in flags))
        return self._make(tuple(syllables.split(" ")), sources, unsure)

    def decision(self, word: str) -> tuple[tuple[int, ...] | None, bool, int] | None:
        """The learner cut's decision for ``word`` after no number, or None (no record)."""
        record = self._table.get(word)
        if record is None:
            return None
        _, cut, name, state, _ = record.split("#")
        lengths = None if cut == CONTEXT else tuple(map(int, cut.split(",")))
        return lengths, name == "1", int(state)

    def hard(self, word: str) -> bool | None:
        """Whether the uncrosser takes ``word`` for a hard word, or None (no record)."""
        record = self._table.get(word)
        return None if record is None else record[-1] == "1"


def frequent_words(counts: Iterable[tuple[str, int]], hsk_words: Iterable[str],
                   limit: int = FREQUENT_WORDS) -> list[str]:
    """The words given a record: the ``limit`` most frequent words of the segmenter's
    dictionary (``counts``: its ``(word, count)`` pairs; prefixes have count 0) of two
    to :data:`LONGEST` characters, and every HSK word of that length, in a stable
    order. (A character alone is read from a kept table already.)"""
    words = heapq.nsmallest(limit, ((-count, word) for word, count in counts
                                    if count and 1 < len(word) <= LONGEST))
    chosen = dict.fromkeys(word for _, word in words)
    chosen.update(dict.fromkeys(sorted(w for w in hsk_words if 1 < len(w) <= LONGEST)))
    return list(chosen)


def build(words: Iterable[str], record: Callable[[str], str]) -> TextTable:
    """The table of ``words``' records, each made by ``record`` (:func:`encode` of what
    the engine's parts compute for it)."""
    return TextTable.build([(w, record(w)) for w in words])


def code_digest() -> str:
    """A digest of what a record depends on besides the corpus: the app's version, every
    Python file of ``chinese_teach/core`` and every file of the resources the engine
    reads (``resources/pinyin``, ``polyphones``, ``words``; :func:`folders_digest`). Any
    edit of the engine's code or data gives another digest, so the records are computed
    again."""
    package = Path(__file__).resolve().parents[2]
    folders = [(package / name, "*.py") for name in _CODE_FOLDERS]
    folders += [(paths.resource(name), "*") for name in _RESOURCE_FOLDERS]
    return folders_digest(folders, __version__)


def folders_digest(folders: Iterable[tuple[Path, str]], version: str = "") -> str:
    """A digest of ``version`` and of the name, size and modification time of every file
    matching each ``(folder, pattern)`` in it or below (a stat per file, no reading)."""
    digest = hashlib.md5(version.encode(), usedforsecurity=False)
    for folder, pattern in folders:
        for path in sorted(Path(folder).rglob(pattern)):
            try:
                stat = path.stat()
            except OSError:
                continue
            digest.update(f"{path.relative_to(folder)}:{stat.st_size}:{stat.st_mtime_ns};"
                          .encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:12]


def records_path(cache_dir: Path, corpus_tag: str, digest: str) -> Path:
    """The cache file of the records for this corpus and this code."""
    return Path(cache_dir) / f"words{RECORDS_FORMAT}-{corpus_tag}-{digest}.pickle"


def load_or_build(path: Path, words: Callable[[], list[str]],
                  record: Callable[[str], str], make: Callable) -> WordRecords:
    """The records kept at ``path``, or built from ``words()`` and ``record`` and kept
    there (older record files of the folder removed)."""
    table = _read(path)
    if table is None:
        table = build(words(), record)
        _write(path, table)
    return WordRecords(table, make)


def _read(path: Path) -> TextTable | None:
    try:
        with path.open("rb") as fh:
            data = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, TypeError, ValueError,
            AttributeError, ImportError, IndexError, MemoryError):
        return None
    if not isinstance(data, dict) or data.get("format") != RECORDS_FORMAT:
        return None
    table = data.get("table")
    return table if isinstance(table, TextTable) else None


def _write(path: Path, table: TextTable) -> None:
    tmp = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            pickle.dump({"format": RECORDS_FORMAT, "table": table}, fh,
                        protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for old in path.parent.glob("words*-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        tmp.unlink(missing_ok=True)
