"""A word the lesson's texts meet in two senses shows both in the Vocabulary tab, clicked
as a teacher clicks: the sample course's Lesson 3 with a line where 还 is "still" added
(还要别的吗？ "else", 我还没吃饱。 "still")."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from chinese_teach.core.corpus.glosses import glosser
from chinese_teach.core.documents.lessonwords import resolve_vocab
from chinese_teach.gui.widgets.lesson_vocab import MEANING_COLUMN
from tests.gui.driving import click_item, click_tab

BOTH = "else; still"


def _row(tree, word: str) -> QTreeWidgetItem:
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0) == word)


def test_the_vocabulary_tab_shows_each_sense_the_lesson_meets(page, qtbot, engine, corpus):
    lesson_item = next(i for i in page.tree.items()
                       if i.data(0, Qt.ItemDataRole.UserRole) == "lesson"
                       and "restaurant" in i.text(0))
    lib = page.library
    lesson = next(x for c in lib.courses() for x in lib.lessons(c.id)
                  if "restaurant" in x.title)
    [doc] = lib.readers(lesson.id)
    lib.save_reader(dataclasses.replace(doc, text=doc.text + "大卫：我还没吃饱。\n"))
    click_item(page.tree, lesson_item)
    editor = page.editor
    click_tab(editor.tabs, "Vocabulary")
    words = editor.vocab_panel.vocab_tree
    qtbot.waitUntil(lambda: _row(words, "还").text(MEANING_COLUMN) != "", timeout=30000)
    assert _row(words, "还").text(MEANING_COLUMN) == BOTH  # was "else; also; in addition"
    assert _row(words, "还").font(MEANING_COLUMN).italic()  # not the teacher's own
    # A word met in one sense keeps its gloss (吃: 想吃米饭, 吃饱).
    assert _row(words, "吃").text(MEANING_COLUMN) == glosser(corpus).short("吃")
    # The same meaning as the lesson's plan, worksheets and deck print.
    printed = {r.word: r.meaning for r in resolve_vocab(lib, editor.lesson, engine, corpus)}
    for i in range(words.topLevelItemCount()):
        item = words.topLevelItem(i)
        assert item.text(MEANING_COLUMN) == printed[item.text(0)], item.text(0)
