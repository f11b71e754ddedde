"""The dictionary word a run of learner tokens is cut from (issue 15, cut39).

The learner cut keeps the HSK lists' words whole and cuts a dictionary word that no list
holds into the learner words it is made of (:mod:`.text.learner`): 拉肚子 is 拉 + 肚子,
受欢迎 受 + 欢迎, 听懂 听 + 懂, 游乐园 游 + 乐园, as ``benchmarks/words/cut_gold.txt`` cuts
them. A learner who meets 拉 + 肚子 then found "to pull" and "belly" and nowhere "to have
diarrhea". :func:`split_words` finds such runs in a sentence's tokens, so that each piece's
gloss names the whole word beside its own parts (:func:`.glosses.token_glosses`): the cut
stays at learner size, and the token knows the longer word it belongs to.

A run is two or three adjacent Chinese tokens, one of them a single character, of four
characters at most, that together are a dictionary word read as the tokens read it
(:func:`.glosses.same_reading`), with a common entry or a proper one that is no person
(朋友圈 "Moments", 星期五 "Friday"). Left out, as words the cut splits on purpose or that
adjacent words only seem to make:

* a learner-listed word of two characters (的 + 话, 再 + 说, 好 + 多 in 好多了: the cut
  splits a listed pair only where its sentence shows two words; a listed word of three
  characters the cut splits is named, 做 + 生意 of HSK 2021 levels 7-9);
* a run that starts with a number or a demonstrative or personal pronoun (一 + 个 + 人,
  这 + 次: free combinations, :data:`FREE_STARTS`);
* a two-character run that starts or ends with a particle (了, 的, 着, 过, 得, 吗, 呢, 吧).

Pure functions of tokens and look-ups; no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from chinese_teach.core.text.pieces import NUMERALS

#: First characters of free combinations, no dictionary word a run names starts with
#: one: numbers, demonstratives, personal pronouns (一 + 个 + 人 "a person", not 一个人
#: "by oneself"; 这 + 次).
FREE_STARTS = NUMERALS | frozenset("这那哪每各某我你他她它您咱")

#: Particles that start or end no two-character word a run names (写 + 完了, 的 + 话).
PARTICLES = frozenset("了的着过得吗呢吧啊")

#: The longest word a run names, in characters, and the most tokens it spans.
LONGEST = 4
MOST_TOKENS = 3


def split_words(
    texts: Sequence[str],
    readings: Sequence[tuple[str, ...] | None],
    joined: Sequence[bool],
    *,
    is_word: Callable[[str, tuple[str, ...] | None], bool],
    listed: Container[str],
) -> list[tuple[int, int, str]]:
    """The runs of ``texts`` (a sentence's Chinese tokens, in order) that make one
    dictionary word the learner cut split: ``(first, last, word)``, token indexes
    ``first`` to ``last`` inclusive. ``readings``: each token's numbered syllables (None:
    unknown); ``joined[i]``: token ``i`` follows token ``i - 1`` with nothing between
    (``joined[0]`` is unused); ``is_word(word, syllables)``: the dictionary has ``word``
    in that reading as a common word or a thing's name; ``listed``: the learner lists'
    words. The longest run starting at a token wins; runs do not overlap."""
    out: list[tuple[int, int, str]] = []
    i, n = 0, len(texts)
    while i < n:
        found = None
        for last, word in _runs_at(texts, joined, i, listed):
            if is_word(word, _joined_readings(readings[i:last + 1])):
                found = (i, last, word)
                break
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found[1] + 1
    return out


def candidate_words(texts: Sequence[str], joined: Sequence[bool],
                    listed: Container[str]) -> set[str]:
    """Every word :func:`split_words` may ask ``is_word`` about (to read their entries
    in one query first)."""
    return {word for i in range(len(texts)) for _, word in _runs_at(texts, joined, i, listed)}


def _runs_at(texts: Sequence[str], joined: Sequence[bool], i: int,
             listed: Container[str]) -> list[tuple[int, str]]:
    """The runs starting at token ``i`` of a shape that may name a word, longest first:
    ``(last, word)``."""
    out: list[tuple[int, str]] = []
    for last in range(min(len(texts), i + MOST_TOKENS) - 1, i, -1):
        if not all(joined[k] for k in range(i + 1, last + 1)):
            continue
        pieces = texts[i:last + 1]
        word = "".join(pieces)
        if len(word) > LONGEST or all(len(p) > 1 for p in pieces):
            continue
        if _may_name(word, listed):
            out.append((last, word))
    return out


def _may_name(word: str, listed: Container[str]) -> bool:
    """Whether ``word`` is of a shape a run may name (the module's exclusions)."""
    if word[0] in FREE_STARTS:
        return False
    if len(word) == 2:
        return word not in listed and word[0] not in PARTICLES and word[1] not in PARTICLES
    return True


def _joined_readings(
    readings: Sequence[tuple[str, ...] | None],
) -> tuple[str, ...] | None:
    """The syllables of a run, or None where a token's are unknown."""
    out: list[str] = []
    for r in readings:
        if r is None:
            return None
        out.extend(r)
    return tuple(out)
