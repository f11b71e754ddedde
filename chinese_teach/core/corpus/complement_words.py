"""A verb and its complement that the segmenter cut apart, named by their tokens (cut20).

The segmenter (jieba's counts) cuts many pairs of a one-character verb and its result or
direction complement into two words: 走 | 错 (走错路了), 迷 | 上, 轮 | 到, 关 | 掉, 听 |
起来, 想 | 起来, 看 | 错, 爱 | 上, 想 | 出. The learner cut keeps them so (a verb and its
complement are two learner words where no list holds the pair: ``cut_gold.txt``), but
CC-CEDICT has each pair as a verb with its own sense (走错 "to go the wrong way", 轮到 "to
be (sb's) turn", 听起来 "to sound like"), and a learner who looked at 轮 found "wheel" and
nowhere "to be one's turn". :func:`complement_runs` finds such pairs among a sentence's
tokens, so that each piece's gloss names the whole word beside its own parts, as the
words the learner cut split do (:mod:`.split_words`, cut39): the cut stays as it is.

A pair is two adjacent tokens that are two whole words of the segmenter: a one-character
token that starts no free combination (:data:`.text.learner.FREE_FIRST`: 不 + 到, 很 + 好 name
nothing) and a complement of :data:`COMPLEMENTS` right after it; the glosser then asks the
dictionary for the pair as a verb (a first sense "to ...") in the tokens' reading
(:func:`.glosses._name_split_words`).

Pure functions of tokens' texts; no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from chinese_teach.core.text.learner import FREE_FIRST

#: Result and direction complements: one character (走错, 迷上, 轮到, 关掉) or a
#: direction of two (听起来, 想起来, 拿出来).
COMPLEMENTS = frozenset({
    "错", "上", "下", "到", "掉", "完", "懂", "见", "住", "好", "开", "走", "坏", "清",
    "成", "出", "进", "回", "过", "起",
    "起来", "出来", "下来", "上来", "过来", "回来", "进来", "下去", "上去", "出去", "过去",
})


def complement_runs(texts: Sequence[str], continues: Sequence[bool],
                    adjacent: Sequence[bool]) -> list[tuple[int, int, str]]:
    """The pairs of a verb and its complement among a sentence's Chinese tokens
    ``texts`` that may name a dictionary word: ``(first, last, word)``, token indexes.
    ``continues[i]``: token ``i`` continues the segmenter's word of token ``i - 1``: both
    tokens of a pair are whole words of the segmenter (a pair inside one word of the
    segmenter is :mod:`.split_words`' to name);
    ``adjacent[i]``: token ``i`` starts where token ``i - 1`` ends (no punctuation
    between)."""
    out: list[tuple[int, int, str]] = []
    n = len(texts)
    for i in range(1, n):
        verb, after = texts[i - 1], texts[i]
        if (after in COMPLEMENTS and len(verb) == 1 and verb not in FREE_FIRST
                and adjacent[i] and _whole(continues, i - 1) and _whole(continues, i)):
            out.append((i - 1, i, verb + after))
    return out


def _whole(continues: Sequence[bool], i: int) -> bool:
    """Whether token ``i`` is a whole word of the segmenter: not the 点 of 几点 (几 + 点 +
    见 names no 点见) nor the 好 of 好几种 (说 + 好 + 几种 names no 说好)."""
    return not continues[i] and (i + 1 >= len(continues) or not continues[i + 1])
