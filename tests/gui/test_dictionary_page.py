"""The Dictionary page: search as you type, detail pane, copy buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from chinese_teach.core.text.syllables import ToneStyle


def _page(window, qtbot):
    page = window.show_page("dictionary")
    qtbot.waitUntil(lambda: window.ctx.dictionary is not None, timeout=30000)
    return page


def _first_word(page):
    item = page.results.topLevelItem(0)
    return item.text(0).split("｜")[0] if item else None


def test_typing_pinyin_lists_yinhang_first(window, qtbot):
    page = _page(window, qtbot)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "yinhang")
    qtbot.waitUntil(lambda: page.is_ready() and page.results.topLevelItemCount() > 0,
                    timeout=20000)
    assert _first_word(page) == "银行"
    assert page.results.topLevelItem(0).text(1) == "yínháng"
    assert "HSK2021" in page.results.topLevelItem(0).text(3)


def test_english_and_traditional_search(window, qtbot):
    page = _page(window, qtbot)
    page.show_word("銀行")
    qtbot.waitUntil(page.is_ready, timeout=20000)
    assert _first_word(page) == "银行"
    page.search.setText("bank")
    qtbot.waitUntil(lambda: page.is_ready() and page._searched_for == "bank", timeout=20000)
    words = [page.results.topLevelItem(i).text(0) for i in range(10)]
    assert any(w.startswith("银行") for w in words)


def test_detail_pane_shows_readings_levels_and_char_info(window, qtbot):
    page = _page(window, qtbot)
    page.show_word("学")
    qtbot.waitUntil(lambda: page.is_ready() and page.current is not None, timeout=20000)
    text = page.detail.toPlainText()
    assert "to learn" in text
    assert "HSK 3.0 (2021 standard)" in text and "HSK 2.0" in text
    assert "Frequency rank" in text
    assert "学生" in text  # words containing the character


def test_copy_buttons(window, qtbot):
    page = _page(window, qtbot)
    page.show_word("银行")
    qtbot.waitUntil(lambda: page.is_ready() and page.selected_entry is not None, timeout=20000)
    qtbot.mouseClick(page.copy_hanzi, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "银行"
    qtbot.mouseClick(page.copy_pinyin, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "yínháng"
    qtbot.mouseClick(page.copy_line, Qt.MouseButton.LeftButton)
    line = QGuiApplication.clipboard().text()
    assert line.startswith("银行 (銀行) yínháng") and "bank" in line
    # Edit > Copy with the result list focused copies the same line.
    QGuiApplication.clipboard().clear()
    page.results.setFocus()
    window.actions_by_key["copy"].trigger()
    if QGuiApplication.focusObject() is page.results:
        assert QGuiApplication.clipboard().text() == line
    assert page.copy_selection() and QGuiApplication.clipboard().text() == line


def test_pinyin_style_preference_changes_results(window, qtbot):
    page = _page(window, qtbot)
    page.show_word("银行")
    qtbot.waitUntil(page.is_ready, timeout=20000)
    window.ctx.set_preferences(window.ctx.prefs.with_changes(pinyin_style=ToneStyle.NUMBERS))
    assert page.results.topLevelItem(0).text(1) == "yin2 hang2"
    window.ctx.set_preferences(window.ctx.prefs.with_changes(pinyin_style=ToneStyle.ZHUYIN))
    assert page.results.topLevelItem(0).text(1) == "ㄧㄣˊ ㄏㄤˊ"


def test_ctrl_f_focuses_search(window, qtbot):
    page = _page(window, qtbot)
    window.activateWindow()
    window.actions_by_key["find"].trigger()
    assert window.actions_by_key["find"].shortcut().toString() == "Ctrl+F"
    assert page.search.hasFocus() or QGuiApplication.focusObject() is page.search


def test_down_arrow_moves_from_search_to_results(window, qtbot):
    page = _page(window, qtbot)
    window.activateWindow()
    page.search.setFocus()
    qtbot.keyClicks(page.search, "yinhang")
    qtbot.waitUntil(lambda: page.is_ready() and page.results.topLevelItemCount() > 1,
                    timeout=20000)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.results.currentItem() is page.results.topLevelItem(1)
    qtbot.waitUntil(lambda: page.is_ready() and page.current is not None
                    and page.current.word == page.results.topLevelItem(1).text(0).split("｜")[0],
                    timeout=20000)


def test_chinese_is_drawn_with_a_chinese_font(gui_home):
    from PySide6.QtGui import QFontMetricsF

    from chinese_teach.render.fonts import chinese_font

    metrics = QFontMetricsF(chinese_font())
    for ch in "银行学习一不们觉":
        assert metrics.inFontUcs4(ord(ch)), ch
    assert "JP" not in chinese_font().family()
