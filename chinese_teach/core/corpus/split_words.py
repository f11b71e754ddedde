"""The dictionary word the learner cut split into a sentence's tokens (issue 15, cut39).

The learner cut keeps the HSK lists' words whole and cuts a dictionary word that no list
holds into the learner words it is made of (:mod:`.text.learner`): 拉肚子 is 拉 + 肚子,
受欢迎 受 + 欢迎, 听懂 听 + 懂, 游乐园 游 + 乐园, as ``benchmarks/words/cut_gold.txt`` cuts
them; a word of HSK 2021 levels 7-9 made of a learner verb and its object is cut too (做 +
生意). A learner who met 拉 + 肚子 found "to pull" and "belly" and nowhere "to have
diarrhea". :func:`split_words` finds the words so split in a sentence's tokens, so that
each piece's gloss names the whole word beside its own parts (:func:`.glosses.token_glosses`):
the cut stays at learner size, and each of its tokens knows the word it belongs to.

A split word is made of the pieces of one word of the segmenter that the learner cut split
(each piece after the first marked ``split_before`` by the engine:
:func:`.text.tokens.split_before_extras`): all of them (拉 + 肚子), or all but the last (好
+ 几 of 好几个) or all but the first (稍 + 等 of 请稍等; not after a free combination's
head: 每天花 names no 天花 "smallpox", unless the rest has three characters or more: 还 +
过得去, words42), two to four tokens of six characters at most that
together are a dictionary word read as the tokens read it. Pieces of two words of the
segmenter name nothing (公园里 | 人: no 里人 "fellow villager"). Left out, as combinations
the cut splits on purpose:

* a word that starts like a free combination (:data:`.text.learner.FREE_FIRST`: a
  number, a demonstrative or pronoun, a degree or negation adverb, 把/被: 不 + 想, not 不想
  "unexpectedly"; 把 + 门, not 把门 "to stand as a goalkeeper");
* a learner-listed word of two characters (的 + 话 in 老师说的话, 完 + 了 after a verb: the
  cut splits a listed pair only where its sentence shows two words).

Pure functions of tokens and look-ups; no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from chinese_teach.core.text.learner import FREE_FIRST

#: The longest word a run names, in characters, and the most tokens it spans.
LONGEST = 6
MOST_TOKENS = 4


def split_words(
    texts: Sequence[str],
    readings: Sequence[tuple[str, ...] | None],
    continues: Sequence[bool],
    *,
    is_word: Callable[[str, tuple[str, ...] | None], bool],
    listed: Container[str],
) -> list[tuple[int, int, str]]:
    """The dictionary words a learner looks up that the learner cut split into ``texts``
    (a sentence's Chinese tokens, in order): ``(first, last, word)``, token indexes
    ``first`` to ``last`` inclusive. ``readings``: each token's numbered syllables (None:
    unknown); ``continues[i]``: token ``i`` continues the segmenter's word of token
    ``i - 1`` (the cut split it between them); ``is_word(word, syllables)``: the
    dictionary has ``word`` in that reading as a word a learner looks up; ``listed``: the
    learner lists' words. Of each split word of the segmenter the first run of
    :func:`_split_runs` that is such a word is named."""
    out: list[tuple[int, int, str]] = []
    for runs in _split_runs(texts, continues, listed):
        for first, last, word in runs:
            if is_word(word, _joined(readings[first:last + 1])):
                out.append((first, last, word))
                break
    return out


def candidate_words(texts: Sequence[str], continues: Sequence[bool],
                    listed: Container[str]) -> set[str]:
    """Every word :func:`split_words` may ask ``is_word`` about (to read their entries in
    one query first)."""
    return {word for runs in _split_runs(texts, continues, listed) for _, _, word in runs}


def _split_runs(texts: Sequence[str], continues: Sequence[bool],
                listed: Container[str]) -> list[list[tuple[int, int, str]]]:
    """For each word of the segmenter the cut split into two tokens or more, the runs of
    its tokens that may name a word, in the order they are tried: all its tokens (拉 +
    肚子), then all but the last (好几 of 好 + 几 + 个, 清蒸 of 清 + 蒸 + 鱼), then all but
    the first where that first is no free combination's head (稍等 of 请 + 稍 + 等, 看懂 of
    能 + 看 + 懂; not 天花 of 每 + 天 + 花) or the rest has three characters or more (过得去 of
    还 + 过 + 得 + 去)."""
    out: list[list[tuple[int, int, str]]] = []
    i, n = 0, len(continues)
    while i < n:
        last = i
        while last + 1 < n and continues[last + 1]:
            last += 1
        spans = [(i, last)]
        if last - i >= 2:
            spans.append((i, last - 1))
            if texts[i][0] not in FREE_FIRST or len("".join(texts[i + 1:last + 1])) >= 3:
                # after a free combination's head, a word of three characters or more (还 +
                # 过得去 "passable"; words42), never of two (每 + 天花)
                spans.append((i + 1, last))
        runs = [(a, b, "".join(texts[a:b + 1])) for a, b in spans
                if 0 < b - a < MOST_TOKENS]
        runs = [run for run in runs if _may_name(run[2], listed)]
        if runs:
            out.append(runs)
        i = last + 1
    return out


def _may_name(word: str, listed: Container[str]) -> bool:
    """Whether ``word`` is of a shape a run may name (the module's exclusions)."""
    if len(word) > LONGEST or word[0] in FREE_FIRST:
        return False
    return len(word) > 2 or word not in listed


def _joined(readings: Sequence[tuple[str, ...] | None]) -> tuple[str, ...] | None:
    """The syllables of a run, or None where a token's are unknown."""
    out: list[str] = []
    for r in readings:
        if r is None:
            return None
        out.extend(r)
    return tuple(out)
