"""A lesson's printed vocabulary writes 一 and 不 as the deck does (qa20): as said inside a
word (一起 yìqǐ, 不客气 búkèqi), a final one as said alone (星期一 xīngqīyī); the lesson
plan printed yīqǐ while the students' cards and study page printed yìqǐ. A pinyin the
teacher typed is printed as typed. The same rows feed the plan, the worksheets and the
drill, so one convention reaches every handout."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chinese_teach.core.documents.lessonplan import build_lesson_plan
from chinese_teach.core.documents.lessonwords import resolve_vocab
from chinese_teach.core.library import VocabItem

WORDS = {"一起": "yìqǐ", "一样": "yíyàng", "不客气": "búkèqi", "一定": "yídìng",
         "不错": "búcuò", "一共": "yígòng", "不用": "búyòng", "一会儿": "yíhuìr"}
KEPT = {"星期一": "xīngqīyī", "对不起": "duìbuqǐ", "统一": "tǒngyī"}


@pytest.fixture
def lesson_with(story):
    lib, _, ids = story
    lesson = lib.lesson(ids[0])
    lesson = replace(lesson, vocab=[VocabItem(w) for w in (*WORDS, *KEPT)])
    lib.save_lesson(lesson)
    return lib, lesson


def test_vocab_rows_write_yi_and_bu_as_said(lesson_with, engine, corpus):
    lib, lesson = lesson_with
    rows = {r.word: r for r in resolve_vocab(lib, lesson, engine, corpus)}
    assert {w: rows[w].pinyin for w in WORDS} == WORDS
    assert {w: rows[w].pinyin for w in KEPT} == KEPT
    assert rows["一起"].syllables == ("yi4", "qi3")  # the drill and the worksheets read these


def test_the_plan_prints_the_deck_spelling_and_a_typed_pinyin_as_typed(lesson_with, engine,
                                                                       corpus):
    lib, lesson = lesson_with
    lesson.vocab[0] = VocabItem("一起", ("yi1", "qi3"))
    lib.save_lesson(lesson)
    plan = build_lesson_plan(lib, lesson.id, engine, corpus, with_readers=False)
    shown = {v.word: v.pinyin for v in plan.vocab}
    assert shown["一起"] == "yīqǐ" and shown["不客气"] == "búkèqi"
