"""The value of a number written in Chinese characters (四十八 -> 48, 一九九八 -> 1998).

A number the dictionary lacks is glossed by its value, which is what a student needs of it
(a number is no vocabulary): "(number)" told a student nothing.
"""

from __future__ import annotations

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_SECTIONS = {"万": 10_000, "亿": 100_000_000}


def number_value(word: str) -> int | None:
    """The value of ``word``, a number in Chinese characters: a run of digits read one by
    one (一九九八 1998, 二〇二六 2026) or a number with units (四十八 48, 一百 100, 三千零五十
    3050, 两万 20000); a digit after a unit with nothing between stands for the next lower
    unit, as said (三百五 350, 一万二 12000). None for anything else (几十, 十几: no value)."""
    if not word or any(ch not in _DIGITS and ch not in _UNITS and ch not in _SECTIONS
                       for ch in word):
        return None
    if not any(ch in _UNITS or ch in _SECTIONS for ch in word):
        return int("".join(str(_DIGITS[ch]) for ch in word))
    total, section, digit, last_unit = 0, 0, None, 0
    zero_seen = False
    for ch in word:
        if ch in _DIGITS:
            if digit is not None and _DIGITS[digit] != 0:
                return None  # two digits in a row in a number with units: 三四十
            digit = ch
            zero_seen = zero_seen or _DIGITS[ch] == 0
        elif ch in _UNITS:
            unit = _UNITS[ch]
            value = _DIGITS[digit] if digit is not None else 1  # 十 alone is 10
            section += value * unit
            digit, last_unit, zero_seen = None, unit, False
        else:
            big = _SECTIONS[ch]
            if digit is not None:
                section += _DIGITS[digit]
            total = (total + section) * big if big > 10_000 and total else total + section * big
            section, digit, last_unit, zero_seen = 0, None, big, False
    if digit is not None:
        d = _DIGITS[digit]
        # 三百五: the unit below the last one, unless a 零 came before (三百零五 305)
        section += d * (last_unit // 10) if last_unit >= 100 and not zero_seen else d
    return total + section


def number_gloss(word: str) -> str:
    """What a student is shown for the number ``word``: its value in digits (四十八 "48"),
    or nothing where it has none (几十)."""
    value = number_value(word)
    return "" if value is None else str(value)
