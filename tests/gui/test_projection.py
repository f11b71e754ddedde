"""Show in class: the Reader studio's text on the projector, driven by keys and clicks as
a teacher (or a presenter clicker) drives it, at classroom screen sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget

from chinese_teach.core.documents.classroom import PinyinShown, class_text
from chinese_teach.gui.classroom.projection import ProjectionWindow
from chinese_teach.render.classroom import card_rect
from tests.gui.driving import click, click_tab, go_to_page, paste_into

TEXT = "我叫王明。我是学生。我喜欢喝茶，也喜欢吃饺子。你呢？"


def _studio(window, qtbot):
    page = go_to_page(window, "readers")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    paste_into(page.editor, TEXT)
    return page


def _shown(page, qtbot) -> ProjectionWindow:
    proj = page.projection
    qtbot.addWidget(proj)
    qtbot.waitUntil(proj.isVisible)
    proj.resize(1366, 768)
    qtbot.waitUntil(lambda: proj.width() == 1366)
    return proj


def _grab(proj) -> QImage:
    return proj.grab().toImage()


def test_keys_step_toggle_and_leave(window, qtbot) -> None:
    page = _studio(window, qtbot)
    click(page.class_button)
    proj = _shown(page, qtbot)
    assert len(proj.text.sentences) == 4 and proj.current == 0
    for key, expected in ((Qt.Key.Key_Right, 1), (Qt.Key.Key_Space, 2),
                          (Qt.Key.Key_PageDown, 3), (Qt.Key.Key_PageDown, 3),
                          (Qt.Key.Key_PageUp, 2), (Qt.Key.Key_Left, 1), (Qt.Key.Key_Up, 0)):
        QTest.keyClick(proj, key)
        assert proj.current == expected, key
    with_pinyin = _grab(proj)
    QTest.keyClick(proj, Qt.Key.Key_P)  # no new words known here: all, then none
    assert proj.style_.pinyin is PinyinShown.NONE
    assert _grab(proj) != with_pinyin
    QTest.keyClick(proj, Qt.Key.Key_P)
    assert proj.style_.pinyin is PinyinShown.ALL
    QTest.keyClick(proj, Qt.Key.Key_T)
    assert not proj.style_.tone_colors
    QTest.keyClick(proj, Qt.Key.Key_D)
    assert proj.style_.dark and _grab(proj).pixelColor(2, 2).lightness() < 100
    size = proj.style_.char_px
    QTest.keyClick(proj, Qt.Key.Key_Plus)
    assert proj.style_.char_px > size
    QTest.keyClick(proj, Qt.Key.Key_Minus)
    QTest.keyClick(proj, Qt.Key.Key_Minus)
    assert proj.style_.char_px < size
    QTest.keyClick(proj, Qt.Key.Key_Escape)
    assert not proj.isVisible()


def test_click_a_word_reveals_its_pinyin_and_meaning(window, qtbot) -> None:
    page = _studio(window, qtbot)
    click(page.class_button)
    proj = _shown(page, qtbot)
    box = next(b for b in proj.boxes if b.word.text == "学生")
    before = _grab(proj)
    QTest.mouseClick(proj, Qt.MouseButton.LeftButton, pos=box.rect.center().toPoint())
    assert proj.revealed is not None and proj.revealed.word.text == "学生"
    assert proj.revealed.word.pinyin == "xuésheng" or proj.revealed.word.pinyin == "xuéshēng"
    assert "student" in proj.revealed.word.meaning
    assert _grab(proj) != before
    QTest.mouseClick(proj, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # closes the card
    assert proj.revealed is None
    punct = next(b for b in proj.boxes if b.word.text == "。")
    QTest.mouseClick(proj, Qt.MouseButton.LeftButton, pos=punct.rect.center().toPoint())
    assert proj.revealed is None  # punctuation has nothing to reveal
    QTest.mouseClick(proj, Qt.MouseButton.LeftButton, pos=box.rect.center().toPoint())
    QTest.keyClick(proj, Qt.Key.Key_Escape)  # Esc closes the card first, not the window
    assert proj.revealed is None and proj.isVisible()


def test_the_reader_s_glossary_words_are_the_new_words_in_class(window, qtbot) -> None:
    """P cycles all → new words → none when the reader has a glossary: its words (犹豫, above
    the reader's level) get pinyin, the rest of the text none."""
    page = go_to_page(window, "readers")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    paste_into(page.editor, "他犹豫了很久。我们去学校。")
    qtbot.waitUntil(lambda: page.doc is not None and any(
        g.word == "犹豫" for g in page.doc.glossary), timeout=20000)
    click(page.class_button)
    proj = _shown(page, qtbot)
    new = {w.text for sentence in proj.text.sentences for w in sentence if w.new}
    assert "犹豫" in new and "学校" not in new
    all_pinyin = _grab(proj)
    QTest.keyClick(proj, Qt.Key.Key_P)
    assert proj.style_.pinyin is PinyinShown.NEW and _grab(proj) != all_pinyin
    QTest.keyClick(proj, Qt.Key.Key_P)
    assert proj.style_.pinyin is PinyinShown.NONE
    QTest.keyClick(proj, Qt.Key.Key_Escape)


@pytest.mark.parametrize(("w", "h"), [(1366, 768), (1920, 1080), (3840, 2160)])
def test_fits_and_scales_on_classroom_screens(engine, corpus, qtbot, w, h) -> None:
    proj = ProjectionWindow(class_text("T", TEXT * 3, engine, corpus))
    qtbot.addWidget(proj)
    proj.resize(w, h)
    proj.show()
    qtbot.waitUntil(lambda: proj.width() == w and proj.height() == h)
    assert abs(proj.style_.char_px - h / 12) < 1  # legible from the back: 1/12 of the height
    for s in range(len(proj.text.sentences)):
        if s:
            QTest.keyClick(proj, Qt.Key.Key_PageDown)  # the presenter clicker's next
        assert proj.current == s
        assert proj.boxes and any(b.sentence == s for b in proj.boxes)
        for b in proj.boxes:  # every word on the screen, none cut at an edge
            assert b.rect.left() >= 0 and b.rect.right() <= w
            assert b.rect.top() >= 0 and b.rect.bottom() <= h
    card = card_rect(w, h)
    assert card.left() >= 0 and card.right() <= w and card.bottom() <= h


#: 一 and 不 before other tones (qa19: the projection wrote them as said whatever the reader
#: wrote): the words and their pinyin with the tone changes, and without
TONE_TEXT = "我们一起去。他不是老师。我买了一个苹果。我不去。我们的书一样。"
SAID = {"一起": "yìqǐ", "不": "bú", "一": "yí", "一样": "yíyàng"}
WRITTEN = {"一起": "yīqǐ", "不": "bù", "一": "yī", "一样": "yīyàng"}


@pytest.mark.parametrize("said", [True, False])
def test_the_projection_writes_yi_and_bu_as_the_reader_does(window, qtbot, said) -> None:
    """The Reader studio's "write 一 and 不 as spoken" box, ticked or not, is what the
    class sees on the projector: the printed reader and the screen never differ."""
    page = go_to_page(window, "readers")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    paste_into(page.editor, TONE_TEXT)
    box = page.options_panel.tone_changes
    scroll = page.options_panel.parentWidget().parentWidget()
    tabs = scroll.parentWidget()
    while not isinstance(tabs, QTabWidget):
        tabs = tabs.parentWidget()
    click_tab(tabs, "Options")
    scroll.ensureWidgetVisible(box)
    qtbot.waitUntil(box.isVisible)
    if box.isChecked() != said:  # a click on the box itself, at the left of its label
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert box.isChecked() is said
    qtbot.waitUntil(lambda: page.doc is not None, timeout=20000)
    click(page.class_button)
    proj = _shown(page, qtbot)
    shown = [(w.text, w.pinyin) for sentence in proj.text.sentences for w in sentence]
    expected = SAID if said else WRITTEN
    for word, pinyin in expected.items():
        assert (word, pinyin) in shown, (word, shown)
    QTest.keyClick(proj, Qt.Key.Key_Escape)
