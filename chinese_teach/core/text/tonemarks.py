"""Tone marks and zhuyin for pinyin syllables, without importing pypinyin.

A port of the few converters :mod:`.syllables` used from pypinyin 0.55.0
(``pypinyin.contrib.tone_convert`` and ``pypinyin.style.bopomofo``; MIT licence,
copyright mozillazg and contributors), kept step for step so that the output is
the same for any input (``tests/core/text/test_tonemarks.py`` compares them).
Importing any pypinyin module loads its character and phrase dictionaries,
about 56 MB that writing a syllable does not need.
"""

from __future__ import annotations

import re

#: pypinyin.phonetic_symbol: marked vowel -> vowel and tone number
_SYMBOLS = {
    "ā": "a1", "á": "a2", "ǎ": "a3", "à": "a4",
    "ē": "e1", "é": "e2", "ě": "e3", "è": "e4",
    "ō": "o1", "ó": "o2", "ǒ": "o3", "ò": "o4",
    "ī": "i1", "í": "i2", "ǐ": "i3", "ì": "i4",
    "ū": "u1", "ú": "u2", "ǔ": "u3", "ù": "u4",
    "ü": "v", "ǖ": "v1", "ǘ": "v2", "ǚ": "v3", "ǜ": "v4",
    "ń": "n2", "ň": "n3", "ǹ": "n4",
    "m̄": "m1", "ḿ": "m2", "m̀": "m4",
    "ê̄": "ê1", "ế": "ê2", "ê̌": "ê3", "ề": "ê4",
}
_SYMBOLS_REVERSE = {v: k for k, v in _SYMBOLS.items()}
_SYMBOLS_LONG = {k: v for k, v in _SYMBOLS.items() if len(k) > 1}
_RE_SYMBOL = re.compile("[" + re.escape("".join(k for k in _SYMBOLS if len(k) == 1)) + "]")
_RE_TONE2 = re.compile(r"([aeoiuvnmêü])([1-5])")
_RE_TONE3 = re.compile(r"^([a-zêü]+)([1-5])([a-zêü]*)$")
_RE_NUMBER = re.compile(r"\d")


def _symbols_to_numbers(pinyin: str) -> str:
    value = _RE_SYMBOL.sub(lambda m: _SYMBOLS[m.group(0)], pinyin)
    for symbol, to in _SYMBOLS_LONG.items():
        value = value.replace(symbol, to)
    return value


def _first_number(pinyin: str) -> str | None:
    found = _RE_NUMBER.search(pinyin)
    return found.group(0) if found else None


def _mark_index(bare: str) -> int | None:
    """Where the tone mark goes in a syllable without tone (pypinyin's rule)."""
    if "iou" in bare:
        return bare.index("u")
    if "uei" in bare:
        return bare.index("i")
    if "uen" in bare:
        return bare.index("u")
    for c in ("a", "o", "e"):
        if c in bare:
            return bare.index(c)
    for c in ("iu", "ui"):
        if c in bare:
            return bare.index(c) + 1
    for c in ("i", "u", "v", "ü", "n", "m", "ê"):
        if c in bare:
            return bare.index(c)
    return None


def _tone_to_tone3(tone: str, neutral_tone_with_five: bool = False) -> str:
    tone3 = _RE_TONE3.sub(r"\1\3\2", _symbols_to_numbers(tone))
    if neutral_tone_with_five and tone3 and _first_number(tone3) is None:
        tone3 += "5"
    return tone3


def _tone3_to_tone2(tone3: str) -> str:
    bare = _RE_NUMBER.sub("", tone3).replace("ü", "v")
    index = _mark_index(bare)
    if index is None:
        index = len(bare) - 1
    number = _first_number(tone3)
    if number is None:
        return tone3
    return (bare[:index + 1] + number + bare[index + 1:]).replace("ü", "v")


def _tone2_to_tone(tone2: str) -> str:
    string = tone2.replace("ü", "v").replace("5", "").replace("0", "")
    return _RE_TONE2.sub(
        lambda m: _SYMBOLS_REVERSE.get(m.group(0)) or m.group(0), string
    ).replace("v", "ü")


