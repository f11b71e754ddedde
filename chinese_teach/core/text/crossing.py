"""Cuts that cross a learner word: the segmenter's boundary moved, in learners' sentences.

jieba sometimes takes a harder word that steals a character from a learner word next to
it: 请把手机关了 is cut 把手 | 机关 ("handle" | "organ") and hides 手机 and 关; 中文书 is
cut 中 | 文书 ("document") and hides 中文 and 书; 我唱歌唱得不好 is cut 唱 | 歌唱. Each
time a two-character dictionary word outside HSK 1-5 has halves that complete easy
learner words with its neighbours. Two neighbouring words ``A | B`` are cut again as
``a1 | a2+b1 | b2`` (``a1`` and ``b2`` may be empty, never both, so the new middle word
crosses the old boundary) when:

* one of ``A``, ``B`` is such a hard word (no HSK level below :data:`HARD` in any
  standard; the learner cut's pieces count, so 本书 after a number is as easy as 本 + 书);
* every new piece is a learner word of HSK level :data:`EASY` or below, the middle one
  (across the old boundary) of level :data:`MIDDLE` or below, the others no number (the
  learner cut keeps numbers with their measure words: 一行人 stays 一行 人);
* a word below :data:`HARD` is never split, only taken whole into the middle word
  (中 | 文书 -> 中文 | 书; 中国 | 内地 stays);
* the rest of the run (the clause) is learners' language: its other words are all at
  level :data:`CONTEXT` or below. In a text for learners a hard word among easy ones is
  a mis-cut far more often than a word; in a newspaper's 大门前 or 年初次 it is not, and
  the sentence around it has harder words too.

A one-character piece left at the end joins the one-character word after it when they
make a learner word of level :data:`MIDDLE` or below (请把手机关上: 把 | 手机 | 关上).

This runs before the readings, so the pinyin engine reads the words a learner sees.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from chinese_teach.core.text.pieces import KeptAnswers, is_number

#: A word this hard (lowest HSK level in any standard; no level: :data:`NOT_LISTED`) may
#: be a mis-cut.
HARD = 6
#: The new pieces must be this easy.
EASY = 3
#: The new middle word, which crosses the old boundary, must be this easy.
MIDDLE = 2
#: The other words of the run must be this easy.
CONTEXT = 4
#: The weight of a word in no HSK list.
NOT_LISTED = 11

#: Pair decisions kept (the pairs of a text repeat); the store starts again past this.
_KEPT = 100_000


class Uncrosser:
    """Moves a boundary between two of the segmenter's words when that shows learner words.

    ``vocab``: the learner lists (every HSK standard); ``dictionary``: the words the
    dictionary knows; ``level``: a word's lowest HSK level in any standard (None: in no
    list); ``pieces``: the lengths of the learner words the learner cut makes of a word
    (None: whole; :meth:`.LearnerCut.pieces`); ``fixed``: True for a word never to touch
    (a name, a teacher's merge: :meth:`.LearnerCut.fixed`)."""

    def __init__(
        self,
        vocab: Container[str],
        dictionary: Container[str],
        level: Callable[[str], int | None],
        pieces: Callable[[str], tuple[int, ...] | None],
        fixed: Callable[[str], bool],
    ) -> None:
        self._vocab = vocab
        self._dictionary = dictionary
        self._level = level
        self._pieces = pieces
        self._fixed = fixed
        self._weights: dict[str, int | None] = {}
        self._hard = KeptAnswers(self._is_hard)
        self._pairs: dict[tuple[str, str], tuple[str, ...] | None] = {}

    def forget(self) -> None:
        """Forget kept decisions (the teacher's merges changed)."""
        self._weights.clear()
        self._hard.clear()
        self._pairs.clear()

    def piece_weight(self, piece: str) -> int | None:
        """A new piece's weight: its lowest HSK level, 0 for a number, None for a
        string in no list."""
        if is_number(piece):
            return 0
        if piece not in self._vocab:
            return None
        found = self._level(piece)
        return found if found is not None else NOT_LISTED

    def weight(self, word: str) -> int | None:
        """How hard a segmenter's word is for a learner: the highest level of the
        learner words the learner cut makes of it (0 for a number, :data:`NOT_LISTED`
        for a word in no list); None for a word never to touch. Kept per word."""
        weights = self._weights
        if word in weights:
            return weights[word]
        found: int | None
        if is_number(word):
            found = 0
        elif self._fixed(word):
            found = None
        else:
            cut = self._pieces(word) if len(word) > 1 else None
            found = 0
            pos = 0
            for length in cut or (len(word),):
                part = word[pos:pos + length]
                pos += length
                w = self.piece_weight(part)
                found = max(found, NOT_LISTED if w is None else w)
        if len(weights) < 200_000:
            weights[word] = found
        return found

    def _is_hard(self, word: str) -> bool:
        """True for a two-character dictionary word outside HSK 1-5."""
        if len(word) != 2:
            return False
        if word in self._vocab and word[0] != "姓":
            # A learner word is one piece (the learner cut keeps it whole; 姓 + a surname
            # is its one exception): below HARD by its own level, it is no hard word,
            # whatever the learner cut and the names say (most words of a text).
            level = self._level(word)
            if level is not None and level < HARD:
                return False
        if word not in self._dictionary:
            return False
        found = self.weight(word)
        return found is not None and found >= HARD

    def uncross(self, words: list[str]) -> list[str]:
        """``words`` (one run of Chinese, as the segmenter cut it) with every crossed
        boundary moved; the same list object when nothing moved (most runs)."""
        hard = self._hard
        if not any(map(hard.__getitem__, words)):
            return words  # most runs: no hard two-character word (asked in C, no list)
        flags = list(map(hard.__getitem__, words))
        out: list[str] | None = None
        for i in range(len(words) - 1):
            if not (flags[i] or flags[i + 1]):
                continue
            found = self._pair(words[i], words[i + 1])
            if found is None or not self._easy_around(words, i):
                continue
            if out is None:
                out = list(words)
            # The pair's place in ``out``: words before it may have become more pieces.
            at = len(out) - (len(words) - i)
            if out[at] != words[i] or out[at + 1] != words[i + 1]:
                continue  # the word before was taken by a move already
            if len(found[-1]) == 1 and found[-1] != words[i + 1] and i + 2 < len(words):
                # The piece left over may make a learner word with a one-character word
                # after it: 请把手机关上 -> 把 | 手机 | 关上.
                joined = found[-1] + words[i + 2]
                w = self.piece_weight(joined) if len(words[i + 2]) == 1 else None
                if w is not None and w <= MIDDLE:
                    out[at:at + 3] = (*found[:-1], joined)
                    continue
            out[at:at + 2] = found
        return out if out is not None else words

    def _easy_around(self, words: list[str], i: int) -> bool:
        """True when every word of the run but ``words[i:i + 2]`` is learners' language."""
        weight = self.weight
        for j, word in enumerate(words):
            if j == i or j == i + 1:
                continue
            found = weight(word)
            if found is None:
                continue  # a name or a teacher's word
            if found > CONTEXT:
                return False
        return True

    def _pair(self, a: str, b: str) -> tuple[str, ...] | None:
        """The new pieces of ``a + b`` (two or three), or None to keep ``a | b`` (kept)."""
        key = (a, b)
        pairs = self._pairs
        if key in pairs:
            return pairs[key]
        found = self._recut(a, b)
        if len(pairs) >= _KEPT:
            pairs.clear()
        pairs[key] = found
        return found

    def _recut(self, a: str, b: str) -> tuple[str, ...] | None:
        w_a, w_b = self.weight(a), self.weight(b)
        if w_a is None or w_b is None:
            return None
        weight = self.piece_weight
        best: tuple[int, int, tuple[str, ...]] | None = None
        # An easy word is never split, only taken whole into the new middle word.
        for k in range(len(a) if w_a >= HARD else 1):
            first, left = a[:k], a[k:]
            w_first = weight(first) if first else 0
            if w_first is None or w_first > EASY or is_number(first):
                continue
            for j in range(1, len(b) + 1) if w_b >= HARD else (len(b),):
                right, last = b[:j], b[j:]
                if not first and not last:
                    continue  # a plain merge of the two words, no crossing
                w_mid = weight(left + right)
                if w_mid is None or w_mid > MIDDLE:
                    continue
                w_last = weight(last) if last else 0
                if w_last is None or w_last > EASY or is_number(last):
                    continue
                pieces = tuple(p for p in (first, left + right, last) if p)
                cand = (max(w_first, w_mid, w_last), len(pieces), pieces)
                if best is None or cand[:2] < best[:2]:
                    best = cand
        return best[2] if best is not None else None

