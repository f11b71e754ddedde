"""The lesson's Vocabulary tab shows the meaning every output of the lesson prints: the
sense a word has in the lesson's texts (四口人: 口 "measure word for family members", not
"mouth"), and the teacher's own once typed; clicked as a teacher clicks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from chinese_teach.core.documents.lessonwords import resolve_vocab
from chinese_teach.gui.widgets.lesson_vocab import SHOWN_COLUMN
from tests.gui.driving import click_item, click_tab, double_click, type_into_editor

COUNTED = "(measure word for family members)"


def _row(tree, word: str) -> QTreeWidgetItem:
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0) == word)


def test_the_vocabulary_tab_shows_the_sense_of_the_lesson_s_text(page, qtbot, engine, corpus):
    family = next(i for i in page.tree.items()
                  if i.data(0, Qt.ItemDataRole.UserRole) == "lesson" and "family" in i.text(0))
    click_item(page.tree, family)
    editor = page.editor
    click_tab(editor.tabs, "Vocabulary")
    words = editor.vocab_panel.vocab_tree
    qtbot.waitUntil(lambda: _row(words, "口").text(SHOWN_COLUMN) != "", timeout=30000)
    assert _row(words, "口").text(SHOWN_COLUMN) == COUNTED  # was "mouth; entrance"
    # The same meaning as the lesson's plan, worksheets and deck print.
    printed = {r.word: r.meaning for r in resolve_vocab(page.library, editor.lesson, engine,
                                                        corpus)}
    for i in range(words.topLevelItemCount()):
        item = words.topLevelItem(i)
        assert item.text(SHOWN_COLUMN) == printed[item.text(0)], item.text(0)
    # The column is read, not typed into: a double-click opens no editor there.
    item = _row(words, "口")
    rect = words.visualItemRect(item)
    cell = words.header().sectionViewportPosition(SHOWN_COLUMN) + 5
    click_item(words, item)
    double_click(words.viewport(), QPoint(cell, rect.center().y()))
    assert words.state() != words.State.EditingState
    # The teacher's own meaning wins, in the tab and in what the lesson prints.
    own = words.indexFromItem(item, 3)
    words.scrollTo(own)  # the teacher scrolls the column into view
    double_click(words.viewport(), words.visualRect(own).center())
    type_into_editor(qtbot, words, "mouths to feed")
    qtbot.waitUntil(lambda: _row(words, "口").text(SHOWN_COLUMN) == "mouths to feed",
                    timeout=5000)
    qtbot.waitUntil(lambda: any(v.meaning == "mouths to feed"
                                for v in page.library.lesson(editor.lesson.id).vocab),
                    timeout=10000)
    lesson = page.library.lesson(editor.lesson.id)
    rows = {r.word: r.meaning for r in resolve_vocab(page.library, lesson, engine, corpus)}
    assert rows["口"] == "mouths to feed"
