"""A set phrase CC-CEDICT holds whole that the cut gives in pieces (issue 15, words42).

CC-CEDICT holds sayings and set phrases of four characters or more as words: 万事如意 "best
wishes", 一分钱一分货 "you get what you pay for", 八字还没一撇 "things have not even gotten
started yet", 什么时候 "when?". The cut gives them in learner pieces (万 + 事 + 如意, 一 + 分
+ 钱 + 一 + 分 + 货), each glossed alone, and cut39's split words name none of them: they
start with a number or a pronoun (a free combination's head there) or span words of the
segmenter (一分钱 | 一分货, 什么 | 时候). A learner who looked at a piece found "ten
thousand" and nowhere "best wishes". :func:`set_phrase_runs` finds the runs of adjacent
tokens that together spell such a word; the glosser names it in each piece's parts, as it
names a split word (:func:`.glosses._name_split_words`): the cut stays at learner size.

Only runs of :data:`SHORTEST` characters or more: two- and three-character dictionary
words across a free combination's pieces are too often no word there (不 + 想, 每 + 天花).

Pure functions of tokens' texts; no Qt.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

#: The shortest and the longest run named, in characters, and the most tokens it spans.
SHORTEST = 4
LONGEST = 8
MOST_TOKENS = 8


def set_phrase_runs(texts: Sequence[str], adjacent: Sequence[bool],
                    phrases: Container[str]) -> list[tuple[int, int, str]]:
    """The runs of two to :data:`MOST_TOKENS` adjacent tokens among a sentence's Chinese
    tokens ``texts`` that spell a word of ``phrases`` (the dictionary's common words of
    :data:`SHORTEST` to :data:`LONGEST` characters): ``(first, last, word)``, token indexes
    inclusive. ``adjacent[i]``: token ``i`` may join token ``i - 1`` (it starts where that
    one ends, and neither is a name). At each start the longest such run is taken, and a
    run inside one already taken is not."""
    out: list[tuple[int, int, str]] = []
    covered = -1
    n = len(texts)
    for first in range(n):
        found = None
        length = len(texts[first])
        for last in range(first + 1, min(n, first + MOST_TOKENS)):
            if not adjacent[last]:
                break
            length += len(texts[last])
            if length > LONGEST:
                break
            if length >= SHORTEST:
                word = "".join(texts[first:last + 1])
                if word in phrases:
                    found = (first, last, word)
        if found is not None and found[1] > covered:
            out.append(found)
            covered = found[1]
    return out


def crosses(run: tuple[int, int, str], other: tuple[int, int]) -> bool:
    """Whether ``run`` (first, last, word) and ``other`` (first, last token indexes) share
    tokens without one holding the other: a set phrase that would cross a word already
    named (上个星期 across 星期一 in 上 + 个 + 星期 + 一 "last Monday") is not named."""
    first, last, _ = run
    a, b = other
    overlap = first <= b and a <= last
    holds = (first <= a and b <= last) or (a <= first and last <= b)
    return overlap and not holds
