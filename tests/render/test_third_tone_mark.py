"""The third-tone change mark: a dotted line under exactly the flagged pinyin syllables,
painted by the same code for the preview and the PDF, with a legend in the header."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage, QPainter

from chinese_teach.core.documents.display import DisplayToken
from chinese_teach.core.documents.reader import ReaderOptions, build_reader
from chinese_teach.core.text.tokens import Kind
from chinese_teach.render.layout import RubyStyle, layout_paragraphs
from chinese_teach.render.painter import paint
from chinese_teach.render.reader_pdf import export_pdf

SCALE = 4.0


def nihao(marks: tuple[bool, ...]) -> DisplayToken:
    return DisplayToken("你好", Kind.HANZI, ruby=("nǐ", "hǎo"), ruby_tones=(3, 3),
                        tones=(3, 3), syllables=("ni3", "hao3"), third_tone=marks)


def pixels(layout) -> np.ndarray:
    img = QImage(int(layout.width * SCALE), int(layout.height * SCALE) + 4,
                 QImage.Format.Format_Grayscale8)
    img.fill(QColor("white"))
    painter = QPainter(img)
    painter.scale(SCALE, SCALE)
    paint(painter, layout)
    painter.end()
    ptr = img.constBits()
    return np.frombuffer(ptr, np.uint8).reshape(img.height(), img.bytesPerLine()).copy()


@pytest.fixture
def style(qapp) -> RubyStyle:
    return RubyStyle.create(size=20, first_line_indent=0)


def test_mark_is_painted_under_the_flagged_syllable_only(style):
    plain = layout_paragraphs([[nihao(())]], style, 200)
    marked = layout_paragraphs([[nihao((True, False))]], style, 200)
    a, b = pixels(plain), pixels(marked)
    diff = np.argwhere(a != b)
    assert len(diff) > 10, "the mark is painted"
    ys, xs = diff[:, 0] / SCALE, diff[:, 1] / SCALE
    line = marked.lines[0]
    box = line.boxes[0]
    ni, hao = box.cells
    # Inside the first character's pinyin column, never over 好's.
    assert xs.min() >= box.x + ni.x + ni.ruby_x - 0.5
    assert xs.max() <= box.x + ni.x + ni.width + 0.5
    assert xs.max() < box.x + hao.x + hao.ruby_x
    # Below the pinyin's baseline, above the characters' ink.
    assert ys.min() > line.ruby_height * 0.92 - 0.5
    ink_rows = np.argwhere((a < 128).any(axis=1))[:, 0] / SCALE
    hanzi_top = ink_rows[ink_rows > line.ruby_height * 0.92 + 1].min()
    assert ys.max() < hanzi_top
    # Marked and unmarked lay out the same (the mark takes no room).
    assert [b.width for b in plain.lines[0].boxes] == [b.width for b in line.boxes]


def test_per_word_pinyin_marks_one_part(style):
    tok = replace(nihao((True, False)), per_char=False)
    plain = layout_paragraphs([[replace(tok, third_tone=())]], style, 200)
    marked = layout_paragraphs([[tok]], style, 200)
    assert marked.lines[0].boxes[0].cells[0].ruby_marks == (True, False)
    diff = np.argwhere(pixels(plain) != pixels(marked))
    assert len(diff) > 10
    cell = marked.lines[0].boxes[0].cells[0]
    ni_right = cell.ruby_x + style.ruby.width("nǐ")
    assert diff[:, 1].max() / SCALE <= ni_right + 0.5


def test_reader_pdf_has_the_mark_and_a_legend(qapp, engine, dictionary, tmp_path):
    from chinese_teach.render.pages import paginate, paint_page

    text = "你好！我很好。\n我也想买五本小说。"
    on = build_reader(text, ReaderOptions(show_third_tone_sandhi=True), engine, dictionary,
                      title="问好")
    off = build_reader(text, ReaderOptions(), engine, dictionary, title="问好")
    out = tmp_path / "on.pdf"
    export_pdf(on, out)
    flat = re.sub(r"\s+", "", PdfReader(str(out)).pages[0].extract_text())
    assert "thirdtonesaidassecondtone" in flat
    # The pinyin is still written with third tones.
    assert "nǐ" in flat and flat.count("ní") == 1  # only the legend's "ní hǎo"
    out_off = tmp_path / "off.pdf"
    export_pdf(off, out_off)
    assert "thirdtone" not in re.sub(r"\s+", "", PdfReader(str(out_off)).pages[0]
                                     .extract_text())

    def page_pixels(doc) -> np.ndarray:
        paged = paginate(doc)
        img = QImage(600, 850, QImage.Format.Format_Grayscale8)
        img.fill(QColor("white"))
        painter = QPainter(img)
        paint_page(painter, paged, 0)
        painter.end()
        return np.frombuffer(img.constBits(), np.uint8).reshape(850, img.bytesPerLine()).copy()

    assert (page_pixels(on) != page_pixels(off)).sum() > 50
