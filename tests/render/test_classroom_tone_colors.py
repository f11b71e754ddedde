"""On the projector a word's pinyin takes its tones' colours syllable by syllable, as its
characters do: 饺子 (jiǎo, zi) shows the third tone's colour and the neutral tone's in
both rows, in the text and in the revealed word's card (it used to print a word of two
tones in plain ink over coloured characters)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from chinese_teach.core.documents.classroom import ClassText, ClassWord, class_text
from chinese_teach.render.classroom import (
    ClassStyle,
    card_rect,
    layout_class,
    paint_card,
    paint_class,
)

W, H = 800, 450


def _colours(image: QImage, rect: QRectF, wanted: list[str]) -> set[str]:
    """Which of ``wanted`` colours are painted in ``rect`` (antialiasing aside)."""
    targets = {c: QColor(c) for c in wanted}
    found: set[str] = set()
    for y in range(max(0, int(rect.top())), min(image.height(), int(rect.bottom()))):
        for x in range(max(0, int(rect.left())), min(image.width(), int(rect.right()))):
            p = image.pixelColor(x, y)
            for name, c in targets.items():
                if abs(p.red() - c.red()) + abs(p.green() - c.green()) + abs(
                        p.blue() - c.blue()) < 30:
                    found.add(name)
    return found


@pytest.mark.parametrize("dark", [False, True])
def test_pinyin_syllables_take_the_colours_of_their_characters(qapp, dark) -> None:
    word = ClassWord("饺子", "jiǎozi", (3, 5), "dumpling", parts=("jiǎo", "zi"))
    style = ClassStyle(120.0, dark=dark)
    three, neutral = style.tone_color(3), style.tone_color(5)
    text = ClassText("T", ((word,),))
    boxes = layout_class(text, style, W, H, 0)
    image = QImage(W, H, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_class(painter, boxes, style, W, H, current=-1)
    painter.end()
    box = boxes[0].rect
    pinyin_band = QRectF(box.left(), box.top(), box.width(), box.height() * 0.3)
    hanzi_band = QRectF(box.left(), box.top() + box.height() * 0.35, box.width(),
                        box.height() * 0.65)
    assert _colours(image, hanzi_band, [three, neutral]) == {three, neutral}
    assert _colours(image, pinyin_band, [three, neutral, style.ink]) == {three, neutral}
    card = QImage(W, H, QImage.Format.Format_RGB32)
    painter = QPainter(card)
    paint_card(painter, word, style, W, H)
    painter.end()
    rect = card_rect(W, H)
    pinyin_row = QRectF(rect.left(), rect.top() + rect.height() * 0.45, rect.width(),
                        rect.height() * 0.25)
    assert _colours(card, pinyin_row, [three, neutral]) == {three, neutral}


def test_tone_colours_off_paint_the_pinyin_in_ink(qapp) -> None:
    word = ClassWord("饺子", "jiǎozi", (3, 5), "dumpling", parts=("jiǎo", "zi"))
    style = ClassStyle(120.0, tone_colors=False)
    boxes = layout_class(ClassText("T", ((word,),)), style, W, H, 0)
    image = QImage(W, H, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_class(painter, boxes, style, W, H, current=-1)
    painter.end()
    assert not _colours(image, boxes[0].rect, [ClassStyle(120.0).tone_color(3)])


def test_each_syllable_is_a_part_with_the_tone_of_its_character(engine, corpus) -> None:
    shown = class_text("T", "我住在北京，不是学生。", engine, corpus)
    words = {w.text: w for w in shown.sentences[0]}
    assert words["北京"].coloured_parts() == [("Běi", 3), ("jīng", 1)]
    bushi = words.get("不是") or words["不"]
    # the tone change the pinyin prints (bú before a fourth tone) is the colour of 不 too
    assert bushi.coloured_parts()[0] == ("bú", 2) and bushi.tones[0] == 2
    for w in shown.sentences[0]:
        if w.is_word:
            assert "".join(p for p, _ in w.coloured_parts()) == w.pinyin
            assert [t for _, t in w.coloured_parts()] == list(w.tones)
