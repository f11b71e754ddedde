"""Tone changes of 一 and 不 as textbooks print them (yí gè, bú shì, kàn yi kàn).

Third-tone sandhi is never written in pinyin; it is only marked on request
elsewhere. These functions work on a flat list of canonical syllables for a
stretch of Chinese text with no punctuation inside.
"""

from __future__ import annotations

from itertools import pairwise

from chinese_teach.core.text.syllables import tone_of

_NUMERALS = set("零〇一二三四五六七八九十百千万亿两幾几第")
#: After 一 these digits mean counting or a number read digit by digit (一二三, 一九九八).
_DIGITS = set("零〇一二三四五六七八九十两")
#: 一 before these keeps yī: dates, room and floor numbers (一月 yīyuè, 一号, 一楼).
_ORDINAL_NEXT = set("月号日楼")


def apply_yi_bu(chars: str, syllables: list[str], word_ends: set[int]) -> list[str]:
    """Return ``syllables`` with 一/不 changed where textbooks change them.

    ``chars`` and ``syllables`` are aligned; ``word_ends`` holds the indices of
    the last character of each word, so that a word-final 一 (统一, 星期一) keeps
    its tone.
    """
    out = list(syllables)
    n = len(chars)
    for i, ch in enumerate(chars):
        if ch not in "一不":
            continue
        cur = syllables[i]
        nxt_tone = tone_of(syllables[i + 1]) if i + 1 < n else None
        prev = chars[i - 1] if i > 0 else ""
        nxt = chars[i + 1] if i + 1 < n else ""
        if ch == "不":
            if cur != "bu4":
                continue
            if prev and prev == nxt and chars[i + 1:i + 3] != "得了":  # 是不是, 好不好
                out[i] = "bu5"  # (高兴得不得了: the word 不得了 bùdéliǎo after 得)
            elif nxt_tone == 4:
                out[i] = "bu2"
            continue
        # 一
        if cur != "yi1" or nxt_tone is None:
            continue
        if prev and prev == nxt and chars[i + 2:i + 3] == "二":
            continue  # 数一数二: "the first" of X一X二 keeps yī
        if prev and prev == nxt and i in word_ends and i - 1 in word_ends:  # 看一看
            out[i] = "yi5"
            continue
        if prev in _NUMERALS or nxt in _DIGITS:
            continue  # 十一, 第一, 一二三: counting keeps yī (一百 yìbǎi changes)
        if i in word_ends and i > 0 and (i - 1) not in word_ends:
            continue  # 统一, 唯一, 星期一
        if nxt in _ORDINAL_NEXT:
            continue  # 一月 yīyuè, 一号, 一楼
        out[i] = "yi2" if nxt_tone in (4, 5) and syllables[i + 1] != "ge5" else "yi4"
        if syllables[i + 1] in ("ge4", "ge5"):
            out[i] = "yi2"
    return out


def said_alone(word: str, syllables: tuple[str, ...]) -> tuple[str, ...]:
    """``syllables`` of ``word`` with 一 and 不 changed inside the word as textbooks print
    them (一起 yìqǐ, 不客气 búkèqi, 一样 yíyàng): a word's own pinyin (a card's, a
    glossary's) written as its sentences write it when they write the tone changes; a
    lone 一 or 不, or one ending its word (统一, 星期一), keeps its tone (yī, bù): it is
    said so alone."""
    if len(syllables) != len(word) or not any(ch in "一不" for ch in word[:-1]):
        return syllables
    return tuple(apply_yi_bu(word, list(syllables), {len(word) - 1}))


def third_tone_flags(syllables: list[str]) -> list[bool]:
    """Per syllable: True where a written third tone is said as a rising tone.

    A third tone before another third tone (你好 ní hǎo) is pronounced rising
    but always written as a third tone; the flags let a display mark it for
    pronunciation practice. A run of thirds marks all but the last (我很好).
    """
    third = [s[-1:] == "3" for s in syllables]
    if not third:
        return []
    return [a and b for a, b in pairwise(third)] + [False]
