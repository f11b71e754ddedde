"""How wide a reader's pinyin prints, estimated without a font engine.

The HTML reader keeps its hanzi on an even grid and lets each syllable overhang its
neighbours, as printed textbooks (and the PDF) do; where two syllables would touch it
moves the characters apart by just enough. A web page cannot ask how wide a piece of
text is before a browser lays it out, so the exporter estimates it from the advance
widths below.

``LATIN_EM``: the advance width of each letter in em, the wider of the two fonts a
reader's pinyin is most often drawn in (LXGW WenKai, shipped in ``resources/fonts`` and
first in the HTML font stack, and Noto Serif CJK SC, the CJK serif of Linux and
Android), measured with Qt's font metrics (``QFontMetricsF.horizontalAdvance``) at
1000 px and rounded up to 0.01 em; Kaiti (Windows, macOS) sets its letters narrower.
Taking the wider means an estimate errs towards a little more room, never towards
touching syllables.
A letter with a tone mark is as wide as the letter without it; any other character
(zhuyin, a full-width mark) counts as a full em.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

LATIN_EM: dict[str, float] = {
    "a": 0.58, "b": 0.64, "c": 0.54, "d": 0.63, "e": 0.55, "f": 0.39, "g": 0.58,
    "h": 0.67, "i": 0.34, "j": 0.32, "k": 0.61, "l": 0.34, "m": 0.98, "n": 0.67,
    "o": 0.60, "p": 0.64, "q": 0.61, "r": 0.47, "s": 0.51, "t": 0.37, "u": 0.66,
    "v": 0.55, "w": 0.84, "x": 0.57, "y": 0.56, "z": 0.50, "ü": 0.66, "ê": 0.55,
    "A": 0.72, "B": 0.67, "C": 0.71, "D": 0.77, "E": 0.66, "F": 0.63, "G": 0.76,
    "H": 0.86, "I": 0.41, "J": 0.50, "K": 0.74, "L": 0.63, "M": 0.98, "N": 0.80,
    "O": 0.77, "P": 0.65, "Q": 0.77, "R": 0.72, "S": 0.62, "T": 0.66, "U": 0.80,
    "V": 0.72, "W": 1.06, "X": 0.70, "Y": 0.69, "Z": 0.61, "'": 0.35, " ": 0.35,
    "-": 0.35, "·": 0.35,
}
#: a character the table does not hold (zhuyin, a full-width mark)
OTHER_EM = 1.0


@lru_cache(maxsize=4096)
def _char_em(ch: str) -> float:
    found = LATIN_EM.get(ch)
    if found is not None:
        return found
    base = unicodedata.normalize("NFD", ch)[:1]
    found = LATIN_EM.get(base)
    return found if found is not None else OTHER_EM


@lru_cache(maxsize=65536)
def text_em(text: str) -> float:
    """The estimated width of ``text`` (pinyin or zhuyin) in em of its own font size."""
    return sum(_char_em(ch) for ch in text)
