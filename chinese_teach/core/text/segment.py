"""Segmentation: every character kept, exact offsets, Chinese runs cut into words.

Non-Chinese runs (Latin, digits, punctuation, spaces, newlines, emoji) become
their own tokens. Chinese runs are cut as jieba cuts them without its HMM, over a
dictionary that is jieba's own merged with the corpus words (CC-CEDICT simplified and
traditional forms, HSK words), so teaching vocabulary and traditional text come out
whole. The counts are kept in a compact table (:mod:`.wordtable`); jieba itself is
not imported.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from chinese_teach.core.text.tokens import HANZI_RUN, Kind, is_hanzi_char

if TYPE_CHECKING:
    from chinese_teach.core.text.wordtable import CountTable


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
#: jieba's blocks (``re_han_default``), blanks (``re_skip_default``) and the single
#: letters and digits its cut joins again (``re_eng``), as in jieba 0.42.1.
_JIEBA_HAN = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_JIEBA_SKIP = re.compile("(\r\n|\\s)")
_JIEBA_ENG = re.compile("[a-zA-Z0-9]")


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
    """jieba's cut without HMM over a word-count table, with the teacher's merges and splits.

    ``table`` is jieba's prefix dictionary (every word -> its count, every prefix of a
    word that is no word itself -> 0; :meth:`build_table`), usually a compact
    :class:`~.wordtable.CountTable`; ``total`` is the sum of the words' counts. The cut
    gives jieba's ``Tokenizer.cut(text, HMM=False)`` over the same counts (tested
    against it) without jieba's tokenizer, its import or its 68 MB dict.
    """

    def __init__(self, table: dict[str, int] | CountTable, total: int) -> None:
        #: word or prefix -> count; a teacher's merge changes it (:meth:`add_word`)
        self._freq: dict[str, int] | CountTable = table
        self._total = total
        self._lock = threading.Lock()
        self._splits: dict[str, tuple[str, ...]] = {}
        #: merged word -> its frequency in the dictionary before the merge (None: absent)
        self._merged: dict[str, int | None] = {}
        #: :meth:`_best_cut`'s answers for the counts of total ``_scores_for``.
        self._score_cache: dict[str, object] = {}
        self._scores_for: int | None = None

    @property
    def table(self) -> Mapping[str, int]:
        """The word counts in use (the teacher's merges included)."""
        return self._freq

    @property
    def total(self) -> int:
        """The sum of the words' counts (the teacher's merges included)."""
        return self._total

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
    def build_table(entries: Iterable[tuple[str, int]]) -> tuple[dict[str, int], int]:
        """jieba's prefix dictionary for ``(word, count)`` entries, as jieba builds it from
        a word list (``Tokenizer.gen_pfdict``): every word -> its count, every prefix of
        a word that is no word itself -> 0, and the total count."""
        freq: dict[str, int] = {}
        total = 0
        for word, count in entries:
            freq[word] = count
            total += count
            for end in range(1, len(word)):
                prefix = word[:end]
                if prefix not in freq:
                    freq[prefix] = 0
        return freq, total

    def dictionary_count(self, word: str) -> int:
        """``word``'s count in the dictionary, as before the teacher's merges (0: none)."""
        merged = self._merged
        if word in merged:
            return merged[word] or 0
        return self._freq.get(word) or 0

    def dictionary_words(self) -> Iterator[str]:
        """Every key of the prefix dictionary (words and prefixes)."""
        return iter(list(self._freq))

    def add_word(self, word: str, freq: int | None = None) -> None:
        """Keep ``word`` whole from now on (a teacher's merge); undone by :meth:`remove_word`."""
        with self._lock:
            self._merge(word, freq)
            self._splits.pop(word, None)

    def remove_word(self, word: str) -> None:
        """Undo a merge: ``word`` is cut as the dictionary alone would cut it."""
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

    def suggest_freq(self, word: str) -> int:
        """The count that makes the cut keep ``word`` whole on its own, as jieba's
        ``Tokenizer.suggest_freq(word, False)`` gives it."""
        table = self._freq
        ftotal = float(self._total)
        freq: float = 1
        for seg in self.dictionary_cut(word):
            freq *= table.get(seg, 1) / ftotal
        return max(int(freq * self._total) + 1, table.get(word, 1))

    def _merge(self, word: str, freq: int | None) -> None:
        table = self._freq
        if word not in self._merged:
            self._merged[word] = table.get(word) or None
        old = table.get(word, 0) or 0
        # At least what the cut needs to keep the word whole on its own.
        freq = max(1, int(freq or 0), self.suggest_freq(word))
        table[word] = freq  # as jieba's add_word, but with the total kept exact
        self._total += freq - old
        for end in range(1, len(word)):
            if word[:end] not in table:
                table[word[:end]] = 0
        self._forget_scores()

    def _unmerge(self, word: str) -> None:
        if word not in self._merged:
            return
        table = self._freq
        original = self._merged[word]
        self._total += (original or 0) - (table.get(word, 0) or 0)
        # A frequency of 0 keeps the prefix entries the cut needs but is no word.
        table[word] = original or 0
        self._forget_scores()
        # Forgotten last: dictionary_count, read without the lock, always sees the
        # original count of a word being unmerged.
        del self._merged[word]

    def cut(self, hanzi_run: str) -> list[str]:
        """Cut a run of Chinese characters into words (the teacher's splits applied)."""
        # A run of CJK Unified Ideographs only (nearly every run) is one block of
        # jieba's cut: the best-route cut alone; other runs as jieba.cut splits them.
        words = (
            self._best_cut(hanzi_run)
            if _JIEBA_BLOCK.fullmatch(hanzi_run)
            else self.dictionary_cut(hanzi_run)
        )
        if not self._splits:
            return words
        out: list[str] = []
        for word in words:
            parts = self._splits.get(word)
            if parts:
                out.extend(parts)
            else:
                out.append(word)
        return out

    def dictionary_cut(self, text: str) -> list[str]:
        """jieba's ``Tokenizer.cut(text, HMM=False)`` over this table: blocks of CJK
        Unified Ideographs, ASCII letters, digits and ``+#&._%-`` cut by the best route
        (single letters and digits joined again), blanks kept, any other character
        alone. The teacher's splits are not applied."""
        out: list[str] = []
        for block in _JIEBA_HAN.split(text):
            if not block:
                continue
            if _JIEBA_HAN.match(block):
                letters = ""
                for word in self._best_cut(block):
                    if len(word) == 1 and _JIEBA_ENG.match(word):
                        letters += word
                        continue
                    if letters:
                        out.append(letters)
                        letters = ""
                    out.append(word)
                if letters:
                    out.append(letters)
            else:
                for piece in _JIEBA_SKIP.split(block):
                    if _JIEBA_SKIP.match(piece):
                        out.append(piece)
                    else:
                        out.extend(piece)
        return out

    def _best_cut(self, run: str) -> list[str]:
        """The most probable cut of ``run`` under the word counts: the words whose
        log-probabilities add up highest, an unknown character being a word of count 1.
        Ties go to the longer word, as in jieba's own cut without HMM, whose words this
        gives for runs of CJK Unified Ideographs (tested against it on whole corpora).

        Each string looked up keeps its answer (:meth:`_scores`): a word's
        log-probability, or whether it is a prefix of words, so a text's frequent
        words cost one look-up and no logarithm; a string met for the first time costs
        one call of the table's ``get`` (written out here, no helper call)."""
        n = len(run)
        if n == 1:
            return [run]  # one character: its only cut
        scores, log_total = self._scores()
        known = scores.get
        count_of = self._freq.get
        log = math.log
        no_cut = -math.inf
        unknown = log(1) - log_total
        score = [0.0] * (n + 1)  # best log-probability of run[k:]
        end = [0] * n  # where the first word of that best cut of run[k:] ends
        for k in range(n - 1, -1, -1):
            best, best_end = no_cut, k + 1
            stop = k + 1
            key = run[k]
            found = known(key)
            while True:  # the words and prefixes starting at k
                if found is None:  # met for the first time: its log-probability
                    # (log(count) - log(total)), _PREFIX if it only starts longer words,
                    # _ABSENT if neither
                    count = count_of(key)
                    found = scores[key] = _ABSENT if count is None else (
                        log(count) - log_total if count else _PREFIX)
                if found is _ABSENT:
                    break
                if found is not _PREFIX:
                    value = found + score[stop]
                    if value >= best:
                        best, best_end = value, stop
                stop += 1
                if stop > n:
                    break
                key = run[k:stop]
                found = known(key)
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
        total = self._total
        if self._scores_for != total or len(self._score_cache) > 300_000:
            self._score_cache = {}
            self._scores_for = total
        return self._score_cache, math.log(total)

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
