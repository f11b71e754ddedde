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
    qtbot.waitUntil(lambda: start.buttons["try_hanzi"].isVisible(), timeout=10000)
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
