"""Segmentation: every character kept, exact offsets, Chinese runs cut into words.

Non-Chinese runs (Latin, digits, punctuation, spaces, newlines, emoji) become
their own tokens. Chinese runs are cut by a jieba tokenizer whose dictionary is
jieba's own merged with the corpus words (CC-CEDICT simplified and traditional
forms, HSK words), so teaching vocabulary and traditional text come out whole.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import jieba

from chinese_teach.core.text.tokens import HANZI_RUN, Kind, is_hanzi_char

jieba.setLogLevel(logging.WARNING)


def char_kind(ch: str) -> Kind:
    """Classify one character for run splitting."""
    if is_hanzi_char(ch):
        return Kind.HANZI
    if ch in "\n\r\u2028\u2029":
        return Kind.NEWLINE
    if ch.isspace():
        return Kind.SPACE
    if ch.isdigit():
        return Kind.NUMBER
    cat = unicodedata.category(ch)
    if cat[0] == "L" or cat[0] == "M":
        return Kind.LATIN
    if cat[0] == "P" or cat in ("Sm", "Sc", "Sk"):
        return Kind.PUNCT
    return Kind.OTHER


#: The characters jieba's cut treats as one block of Chinese (its ``re_han_default``
#: without the Latin letters, digits and symbols it also accepts).
_JIEBA_BLOCK = re.compile("[\u4e00-\u9fd5]+")


#: :meth:`Segmenter._best_cut`'s answer for a string that is no word and no prefix ...
_ABSENT = object()
#: ... and for a prefix of words that is no word itself.
_PREFIX = object()


def runs(text: str) -> Iterator[tuple[Kind, int, int]]:
    """Split ``text`` into maximal runs of one kind: ``(kind, start, end)``.

    Punctuation is split one mark at a time (so line breaking can treat each),
    except runs of the same mark such as ``……`` or ``——``.
    """
    n = len(text)
    i = 0
    hanzi_at = HANZI_RUN.match
    kinds = _KINDS
    while i < n:
        found = hanzi_at(text, i)
        if found is not None:
            yield Kind.HANZI, i, found.end()
            i = found.end()
            continue
        kind = kinds.get(text[i]) or _kind_of(text[i])
        j = i + 1
        if kind is Kind.PUNCT:
            while j < n and text[j] == text[i]:
                j += 1
        elif kind is Kind.NEWLINE:
            if text[i] == "\r" and j < n and text[j] == "\n":
                j += 1
        elif kind is Kind.LATIN:
            # Words like "don't" or "e-mail" and digits inside words stay together.
            while j < n and (kinds.get(text[j]) or _kind_of(text[j])) in (
                Kind.LATIN, Kind.NUMBER
            ):
                j += 1
        else:
            while j < n and (kinds.get(text[j]) or _kind_of(text[j])) is kind:
                j += 1
        yield kind, i, j
        i = j


#: :func:`char_kind` of the characters met so far (Latin letters, digits, punctuation
#: and spaces are asked for one by one; a text has few distinct ones).
_KINDS: dict[str, Kind] = {}


def _kind_of(ch: str) -> Kind:
    """:func:`char_kind`, kept in :data:`_KINDS`."""
    kind = char_kind(ch)
    if len(_KINDS) < 65_536:
        _KINDS[ch] = kind
    return kind


class Segmenter:
    """A jieba tokenizer over a merged dictionary, with the teacher's merges and splits.

    ``dictionary`` is a jieba-format word list (``word freq [pos]`` per line).
    The prefix-dictionary cache is kept in ``cache_dir``.
    """

    def __init__(self, dictionary: Path | None = None, cache_dir: Path | None = None) -> None:
        self._tk = jieba.Tokenizer(dictionary=str(dictionary)) if dictionary else jieba.Tokenizer()
        if cache_dir is not None:
            self._tk.tmp_dir = str(cache_dir)
            if dictionary:
                digest = hashlib.md5(
                    str(Path(dictionary).resolve()).encode(), usedforsecurity=False
                ).hexdigest()
                self._tk.cache_file = f"jieba.{digest}.cache"
        self._lock = threading.Lock()
        self._splits: dict[str, tuple[str, ...]] = {}
        #: merged word -> its frequency in the dictionary before the merge (None: absent)
        self._merged: dict[str, int | None] = {}
        #: :meth:`_best_cut`'s answers for the counts of total ``_scores_for``.
        self._score_cache: dict[str, object] = {}
        self._scores_for: int | None = None

    @classmethod
    def from_table(cls, freq: dict[str, int], total: int) -> Segmenter:
        """A segmenter over a prefix dictionary already built (:meth:`build_table`), such
        as the engine's cached one: nothing is read from disk."""
        seg = cls()
        seg._tk.FREQ, seg._tk.total = freq, total
        seg._tk.initialized = True
        return seg

    @staticmethod
    def read_word_list(path: Path) -> list[tuple[str, int]]:
        """``(word, count)`` for each line of a jieba-format word list (``word count
        [tag]``), read as jieba reads it: lines end at ``\\n``, ASCII blanks around
        a line are dropped."""
        lines = Path(path).read_bytes().decode("utf-8").split("\n")
        if lines and not lines[-1]:
            lines.pop()
        entries = []
        for lineno, raw in enumerate(lines, 1):
            line = raw.strip(" \t\n\r\x0b\x0c")
            try:
                word, count = line.split(" ")[:2]
                entries.append((word, int(count)))
            except ValueError:
                raise ValueError(
                    f"invalid dictionary entry in {path} at line {lineno}: {line}"
                ) from None
        return entries

    @staticmethod
    def build_table(
        entries: Iterable[tuple[str, int]], words: dict[str, str] | None = None
    ) -> tuple[dict[str, int], int]:
        """jieba's prefix dictionary for ``(word, count)`` entries, as jieba builds it from
        a word list (``Tokenizer.gen_pfdict``): every word -> its count, every prefix of
        a word that is no word itself -> 0, and the total count.

        ``words`` gives the string object to keep for a word or a prefix (shared with
        another table); a key stays the object it was first put in with.
        """
        freq: dict[str, int] = {}
        same = (words or {}).get
        total = 0
        for entry, count in entries:
            word = same(entry, entry)
            freq[word] = count
            total += count
            for end in range(1, len(word)):
                prefix = word[:end]
                if prefix not in freq:
                    freq[same(prefix, prefix)] = 0
        return freq, total

    def dictionary_count(self, word: str) -> int:
        """``word``'s count in the dictionary, as before the teacher's merges (0: none)."""
        merged = self._merged
        if word in merged:
            return merged[word] or 0
        return self._tk.FREQ.get(word) or 0

    def dictionary_words(self) -> Iterator[str]:
        """Every key of the prefix dictionary (words and prefixes)."""
        return iter(list(self._tk.FREQ))

    def initialize(self) -> None:
        """Load the dictionary now (otherwise it loads on first use)."""
        if self._tk.initialized:  # loaded: no lock to take for every run of a text
            return
        with self._lock:
            self._tk.initialize()

    def add_word(self, word: str, freq: int | None = None) -> None:
        """Keep ``word`` whole from now on (a teacher's merge); undone by :meth:`remove_word`."""
        self.initialize()
        with self._lock:
            self._merge(word, freq)
            self._splits.pop(word, None)

    def remove_word(self, word: str) -> None:
        """Undo a merge: ``word`` is cut as the dictionary alone would cut it."""
        self.initialize()
        with self._lock:
            self._unmerge(word)

    def set_split(self, word: str, parts: Iterable[str]) -> None:
        """Always cut ``word`` into ``parts`` (a teacher's split)."""
        parts = tuple(parts)
        if "".join(parts) != word:
            raise ValueError(f"The parts {parts!r} do not spell {word!r}.")
        self._splits[word] = parts

    def remove_split(self, word: str) -> None:
        self._splits.pop(word, None)

    def set_edits(self, merges: dict[str, int | None], splits: dict[str, tuple[str, ...]]) -> None:
        """Make ``merges`` (word -> frequency) and ``splits`` the complete set of edits.

        Merges and splits no longer listed are undone at once, so deleting a
        teacher's edit takes effect without a restart.
        """
        for word, parts in splits.items():
            if "".join(parts) != word:
                raise ValueError(f"The parts {parts!r} do not spell {word!r}.")
        self.initialize()
        with self._lock:
            for word in [w for w in self._merged if w not in merges]:
                self._unmerge(word)
            for word, freq in merges.items():
                if word not in self._merged:
                    self._merge(word, freq)
            self._splits = {w: tuple(p) for w, p in splits.items()}

    def is_merged(self, word: str) -> bool:
        """True if the teacher's edits keep ``word`` whole."""
        return word in self._merged

    @property
    def merges(self) -> frozenset[str]:
        """The words kept whole by the teacher's edits."""
        return frozenset(self._merged)

    @property
    def splits(self) -> dict[str, tuple[str, ...]]:
        """The teacher's splits in use."""
        return dict(self._splits)

    def _merge(self, word: str, freq: int | None) -> None:
        tk = self._tk
        if word not in self._merged:
            self._merged[word] = tk.FREQ.get(word) or None
        old = tk.FREQ.get(word, 0) or 0
        # At least what jieba needs to cut the word out whole on its own.
        freq = max(int(freq or 0), tk.suggest_freq(word, False))
        # jieba's own add_word adds to the total at every call; keep the total exact.
        tk.add_word(word, freq=max(1, freq))
        tk.total -= old
        self._forget_scores()

    def _unmerge(self, word: str) -> None:
        if word not in self._merged:
            return
        tk = self._tk
        original = self._merged[word]
        tk.total += (original or 0) - (tk.FREQ.get(word, 0) or 0)
        # A frequency of 0 keeps the prefix entries jieba needs but is no word.
        tk.FREQ[word] = original or 0
        self._forget_scores()
        # Forgotten last: dictionary_count, read without the lock, always sees the
        # original count of a word being unmerged.
        del self._merged[word]

    def cut(self, hanzi_run: str) -> list[str]:
        """Cut a run of Chinese characters into words."""
        self.initialize()
        out: list[str] = []
        # A run of CJK Unified Ideographs only (nearly every run) is one block of
        # jieba's cut: our best-route cut over the same counts gives its words without
        # jieba.cut's per-call splitting; other runs go through jieba.cut itself.
        words = (
            self._best_cut(hanzi_run)
            if _JIEBA_BLOCK.fullmatch(hanzi_run)
            else self._tk.cut(hanzi_run, HMM=False)
        )
        if not self._splits:
            return words if type(words) is list else list(words)
        for word in words:
            parts = self._splits.get(word)
            if parts:
                out.extend(parts)
            else:
                out.append(word)
        return out

    def _best_cut(self, run: str) -> list[str]:
        """The most probable cut of ``run`` under the word counts: the words whose
        log-probabilities add up highest, an unknown character being a word of count 1.
        Ties go to the longer word, as in jieba's own cut without HMM, whose words this
        gives for runs of CJK Unified Ideographs (tested against it on whole corpora).

        Each string looked up keeps its answer (:meth:`_scores`): a word's
        log-probability, or whether it is a prefix of words, so a text's frequent
        words cost one look-up and no logarithm."""
        scores, log_total = self._scores()
        known = scores.get
        lookup = self._score
        no_cut = -math.inf
        unknown = math.log(1) - log_total
        n = len(run)
        score = [0.0] * (n + 1)  # best log-probability of run[k:]
        end = [0] * n  # where the first word of that best cut of run[k:] ends
        for k in range(n - 1, -1, -1):
            best, best_end = no_cut, k + 1
            stop = k + 1
            found = known(run[k])
            if found is None:
                found = lookup(scores, run[k], log_total)
            while found is not _ABSENT:  # the words and prefixes starting at k
                if found is not _PREFIX:
                    value = found + score[stop]
                    if value >= best:
                        best, best_end = value, stop
                stop += 1
                if stop > n:
                    break
                found = known(run[k:stop])
                if found is None:
                    found = lookup(scores, run[k:stop], log_total)
            if best == no_cut:  # no dictionary word starts here: the character alone
                best = unknown + score[k + 1]
            score[k], end[k] = best, best_end
        words, k = [], 0
        while k < n:
            words.append(run[k:end[k]])
            k = end[k]
        return words

    def _scores(self) -> tuple[dict[str, object], float]:
        """The kept answers of :meth:`_best_cut`'s look-ups and ``log(total)``; new
        ones whenever the counts change (a teacher's merge, another total)."""
        tk = self._tk
        if self._scores_for != tk.total or len(self._score_cache) > 300_000:
            self._score_cache = {}
            self._scores_for = tk.total
        return self._score_cache, math.log(tk.total)

    def _score(self, scores: dict[str, object], word: str, log_total: float) -> object:
        """``word``'s log-probability (``log(count) - log(total)``), :data:`_PREFIX` if
        it only starts longer words, :data:`_ABSENT` if neither; kept in ``scores``."""
        count = self._tk.FREQ.get(word)
        found = _ABSENT if count is None else (
            math.log(count) - log_total if count else _PREFIX)
        scores[word] = found
        return found

    def _forget_scores(self) -> None:
        self._score_cache = {}

    def segment(self, text: str) -> Iterator[tuple[Kind, int, int]]:
        """All tokens of ``text`` as ``(kind, start, end)``; they tile the input exactly."""
        for kind, start, end in runs(text):
            if kind is not Kind.HANZI:
                yield kind, start, end
                continue
            pos = start
            for word in self.cut(text[start:end]):
                yield Kind.HANZI, pos, pos + len(word)
                pos += len(word)
