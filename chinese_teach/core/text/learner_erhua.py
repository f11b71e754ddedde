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
* a lone 儿 after a string the dictionary lacks that ends in a learner word (no learner's
  verb) after a learner or dictionary word is that word's erhua: 门缝 | 儿 -> 门 | 缝儿,
  鞋盒 | 儿 -> 鞋 | 盒儿, 家门口 | 儿 -> 家 | 门口儿, 胡同口 | 儿 -> 胡同 | 口儿 (cut20;
  no more 儿 "child; son" read ér after a noun).

A 儿 alone or before one character is the erhua; a word of the dictionary or of three
characters or more that starts with 儿 keeps it (儿子, 儿童团, 儿茶酚胺); a word the teacher
merged or a name keeps its 儿 apart (``fixed``); after one character (苦 | 儿, 二 | 儿: "the
second son") or a word of no list the 儿 stays as it is, unless the word is a common noun of
the dictionary, no proper noun, and a lone 儿 follows it (纸条 | 儿 -> 纸条儿, glossed "slip of
paper" and read zhǐtiáor, no more 儿 "son" read ér); a name's 儿 is read ér (江流 | 儿, a
dictionary proper noun or no dictionary word), and a dictionary word ending in 儿 is the
dictionary's (锦鸡儿 jǐnjī'ér). Known wrong: a name made of a common noun and 儿 (江流儿 of
the Journey to the West, read jiāngliúr in a CPP dev sentence; 早些儿 in the same text is
right): jieba tags 江流 a place, but the learner cut holds no set of jieba's name tags apart
from CC-CEDICT's proper nouns.

Pure functions of words and word lists; no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Container

#: The erhua suffix.
ER = "儿"


def erhua_regroup(words: list[str], *, vocab: Container[str], dictionary: Container[str],
                  fixed: Callable[[str], bool],
                  proper_only: Callable[[str], bool] | None = None,
                  verb: Callable[[str], bool] | None = None) -> list[str]:
    """``words`` (one run of Chinese, as the segmenter cut it) with each 儿 the segmenter
    cut from its word given back to it (the module's rules); the same list when nothing
    moved (most runs). With ``proper_only`` (True for a word CC-CEDICT knows only as a
    proper noun), a lone 儿 after a dictionary word of two characters or more that is no
    proper noun joins it too when the two make no dictionary word (纸条 | 儿 -> 纸条儿;
    锦鸡儿, a dictionary word read ér, and 江流 | 儿 of a name stay apart). With ``verb``
    (True for a learner's verb of one character), a lone 儿 after a string the dictionary
    lacks that ends in a learner word that is no such verb, the rest a learner or
    dictionary word, joins that last word (:func:`_erhua_tail`: 门缝 | 儿 -> 门 | 缝儿)."""
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
        elif (proper_only is not None and word == ER and prev in dictionary
              and not proper_only(prev) and prev + ER not in dictionary):
            joined = (prev + ER,)  # 纸条 | 儿 -> 纸条儿: a common noun's erhua
        elif verb is not None and word == ER and prev not in dictionary and (
                tail := _erhua_tail(prev, vocab, dictionary, verb, fixed)):
            joined = tail  # 门缝 | 儿 -> 门 | 缝儿, 胡同口 | 儿 -> 胡同 | 口儿 (cut20)
        else:
            continue
        if out is None:
            out = list(words)
        rest = (word[1:],) if len(word) > 1 else ()
        out[j - 1:j + 1] = (*joined, *rest)
    return out if out is not None else words


def _erhua_tail(prev: str, vocab: Container[str], dictionary: Container[str],
                verb: Callable[[str], bool], fixed: Callable[[str], bool]
                ) -> tuple[str, str] | None:
    """``prev`` (a string the dictionary lacks, before a lone 儿) cut before its last
    learner word, that word with the 儿 (门缝 -> 门 + 缝儿, 家门口 -> 家 + 门口儿, 胡同口 ->
    胡同 + 口儿, 鞋盒 -> 鞋 + 盒儿: cut20); None where no learner word that is no learner's
    verb ends it after a learner or dictionary word (a verb's 儿 is no erhua of a noun)."""
    for size in (2, 1):
        head, last = prev[:-size], prev[-size:]
        if not head or last not in vocab or verb(last) or fixed(last + ER):
            continue
        if head in vocab or head in dictionary:
            return (head, last + ER)
    return None
