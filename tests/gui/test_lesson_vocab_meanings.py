"""The lesson's Vocabulary tab shows the meaning every output of the lesson prints: the
sense a word has in the lesson's texts (四口人: 口 "measure word for family members", not
"mouth"), and the teacher's own once typed; clicked as a teacher clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from chinese_teach.core.documents.lessonwords import resolve_vocab
from chinese_teach.gui.widgets.lesson_vocab import MEANING_COLUMN
from tests.gui.driving import (
    click_item,
    double_click,
    open_lesson_vocabulary,
    tree_row,
    type_into_editor,
)

COUNTED = "(measure word for family members)"


def test_the_vocabulary_tab_shows_the_sense_of_the_lesson_s_text(page, qtbot, engine, corpus):
    editor, words = open_lesson_vocabulary(page, "family")
    qtbot.waitUntil(lambda: tree_row(words, "口").text(MEANING_COLUMN) != "", timeout=30000)
    assert tree_row(words, "口").text(MEANING_COLUMN) == COUNTED  # was "mouth; entrance"
    assert tree_row(words, "口").font(MEANING_COLUMN).italic()  # greyed: not the teacher's own
    # The same meaning as the lesson's plan, worksheets and deck print.
    printed = {r.word: r.meaning for r in resolve_vocab(page.library, editor.lesson, engine,
                                                        corpus)}
    for i in range(words.topLevelItemCount()):
        item = words.topLevelItem(i)
        assert item.text(MEANING_COLUMN) == printed[item.text(0)], item.text(0)
    # Every column in view: the table does not scroll sideways.
    assert words.horizontalScrollBar().maximum() == 0 or \
        not words.horizontalScrollBar().isVisible()
    assert words.header().sectionViewportPosition(MEANING_COLUMN) < words.viewport().width()
    # The teacher's own meaning wins, in the tab and in what the lesson prints: the editor
    # opens empty, the printed meaning as its placeholder.
    item = tree_row(words, "口")
    click_item(words, item)
    double_click(words.viewport(), words.visualRect(words.indexFromItem(item,
                                                                      MEANING_COLUMN)).center())
    qtbot.waitUntil(lambda: any(e.isVisible() for e in words.findChildren(QLineEdit)))
    line = next(e for e in words.findChildren(QLineEdit) if e.isVisible())
    assert line.text() == "" and line.placeholderText() == COUNTED
    type_into_editor(qtbot, words, "mouths to feed")
    qtbot.waitUntil(lambda: tree_row(words, "口").text(MEANING_COLUMN) == "mouths to feed",
                    timeout=5000)
    assert not tree_row(words, "口").font(MEANING_COLUMN).italic()
    qtbot.waitUntil(lambda: any(v.meaning == "mouths to feed"
                                for v in page.library.lesson(editor.lesson.id).vocab),
                    timeout=10000)
    lesson = page.library.lesson(editor.lesson.id)
    rows = {r.word: r.meaning for r in resolve_vocab(page.library, lesson, engine, corpus)}
    assert rows["口"] == "mouths to feed"
    # Emptied again, the lesson's sense comes back.
    item = tree_row(words, "口")
    double_click(words.viewport(), words.visualRect(words.indexFromItem(item,
                                                                      MEANING_COLUMN)).center())
    qtbot.waitUntil(lambda: any(e.isVisible() for e in words.findChildren(QLineEdit)))
    line = next(e for e in words.findChildren(QLineEdit) if e.isVisible())
    assert line.text() == "mouths to feed"  # the teacher's own, to change or delete
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(line, Qt.Key.Key_Backspace)
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tree_row(words, "口").text(MEANING_COLUMN) == COUNTED, timeout=5000)
    qtbot.waitUntil(lambda: all(v.meaning is None for v in
                                page.library.lesson(editor.lesson.id).vocab if v.word == "口"),
                    timeout=10000)
