"""A lesson's word has one level in every output (qa21): the proposals showed 每天
"HSK2021 3" (每's level: the lists leave 每天 out), the vocabulary tab and the printed plan
"not in HSK2021" once the teacher took it, the cards nothing. The vocabulary, the plan's
rows and the deck now read the level as the proposals do
(:func:`chinese_teach.core.text.analyze.learner_word_level`)."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.lessonwords import resolve_vocab
from chinese_teach.core.export.anki.sources import DeckSource, load_parts
from chinese_teach.core.library import Course, Lesson, Library
from chinese_teach.core.library.models import VocabItem
from chinese_teach.ops import lesson as ops

#: words of a learner's level the HSK 3.0 list does not hold as they are written
WORDS = {"每天": "HSK2021 3", "每年": "HSK2021 3", "有没有": "HSK2021 1", "去不去": "HSK2021 1"}


@pytest.fixture
def lesson(lib: Library, course: Course) -> Lesson:
    first = lib.save_lesson(Lesson(course_id=course.id, title="One",
                                   vocab=[VocabItem(w) for w in WORDS]))
    ops.add_text(lib, first.id, "Text", "我每天都去。你有没有时间？你去不去？每年都一样。")
    return first


def test_the_vocabulary_tab_shows_the_proposals_level(lib, lesson, engine, corpus) -> None:
    out = ops.analyse_lesson(lib.path, lesson.id, engine, corpus)
    assert out.levels == WORDS


def test_the_plan_and_the_deck_print_it(lib, lesson, engine, corpus) -> None:
    rows = resolve_vocab(lib, lib.lesson(lesson.id), engine, corpus)
    assert {r.word: r.level_label for r in rows} == WORDS
    [part] = load_parts(DeckSource("lesson", lesson.id), corpus=corpus, library=lib)
    assert {w.simplified: w.level_text() for w in part.words} == WORDS
