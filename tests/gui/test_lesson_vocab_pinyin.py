"""The lesson's Vocabulary tab shows the pinyin every output of the lesson prints, greyed
until the teacher types her own (the column was empty: a teacher never saw which reading
her worksheets, plan and deck would print); clicked as a teacher clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from chinese_teach.core.documents.lessonwords import resolve_vocab
from tests.gui.driving import (
    click_item,
    double_click,
    open_lesson_vocabulary,
    tree_row,
    type_into_editor,
)

PINYIN_COLUMN = 2  # Word, Level, Pinyin, Meaning


def _edit_pinyin(qtbot, words, word: str) -> QLineEdit:
    item = tree_row(words, word)
    click_item(words, item)
    double_click(words.viewport(), words.visualRect(words.indexFromItem(item,
                                                                      PINYIN_COLUMN)).center())
    qtbot.waitUntil(lambda: any(e.isVisible() for e in words.findChildren(QLineEdit)))
    return next(e for e in words.findChildren(QLineEdit) if e.isVisible())


def test_the_vocabulary_tab_shows_the_pinyin_the_lesson_prints(page, qtbot, engine, corpus):
    editor, words = open_lesson_vocabulary(page, "family")
    qtbot.waitUntil(lambda: tree_row(words, "口").text(PINYIN_COLUMN) != "", timeout=30000)
    printed = {r.word: r.pinyin for r in resolve_vocab(page.library, editor.lesson, engine,
                                                       corpus)}
    for i in range(words.topLevelItemCount()):
        item = words.topLevelItem(i)
        assert item.text(PINYIN_COLUMN) == printed[item.text(0)] != "", item.text(0)
        assert item.font(PINYIN_COLUMN).italic()  # greyed: not the teacher's own
    assert tree_row(words, "口").text(PINYIN_COLUMN) == "kǒu"
    # Committing what was shown, untouched, makes no pinyin of the teacher's own.
    line = _edit_pinyin(qtbot, words, "口")
    assert line.text() == "" and line.placeholderText() == "kǒu"
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert tree_row(words, "口").font(PINYIN_COLUMN).italic()
    assert all(v.pinyin is None for v in page.library.lesson(editor.lesson.id).vocab
               if v.word == "口")
    # The teacher's own pinyin wins, shown upright, and the lesson prints it.
    line = _edit_pinyin(qtbot, words, "口")
    type_into_editor(qtbot, words, "kou4")
    qtbot.waitUntil(lambda: tree_row(words, "口").text(PINYIN_COLUMN) == "kòu", timeout=5000)
    assert not tree_row(words, "口").font(PINYIN_COLUMN).italic()
    qtbot.waitUntil(lambda: any(v.pinyin == ("kou4",)
                                for v in page.library.lesson(editor.lesson.id).vocab),
                    timeout=10000)
    # Emptied again, the word's reading comes back, greyed.
    line = _edit_pinyin(qtbot, words, "口")
    assert line.text() == "kòu"
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(line, Qt.Key.Key_Backspace)
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tree_row(words, "口").text(PINYIN_COLUMN) == "kǒu", timeout=10000)
    assert tree_row(words, "口").font(PINYIN_COLUMN).italic()


def test_a_long_pinyin_leaves_the_meaning_in_view_on_a_narrow_window(page, qtbot):
    """gōnggòngqìchē in a narrow table (a 1366 × 768 screen at 150 %) is cut with "…": the
    meaning column stays in view instead of being pushed off the table's right edge."""
    editor, words = open_lesson_vocabulary(page, "family")
    panel = editor.vocab_panel
    panel.add_edit.setFocus()  # the box a teacher types a word into
    panel.add_edit.setText("公共汽车")
    QTest.keyClick(panel.add_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tree_row(words, "公共汽车").text(PINYIN_COLUMN) == "gōnggòngqìchē",
                    timeout=30000)
    page.resize(760, 600)
    qtbot.waitUntil(lambda: words.viewport().width() < 420, timeout=3000)
    qtbot.wait(100)
    meaning = words.header().sectionViewportPosition(3)
    assert meaning < words.viewport().width() - 60, (meaning, words.viewport().width())
    assert tree_row(words, "公共汽车").toolTip(PINYIN_COLUMN) == "gōnggòngqìchē"
