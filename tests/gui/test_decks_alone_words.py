"""Words typed alone in the Decks page's word list show their own learner gloss on the
preview card's back, never a sense a curated line gives them in a sentence (块 is not
the "yuan (money)" of 三块 first; 另外 not the "moreover" of a sentence's start)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.driving import type_chinese


def test_typed_words_show_their_own_gloss_on_the_card_back(window, qtbot):
    page = window.show_page("decks")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    page.source_kind.setCurrentIndex(page.source_kind.findData("words"))
    page.words_edit.setFocus()
    type_chinese(page.words_edit, "块")
    qtbot.keyClick(page.words_edit, Qt.Key.Key_Return)
    type_chinese(page.words_edit, "另外")
    assert page.words_edit.toPlainText() == "块\n另外"
    page.deck_name.setText("Alone")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.is_ready, timeout=10000)
    assert page.word_combo.count() == 2
    backs = {}
    for i in range(page.word_combo.count()):
        page.word_combo.setCurrentIndex(i)
        backs[page.word_combo.itemText(i)] = page.back_view.toPlainText()
    kuai = next(b for w, b in backs.items() if "块" in w)
    lingwai = next(b for w, b in backs.items() if "另外" in w)
    assert "piece; lump; yuan (money)" in kuai
    assert "yuan (money); piece" not in kuai
    assert "in addition; besides; other" in lingwai
    assert "moreover" not in lingwai
