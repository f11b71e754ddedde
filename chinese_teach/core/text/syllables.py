"""Pinyin syllables: one canonical form and the display styles built from it.

The canonical form is ASCII, lower case, with a tone digit 1-5 (5 = neutral)
and ``v`` for ü: ``yin2``, ``lv4``, ``le5``. Everything else (tone marks, tone
numbers with ü, no tones, zhuyin) is derived from it for display.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache

from chinese_teach.core.text import tonemarks


class ToneStyle(StrEnum):
    """How pinyin is written for the reader."""

    MARKS = "marks"
    NUMBERS = "numbers"
    NONE = "none"
    ZHUYIN = "zhuyin"


_SYLLABLE_RE = re.compile(r"^([a-zü:v]+?)([1-5])?$")
_VOWELLESS = frozenset({"m", "n", "ng", "hm", "hng"})
_COMBINING_TONES = ("\u0304", "\u0301", "\u030c", "\u0300")
_VOWELLESS = frozenset({"m", "n", "ng", "hm", "hng"})
_COMBINING_TONES = ("\u0304", "\u0301", "\u030c", "\u0300")


@lru_cache(maxsize=4096)
def normalize(syllable: str) -> str:
    """Turn ``Lu:4``, ``lü4``, ``lǜ``, ``LV4`` or ``le`` into the canonical ``lv4`` / ``le5``."""
    s = unicodedata.normalize("NFC", syllable.strip().lower()).replace("u:", "v").replace("ü", "v")
    if not s:
        return s
    decomposed = unicodedata.normalize("NFD", s)
    marks = [ch for ch in decomposed if ch in _COMBINING_TONES]
    bare = "".join(ch for ch in decomposed if ch not in _COMBINING_TONES)
    if marks and bare in _VOWELLESS:  # ńg, ḿ, hm̀
        return bare + str(_COMBINING_TONES.index(marks[0]) + 1)
    if marks:  # yín, lǜ, ế
        s = tonemarks.to_tone3(s).replace("ü", "v")
    elif not s[-1].isdigit():
        s += "5"
    return s


def tone_of(syllable: str) -> int:
    """The tone number 1-5 of a canonical syllable (5 for neutral or unknown)."""
    if syllable and syllable[-1] in "12345":
        return int(syllable[-1])
    return 5


def base_of(syllable: str) -> str:
    """The syllable without its tone digit (``yin2`` -> ``yin``)."""
    return syllable[:-1] if syllable and syllable[-1].isdigit() else syllable


@lru_cache(maxsize=8192)
def to_marks(syllable: str) -> str:
    """``lv4`` -> ``lǜ``; ``le5`` -> ``le``; ``r5`` -> ``r``."""
    if not syllable:
        return syllable
    if syllable[-1] == "5":
        return syllable[:-1].replace("v", "ü")
    base = syllable[:-1]
    if base == "r":  # the erhua suffix carries no tone of its own
        return "r"
    if base in _VOWELLESS:  # 嗯 ńg, 呣 ḿ: the mark sits on the nasal
        mark = _COMBINING_TONES[int(syllable[-1]) - 1]
        at = 1 if base.startswith("h") else 0
        return unicodedata.normalize("NFC", base[: at + 1] + mark + base[at + 1 :])
    return tonemarks.to_tone(syllable)


@lru_cache(maxsize=8192)
def to_numbers(syllable: str) -> str:
    """``lv4`` -> ``lü4`` (the teacher-facing numbered form)."""
    return syllable.replace("v", "ü")


@lru_cache(maxsize=8192)
def to_plain(syllable: str) -> str:
    """``lv4`` -> ``lü``."""
    return base_of(syllable).replace("v", "ü")


@lru_cache(maxsize=8192)
def to_zhuyin(syllable: str) -> str:
    """``yin2`` -> ``ㄧㄣˊ``; the neutral-tone dot goes first, as textbooks print it (``˙ㄌㄜ``)."""
    if not syllable or not syllable[-1].isdigit():
        return syllable
    if base_of(syllable) == "r":  # erhua suffix
        return "ㄦ"
    zy = tonemarks.to_zhuyin(syllable)
    if zy is None:
        return syllable
    if syllable[-1] == "5":
        zy = "˙" + zy.replace("˙", "")
    return zy


def render(syllable: str, style: ToneStyle | str) -> str:
    """Write a canonical syllable in the requested style."""
    style = ToneStyle(style)
    if style is ToneStyle.MARKS:
        return to_marks(syllable)
    if style is ToneStyle.NUMBERS:
        return to_numbers(syllable)
    if style is ToneStyle.ZHUYIN:
        return to_zhuyin(syllable)
    return to_plain(syllable)


def join_word(syllables: list[str] | tuple[str, ...], style: ToneStyle | str) -> str:
    """Write a word's syllables the way textbooks do: ``yínháng``, ``yìdiǎnr``, ``Xī'ān``.

    Zhuyin and numbered styles keep a space between syllables.
    """
    style = ToneStyle(style)
    parts = [render(s, style) for s in syllables]
    if style in (ToneStyle.ZHUYIN, ToneStyle.NUMBERS):
        out: list[str] = []
        for syl, part in zip(syllables, parts, strict=True):
            if base_of(syl) == "r" and out:
                out[-1] += part.rstrip("5") if style is ToneStyle.NUMBERS else part
            else:
                out.append(part)
        return " ".join(out)
    text = ""
    apart = measure_apart(syllables)
    for i, part in enumerate(parts):
        if i and i in apart:
            text += " "
        elif i and part and part[0] in "aeoāáǎàēéěèōóǒò" and base_of(syllables[i]) != "r":
            text += "'"
        text += part
    return text


#: the syllables of the numbers (and 半 "half", 几 "how many") a measure word follows
_COUNTING = frozenset({"yi1", "yi2", "yi4", "er4", "liang3", "san1", "si4", "wu3", "liu4",
                       "qi1", "qi2", "ba1", "ba2", "jiu3", "shi2", "bai3", "qian1", "wan4",
                       "ban4", "ji3"})


def measure_apart(syllables: list[str] | tuple[str, ...]) -> frozenset[int]:
    """Where a word holding 个 after a number or after 上/下 writes its parts apart: the
    indexes of the syllables that start a unit of their own (empty: one unit).

    GB/T 16159 writes numbers and measure words as separate units (liǎng gè rén), and
    the cut gives 一 | 个 as two words; a dictionary word such as 半个 keeps its
    characters together, so its spelling writes the light 个 as the project writes it
    after every number: bàn ge, as yí ge (never bànge, which a student reads "ban-ge");
    上个月 and 下个星期 are three and three units, as the cut gives 上 | 个 | 星期 (xià ge
    yuè, shàng ge xīngqī). 这个, 那个, 哪个 stay one word (zhège: the project's convention)."""
    n = len(syllables)
    if (n >= 2 and base_of(syllables[-1]) == "ge" and tone_of(syllables[-1]) in (4, 5)
            and all(normalize(s) in _COUNTING for s in syllables[:-1])):
        return frozenset({n - 1})
    if (n >= 2 and normalize(syllables[0]) in _LAST_NEXT and base_of(syllables[1]) == "ge"
            and tone_of(syllables[1]) in (4, 5)):
        return frozenset({1, 2} if n > 2 else {1})
    return frozenset()


#: 上 "last" and 下 "next" before 个 and a unit of time (上个月, 下个星期)
_LAST_NEXT = frozenset({"shang4", "xia4"})


def numbered_to_ascii_key(syllables: list[str]) -> str:
    """Search key without tones or spaces: ``['yin2','hang2']`` -> ``yinhang``."""
    return "".join(base_of(s) for s in syllables)


def plain(text: str) -> str:
    """Strip tone marks from free text (``yínháng`` -> ``yinhang``), keeping ü as v."""
    return tonemarks.to_normal(text).replace("ü", "v")
