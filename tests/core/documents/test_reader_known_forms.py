"""A reader's pinyin over new words agrees with the lesson's analysis (known17): an A不A /
A没A question is new only as its A is (有没有 is listed at HSK 3.0 level 6 as one word)."""

from __future__ import annotations

from chinese_teach.core.documents.reader import PinyinMode, ReaderOptions, build_reader
from chinese_teach.core.text.tokens import Kind


def _with_pinyin(doc) -> set[str]:
    return {t.text for p in doc.paragraphs for t in p if t.kind is Kind.HANZI and t.ruby}


def test_a_question_of_known_words_gets_no_pinyin_as_a_new_word(engine, dictionary):
    opts = ReaderOptions(pinyin=PinyinMode.NEW, known="hsk2021:1")
    doc = build_reader("学校里有没有商店？我可以不可以坐这儿？", opts, engine, dictionary)
    shown = _with_pinyin(doc)
    assert not any("有没有" in w for w in shown)
    assert any("可以" in w for w in shown)  # 可以 is level 2: new to the class
