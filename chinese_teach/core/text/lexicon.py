"""The in-memory word list the text engine reads from: readings and frequencies.

Loaded once from the reference corpus (simplified and traditional forms), and
written out as a jieba dictionary so that segmentation knows the same words. The
engine keeps it in one cache file with the segmenter's tables (:mod:`.tables`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from chinese_teach import paths
from chinese_teach.core.corpus.store import Corpus
from chinese_teach.core.text.levels import learner_verbs, read_levels

#: Traditional characters that are also simplified forms, and the simplified character
#: they stand for when they are a word on their own in a traditional text. A curated
#: list: CC-CEDICT's variant links also pair rare forms (么/幺) that must not be mapped.
_T2S_ALONE = {"著": "着", "乾": "干", "於": "于", "夥": "伙", "徵": "征", "摺": "折"}


#: Count given to the names of textbook characters: enough to keep 小明 whole and to
#: cut 和玛丽 as 和 + 玛丽 (jieba lists 和玛丽 with a count of 2, 玛丽 with 113).
TEXTBOOK_NAME_COUNT = 3000


def textbook_names() -> list[str]:
    """The names of textbook characters the word cutter keeps whole (``resources/words``)."""
    path = paths.resource("words", "textbook_names.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


class WordFreq(Mapping[str, int]):
    """Word frequencies kept as their differences from a base count.

    The base is the segmenter's dictionary (:meth:`.Segmenter.dictionary_count`):
    most of the lexicon's 400,000 frequencies are jieba's counts, which the segmenter
    holds anyway, so only the ~96,000 that differ are stored in ``own`` (0 for a word
    the segmenter counts but the lexicon gives no frequency; the engine's is a compact
    :class:`~.wordtable.CountTable`). Reads like the plain
    dict it replaces: ``get(word, 0)``; words without a frequency are absent.
    """

    __slots__ = ("_base", "_own", "_words")

    def __init__(
        self, own: Mapping[str, int], base: Callable[[str], int],
        words: Callable[[], Iterator[str]] | None = None,
    ) -> None:
        self._own = own
        self._base = base
        self._words = words

    def get(self, word: str, default=None):
        count = self._own.get(word)
        if count is None:
            count = self._base(word)
        return count or default

    def __getitem__(self, word: str) -> int:
        count = self.get(word)
        if count is None:
            raise KeyError(word)
        return count

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __iter__(self) -> Iterator[str]:
        own = self._own
        yield from (w for w, c in own.items() if c)
        if self._words is not None:
            yield from (w for w in self._words() if w not in own and self._base(w))

    def __len__(self) -> int:
        return sum(1 for _ in self)


@dataclass(slots=True)
class Lexicon:
    """Word -> distinct readings (common readings first, proper-noun readings last)."""

    readings: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: every form CC-CEDICT lists as a proper noun -> the readings it has only as one
    proper: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    #: word -> frequency (jieba's count, or CC-CEDICT's entry frequency); absent: none
    freq: Mapping[str, int] = field(default_factory=dict)
    hsk_words: frozenset[str] = frozenset()
    #: traditional character -> its one simplified form (only characters that are never
    #: simplified forms themselves: 長 -> 长, 髮 -> 发, but 乾 and 著 stay as they are)
    t2s: dict[str, str] = field(default_factory=dict)
    #: traditional characters that are also simplified forms (著 着/著, 乾 干/乾): mapped
    #: only where they stand alone as a word in a traditional text (看著 -> 看着)
    t2s_alone: dict[str, str] = field(default_factory=dict)
    #: nouns of one or two characters (jieba's tags; :mod:`.wordclass`)
    nouns: frozenset[str] = frozenset()
    #: proper names, tagged so by jieba and listed as proper nouns by CC-CEDICT
    names: frozenset[str] = frozenset()
    #: words jieba tags as names and CC-CEDICT lists as proper nouns that are also HSK
    #: words with a common entry (高明, 孙子, 和平): a name only where a person is called for
    name_homographs: frozenset[str] = frozenset()
    #: word -> pypinyin's phrase reading, for the words with one common CC-CEDICT
    #: reading that pypinyin reads otherwise (the engine marks those polyphones unsure)
    phrase_differs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: word -> its lowest HSK 2021 level; word -> its lowest level in any standard
    #: (:func:`.levels.read_levels`); a word in no list is in neither
    levels: dict[str, int] = field(default_factory=dict)
    lowest_levels: dict[str, int] = field(default_factory=dict)
    #: characters that are a learner's verb on their own (:func:`.levels.learner_verbs`)
    learner_verbs: frozenset[str] = frozenset()
    #: the learner cut's listed heads (:func:`.learner_words33.listed_heads` of
    #: ``hsk_words`` and ``readings``) as the engine's tables keep them, found when the
    #: tables were built; None where they were not kept or are stale (the learner cut
    #: then finds them itself at its first three-character word)
    listed_heads: frozenset[str] | None = None

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
        simp_chars: set[str] = set()
        trad_to: dict[str, set[str]] = {}
        for simp, trad, syl, is_proper, f in rows:
            if len(simp) == 1:
                simp_chars.add(simp)
                if trad != simp and len(trad) == 1:
                    trad_to.setdefault(trad, set()).add(simp)
            reading = shared.get(syl)
            if reading is None:
                reading = shared[syl] = tuple(sys.intern(x) for x in syl.split())
            for form in (simp,) if simp == trad else (simp, trad):
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
        same: dict = {}  # one tuple for equal readings (a simplified and a traditional form)
        for form, lst in common.items():
            if form in proper:
                lst += [r for r in sorted(proper[form]) if r not in lst]
            value = tuple(lst)
            readings[form] = same.setdefault(value, value)
        for form, found in proper.items():
            if form not in common:
                value = tuple(sorted(found))
                readings[form] = same.setdefault(value, value)
        proper_sets: dict[str, frozenset[tuple[str, ...]]] = {}
        for form, found in proper.items():
            # A character's surname reading that is also a common one stays common: 车
            # che1 is the surname Che and 'car' (车上 chē, not the chess piece jū), 中
            # zhong1, 干 gan1, 和 he2. The key stays for every proper noun (王 is a
            # surname). A word keeps its proper readings apart (朝阳 Cháoyáng the place,
            # zhāoyáng 'the morning sun'), as CPP dev and the classroom sets prefer.
            only = found.difference(common.get(form, ())) if len(form) == 1 else found
            frozen = frozenset(only)
            proper_sets[form] = same.setdefault(frozen, frozen)
        for word, count in corpus.query("SELECT word, count FROM word_freq"):
            if count > freq.get(word, 0):
                freq[word] = count
        hsk = frozenset(w for (w,) in corpus.query("SELECT DISTINCT word FROM word_levels"))
        t2s = {t: next(iter(ss)) for t, ss in trad_to.items()
               if len(ss) == 1 and t not in simp_chars}
        t2s_alone = {t: s for t, s in _T2S_ALONE.items() if s in trad_to.get(t, ())}
        levels, lowest = read_levels(corpus)
        return cls(
            readings=readings,
            proper=proper_sets,
            freq=freq,
            hsk_words=hsk,
            t2s=t2s,
            t2s_alone=t2s_alone,
            levels=levels,
            lowest_levels=lowest,
            learner_verbs=learner_verbs(corpus, lowest),
        )

    def to_simplified(self, text: str, words: list[tuple[int, int]] | None = None) -> str:
        """``text`` with traditional characters replaced one for one by simplified ones.

        The result has the same length, so offsets and readings stay aligned; the
        reading rules and the polyphone model work on simplified text. With the
        ``words`` of a traditional text, a character such as 著 that is also a
        simplified form is mapped where it is a word of its own (看著 -> 看着,
        while 著名 keeps 著).
        """
        t2s, alone = self.t2s, self.t2s_alone
        if t2s.keys().isdisjoint(text) and alone.keys().isdisjoint(text):
            return text  # (the set test in C: most text has no traditional character)
        chars = [t2s.get(ch, ch) for ch in text]
        if words:
            for start, end in words:
                if end - start == 1 and text[start] in alone:
                    chars[start] = alone[text[start]]
        return "".join(chars)

    def common_readings(self, word: str) -> tuple[tuple[str, ...], ...]:
        """Readings that are not proper-noun-only."""
        all_readings = self.readings.get(word, ())
        prop = self.proper.get(word, frozenset())
        common = tuple(r for r in all_readings if r not in prop)
        return common or all_readings

    def segmenter_words(
        self, known: Container[str], *, ordered: bool = True
    ) -> list[tuple[str, int]]:
        """The words to add to jieba's dictionary, whose words are ``known``, with counts
        (in alphabetical order if ``ordered``, as the written word list has them).

        Words jieba does not know get a small count so that they win only where
        the alternative is a string of rare characters; HSK words get a larger
        one so that teaching vocabulary comes out whole; the names of textbook
        characters (小明, 玛丽) come last with a count that overrides jieba's.
        """
        added: list[tuple[str, int]] = []
        seen: set[str] = set()
        for word in sorted(self.readings) if ordered else self.readings:
            if word in known or len(word) < 2 or " " in word:
                continue
            added.append((word, 300 if word in self.hsk_words else 3))
            seen.add(word)
        for word in sorted(self.hsk_words) if ordered else self.hsk_words:
            if word in known or word in seen:
                continue
            if len(word) >= 2 and " " not in word and "…" not in word:
                added.append((word, 300))
        # Last, so that they override jieba's own counts (玛丽 113; 和玛丽 2).
        added += [(name, TEXTBOOK_NAME_COUNT) for name in textbook_names()]
        return added

    def write_jieba_dictionary(self, path: Path, base: Path) -> Path:
        """Write jieba's dictionary ``base`` merged with our words into ``path``
        (the engine builds the same table in memory: :mod:`.tables`)."""
        known: set[str] = set()
        lines: list[str] = []
        with base.open(encoding="utf-8") as fh:
            for line in fh:
                word = line.split(" ", 1)[0]
                known.add(word)
                lines.append(line.rstrip("\n"))
        lines += [f"{word} {count}" for word, count in self.segmenter_words(known)]
        tmp = path.with_suffix(".tmp")
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        tmp.replace(path)
        return path
