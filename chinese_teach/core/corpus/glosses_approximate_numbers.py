"""The pieces of an approximate number kept as one token (issue 15, words41).

The learner cut keeps a round number and its 几 "odd" together (二十几, 三十几, 四十几 +
个/岁): :meth:`.glosses.Glosser.parts` cut such a token into the fewest dictionary pieces,
and 二 + 十几 "more than ten" ties with 二十 + 几, so 几 "several; … odd" went unnamed (二十几个
学生: "twenty-odd"). :func:`number_and_ji` makes the number one piece and 几 the other.

The segmenter cuts 好几天 as 好 | 几天 (it has 几天), and the learner cut then 几 | 天: no
piece named 好几 "several". :func:`vague_amount_runs` finds 好 + 几 before a unit, whose
pieces then name 好几, as the pieces of a split word name it (cut39).

Pure of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from chinese_teach.core.text.pieces import is_number


def number_and_ji(word: str) -> tuple[int, int] | None:
    """The lengths of the two pieces of ``word`` when it is a number of two characters or
    more followed by 几 (二十几 -> (2, 1), 一百几 -> (2, 1)); None for another word, and for
    十几 (a dictionary word of its own, "more than ten", whose pieces are 十 + 几 anyway)."""
    if len(word) < 3 or word[-1] != "几" or not is_number(word[:-1]):
        return None
    return (len(word) - 1, 1)


#: Words of a vague amount made of a degree word and 几 (好几 "several"): the segmenter
#: cuts 好 | 几天, 好 | 几次 where it has 几天 or 几次 as its own word, and the learner cut
#: then cuts 几 | 天, so no piece named the amount (好 "good" + 几 "how many").
VAGUE_AMOUNT_FIRST = frozenset({"好"})
#: Units of time counted without a measure word (好几 + 天, 好几 + 年): they count as units
#: beside the dictionary's measure words.
TIME_UNITS = frozenset({"天", "年", "周", "夜", "晚", "星期", "小时", "分钟", "秒钟", "月"})


def vague_amount_runs(texts: Sequence[str], adjacent: Sequence[bool],
                      is_unit: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """The pairs 好 + 几 among a sentence's Chinese tokens ``texts`` that stand before a
    measure word (``is_unit``: 次, 个) or a unit of time (:data:`TIME_UNITS`: 天):
    ``(first, last, word)``, token indexes, the word 好几 that both pieces name
    (:func:`.glosses._name_split_words`).
    ``adjacent[i]``: token ``i`` starts where token ``i - 1`` ends."""
    out: list[tuple[int, int, str]] = []
    for i in range(1, len(texts) - 1):
        first = texts[i - 1]
        if (first in VAGUE_AMOUNT_FIRST and texts[i] == "几" and adjacent[i]
                and adjacent[i + 1] and (texts[i + 1] in TIME_UNITS or is_unit(texts[i + 1]))):
            out.append((i - 1, i, first + "几"))
    return out
