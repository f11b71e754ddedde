"""A reader's glossary agrees with the lesson's analysis about numbers (qa19): the analysis
counts a number known (analyze.is_known: 二十, 两千), but the reader listed the year
二〇二六 as a new word, "èrlíng'èrliù (number)", because 〇 is in no HSK list."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.levels import Level, Standard
from chinese_teach.core.documents.reader import ReaderOptions, build_reader
from chinese_teach.core.text.analyze import KnownWords, is_known, level_index
from chinese_teach.core.text.pieces import is_number


@pytest.mark.parametrize("text", [
    "今天是二〇二六年十二月七日，星期一。",
    "他是二〇〇八年来北京的。",
    "我爷爷一九五〇年出生。",
    "这本书三千零五十块。",
    "这个学校有两千〇一个学生。",
])
def test_a_number_the_analysis_counts_known_is_no_glossary_word(text, engine, dictionary):
    opts = ReaderOptions(known="hsk2021:1")
    doc = build_reader(text, opts, engine, dictionary)
    index = level_index(dictionary.corpus)
    known = KnownWords.from_level(index, Level(Standard.HSK2021, 1))
    numbers = [t.text for p in doc.paragraphs for t in p if is_number(t.text)]
    assert numbers, [t.text for p in doc.paragraphs for t in p]
    listed = {g.word for g in doc.glossary}
    for number in numbers:
        assert is_known(number, known, index, Standard.HSK2021)
        assert number not in listed, (number, [(g.word, g.pinyin) for g in doc.glossary])
