"""Decks and Dictionary before anything is typed: a page that says what to do, with the
first step one click away (clicked here as a teacher clicks it)."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.driving import click, go_to_page


def _save(widget, name: str) -> None:
    """Keep a picture of the state for a person to look at (CHINESE_TEACH_SHOTS=dir)."""
    folder = os.environ.get("CHINESE_TEACH_SHOTS")
    if folder:
        widget.window().grab().save(os.path.join(folder, f"{name}.png"))


def test_dictionary_says_what_to_type_and_offers_three_searches(window, qtbot):
    page = go_to_page(window, "dictionary")
    start = page.start
    qtbot.waitUntil(start.buttons["try_hanzi"].isVisible, timeout=10000)
    assert start.stack.currentWidget() is start  # not an empty table and a blank pane
    assert "pinyin" in start.text.text() and start.heading.text() == "Look up a word"
    assert start.buttons["try_hanzi"].property("role") == "primary"
    assert not start.buttons["build_dictionary"].isVisible()  # the dictionary is built
    _save(page, "dictionary-empty")
    click(start.buttons["try_pinyin"])
    assert page.search.text() == "yinhang"
    qtbot.waitUntil(lambda: page.results.topLevelItemCount() > 0, timeout=10000)
    assert start.stack.currentWidget() is page.splitter
    assert page.results.topLevelItem(0).text(0).startswith("银行")
    page.search.clear()  # the clear button: back to what to type
    assert start.stack.currentWidget() is start
    click(start.buttons["try_english"])
    qtbot.waitUntil(lambda: page.results.topLevelItemCount() > 0, timeout=10000)
    page.search.clear()
    click(start.buttons["try_hanzi"])
    assert page.search.text() == "学校"
    QTest.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(page.search, Qt.Key.Key_Delete)
    assert start.stack.currentWidget() is start


def test_dictionary_not_built_offers_the_build(window, qtbot, monkeypatch):
    page = go_to_page(window, "dictionary")
    built: list[bool] = []
    monkeypatch.setattr(type(window.ctx), "corpus_unavailable", property(lambda self: True))
    monkeypatch.setattr(window, "build_corpus", lambda: built.append(True))
    page.start.refresh()
    button = page.start.buttons["build_dictionary"]
    assert button.isVisible() and button.property("role") == "primary"
    assert "not built yet" in page.start.text.text()
    click(button)
    assert built == [True]


def test_decks_say_what_a_deck_is_made_from(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtGui import QGuiApplication

    from tests.gui.driving import choose_files

    page = go_to_page(window, "decks")
    page.source_kind.setCurrentIndex(page.source_kind.findData("words"))
    page.words_edit.clear()
    start = page.start
    assert start.stack.currentWidget() is start  # no blank front and back
    assert start.heading.text() == "Make flashcards" and "word list" in start.text.text()
    assert start.buttons["paste_words"].property("role") == "primary"
    assert not page.export_button.isEnabled()  # nothing to export yet
    _save(page, "decks-empty")

    # Paste words: the clipboard's words, and the cards' preview takes the place
    QGuiApplication.clipboard().setText("银行\n学校")
    click(start.buttons["paste_words"])
    assert page.words_edit.toPlainText() == "银行\n学校"
    assert start.stack.currentWidget() is not start and page.export_button.isEnabled()
    page.words_edit.clear()
    assert start.stack.currentWidget() is start

    # Choose a word list…: the file source, and its file dialog at once
    words = tmp_path / "week3.txt"
    words.write_text("银行\n学校\n", encoding="utf-8")
    asked = choose_files(monkeypatch, words)
    click(start.buttons["choose_word_list"])
    assert asked and page.source_kind.currentData() == "file"
    assert page.file_edit.text() == str(words)
    assert start.stack.currentWidget() is not start

    # Use a lesson's words: the lesson source, its list of lessons
    page.source_kind.setCurrentIndex(page.source_kind.findData("words"))
    assert start.stack.currentWidget() is start
    click(start.buttons["lesson_words"])
    assert page.source_kind.currentData() == "lesson"
    assert start.stack.currentWidget() is not start
