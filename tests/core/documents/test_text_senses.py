"""One meaning per word of a text in every output that lists it.

The sense a word's first occurrence chooses (四口人: 口 "measure word for family
members", not "mouth"; 离这儿很远: 离 "from") is the one the reader's glossary and
pop-ups, the lesson's vocabulary, plan and worksheets, and its deck show; the teacher's
own meaning still wins, and a word typed alone in a list keeps its lone-word sense.
"""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import glosser, text_senses, token_glosses
from chinese_teach.core.documents.lessonplan import build_lesson_plan
from chinese_teach.core.documents.lessonwords import resolve_vocab
from chinese_teach.core.documents.reader import (
    GlossaryMode,
    PinyinMode,
    ReaderOptions,
    build_reader,
)
from chinese_teach.core.documents.worksheet import build_worksheet
from chinese_teach.core.export.anki.sources import parts_from_course, parts_from_lesson
from chinese_teach.core.export.anki.words import WordOverride, build_words
from chinese_teach.core.library import Library, VocabItem
from chinese_teach.core.library.sample import ensure_sample_course

FAMILY = "口"  # Lesson 2 of the sample course: 我家有四口人
COUNTED = "(measure word for family members)"


@pytest.fixture
def family(lib: Library):
    """The sample course and its Lesson 2 ("My family")."""
    course = ensure_sample_course(lib)
    return course, lib.lessons(course.id)[1]


def test_text_senses_keeps_the_first_occurrence_s_sense_where_it_decides(corpus, engine):
    text = [engine.annotate("我家有四口人。我们都是中国人。"), engine.annotate("学校离我家很远。")]
    senses = text_senses(text, corpus)
    assert senses[FAMILY].gloss.short == COUNTED  # the first occurrence, after 四
    assert senses[FAMILY].syllables == ("kou3",)
    assert senses["离"].gloss.short.startswith("(distance) from")
    assert "人" not in senses and "学校" not in senses  # their sentences decide nothing
    # Met in two senses (counted, then "mouth"): each sense, in the order first met.
    both = text_senses([engine.annotate("我家有四口人。他的口很大。")], corpus)
    assert both[FAMILY].gloss.short == COUNTED + "; mouth"
    later = text_senses([engine.annotate("他的口很大。我家有四口人。")], corpus)
    assert later[FAMILY].gloss.short == "mouth; " + COUNTED
    # Only the words asked for.
    assert set(text_senses(text, corpus, {"离"})) == {"离"}
    assert glosser(corpus).short(FAMILY).startswith("mouth")


def test_the_lesson_vocabulary_plan_and_worksheet_show_the_text_s_sense(lib, family, engine,
                                                                      corpus):
    _course, lesson = family
    rows = {r.word: r.meaning for r in resolve_vocab(lib, lesson, engine, corpus)}
    assert rows[FAMILY] == COUNTED
    assert rows["爸爸"] == glosser(corpus).short("爸爸")  # nothing to decide: its own
    plan = build_lesson_plan(lib, lesson.id, engine, corpus, with_readers=False)
    assert {v.word: v.meaning for v in plan.vocab}[FAMILY] == COUNTED
    sheet = build_worksheet(lib, lesson.id, "dictation", engine, corpus, hint="meaning")
    items = {d.hanzi: d for s in sheet.sections for d in s.dictation}
    assert items[FAMILY].meaning == items[FAMILY].hint == COUNTED


def test_the_teacher_s_meaning_still_wins(lib, family, engine, corpus, dictionary):
    _course, lesson = family
    vocab = [VocabItem(v.word, v.pinyin, "mouths to feed" if v.word == FAMILY else v.meaning)
             for v in lesson.vocab]
    lib.set_lesson_vocab(lesson.id, vocab)
    lesson = lib.lesson(lesson.id)
    rows = {r.word: r.meaning for r in resolve_vocab(lib, lesson, engine, corpus)}
    assert rows[FAMILY] == "mouths to feed"
    [part] = parts_from_lesson(lib, lesson.id, dictionary=dictionary, engine=engine)
    assert {w.simplified: w.meaning for w in part.words}[FAMILY] == "mouths to feed"


