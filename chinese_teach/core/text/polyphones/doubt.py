"""When the engine marks a reading unsure: the thresholds of its decision list.

The mark tells a teacher which readings to check first, so it should sit on nearly
every wrong reading while dotting few characters. A reading is marked when

1. the model chose it (no word, rule or collocation decided) with a probability below
   :data:`MODEL_UNSURE_BELOW` among the character's readings;
2. the model chose between a word's dictionary readings below :data:`CHOICE_UNSURE_BELOW`;
3. the dictionary and the model disagree: a word of ``suspect_words.txt`` (CC-CEDICT
   words outside the HSK lists whose reading the model, given the word alone, doubts)
   whose polyphone the model, reading it in its sentence, reads otherwise
   (:data:`DOUBT_CHECK_ALL_SUSPECTS`), unless pypinyin's phrase data gives the
   dictionary's reading (:data:`SUSPECT_UNLESS_PHRASE_AGREES`); rare short words are
   also re-read, see ``pinyin.OVERRIDE_ABOVE``;
4. pypinyin's phrase data reads a dictionary word's polyphone otherwise, or no rule,
   word or model decides a polyphone;
5. pypinyin alone read a word (a phrase CC-CEDICT lacks) and gives its polyphone
   another reading than the character's default (:data:`PHRASE_UNSURE_UNLESS_DEFAULT`;
   a light syllable the model has no class for is marked);
6. 上 read shàng by the rules after a long word (:func:`locative_unsure`).

These are the engine's own marks (``Token.unsure``), set while reading at no extra cost.
Where marks are shown to the teacher they are refined by :mod:`.marks` (the model asked
at the readings it may doubt); everywhere else these stay.

Origin: a decision list fitted on CPP dev (Apache-2.0, g2pM project) with
``benchmarks/pinyin/doubt_features.py`` and ``doubt_fit.py`` (issue 19, fourth and fifth
rounds): the thresholds that mark the most dev errors with at most 2 % of all characters
marked, which also keep the classroom sets (polyphone-dense teaching sentences) under
2 %. CPP test is only reported (benchmarks/pinyin/README.md). Nothing is trained at run
time; the constants below are the whole of what was fitted (no data file).
"""

from __future__ import annotations

#: The model's own reading of a character is marked below this probability. Its
#: probabilities are over-confident (temperature 3.4 on CPP dev: 0.99995 means about
#: 0.95 once calibrated), so the threshold sits very high; scaling moves the threshold,
#: not which readings rank first. 0.999995 (was 0.99995) spends on CPP dev the marks
#: that :data:`PHRASE_UNSURE_UNLESS_DEFAULT` and :data:`SUSPECT_UNLESS_PHRASE_AGREES`
#: free, up to 2 % of its characters (1.99 %); the classroom sets stay under 2 % too.
MODEL_UNSURE_BELOW = 0.999995
#: The model's choice between a word's several dictionary readings, below this.
CHOICE_UNSURE_BELOW = 0.99
#: Every suspect word is re-read by the model in its sentence (marking only, the
#: dictionary's reading stays), not only the rare short ones it may overrule: on CPP
#: dev this marked (fourth round) 27 more of its 207 errors (挣脱, 德累斯顿, 皮划艇,
#: 葛洲坝 ...) for 0.20 % more characters marked and 7 % more model queries (12,675 against 11,801).
#: At least 8 of the 27 are CPP labels that contradict the dictionaries (挣脱 zhèng,
#: 钻井 zuān, 成吉思汗 hán): there the mark sits on a right reading.
DOUBT_CHECK_ALL_SUSPECTS = True
#: A polyphone of a word only pypinyin's phrases know (pypinyin alone read it) is
#: marked only where the phrase reads it otherwise than the character's own default
#: reading (种菜 zhòng: 种 alone is zhǒng), not where they agree (喝水 hē, 一场 chǎng)
#: (fifth round; before, every such polyphone was marked). On CPP dev the marks on
#: these polyphones fall from 1,099 to 194 characters for 6 of their 14 errors; the
#: model asked in the sentence instead (marked below 0.999) kept all 14 with 201 marks,
#: but its queries made annotation of the mixed benchmark text 4-5 % slower. A polyphone
#: inside a dictionary word of the phrase that reads it the same is settled, never
#: marked (干净 in 干干净净: 219 on dev, none wrong).
PHRASE_UNSURE_UNLESS_DEFAULT = True
#: A suspect word is re-read by the model only where pypinyin's phrase data lacks the
#: word or reads the character otherwise: where two dictionaries agree, the model's
#: doubt is mostly its training labels' (on CPP dev 17 of the 28 errors it marked there,
#: most of them CPP labels against 现代汉语词典: 挣脱 zhēng, 钻井 zuàn, 关卡 kǎ) and
#: on the classroom sets always a right everyday reading (有空, 还给, 种树: 96 marks
#: fall to 17, none was on an error).
SUSPECT_UNLESS_PHRASE_AGREES = True
#: 上 that the rules read shàng right after a word of at least this many characters
#: (出租车 | 上), or ending a word of that length the segmenter glued (操场上), is
#: marked: the light locative of the conventions (桌子上 zhuōzi shang) is decided from
#: jieba's list of one- and two-character nouns, which does not reach these words. The
#: cases come from the seen errors of the classroom sets (出租车上, 操场上, 球场上); CPP
#: cannot score them (its lexical score reads shang as shàng): 64 marks on CPP dev
#: (0.02 % of its characters: 太平洋上, 互联网上, 人行道上 ...).
LOCATIVE_UNSURE_AFTER = 3


def locative_unsure(word_len: int, k: int, prev_len: int) -> bool:
    """True if a 上 read shàng by the rules (at ``k`` of a word of ``word_len``
    characters, after a word of ``prev_len``) may be the light locative the rules do not
    recognise. Before 了 too (落在出租车上了): a verb that 上 completes (关上了, 爬上了) is
    shorter."""
    if word_len == 1:
        return prev_len >= LOCATIVE_UNSURE_AFTER
    return k == word_len - 1 and word_len >= LOCATIVE_UNSURE_AFTER
