"""A question CC-CEDICT holds as a word, cut apart by the segmenter (cut20).

jieba cuts 怎么了 "What's up?" into 怎么 | 了, 多大 "how old?" into 多 | 大, 什么事 "what?"
into 什么 | 事, 不是吗 "isn't that so?" into 不是 | 吗, 凭什么 "why?" into 凭 | 什么: learner
words each, and the cut keeps them so, but the learner who looked at 了 of 你怎么了？ found
the particle and nowhere "what's up?". :func:`question_runs` finds the runs of tokens that
end a clause (before its punctuation, or before one sentence-final particle: 你今年多大了？)
and may make such a word; the glosser names the word in each piece's parts where
CC-CEDICT's first sense of it is a question (ends in "?": :func:`.glosses._name_split_words`).
Only at a clause's end: 这个房间多大 asks a size, and 多大 stands before its noun elsewhere
(多大的房子).

Pure functions of tokens' texts; no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

#: The longest word and the most tokens a run spans.
LONGEST = 4
MOST_TOKENS = 3
#: Sentence-final particles that may follow the question (你今年多大了？).
FINAL_PARTICLES = frozenset("了呢啊呀吧")


def question_runs(texts: Sequence[str], adjacent: Sequence[bool],
                  clause_end: Sequence[bool]) -> list[tuple[int, int, str]]:
    """The runs of two to :data:`MOST_TOKENS` tokens among a sentence's Chinese tokens
    ``texts`` that end a clause and may name a question word: ``(first, last, word)``,
    longest first at each end. ``adjacent[i]``: token ``i`` starts where token ``i - 1``
    ends; ``clause_end[i]``: punctuation or the text's end follows token ``i``."""
    out: list[tuple[int, int, str]] = []
    n = len(texts)
    for last in range(n):
        if not clause_end[last]:
            continue
        ends = [last]
        if texts[last] in FINAL_PARTICLES and last > 0 and adjacent[last]:
            ends.append(last - 1)  # 多大 + 了
        for end in ends:
            for first in range(max(0, end - MOST_TOKENS + 1), end):
                if not all(adjacent[k] for k in range(first + 1, end + 1)):
                    continue
                word = "".join(texts[first:end + 1])
                if len(word) <= LONGEST:
                    out.append((first, end, word))
    return out
