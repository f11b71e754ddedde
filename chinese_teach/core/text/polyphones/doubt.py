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
5. pypinyin alone read a word (a phrase CC-CEDICT lacks) and the model, reading its
   polyphone in the sentence, gives pypinyin's reading less than
   :data:`PHRASE_UNSURE_BELOW` (a light syllable the model has no class for is marked).

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
#: that :data:`PHRASE_UNSURE_BELOW` and :data:`SUSPECT_UNLESS_PHRASE_AGREES` free,
#: up to 2 % of its characters.
MODEL_UNSURE_BELOW = 0.999995
#: The model's choice between a word's several dictionary readings, below this.
CHOICE_UNSURE_BELOW = 0.99
#: Every suspect word is re-read by the model in its sentence (marking only, the
#: dictionary's reading stays), not only the rare short ones it may overrule: on CPP
#: dev this marks 27 more of its 207 errors (挣脱, 德累斯顿, 皮划艇, 葛洲坝 ...) for
#: 0.20 % more characters marked and 7 % more model queries (12,675 against 11,801).
#: At least 8 of the 27 are CPP labels that contradict the dictionaries (挣脱 zhèng,
#: 钻井 zuān, 成吉思汗 hán): there the mark sits on a right reading.
DOUBT_CHECK_ALL_SUSPECTS = True
#: A polyphone of a word only pypinyin's phrases know (pypinyin alone read it) is
#: checked by the model in its sentence and marked where the model's probability for
#: pypinyin's reading is below this (fifth round; before, always marked). On CPP dev
#: the marks fall from 1,099 to 239 characters and keep all 14 errors among them.
PHRASE_UNSURE_BELOW = 0.999
#: A suspect word is re-read by the model only where pypinyin's phrase data lacks the
#: word or reads the character otherwise: where two dictionaries agree, the model's
#: doubt is mostly its training labels' (on CPP dev 17 of the 28 errors it marked there,
#: most of them CPP labels against 现代汉语词典: 挣脱 zhēng, 钻井 zuàn, 关卡 kǎ) and
#: on the classroom sets always a right everyday reading (有空, 还给, 种树: 77 marks).
SUSPECT_UNLESS_PHRASE_AGREES = True
