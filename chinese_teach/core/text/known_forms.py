"""Forms a class reads by their parts or meets as one word: what a lesson counts as known.

The learner cut gives the words a reader shows. A lesson's coverage, its "not yet known"
list and its proposed words ask another question: which words must the class learn to
read the text? Two constructions answer it otherwise than the cut's tokens:

* an A不A / A没A question (去不去, 有没有, 喜欢不喜欢, 喜不喜欢; 要 | 不要 joined) is its
  parts: known when A is known (有没有 is listed at HSK 3.0 level 6, yet a class that
  knows 有 and 没有 reads it), and a class that does not know A learns A, not the
  question. A dictionary word of that shape whose meaning is no question (动不动 "apt
  to", 时不时 "from time to time") stays a word of its own:
  :func:`fixed_words_of_question_shape` finds them;
* words the cut leaves in two pieces that a class meets as one dictionary word
  (:func:`join_learner_words`): 每 + a measure word or time unit where the dictionary
  lists the pair (每天, 每年, 每次: the learner cut gives 每 | 天), and 一 + 会 (等一会,
  一会就来: 一会, the 一会儿 of the lists, never the number 一 and the verb 会).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence

from chinese_teach.core.text.tokens import Token

#: The negations of an A不A / A没A question.
QUESTION_NEGATIONS = frozenset("不没")

#: A不A, AB不AB (喜欢不喜欢) and A不AB (喜不喜欢), with 不 or 没.
_QUESTION_SHAPE = re.compile(r"(.{1,2})([不没])\1|(.)([不没])(\3.)")

#: Words of a dictionary definition that make an A不A entry a question (是不是 "whether or
#: not", 会不会 "can or cannot?", 好不好 "all right?").
_QUESTION_DEFINITION = re.compile(r"\?|\bor not\b|\bor no\b|\bor cannot\b|\bwhether\b")


def question_base(word: str, fixed: Container[str] = ()) -> str | None:
    """A, when ``word`` is an A不A / A没A question (去不去 -> 去; 喜欢不喜欢 and 喜不喜欢
    -> 喜欢; 有没有 -> 有); ``None`` otherwise, and for the ``fixed`` words of that shape
    whose meaning is no question (动不动). The negation is not asked: 不 and 没 (没有) are
    the first words every list teaches (HSK 2025 lists 没有, not 没)."""
    if word in fixed:
        return None
    m = _QUESTION_SHAPE.fullmatch(word)
    if m is None:
        return None
    return m.group(1) if m.group(1) is not None else m.group(5)


def fixed_words_of_question_shape(entries: Iterable[tuple[str, str]]) -> frozenset[str]:
    """Of ``entries`` (a dictionary's ``(word, definitions)``), the words shaped as an
    A不A question whose definitions ask nothing (动不动, 时不时, 先不先): words of their
    own, known only as themselves."""
    fixed: set[str] = set()
    asked: set[str] = set()
    for word, definitions in entries:
        if question_base(word) is None:
            continue
        (asked if _QUESTION_DEFINITION.search(definitions or "") else fixed).add(word)
    return frozenset(fixed - asked)


#: The first piece and the pieces after it that a class meets as one word with it, when
#: the dictionary lists the pair: 每 + a measure word or time unit (每天, 每个人).
EVERY = "每"
#: 一 + 会 is 一会 (一会儿) before anything but 儿 (一会儿 is one word already).
A_WHILE = ("一", "会")


def join_learner_words(tokens: Sequence[Token], every_words: Container[str]) -> list[Token]:
    """``tokens`` with 每 + the next word joined where the dictionary lists the pair
    (``every_words``: 每天, 每年, 每次, 每周), 一 + 会 joined into 一会, unless 儿
    follows (一会儿 is a word of the cut already), and A + 不A / 没A into the question
    A不A (要 | 不要: 要不要, read by its parts)."""
    out: list[Token] = []
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else None
        if nxt is not None and t.is_word and nxt.is_word and nxt.start == t.end:
            after = tokens[i + 2] if i + 2 < n else None
            pair = t.text + nxt.text
            joins = (t.text == EVERY and pair in every_words) or (
                nxt.text[1:] == t.text and nxt.text[:1] in QUESTION_NEGATIONS) or (
                (t.text, nxt.text) == A_WHILE
                and not (after is not None and after.start == nxt.end
                         and after.text.startswith("儿")))
            if joins:
                out.append(Token(pair, t.start, nxt.end, t.kind))
                i += 2
                continue
        out.append(t)
        i += 1
    return out
