"""Tone changes of 一 and 不 as textbooks print them (yí gè, bú shì, kàn yi kàn).

Third-tone sandhi is never written in pinyin; it is only marked on request
elsewhere. These functions work on a flat list of canonical syllables for a
stretch of Chinese text with no punctuation inside.
"""

from __future__ import annotations

from chinese_teach.core.text.syllables import tone_of

_NUMERALS = set("零〇一二三四五六七八九十百千万亿两幾几第")
#: Words that end in 一 and keep its first tone (统一 tǒngyī, 唯一, 万一, 之一 ...).
_KEEP_FINAL_YI = True


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
            if prev and prev == nxt:  # 是不是, 好不好
                out[i] = "bu5"
            elif nxt_tone == 4:
                out[i] = "bu2"
            continue
        # 一
        if cur != "yi1" or nxt_tone is None:
            continue
        if prev and prev == nxt and i in word_ends and i - 1 in word_ends:  # 看一看
            out[i] = "yi5"
            continue
        if prev in _NUMERALS or nxt in _NUMERALS:
            continue  # 十一, 第一, 一百: counting keeps yī
        if i in word_ends and i > 0 and (i - 1) not in word_ends and _KEEP_FINAL_YI:
            continue  # 统一, 唯一, 星期一
        if nxt in "月号日楼":
            continue  # 一月 yīyuè, 一号, 一楼
        out[i] = "yi2" if nxt_tone in (4, 5) and syllables[i + 1] != "ge5" else "yi4"
        if syllables[i + 1] in ("ge4", "ge5"):
            out[i] = "yi2"
    return out
