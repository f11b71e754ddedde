"""The Reader studio's word pop-up spells a name as the pinyin over it does (qa18: the
preview printed Lǐ Huá, a click on the word said lǐhuá)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from chinese_teach.core.documents.display import Kind
from chinese_teach.render.layout import TokenRef
from tests.gui.driving import go_to_page, paste_into

TEXT = "我叫王小明。我们明天去北京，张老师也去。"


@pytest.mark.parametrize(("word", "spelled"), [
    ("北京", "Běijīng"), ("王小明", "Wáng Xiǎomíng"), ("张老师", "Zhāng lǎoshī")])
def test_popup_heading_spells_the_name_with_its_capitals(window, qtbot, word, spelled):
    page = go_to_page(window, "readers")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    paste_into(page.editor, TEXT)
    qtbot.waitUntil(page.is_ready, timeout=30000)
    refs = [(p, i) for p, para in enumerate(page.doc.paragraphs)
            for i, t in enumerate(para) if t.text == word and t.kind is Kind.HANZI]
    assert refs
    ref = TokenRef(*refs[0])
    page.preview.scroll_to_token(ref)
    QTest.mouseClick(page.preview.canvas, Qt.MouseButton.LeftButton,
                     pos=page.preview.canvas.token_center(ref).toPoint())
    qtbot.waitUntil(page.popup.isVisible)
    assert spelled in page.popup.heading.text()
