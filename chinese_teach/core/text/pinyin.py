"""Readings of words: the teacher's corrections, the dictionary, rules, a model, pypinyin.

``Reader.read_run`` gives one canonical syllable per character for a run of
Chinese words, with the source of each reading and whether it is unsure.
"""

from __future__ import annotations

from dataclasses import dataclass

from pypinyin import Style, pinyin

from chinese_teach.core.text.lexicon import Lexicon
from chinese_teach.core.text.syllables import normalize
from chinese_teach.core.text.tokens import Source


@dataclass(frozen=True, slots=True)
class ReadingCorrection:
    """A teacher's reading for ``word``, optionally only between ``left`` and ``right``."""

    word: str
    pinyin: tuple[str, ...]
    left: str = ""
    right: str = ""

    def matches(self, before: str, after: str) -> bool:
        return before.endswith(self.left) and after.startswith(self.right)

    @property
    def specificity(self) -> int:
        return len(self.left) + len(self.right)


@dataclass(frozen=True, slots=True)
class WordReading:
    """The reading chosen for one word."""

    syllables: tuple[str, ...]
    sources: tuple[Source, ...]
    unsure: tuple[bool, ...]


def _pypinyin(word: str) -> list[str]:
    out = pinyin(word, style=Style.TONE3, neutral_tone_with_five=True, errors=list)
    syl = [normalize(p[0]) if p and p[0] else "" for p in out]
    if len(syl) != len(word):  # errors= may merge; align one per character
        syl = [normalize(pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True)[0][0])
               for ch in word]
    return syl


class Reader:
    """Chooses readings for words in context."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._corrections: dict[str, list[ReadingCorrection]] = {}

    def set_corrections(self, corrections: list[ReadingCorrection]) -> None:
        """Replace the teacher's corrections (most specific context wins)."""
        table: dict[str, list[ReadingCorrection]] = {}
        for c in corrections:
            if len(c.pinyin) == len(c.word):
                table.setdefault(c.word, []).append(c)
        for lst in table.values():
            lst.sort(key=lambda c: -c.specificity)
        self._corrections = table

    def is_polyphonic(self, char: str) -> bool:
        """True if the dictionary lists several common readings for ``char``."""
        return len({r[0][:-1] + r[0][-1] for r in self.lexicon.common_readings(char)}) > 1

    def read_word(self, word: str, before: str = "", after: str = "") -> WordReading:
        """The reading of ``word`` given the text ``before`` and ``after`` it."""
        n = len(word)
        for c in self._corrections.get(word, ()):
            if c.matches(before, after):
                return WordReading(c.pinyin, (Source.CORRECTION,) * n, (False,) * n)
        readings = self.lexicon.common_readings(word)
        if len(readings) == 1 and (n > 1 or not self.is_polyphonic(word)):
            return WordReading(readings[0], (Source.DICTIONARY,) * n, (False,) * n)
        guess = tuple(_pypinyin(word))
        if readings:
            if guess in readings:
                chosen = guess
            else:
                chosen = readings[0]
            unsure = tuple(len({r[i] for r in readings}) > 1 for i in range(n))
            src = Source.DICTIONARY if n > 1 else Source.FALLBACK
            return WordReading(chosen, (src,) * n, unsure)
        unsure = tuple(self.is_polyphonic(ch) for ch in word)
        return WordReading(guess, (Source.FALLBACK,) * n, unsure)
