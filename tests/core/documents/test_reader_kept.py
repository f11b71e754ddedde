"""What a reader build keeps for the process (display shapes, gloss keys, glosses chosen
in context) never changes a later build: each build equals the same build made first."""

from __future__ import annotations

import dataclasses

from chinese_teach.core.corpus import glosses
from chinese_teach.core.documents import reader
from chinese_teach.core.documents.reader import (
    GlossaryMode,
    GlossMark,
    PinyinMode,
    ReaderOptions,
    build_reader,
)

BUILDS = [
    ("我吃了一块蛋糕。我送你去机场。", ReaderOptions()),
    ("这个要十块。他送我一本书。", ReaderOptions()),  # 块 and 送 in other senses
    ("我们学校很大。", ReaderOptions(definitions={"学校": "school (the teacher's words)"})),
    ("我们学校很大，离这儿很远。", ReaderOptions(per_char=False, show_third_tone_sandhi=True)),
    ("我们学校很大，离这儿很远。", ReaderOptions(script="traditional", tone_style="numbers")),
    # 问题, 公园 and 银行 are HSK 2, 复杂 and 散步 HSK 3: new or not by the target level
    ("这个问题很复杂。我们去公园散步。", ReaderOptions(
        pinyin=PinyinMode.ABOVE, target_level=1, gloss_mark=GlossMark.NUMBER,
        glossary=GlossaryMode.NOTES)),
    ("这个问题很复杂。我们去公园散步。", ReaderOptions(
        pinyin=PinyinMode.ABOVE, target_level=2, gloss_mark=GlossMark.NUMBER,
        glossary=GlossaryMode.NOTES)),
    ("银行的问题很复杂。", ReaderOptions(pinyin=PinyinMode.NEW, known="hsk2021:1")),
    ("银行的问题很复杂。", ReaderOptions(pinyin=PinyinMode.NEW, known="hsk2021:2")),
]


def _forget() -> None:
    reader._SHAPES.clear()
    reader._NEW_WORDS.clear()
    reader._WORD_KEYS.clear()
    for g in glosses._glossers.values():
        g._in_context.clear()


def _dump(doc) -> str:
    return repr((doc.paragraphs, doc.glossary, doc.script))


def test_each_build_equals_the_same_build_made_first(engine, dictionary) -> None:
    alone = []
    for text, options in BUILDS:
        _forget()
        alone.append(_dump(build_reader(text, dataclasses.replace(options), engine, dictionary)))
    _forget()
    for _ in range(2):  # every build after all the others, twice
        got = [_dump(build_reader(text, dataclasses.replace(options), engine, dictionary))
               for text, options in BUILDS]
        assert got == alone
    assert reader._SHAPES and reader._WORD_KEYS and reader._NEW_WORDS  # (they were used)


def test_the_teachers_gloss_and_the_texts_sense_are_not_carried_over(engine, dictionary) -> None:
    def meaning(doc, word):
        return next(t.meaning for p in doc.paragraphs for t in p if t.source == word)

    off = build_reader("我送你去机场。", ReaderOptions(), engine, dictionary)
    gift = build_reader("他送我一本书。", ReaderOptions(), engine, dictionary)
    assert meaning(off, "送") != meaning(gift, "送")  # "to see off" / "to give"
    edited = build_reader("我们学校很大。", ReaderOptions(definitions={"学校": "my words"}),
                          engine, dictionary)
    plain = build_reader("我们学校很大。", ReaderOptions(), engine, dictionary)
    assert meaning(edited, "学校") == "my words" != meaning(plain, "学校")