def test_the_lesson_and_course_decks_show_the_text_s_sense(lib, family, engine, dictionary):
    course, lesson = family
    [part] = parts_from_lesson(lib, lesson.id, dictionary=dictionary, engine=engine)
    assert {w.simplified: w.meaning for w in part.words}[FAMILY] == COUNTED
    parts = parts_from_course(lib, course.id, dictionary=dictionary, engine=engine)
    lessons = {p.key: {w.simplified: w.meaning for w in p.words} for p in parts}
    assert lessons[f"lesson:{lesson.id}"][FAMILY] == COUNTED
    # Lesson 4: 四节课 (a class period), 七点 (o'clock)
    day = lessons[f"lesson:{lib.lessons(course.id)[3].id}"]
    assert day["节"].startswith("(measure word for")
    assert day["点"].startswith("o'clock")


def test_a_sense_chosen_for_one_reading_is_not_given_to_another(engine, dictionary, corpus):
    """开了一个会: 会 huì "meeting"; a list that reads the word kuài (会计) keeps its own."""
    text = ["我们开了一个会。"]
    [meeting] = build_words(["会"], dictionary=dictionary, engine=engine, texts=text)
    assert meeting.meaning.startswith("meeting")
    [other] = build_words(["会"], dictionary=dictionary, engine=engine, texts=text,
                          overrides={"会": WordOverride(pinyin=("kuai4",))})
    assert not other.meaning.startswith("meeting")
    assert other.meaning == glosser(corpus).short("会", ("kuai4",))


def test_a_word_typed_alone_keeps_its_lone_sense(engine, dictionary, corpus):
    [alone] = build_words([FAMILY], dictionary=dictionary, engine=engine)
    assert alone.meaning == glosser(corpus).short(FAMILY)
    [counted] = build_words([FAMILY], dictionary=dictionary, engine=engine,
                            texts=["我家有四口人。"])
    assert counted.meaning == COUNTED


def test_the_reader_s_pop_ups_agree_with_its_glossary(engine, dictionary):
    doc = build_reader("我们家有两台电脑。那台电脑很新。学校离我家很远。",
                       ReaderOptions(glossary=GlossaryMode.END, pinyin=PinyinMode.ALL,
                                     target_level=1), engine, dictionary)
    glossary = {g.word: g.definition for g in doc.glossary}
    assert glossary["台"].startswith("(measure word for")
    shown = {(t.text, t.meaning) for p in doc.paragraphs for t in p if t.text in glossary}
    for word, meaning in shown:
        assert meaning == glossary[word], word
    assert {w for w, _m in shown} >= {"台", "离"}


def test_every_rule_of_the_sentence_reaches_the_glossary(engine, dictionary, corpus):
    """Rules written in code, not only curated conditions, give the glossary the sense the
    text uses, the sense Quick annotate shows: an adjective before its verb (突然下雨了
    "suddenly"), a verb-noun owned by 的 (你的建议 "suggestion")."""
    text = "今天早上突然下雨了。你的建议很好。"
    doc = build_reader(text, ReaderOptions(glossary=GlossaryMode.END, pinyin=PinyinMode.ALL,
                                           target_level=1), engine, dictionary)
    glossary = {g.word: g.definition for g in doc.glossary}
    assert glossary["突然"].startswith("suddenly")
    assert glossary["建议"].startswith("proposal") or glossary["建议"].startswith("suggestion")
    tokens = engine.annotate(text)
    shown = {t.text: g.short for t, g in zip(tokens, token_glosses(tokens, corpus), strict=True)
             if g is not None}
    assert glossary["突然"].split(";")[0] == shown["突然"].split(";")[0]


def test_an_effort_owned_by_someone_is_the_effort(corpus, engine):
    senses = text_senses([engine.annotate("经过大家的努力，这个项目终于完成了。")], corpus)
    assert senses["努力"].gloss.short.startswith("effort")
