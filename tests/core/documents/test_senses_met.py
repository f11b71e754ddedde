"""A word of a lesson met in more than one sense shows each sense met, in every output.

The sample course's Lesson 3 meets 还 once (还要别的吗？ "else"); with a line where 还 is
"still" added to its text, the lesson's vocabulary, plan, worksheet, deck, and the
reader's glossary and pop-ups all show "else; still" (in the order first met); a word
met in one sense keeps the gloss it had; a reading met apart (还 huán) keeps its own.
"""

from __future__ import annotations

import dataclasses

import pytest

from chinese_teach.core.corpus.glosses import (
    TEXT_SENSE_OCCURRENCES,
    TextSense,
    glosser,
    met_senses_gloss,
    text_senses,
)
from chinese_teach.core.documents.lessonplan import build_lesson_plan
from chinese_teach.core.documents.lessonwords import resolve_vocab
from chinese_teach.core.documents.reader import (
    GlossaryMode,
    PinyinMode,
    ReaderOptions,
    build_reader,
)
from chinese_teach.core.documents.worksheet import build_worksheet
from chinese_teach.core.export.anki.sources import parts_from_lesson
from chinese_teach.core.export.anki.words import build_words
from chinese_teach.core.library import Library
from chinese_teach.core.library.sample import ensure_sample_course

STILL_LINE = "大卫：我还没吃饱。\n"
BOTH = "else; still"  # 还要别的吗 (else), then 还没吃饱 (still)


@pytest.fixture
def restaurant(lib: Library):
    """The sample course's Lesson 3 ("At the restaurant") with a line where 还 is "still"
    added to its text."""
    course = ensure_sample_course(lib)
    lesson = lib.lessons(course.id)[2]
    [doc] = lib.readers(lesson.id)
    lib.save_reader(dataclasses.replace(doc, text=doc.text + STILL_LINE))
    return lesson


def test_senses_met_are_named_once_each_in_the_order_first_met():
    assert met_senses_gloss(["still; yet", "else; also", "still; also"]) == "still; else"
    # one sense (however many occurrences, whatever the rest of their glosses): None
    assert met_senses_gloss(["mouth; entrance", "mouth"]) is None
    # a sense sharing a content word with one kept before is the same sense
    assert met_senses_gloss(["to want to; would like to", "to want; to need"]) is None
    # three senses: the learner gloss's length rules (two, then "…")
    assert met_senses_gloss(["still", "else", "even more"]) == "still; else; …"
    # the next sense that fits beside the first
    assert met_senses_gloss(["still", "a rather long sense", "else"], limit=12) == (
        "still; else; …")
    # no second sense fits beside the first: the gloss the word had
    assert met_senses_gloss(["home", "(measure word for families or businesses)"]) is None


def test_a_word_met_in_one_sense_keeps_the_gloss_it_had(corpus, engine):
    senses = text_senses([engine.annotate("我家有四口人。"), engine.annotate("他家有三口人。")],
                         corpus)
    assert senses["口"].gloss.short == "(measure word for family members)"
    # 人 means "person" each time: its own gloss, as before
    assert "人" not in senses


def test_a_word_met_in_two_senses_shows_both_in_the_order_met(corpus, engine):
    text = [engine.annotate("服务员：还要别的吗？"), engine.annotate("我还没吃饱。")]
    senses = text_senses(text, corpus)
    assert senses["还"].gloss.short == BOTH
    assert senses["还"].syllables == ("hai2",)
    back = text_senses(text[::-1], corpus)
    assert back["还"].gloss.short == "still; else"


def test_another_reading_keeps_its_own_sense(corpus, engine):
    text = [engine.annotate("服务员：还要别的吗？"), engine.annotate("我还没吃饱。"),
            engine.annotate("我明天去图书馆还书。")]
    sense = text_senses(text, corpus)["还"]
    assert sense.in_reading(("hai2",)).short == BOTH
    # 还 huán met once: nothing its sentence decides, so its own gloss (None here)
    assert sense.in_reading(("huan2",)) is None
    assert not glosser(corpus).short("还", ("huan2",)).startswith(("else", "still"))


def test_in_reading_finds_the_sense_of_another_reading():
    from chinese_teach.core.corpus.glosses import Gloss

    hai = TextSense(Gloss("else; still"), ("hai2",),
                    others=(TextSense(Gloss("to return; to repay"), ("huan2",)),))
    assert hai.in_reading(("hai2",)).short == "else; still"
    assert hai.in_reading(("HUAN2",)).short == "to return; to repay"
    assert hai.in_reading(None).short == "else; still"  # no reading: the first met
    assert hai.in_reading(("hai4",)) is None


def test_only_the_first_occurrences_of_a_reading_are_read(corpus, engine):
    """A book-length text reads at most :data:`TEXT_SENSE_OCCURRENCES` occurrences of a
    word in one reading."""
    same = [engine.annotate("服务员：还要别的吗？")] * TEXT_SENSE_OCCURRENCES
    text = [*same, engine.annotate("我还没吃饱。")]
    assert text_senses(text, corpus)["还"].gloss.short.startswith("else")
    assert text_senses(same[1:] + text[-1:], corpus)["还"].gloss.short == BOTH


def test_every_output_of_the_lesson_shows_each_sense_met(lib, restaurant, engine, corpus,
                                                        dictionary, tmp_path):
    rows = {r.word: r.meaning for r in resolve_vocab(lib, restaurant, engine, corpus)}
    assert rows["还"] == BOTH
    assert rows["吃"] == glosser(corpus).short("吃")  # met twice, one sense: its own
    plan = build_lesson_plan(lib, restaurant.id, engine, corpus, with_readers=False)
    assert {v.word: v.meaning for v in plan.vocab}["还"] == BOTH
    sheet = build_worksheet(lib, restaurant.id, "dictation", engine, corpus, hint="meaning")
    items = {d.hanzi: d for s in sheet.sections for d in s.dictation}
    assert items["还"].meaning == BOTH
    [part] = parts_from_lesson(lib, restaurant.id, dictionary=dictionary, engine=engine)
    assert {w.simplified: w.meaning for w in part.words}["还"] == BOTH
    [typed] = build_words(["还"], dictionary=dictionary, engine=engine,
                          texts=[d.text for d in lib.readers(restaurant.id)])
    assert typed.meaning == BOTH
    # The reader's glossary and every pop-up of 还 say the same.
    [doc] = lib.readers(restaurant.id)
    known = tmp_path / "known.txt"  # a class that knows one word: 还 goes to the glossary
    known.write_text("你好\n", encoding="utf-8")
    reader = build_reader(doc.text, ReaderOptions(glossary=GlossaryMode.END,
                                                  pinyin=PinyinMode.ALL, known=str(known)),
                          engine, dictionary)
    assert {g.word: g.definition for g in reader.glossary}["还"] == BOTH
    shown = {t.meaning for p in reader.paragraphs for t in p if t.text == "还"}
    assert shown == {BOTH}
