"""The Decks page on a 1366 × 768 laptop at 150 % (911 × 512 logical pixels) and a
1920 × 1080 screen at 150 % (1280 × 720): no sideways scrolling (it scrolled 31 px at
911 × 512, the empty state's row of three first steps holding the preview's column open
even while the cards showed), every button whole inside the window, and the first steps,
wrapped under one another when narrow, still doing what they did when clicked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from tests.gui.driving import choose_files, click, go_to_page
from tests.gui.test_fit import fit_problems

SIZES = ((911, 512), (1280, 720))


def _inside(window, widget) -> bool:
    where = QRect(widget.mapTo(window.centralWidget(), QPoint(0, 0)), widget.size())
    return window.centralWidget().rect().contains(where)


@pytest.fixture(params=SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def decks(request, window, qtbot):
    """The Decks page with its sample words, in a window of the parameter's size."""
    width, height = request.param
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width, timeout=2000)
    page = go_to_page(window, "decks")
    page.load_sample()
    qtbot.waitUntil(lambda: page.is_ready() and not window.tasks.active, timeout=30000)
    qtbot.wait(50)
    return window, page


def test_the_cards_fit_without_sideways_scrolling(decks):
    window, page = decks
    assert page.start.stack.currentWidget() is not page.start  # the cards show
    assert fit_problems(window, page) == []
    bar = window.page_scroll.horizontalScrollBar()
    assert not (bar.isVisible() and bar.maximum() > 0)
    for button in page.findChildren(QPushButton):
        if button.isVisibleTo(window) and button.text():
            window.page_scroll.ensureWidgetVisible(button)
            assert _inside(window, button), button.text()


def test_the_first_steps_wrap_and_still_work(decks, qtbot, monkeypatch, tmp_path):
    window, page = decks
    page.source_kind.setCurrentIndex(page.source_kind.findData("words"))
    page.words_edit.clear()
    start = page.start
    assert start.stack.currentWidget() is start
    qtbot.wait(50)
    assert fit_problems(window, page) == []
    buttons = list(start.buttons.values())
    for button in buttons:
        assert _inside(window, button), button.text()
        assert button.width() >= button.sizeHint().width() - 2, button.text()
    rows = {button.y() for button in buttons}
    if window.width() < 1000:
        assert len(rows) > 1  # wrapped: the three did not fit beside one another
    middle = start.width() / 2  # each row centred under the sentence
    for y in rows:
        row = [b for b in buttons if b.y() == y]
        centre = (min(b.x() for b in row) + max(b.x() + b.width() for b in row)) / 2
        assert abs(centre - middle) <= 2, (y, centre, middle)

    QGuiApplication.clipboard().setText("银行\n学校")
    click(start.buttons["paste_words"])
    assert page.words_edit.toPlainText() == "银行\n学校"
    assert start.stack.currentWidget() is not start
    page.words_edit.clear()
    words = tmp_path / "week3.txt"
    words.write_text("银行\n学校\n", encoding="utf-8")
    asked = choose_files(monkeypatch, words)
    click(start.buttons["choose_word_list"])
    assert asked and page.file_edit.text() == str(words)
    page.source_kind.setCurrentIndex(page.source_kind.findData("words"))
    assert start.stack.currentWidget() is start
    click(start.buttons["lesson_words"])
    assert page.source_kind.currentData() == "lesson"
