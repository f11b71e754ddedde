"""The in-memory word list the text engine reads from: readings and frequencies.

Loaded once from the reference corpus (simplified and traditional forms), and
written out as a jieba dictionary so that segmentation knows the same words.
"""

from __future__ import annotations

import math
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path

from chinese_teach.core.corpus.store import Corpus


@dataclass(slots=True)
class Lexicon:
    """Word -> distinct readings (common readings first, proper-noun readings last)."""

    readings: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    proper: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    freq: dict[str, int] = field(default_factory=dict)
    hsk_words: frozenset[str] = frozenset()

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> Lexicon:
        """Read every entry's forms and readings from the corpus."""
        common: dict[str, list[tuple[str, ...]]] = {}
        proper: dict[str, set[tuple[str, ...]]] = {}
        freq: dict[str, int] = {}
        rows = corpus.query(
            "SELECT simplified, traditional, syllables, is_proper, freq FROM entries ORDER BY id"
        )
        shared: dict[str, tuple[str, ...]] = {}  # one tuple per distinct reading
        for simp, trad, syl, is_proper, f in rows:
            reading = shared.get(syl)
            if reading is None:
                reading = shared[syl] = tuple(sys.intern(x) for x in syl.split())
            for form in {simp, trad}:
                if len(reading) != len(form):
                    continue
                if is_proper:
                    proper.setdefault(form, set()).add(reading)
                else:
                    lst = common.setdefault(form, [])
                    if reading not in lst:
                        lst.append(reading)
                if f > freq.get(form, 0):
                    freq[form] = f
        readings: dict[str, tuple[tuple[str, ...], ...]] = {}
        for form in set(common) | set(proper):
            lst = list(common.get(form, []))
            lst += [r for r in sorted(proper.get(form, ())) if r not in lst]
            readings[form] = tuple(lst)
        for word, count in corpus.query("SELECT word, count FROM word_freq"):
            if count > freq.get(word, 0):
                freq[word] = count
        hsk = frozenset(w for (w,) in corpus.query("SELECT DISTINCT word FROM word_levels"))
        return cls(
            readings=readings,
            proper={k: frozenset(v) for k, v in proper.items()},
            freq=freq,
            hsk_words=hsk,
        )

    @classmethod
    def cached(cls, corpus: Corpus, path: Path) -> Lexicon:
        """The lexicon from a cache file written for this corpus version, or built and cached.

        Reading 120,000 entries from SQLite takes about two seconds; the pickled
        tables load several times faster, which keeps the engine's start short.
        """
        path = Path(path)
        try:
            with path.open("rb") as fh:
                data = pickle.load(fh)
            return cls(**data)
        except (OSError, EOFError, pickle.UnpicklingError, TypeError, ValueError,
                AttributeError):
            pass
        lexicon = cls.from_corpus(corpus)
        data = {
            "readings": lexicon.readings,
            "proper": lexicon.proper,
            "freq": lexicon.freq,
            "hsk_words": lexicon.hsk_words,
        }
        tmp = path.with_suffix(".tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tmp.open("wb") as fh:
                pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        except OSError:
            tmp.unlink(missing_ok=True)
        return lexicon

    def common_readings(self, word: str) -> tuple[tuple[str, ...], ...]:
        """Readings that are not proper-noun-only."""
        all_readings = self.readings.get(word, ())
        prop = self.proper.get(word, frozenset())
        common = tuple(r for r in all_readings if r not in prop)
        return common or all_readings

    def write_jieba_dictionary(self, path: Path, base: Path) -> Path:
        """Write jieba's dictionary ``base`` merged with our words into ``path``.

        Words jieba does not know get a small count so that they win only where
        the alternative is a string of rare characters; HSK words get a larger
        one so that teaching vocabulary comes out whole.
        """
        known: set[str] = set()
        lines: list[str] = []
        with base.open(encoding="utf-8") as fh:
            for line in fh:
                word = line.split(" ", 1)[0]
                known.add(word)
                lines.append(line.rstrip("\n"))
        for word in sorted(self.readings):
            if word in known or len(word) < 2 or " " in word:
                continue
            count = 300 if word in self.hsk_words else 3
            lines.append(f"{word} {count}")
            known.add(word)
        for word in sorted(self.hsk_words - known):
            if len(word) >= 2 and " " not in word and "…" not in word:
                lines.append(f"{word} 300")
        tmp = path.with_suffix(".tmp")
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        tmp.replace(path)
        return path


def log_freq(lexicon: Lexicon, word: str) -> float:
    """Natural log of a word's count (0 for unknown words)."""
    return math.log1p(lexicon.freq.get(word, 0))
