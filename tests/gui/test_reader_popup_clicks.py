"""The Reader studio's word pop-up at a laptop's screen size: wholly on screen wherever
the clicked word is, and Enter does its default action."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from chinese_teach.core.documents.display import Kind
from chinese_teach.gui.widgets.reader_word_popup import place_on_screen
from chinese_teach.render.layout import TokenRef
from chinese_teach.render.pages import RubyItem
from tests.gui.driving import go_to_page, paste_into

TEXT = "头发很长，他犹豫了一下。\n" * 30


def test_place_on_screen_keeps_a_popup_inside_a_1366x768_screen():
    screen = QRect(0, 0, 1366, 728)  # 768 minus a 40-pixel task bar
    size = QSize(360, 420)
    assert place_on_screen(QPoint(100, 100), size, screen) == QPoint(108, 112)
    low = place_on_screen(QPoint(1300, 700), size, screen)  # bottom right: above, left
    assert QRect(low, size).bottom() < 700 and screen.contains(QRect(low, size))
    assert low.x() == 1366 - 360
    tall = place_on_screen(QPoint(500, 300), QSize(360, 700), screen)  # fits nowhere whole
    assert screen.contains(QRect(tall, QSize(360, 700)))


def _open_popup_on(page, qtbot, word: str, last: bool = True):
    """Click the last (or first) occurrence of ``word`` in the preview."""
    refs = [(p, i) for p, para in enumerate(page.doc.paragraphs)
            for i, t in enumerate(para) if t.text == word and t.kind is Kind.HANZI]
    ref = TokenRef(*refs[-1 if last else 0])
    canvas = page.preview.canvas
    page.preview.scroll_to_token(ref)
    pos = canvas.token_center(ref)
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    qtbot.waitUntil(page.popup.isVisible)
    return page.popup


def _ready(window, qtbot):
    page = go_to_page(window, "readers")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    paste_into(page.editor, TEXT)
    qtbot.waitUntil(page.is_ready, timeout=30000)
    return page


def test_popup_stays_on_screen_with_its_button_reachable(window, qtbot):
    window.resize(1366, 768)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window.move(screen.right() - 700, screen.bottom() - 500)  # the preview near the corner
    page = _ready(window, qtbot)
    popup = _open_popup_on(page, qtbot, "长")
    frame = QRect(popup.mapToGlobal(QPoint(0, 0)), popup.size())
    assert screen.contains(frame), (frame, screen)
    use = QRect(popup.use.mapToGlobal(QPoint(0, 0)), popup.use.size())
    assert screen.contains(use)


def test_enter_uses_the_reading_and_saves_the_meaning(window, qtbot):
    page = _ready(window, qtbot)
    try:
        popup = _open_popup_on(page, qtbot, "长", last=False)
        QTest.mouseClick(popup.custom, Qt.MouseButton.LeftButton)
        QTest.keyClicks(popup.custom, "zhang3")
        QTest.keyClick(popup.custom, Qt.Key.Key_Return)
        assert not popup.isVisible()
        assert [(c.word, c.pinyin) for c in page.library.corrections()] == [
            ("长", ("zhang3",))]
        qtbot.waitUntil(page.is_ready, timeout=20000)

        popup = _open_popup_on(page, qtbot, "犹豫", last=False)
        QTest.mouseClick(popup.meaning, Qt.MouseButton.LeftButton)
        popup.meaning.selectAll()
        QTest.keyClicks(popup.meaning, "to hesitate")
        QTest.keyClick(popup.meaning, Qt.Key.Key_Return)
        assert not popup.isVisible()
        assert page.options_panel.options().definitions == {"犹豫": "to hesitate"}
        assert len(page.library.corrections()) == 1  # Enter in the meaning box stored no reading
    finally:
        window.ctx.engine.set_corrections([])


def test_a_dotted_word_says_why_in_its_popup(window, qtbot):
    """A reading the engine is unsure of (dotted in the preview) is explained in the
    word's pop-up; a sure one is not."""
    page = go_to_page(window, "readers")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    paste_into(page.editor, "葛洲坝很有名。头发很长。")
    qtbot.waitUntil(page.is_ready, timeout=30000)
    popup = _open_popup_on(page, qtbot, "葛洲坝")
    assert popup.doubt.isVisible() and "not sure" in popup.doubt.text()
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    popup = _open_popup_on(page, qtbot, "头发")
    assert not popup.doubt.isVisible()
    QTest.keyClick(popup, Qt.Key.Key_Escape)


def test_the_preview_shows_the_teachers_marks(window, qtbot):
    """The preview is built with the marks a teacher sees (the model asked at every
    polyphone, with how often new classroom text misread the character): 自由裁量权's
    量, which the engine's own marks leave out, is dotted on the page and explained in
    its pop-up when clicked."""
    page = go_to_page(window, "readers")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    text = "土地法给了地方很大的自由裁量权。"
    plain = next(t for t in window.ctx.engine.annotate(text) if t.text == "量")
    assert not any(plain.unsure)
    paste_into(page.editor, text)
    qtbot.waitUntil(page.is_ready, timeout=30000)
    dotted = [b.ref for item in page.paged.pages[0].items if isinstance(item, RubyItem)
              for b in item.line.boxes if b.unsure]
    assert [page.doc.paragraphs[r.paragraph][r.token].text for r in dotted] == ["量"]
    popup = _open_popup_on(page, qtbot, "量")
    assert popup.doubt.isVisible() and "not sure" in popup.doubt.text()
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
