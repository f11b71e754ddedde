"""Dictionary look-up and search over the reference corpus.

A search finds entries by hanzi (simplified or traditional), by pinyin with
tone marks, tone numbers or no tones (``yinhang``, ``yin2hang2``, ``yínháng``,
``yin hang``) and by English words. Exact matches come first, then the more
frequent words, then the lower HSK levels.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from chinese_teach.core.corpus.levels import Level, Standard
from chinese_teach.core.corpus.store import Corpus
from chinese_teach.core.text.tokens import is_hanzi_char

_ENTRY_COLS = (
    "id, simplified, traditional, pinyin, syllables, definitions, classifiers, variants, "
    "see_also, is_proper, is_surname, freq"
)
_PINYIN_CHARS = re.compile(r"^[a-zA-Zü:āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ1-5 '’-]+$")
_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_WORD_RE = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary entry (one reading of one word)."""

    id: int
    simplified: str
    traditional: str
    pinyin_raw: str
    syllables: tuple[str, ...]
    definitions: tuple[str, ...]
    classifiers: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()
    is_proper: bool = False
    is_surname: bool = False
    freq: int = 0
    levels: dict[Standard, int] = field(default_factory=dict, compare=False, hash=False)

    @property
    def first_definition(self) -> str:
        return self.definitions[0] if self.definitions else ""

    def level(self, standard: Standard) -> Level | None:
        """The entry's word level in ``standard``, or ``None`` if not listed."""
        lvl = self.levels.get(standard)
        return Level(standard, lvl) if lvl is not None else None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "simplified": self.simplified,
            "traditional": self.traditional,
            "pinyin": list(self.syllables),
            "pinyin_cedict": self.pinyin_raw,
            "definitions": list(self.definitions),
            "classifiers": list(self.classifiers),
            "variants": list(self.variants),
            "see_also": list(self.see_also),
            "proper_noun": self.is_proper,
            "surname": self.is_surname,
            "frequency": self.freq,
            "levels": {s.value: lvl for s, lvl in self.levels.items()},
        }


@dataclass(frozen=True, slots=True)
class CharInfo:
    """What the dictionary knows about a single character."""

    char: str
    frequency_rank: int | None
    levels: dict[Standard, int]
    writing_level_2025: int | None
    words: tuple[Entry, ...]


