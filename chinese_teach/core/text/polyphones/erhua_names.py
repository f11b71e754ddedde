"""儿 read ér in a name or a written word, not the erhua (issue 19, branch cpp19).

Encyclopedic text writes 儿 as a syllable of its own far more often than as the erhua:
CPP dev labels 儿 ér in 19 of its 20 targets, and the two the engine missed are names whose
儿 follows a word the dictionary also spells as an erhua (叶儿遗址: 叶儿 yèr; 金爪儿（学名：）:
爪儿 zhuǎr). Two shapes are read ér here:

* a name closed by its head: 儿 (alone or ending its word) right before 遗址, a village, a
  town, a valley, a temple (村 镇 乡 屯 寨 沟 峪 寺 庙), a genus (属) or a species' Latin name
  in brackets (（学名）). A word of the HSK lists keeps its erhua (这儿村里人不多: 这儿
  zhèr), and so does a word of three characters or more that the segmenter's or
  CC-CEDICT's dictionary lists (锦鸡儿属 jǐnjīr, 现代汉语词典's reading and CPP's label);
* a word of three characters or more, or of the dictionary, that starts with 儿 (儿茶酚胺
  érchá fēn'àn, 儿茶酚): the erhua never starts a word (颜色 | 儿真, a 儿 the segmenter
  glued to the next character, is no dictionary word and is left alone).

A third shape is read in :meth:`.pinyin.Reader._read_char`: a lone 儿 after a one-character
word, or a 儿 inside a word read character by character, is ér after a character of a name
(瑚 | 儿), and now also after an HSK word that takes no erhua on its own
(:func:`takes_no_erhua`: 脱 | 儿 | 豁察儿, 把 | 都 | 儿, 二 | 儿 "the second son", 阿儿浑):
a noun, a measure (这盘儿菜) or a character the dictionary gives an erhua word (玩儿) keeps it.

Pure functions of text; no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Container

#: 儿 before the head of a name: a site, a settlement, a valley, a temple, a genus, or a
#: species' Latin name in brackets (叶儿遗址, 杏花儿镇, 金爪儿（学名：）).
NAMED_ER = re.compile(r"儿(?=遗址|[村镇乡屯寨沟峪寺庙属]|[（(]学名)")

#: How far past a run :data:`NAMED_ER` must look (its longest head: （学名).
HEAD_REACH = 3


def er_of_name(whole: str, learner_words: Container[str], dictionary: Container[str]) -> bool:
    """True when ``whole`` (the word ending in 儿, or the word before a lone 儿 joined to
    it), standing before a name's head (:data:`NAMED_ER`), is a name whose 儿 is ér: not a
    word of the HSK lists (这儿, 一块儿) nor a word of three characters or more in
    ``dictionary`` (the segmenter's and CC-CEDICT's words: 锦鸡儿)."""
    if whole in learner_words:
        return False
    return not (len(whole) >= 3 and whole in dictionary)


def er_starts_word(word: str, dictionary: Container[str]) -> bool:
    """True when ``word`` starts with 儿 as a syllable of its own: a word of three
    characters or more, or of the dictionary (儿茶酚胺, 儿茶酚, 儿茶); the erhua never
    starts a word."""
    return len(word) > 1 and word[0] == "儿" and (len(word) >= 3 or word in dictionary)


#: Function words and numerals of one character, which take no erhua on their own: a 儿
#: after them is a syllable of a name (把都儿, 不儿罕) or "son" (二儿).
_NO_ERHUA = frozenset("不没都也就还又再才很太最被把让给从向往对和与跟了着过的地得"
                      "一二三四五六七八九十百千万两几")


def takes_no_erhua(char: str, learner_verbs: Container[str]) -> bool:
    """True for a one-character word of the HSK lists that takes no erhua on its own: a
    learner's verb (脱), a numeral (二) or a function word (都, 不, 把); 盘 (这盘儿菜), 份,
    块 and the nouns keep their erhua."""
    return char in _NO_ERHUA or char in learner_verbs


def er_of_transliteration(
    word: str, reading: tuple[str, ...], proper: Container[tuple[str, ...]],
    learner_words: Container[str],
) -> tuple[str, ...] | None:
    """The reading of a CC-CEDICT proper noun with 儿 read ér where the dictionary writes
    the erhua (塔塔儿 Tǎtǎ'ér, the Tatars; 克蕾儿 Kèlěi'ér, Claire), or None.

    ``reading`` must be one of the word's proper-noun readings (``proper``) and the word
    no word of the HSK lists: a transliteration spells 儿 as a syllable of its own, as
    CPP's text and 现代汉语词典's 塔塔尔族 do; the erhua of everyday words (一块儿, 小孩儿)
    and of place words outside the proper nouns is untouched (cpp20). A 儿 starting the
    word, or a word written with Latin letters (A圈儿, the at sign), is left alone."""
    if "儿" not in word[1:] or reading not in proper or word in learner_words:
        return None
    if not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return None
    fixed = tuple(
        "er2" if ch == "儿" and k > 0 and syl in ("r5", "er5") else syl
        for k, (ch, syl) in enumerate(zip(word, reading, strict=True))
    )
    return fixed if fixed != reading else None