def to_tone(pinyin: str) -> str:
    """``lv4`` / ``lu:4``-free numbered pinyin -> ``lǜ`` (pypinyin's ``to_tone``)."""
    pinyin = pinyin.replace("v", "ü")
    if not _RE_NUMBER.search(pinyin):
        return pinyin
    return _tone2_to_tone(_tone3_to_tone2(_tone_to_tone3(pinyin)))


def to_tone3(pinyin: str) -> str:
    """``lǜ`` -> ``lv4``, ``le`` -> ``le5`` (pypinyin's ``to_tone3(v_to_u=False,
    neutral_tone_with_five=True)``)."""
    pinyin = pinyin.replace("5", "")
    tone3 = _tone_to_tone3(pinyin, neutral_tone_with_five=True).replace("v", "ü")
    tone2 = _tone3_to_tone2(tone3).replace("v", "ü")
    return _RE_TONE3.sub(r"\1\3\2", tone2).replace("ü", "v")


def to_normal(pinyin: str) -> str:
    """``lǜ`` / ``lv4`` -> ``lv``: tones removed (pypinyin's ``to_normal(v_to_u=False)``)."""
    tone2 = _tone3_to_tone2(_tone_to_tone3(pinyin).replace("v", "ü")).replace("v", "ü")
    return _RE_NUMBER.sub("", tone2).replace("ü", "v")


# pypinyin.style.bopomofo
_BOPOMOFO_REPLACE = (
    (re.compile(r"^m(\d)$"), "mu\\1"),  # 呣
    (re.compile(r"^n(\d)$"), "N\\1"),  # 嗯
    (re.compile(r"^r5$"), "er5"),  # 〜兒
    (re.compile(r"iu"), "iou"),
    (re.compile(r"ui"), "uei"),
    (re.compile(r"ong"), "ung"),
    (re.compile(r"^yi?"), "i"),
    (re.compile(r"^wu?"), "u"),
    (re.compile(r"iu"), "v"),
    (re.compile(r"^([jqx])u"), "\\1v"),
    (re.compile(r"([iuv])n"), "\\1en"),
    (re.compile(r"^zhi?"), "Z"),
    (re.compile(r"^chi?"), "C"),
    (re.compile(r"^shi?"), "S"),
    (re.compile(r"^([zcsr])i"), "\\1"),
    (re.compile(r"ai"), "A"),
    (re.compile(r"ei"), "I"),
    (re.compile(r"ao"), "O"),
    (re.compile(r"ou"), "U"),
    (re.compile(r"ang"), "K"),
    (re.compile(r"eng"), "G"),
    (re.compile(r"an"), "M"),
    (re.compile(r"en"), "N"),
    (re.compile(r"er"), "R"),
    (re.compile(r"eh"), "E"),
    (re.compile(r"([iv])e"), "\\1E"),
    (re.compile(r"([^0-4])$"), "\\g<1>0"),
    (re.compile(r"1$"), ""),
)
_BOPOMOFO_TABLE = dict(zip(
    "bpmfdtnlgkhjqxZCSrzcsiuvaoeEAIOUMNKGR2340ê",
    "ㄅㄆㄇㄈㄉㄊㄋㄌㄍㄎㄏㄐㄑㄒㄓㄔㄕㄖㄗㄘㄙㄧㄨㄩㄚㄛㄜㄝㄞㄟㄠㄡㄢㄣㄤㄥㄦˊˇˋ˙ㄝ",
    strict=True,
))


def to_bopomofo(pinyin: str) -> str:
    """``yín`` -> ``ㄧㄣˊ`` (pypinyin's ``BopomofoConverter.to_bopomofo``)."""
    pinyin = _RE_TONE3.sub(r"\1\3\2", _symbols_to_numbers(pinyin))
    for find, replace in _BOPOMOFO_REPLACE:
        pinyin = find.sub(replace, pinyin)
    return "".join(_BOPOMOFO_TABLE.get(x, x) for x in pinyin)