def _json_tuple(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text != "[]" else ()


def _row_to_entry(row: tuple, levels: dict[Standard, int] | None = None) -> Entry:
    return Entry(
        id=row[0],
        simplified=row[1],
        traditional=row[2],
        pinyin_raw=row[3],
        syllables=tuple(row[4].split()),
        definitions=tuple(json.loads(row[5])),
        classifiers=_json_tuple(row[6]),
        variants=_json_tuple(row[7]),
        see_also=_json_tuple(row[8]),
        is_proper=bool(row[9]),
        is_surname=bool(row[10]),
        freq=row[11],
        levels=levels or {},
    )


def pinyin_query_keys(query: str) -> tuple[str, bool] | None:
    """Turn a pinyin query into a search key.

    Returns ``(key, has_tones)``: ``yin2 hang2`` -> ``("yin2hang2", True)``,
    ``yin hang`` -> ``("yinhang", False)``; ``None`` if it cannot be pinyin.
    Tone marks (``yínháng``) give the toneless key; :func:`marked_tones` keeps
    their tones for filtering.
    """
    q = query.strip().lower()
    if not q or not _PINYIN_CHARS.match(q):
        return None
    q = q.replace("u:", "v").replace("ü", "v").replace("’", "'")
    if any(ch in _TONE_MARKS for ch in q):
        q = "".join(_PLAIN.get(ch, ch) for ch in q)
    has_tones = any(ch.isdigit() for ch in q)
    return re.sub(r"[ '\-]", "", q), has_tones


_PLAIN = {ch: "aeiouv"[i // 4] if i < 20 else "v" for i, ch in enumerate(_TONE_MARKS)}
_PLAIN.update({ch: "v" for ch in "ǖǘǚǜ"})
_MARK_TONE = {ch: i % 4 + 1 for i, ch in enumerate(_TONE_MARKS)}


def marked_tones(query: str) -> tuple[int, ...]:
    """The tones written with marks in ``query``, in order (``yínháng`` -> ``(2, 2)``)."""
    return tuple(_MARK_TONE[ch] for ch in query.lower() if ch in _MARK_TONE)


def _syllable_tones(syllables: str) -> tuple[int, ...]:
    """Tones of the non-neutral syllables of a ``syllables`` column value."""
    return tuple(int(s[-1]) for s in syllables.split() if s[-1] != "5")


def _next_prefix(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class Dictionary:
    """Look-ups and ranked search over a :class:`Corpus`."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus

    # -- look-ups ---------------------------------------------------------------
    def lookup(self, word: str) -> list[Entry]:
        """All entries whose simplified or traditional form is exactly ``word``."""
        rows = self.corpus.query(
            f"SELECT {_ENTRY_COLS} FROM entries WHERE simplified = ? OR traditional = ? "
            "ORDER BY is_proper, freq DESC, id",
            (word, word),
        )
        return self._with_levels(rows)

    def word_levels(self, word: str) -> dict[Standard, int]:
        """The HSK levels of ``word`` in every standard that lists it."""
        rows = self.corpus.query("SELECT standard, level FROM word_levels WHERE word = ?", (word,))
        return {Standard(s): lvl for s, lvl in rows}

    def char_info(self, char: str, max_words: int = 30) -> CharInfo:
        """Frequency rank, levels and the most frequent words containing ``char``."""
        rank = self.corpus.query("SELECT rank FROM char_freq WHERE char = ?", (char,))
        levels: dict[Standard, int] = {}
        writing = None
        for std, lvl, kind in self.corpus.query(
            "SELECT standard, level, kind FROM char_levels WHERE char = ?", (char,)
        ):
            if kind == "writing":
                writing = lvl
            else:
                levels[Standard(std)] = lvl
        rows = self.corpus.query(
            f"SELECT {_ENTRY_COLS} FROM entries WHERE id IN "
            "(SELECT entry_id FROM entry_chars WHERE char = ?) "
            "AND length(simplified) > 1 ORDER BY freq DESC, length(simplified), id LIMIT ?",
            (char, max_words),
        )
        return CharInfo(
            char=char,
            frequency_rank=rank[0][0] if rank else None,
            levels=levels,
            writing_level_2025=writing,
            words=tuple(self._with_levels(rows)),
        )

    # -- search -------------------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> list[Entry]:
        """Ranked results for what the user typed (hanzi, pinyin or English)."""
        q = query.strip()
        if not q:
            return []
        if any(is_hanzi_char(ch) for ch in q):
            return self._search_hanzi("".join(ch for ch in q if is_hanzi_char(ch)), limit)
        results: list[Entry] = []
        seen: set[int] = set()
        keys = pinyin_query_keys(q)
        if keys is not None:
            for e in self._search_pinyin(*keys, limit=limit, tones=marked_tones(q)):
                if e.id not in seen:
                    seen.add(e.id)
                    results.append(e)
        if len(results) < limit and _WORD_RE.search(q):
            english = self._search_english(q, limit)
            # An English word that is also a pinyin prefix ("long", "bang"): exact
            # pinyin matches stay first, English matches before mere prefixes.
            exact = [e for e in results if keys and self._pinyin_exact(e, keys)]
            rest = [e for e in results if e not in exact]
            merged = exact + [e for e in english if e.id not in seen] + rest
            results = merged
        return results[:limit]

    @staticmethod
    def _pinyin_exact(entry: Entry, keys: tuple[str, bool]) -> bool:
        key, has_tones = keys
        if has_tones:
            return "".join(entry.syllables) == key
        return "".join(s[:-1] for s in entry.syllables) == key

    def _search_hanzi(self, q: str, limit: int) -> list[Entry]:
        sql_exact = (
            f"SELECT {_ENTRY_COLS} FROM entries WHERE simplified = ? OR traditional = ? "
            "ORDER BY is_proper, freq DESC, id"
        )
        rows = list(self.corpus.query(sql_exact, (q, q)))
        seen = {r[0] for r in rows}
        hi = _next_prefix(q)
        prefix_rows = self.corpus.query(
            f"SELECT {_ENTRY_COLS} FROM entries WHERE (simplified > ? AND simplified < ?) "
            "OR (traditional > ? AND traditional < ?) ORDER BY freq DESC, length(simplified), id "
            "LIMIT ?",
            (q, hi, q, hi, limit),
        )
        rows += [r for r in prefix_rows if r[0] not in seen]
        seen |= {r[0] for r in prefix_rows}
        if len(rows) < limit:
            contains = self.corpus.query(
                f"SELECT {_ENTRY_COLS} FROM entries WHERE id IN "
                "(SELECT entry_id FROM entry_chars WHERE char = ?) "
                "AND (instr(simplified, ?) > 0 OR instr(traditional, ?) > 0) "
                "ORDER BY freq DESC, length(simplified), id LIMIT ?",
                (q[0], q, q, limit),
            )
            rows += [r for r in contains if r[0] not in seen]
        return self._with_levels(rows[:limit])

    def _search_pinyin(
        self, key: str, has_tones: bool, limit: int, tones: tuple[int, ...] = ()
    ) -> list[Entry]:
        """Exact then prefix matches of a pinyin key; ``tones`` (from tone marks) keeps
        the entries whose first toned syllables carry those tones."""
        column = "pinyin_tone_key" if has_tones else "pinyin_key"
        fetch = limit * 4 if tones else limit
        # Both queries are answered from a covering index (see schema.INDEXES_SQL): even
        # a one-letter prefix ranks its thousands of matches without reading their rows.
        exact = self.corpus.query(
            f"SELECT id FROM entries WHERE {column} = ? "
            "ORDER BY is_proper, freq DESC, length(simplified), id LIMIT ?",
            (key, fetch),
        )
        prefix = self.corpus.query(
            f"SELECT id FROM entries WHERE {column} > ? AND {column} < ? "
            "ORDER BY freq DESC, length(simplified), id LIMIT ?",
            (key, _next_prefix(key), fetch),
        )
        ids = list(dict.fromkeys([r[0] for r in exact] + [r[0] for r in prefix]))[:fetch]
        rows = self._rows_by_id(ids)
        if tones:
            rows = [r for r in rows if _syllable_tones(r[4])[: len(tones)] == tones]
        return self._with_levels(rows[:limit])

    def _rows_by_id(self, ids: list[int]) -> list[tuple]:
        """Full rows for ``ids``, in that order."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = {
            r[0]: r
            for r in self.corpus.query(
                f"SELECT {_ENTRY_COLS} FROM entries WHERE id IN ({marks})", ids
            )
        }
        return [rows[i] for i in ids if i in rows]

    def _search_english(self, q: str, limit: int) -> list[Entry]:
        words = _WORD_RE.findall(q.lower())
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        # The index's rowids are search ranks (freq DESC, id): the first 400 matches in
        # rowid order are the 400 most frequent, and FTS stops there.
        candidates = self.corpus.query(
            "SELECT e.id, e.definitions, e.is_proper, e.freq "
            "FROM search_order s JOIN entries e ON e.id = s.entry_id "
            "WHERE s.rank IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? "
            "ORDER BY rowid LIMIT 400)",
            (match,),
        )
        phrase = re.escape(" ".join(words))
        # A sense is a JSON string: it starts right after an unescaped quote. Matching
        # the raw JSON spares decoding 400 definition lists per keystroke.
        exact_re = re.compile(rf'(?<!\\)"(?:to )?{phrase}"')
        starts_re = re.compile(rf'(?<!\\)"{phrase}')

        def rank(row: tuple) -> tuple:
            senses = row[1].lower()
            exact = exact_re.search(senses) is not None
            starts = starts_re.search(senses) is not None
            return (not exact, not starts, bool(row[2]), -row[3], row[0])

        ids = [r[0] for r in sorted(candidates, key=rank)[:limit]]
        return self._with_levels(self._rows_by_id(ids))

    def _with_levels(self, rows: list[tuple]) -> list[Entry]:
        if not rows:
            return []
        words = sorted({r[1] for r in rows})
        marks = ",".join("?" * len(words))
        levels: dict[str, dict[Standard, int]] = {}
        for word, std, lvl in self.corpus.query(
            f"SELECT word, standard, level FROM word_levels WHERE word IN ({marks})",
            words,
        ):
            levels.setdefault(word, {})[Standard(std)] = lvl
        return [_row_to_entry(r, levels.get(r[1], {})) for r in rows]
