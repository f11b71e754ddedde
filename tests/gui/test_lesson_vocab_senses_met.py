"""A word the lesson's texts meet in two senses shows both in the Vocabulary tab, clicked
as a teacher clicks: the sample course's Lesson 3 with a line where 还 is "still" added
(还要别的吗？ "else", 我还没吃饱。 "still")."""

from __future__ import annotations

import dataclasses

from chinese_teach.core.corpus.glosses import glosser
from chinese_teach.core.documents.lessonwords import resolve_vocab
from chinese_teach.gui.widgets.lesson_vocab import MEANING_COLUMN
from tests.gui.driving import open_lesson_vocabulary, tree_row

BOTH = "else; still"


def test_the_vocabulary_tab_shows_each_sense_the_lesson_meets(page, qtbot, engine, corpus):
    lib = page.library
    lesson = next(x for c in lib.courses() for x in lib.lessons(c.id)
                  if "restaurant" in x.title)
    [doc] = lib.readers(lesson.id)
    lib.save_reader(dataclasses.replace(doc, text=doc.text + "大卫：我还没吃饱。\n"))
    editor, words = open_lesson_vocabulary(page, "restaurant")
    qtbot.waitUntil(lambda: tree_row(words, "还").text(MEANING_COLUMN) != "", timeout=30000)
    assert tree_row(words, "还").text(MEANING_COLUMN) == BOTH  # was "else; also; in addition"
    assert tree_row(words, "还").font(MEANING_COLUMN).italic()  # not the teacher's own
    # A word met in one sense keeps its gloss (吃: 想吃米饭, 吃饱).
    assert tree_row(words, "吃").text(MEANING_COLUMN) == glosser(corpus).short("吃")
    # The same meaning as the lesson's plan, worksheets and deck print.
    printed = {r.word: r.meaning for r in resolve_vocab(lib, editor.lesson, engine, corpus)}
    for i in range(words.topLevelItemCount()):
        item = words.topLevelItem(i)
        assert item.text(MEANING_COLUMN) == printed[item.text(0)], item.text(0)
