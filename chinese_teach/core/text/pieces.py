"""Cutting a word into the fewest listed pieces: one helper for the learner cut (which
words a token is made of) and the level analysis (how hard a compound in no list is).

``weight(piece)`` says whether a piece is listed: None if it is not, else a number
(a level, or 0 when only being listed matters). Of the cuts with the fewest pieces the
one whose heaviest piece is lightest wins, then the first found (longer pieces first),
so 星期六 is 星期 + 六 and the result never depends on dictionary order.
"""

from __future__ import annotations

from collections.abc import Callable

#: The digits and units of Chinese numbers (二十, 两千, 三百五); a run of them is one unit.
_NUMERAL_CHARS = "〇零一二三四五六七八九十百千万亿两几"
NUMERALS = frozenset(_NUMERAL_CHARS)


def is_number(word: str) -> bool:
    """True for a word made only of numeral characters (三, 二十, 两千)."""
    # (strip in C: the learner cut asks this of every piece it weighs)
    return word != "" and not word.strip(_NUMERAL_CHARS)


def fewest_pieces(
    word: str, weight: Callable[[str], int | None], *, whole: bool = False
) -> tuple[tuple[int, ...], int] | None:
    """``word`` cut into the fewest pieces that ``weight`` lists: the pieces' lengths and
    the heaviest piece's weight, or None if it cannot be cut so. ``whole``: the word
    itself may be its one piece (by default a cut has two pieces or more)."""
    n = len(word)
    # best[j]: (pieces, heaviest, lengths) for word[:j]
    best: list[tuple[int, int, tuple[int, ...]] | None] = [(0, 0, ())] + [None] * n
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        count, heaviest, lengths = here
        for j in range(i + 1, n + 1):
            if j - i == n and not whole:
                continue
            w = weight(word[i:j])
            if w is None:
                continue
            cand = (count + 1, max(heaviest, w), (*lengths, j - i))
            old = best[j]
            if old is None or cand[:2] < old[:2]:
                best[j] = cand
    last = best[n]
    return (last[2], last[1]) if last is not None else None


class KeptAnswers(dict):
    """word -> a yes-or-no answer, decided once per word at its first ``[word]`` (a
    plain dict look-up after that: the learner cut asks for every word of a text)."""

    def __init__(self, decide: Callable[[str], bool], limit: int = 200_000) -> None:
        super().__init__()
        self._decide = decide
        self._limit = limit

    def __missing__(self, word: str) -> bool:
        found = self._decide(word)
        if len(self) >= self._limit:
            self.clear()
        self[word] = found
        return found
