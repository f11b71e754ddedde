"""The erhua 儿 the segmenter cut from its word (issue 15, cut39).

jieba's counts often leave the 儿 of an erhua word alone or at the start of the next word:
纸条 | 儿, 信封 | 儿, 颜色 | 儿真, 饺子馅 | 儿, 首歌 | 儿真. A learner reads 纸条儿 as one
word (the learner cut keeps a word ending in 儿 whole: 画画儿, 一会儿), and a lone 儿 was
glossed "son" or nothing. :func:`erhua_regroup` gives the 儿 back to its word before the
words are read (:meth:`.learner.LearnerCut.regroup`):

* after a learner word of two characters or more, the 儿 joins it: 信封 | 儿 -> 信封儿,
  颜色 | 儿真 -> 颜色儿 | 真;
* after a string the dictionary lacks whose last character and 儿 make a dictionary word
  and whose other characters a learner word, that word is made: 饺子馅 | 儿 -> 饺子 |
  馅儿, 首歌 | 儿真 -> 首 | 歌儿 | 真.

A 儿 alone or before one character is the erhua; a word of the dictionary or of three
characters or more that starts with 儿 keeps it (儿子, 儿童团, 儿茶酚胺); a word the teacher
merged or a name keeps its 儿 apart (``fixed``); after one character (苦 | 儿, 二 | 儿: "the
second son") or a word of no list (江流 | 儿, a name; 纸条 | 儿, left) the 儿 stays as it is:
a name's 儿 is read ér, an erhua's r, and only a learner word tells them apart here.

Pure functions of words and word lists; no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Container

#: The erhua suffix.
ER = "儿"


def erhua_regroup(words: list[str], *, vocab: Container[str], dictionary: Container[str],
                  fixed: Callable[[str], bool]) -> list[str]:
    """``words`` (one run of Chinese, as the segmenter cut it) with each 儿 the segmenter
    cut from its word given back to it (the module's rules); the same list when nothing
    moved (most runs)."""
    if ER not in "".join(words[1:]):
        return words
    out: list[str] | None = None
    for i in range(1, len(words)):
        word = words[i]
        if not word.startswith(ER) or len(word) > 2 or (len(word) == 2 and (
                word in dictionary or word in vocab)):
            continue  # 儿子, 儿童团, 儿茶酚胺: a word that starts with 儿
        current = out if out is not None else words
        j = len(current) - (len(words) - i)
        prev = current[j - 1]
        if len(prev) < 2 or prev.endswith(ER) or fixed(prev) or fixed(word):
            continue
        if prev in vocab:
            joined: tuple[str, ...] = (prev + ER,)
        elif (prev not in dictionary and prev[:-1] in vocab and prev[-1] + ER in dictionary
              and not fixed(prev[-1] + ER)):
            joined = (prev[:-1], prev[-1] + ER)
        else:
            continue
        if out is None:
            out = list(words)
        rest = (word[1:],) if len(word) > 1 else ()
        out[j - 1:j + 1] = (*joined, *rest)
    return out if out is not None else words
