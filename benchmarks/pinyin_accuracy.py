"""Pinyin accuracy of the engine and of plain jieba + pypinyin on the classroom set.

The set and the engine's scoring are the pinyin engineer's
(``benchmarks/pinyin/classroom.tsv`` and ``evaluate.py``); this module scores the
naive pipeline the same way so both stand in the one table.
"""

from __future__ import annotations

from benchmarks.common import Figure
from benchmarks.context import Context

GROUP = "Pinyin accuracy"


def naive_readings(text: str) -> dict[int, str]:
    """Per Chinese character index: the syllable jieba + pypinyin give (no tone changes)."""
    import jieba
    from pypinyin import Style, lazy_pinyin

    from chinese_teach.core.text.syllables import normalize
    from chinese_teach.core.text.tokens import is_hanzi_char

    out: dict[int, str] = {}
    pos = 0
    for word in jieba.cut(text):
        if all(is_hanzi_char(ch) for ch in word):
            syls = lazy_pinyin(word, style=Style.TONE3, neutral_tone_with_five=True)
            if len(syls) == len(word):
                for k, syl in enumerate(syls):
                    try:
                        out[pos + k] = normalize(syl)
                    except ValueError:
                        out[pos + k] = syl
        else:
            for k, ch in enumerate(word):
                if is_hanzi_char(ch):
                    out[pos + k] = "?"
        pos += len(word)
    return out


def score_naive(items) -> tuple[float, float, float]:
    """Polyphone marks, sentences, characters right (percent), as ``evaluate`` counts them."""
    marks = marks_right = sents_right = chars = chars_right = 0
    for item in items:
        got = naive_readings(item.text)
        positions = sorted(got)
        shown = tuple(got[i] for i in positions)
        sents_right += shown == item.expected
        expected_at = dict(zip(positions, item.expected, strict=False))
        for i in positions:
            chars += 1
            chars_right += got[i] == expected_at.get(i)
        for i in item.marks:
            marks += 1
            marks_right += got.get(i) == expected_at.get(i)
    return (100 * marks_right / max(marks, 1), 100 * sents_right / max(len(items), 1),
            100 * chars_right / max(chars, 1))


def run(ctx: Context) -> list[Figure]:
    from benchmarks.pinyin import evaluate

    items = evaluate.read_classroom()
    if ctx.quick:
        items = items[:20]
    marks, sentences, chars = evaluate.score_classroom(ctx.engine(), items)
    naive_marks, naive_sentences, naive_chars = score_naive(items)
    base = "jieba.cut + pypinyin.lazy_pinyin"
    return [
        Figure(GROUP, f"classroom polyphones ({marks.total})", marks.accuracy, "%",
               baseline=naive_marks, baseline_name=base, higher_is_better=True),
        Figure(GROUP, f"classroom sentences all right ({sentences.total})", sentences.accuracy,
               "%", baseline=naive_sentences, baseline_name=base, higher_is_better=True,
               note="textbook readings: 一/不 tone changes, neutral tones"),
        Figure(GROUP, f"classroom characters ({chars.total})", chars.accuracy, "%",
               baseline=naive_chars, baseline_name=base, higher_is_better=True),
    ]
