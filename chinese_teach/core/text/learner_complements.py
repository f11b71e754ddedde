"""A verb of two characters before 到/着 that the segmenter cut apart (issue 15, cut38).

jieba's table holds 送到, 传到, 随着 as words, so 发送到 is cut 发 | 送到, 上传到 上 | 传到
and 追随着 追 | 随着: the learner's verb (发送 "to send", 上传 "to upload", 跟随 "to
follow") shows no gloss. :func:`verb_before_complement` moves the boundary where the
character before the word and the word's verb make a dictionary verb, so 到 or 着 follows
its verb (发送 | 到, as jieba cuts 运送 | 到 and 伴随 | 着).

The character before is no free combination's first (一看 | 到 stays 一 | 看到, 我 | 看着),
the pair's first sense is a verb's (难看 "ugly" and 要看 "it depends" are none: 很难 |
看到 stays), the one character after the pair is a learner verb of its own (送, 传, 随),
and no word of the three characters is in the dictionary (接收到 is left to jieba).
Where the segmenter keeps the three as one word the dictionary lacks (发送到, 追随着), the
learner cut asks :func:`verb_then_complement` and cuts them so too.
"""

from __future__ import annotations

from collections.abc import Callable, Container

#: What follows a verb as its complement or aspect particle in the segmenter's word.
COMPLEMENT_ENDS = frozenset("到着")


def verb_before_complement(
    words: list[str], dictionary: Container[str], *, free_first: Container[str],
    learner_verb: Callable[[str], bool], verb_word: Callable[[str], bool],
    fixed: Callable[[str], bool],
) -> list[str]:
    """``words`` with each ``X | Y到`` / ``X | Y着`` (X one character, Y a learner verb,
    ``learner_verb``) cut ``XY | 到`` where XY is a dictionary word whose first sense is a
    verb's (``verb_word``), X starts no free combination (``free_first``: 一, 很, 我 …)
    and none of the words is a name or a teacher's merge (``fixed``); the same list when
    nothing moved (most runs)."""
    out: list[str] | None = None
    for i in range(len(words) - 1):
        word, nxt = words[i], words[i + 1]
        if len(word) != 1 or len(nxt) != 2 or nxt[1] not in COMPLEMENT_ENDS:
            continue
        pair = word + nxt[0]
        if fixed(word) or fixed(nxt) or not verb_then_complement(
                word + nxt, dictionary, free_first=free_first, learner_verb=learner_verb,
                verb_word=verb_word):
            continue
        if out is None:
            out = list(words)
        at = len(out) - (len(words) - i)
        if out[at] == word and out[at + 1] == nxt:
            out[at:at + 2] = (pair, nxt[1])
    return out if out is not None else words


def verb_then_complement(
    word: str, dictionary: Container[str], *, free_first: Container[str],
    learner_verb: Callable[[str], bool], verb_word: Callable[[str], bool],
) -> bool:
    """Whether the three characters ``word`` (no dictionary word) are a dictionary verb
    of two characters and 到/着 (发送到, 追随着): the learner cut then cuts them 发送 | 到,
    not 发 | 送到 (its pieces tie), as :func:`verb_before_complement` moves the
    segmenter's boundary."""
    pair = word[:2]
    return (len(word) == 3 and word[2] in COMPLEMENT_ENDS and word[0] not in free_first
            and word not in dictionary and pair in dictionary and learner_verb(word[1])
            and verb_word(pair))
