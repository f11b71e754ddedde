"""PDF and PNG output: page count, extracted text with hanzi and pinyin, embedded fonts,
page size, pagination and escaping."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from chinese_teach.core.documents.reader import (
    GlossaryMode,
    PinyinMode,
    ReaderOptions,
    build_reader,
)
from chinese_teach.core.errors import Cancelled, ExportError
from chinese_teach.core.progress import CancelToken
from chinese_teach.render.layout import NO_LINE_END, NO_LINE_START
from chinese_teach.render.pages import RubyItem, paginate
from chinese_teach.render.reader_pdf import export_pdf
from chinese_teach.render.reader_png import export_png

TEXT = "我们一起去银行吧。\n他犹豫了一下，说：“不是。”"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_pdf_text_has_hanzi_pinyin_and_glossary(qapp, engine, dictionary, tmp_path):
    opts = ReaderOptions(pinyin=PinyinMode.ALL, glossary=GlossaryMode.END, target_level=3)
    doc = build_reader(TEXT, opts, engine, dictionary, title="银行", subtitle="Lesson 1")
    out = tmp_path / "r.pdf"
    assert export_pdf(doc, out) == 1
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    flat = squash(text)
    for word in ("我们一起去银行吧", "犹豫", "Lesson1"):
        assert word in flat, word
    for syl in ("wǒ", "yín", "háng", "yóu"):
        assert syl in text, syl
    assert "HSK3.0(2021standard)" in flat  # the glossary names its standard
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.28) < 1 and abs(float(box.height) - 841.89) < 1


@pytest.mark.skipif(shutil.which("pdffonts") is None,
                    reason="needs pdffonts (apt-get install poppler-utils)")
def test_fonts_are_embedded(qapp, engine, dictionary, tmp_path):
    doc = build_reader(TEXT, ReaderOptions(), engine, dictionary, title="t")
    out = tmp_path / "r.pdf"
    export_pdf(doc, out)
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert listing
    for row in listing:
        assert row.split()[-5] == "yes", row  # the "emb" column


def test_long_reader_paginates_with_page_numbers_letter(qapp, engine, dictionary, tmp_path):
    text = "\n".join(["小马和他的妈妈住在绿草茵茵的小河边。（他说：“你好！”）「除了妈妈」"] * 80)
    opts = ReaderOptions(page_size="Letter", numbering="line")
    doc = build_reader(text, opts, engine, dictionary, title="小马过河")
    paged = paginate(doc)
    assert len(paged.pages) >= 3
    out = tmp_path / "long.pdf"
    assert export_pdf(doc, out) == len(paged.pages)
    reader = PdfReader(str(out))
    assert len(reader.pages) == len(paged.pages)
    assert abs(float(reader.pages[0].mediabox.width) - 612) < 1
    last = reader.pages[-1].extract_text()
    assert f"{len(paged.pages)}/{len(paged.pages)}" in squash(last)
    # every line obeys the line-breaking rules and stays inside the margins
    for page in paged.pages:
        for item in page.items:
            if isinstance(item, RubyItem) and not item.line.first:
                t = item.line.text()
                assert t[0] not in NO_LINE_START and (item.line.last or t[-1] not in NO_LINE_END)
            if isinstance(item, RubyItem):
                assert item.y + item.line.height <= paged.setup.height - paged.setup.margin + 0.5


def test_hostile_text_and_refusals(qapp, engine, dictionary, tmp_path):
    doc = build_reader('<script>alert("x")</script>你好', ReaderOptions(), engine, dictionary,
                       title="<b>")
    out = tmp_path / "h.pdf"
    export_pdf(doc, out)
    assert '<script>alert("x")</script>' in squash(PdfReader(str(out)).pages[0].extract_text())
    with pytest.raises(ExportError):
        export_pdf(doc, out)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_pdf(doc, tmp_path / "c.pdf", cancel=token)
    assert not (tmp_path / "c.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.pdf"]


def test_png_page(qapp, engine, dictionary, tmp_path):
    from PySide6.QtGui import QImage

    doc = build_reader(TEXT, ReaderOptions(), engine, dictionary, title="t")
    out = tmp_path / "p.png"
    export_png(doc, out, dpi=50)
    img = QImage(str(out))
    assert img.width() == round(595.28 * 50 / 72)
    dark = sum(1 for x in range(0, img.width(), 3) for y in range(0, img.height() // 3, 3)
               if img.pixelColor(x, y).lightness() < 128)
    assert dark > 50
    with pytest.raises(ExportError):
        export_png(doc, tmp_path / "x.png", page=5)


def test_page_loop_paints_chosen_pages_on_any_paged_device(qapp, tmp_path):
    """``paint_pages``: the pages asked for, in order, on the paper of the setup, with the
    painter in points from the paper's corner; a device that cannot open is an ExportError."""
    from PySide6.QtGui import QPdfWriter

    from chinese_teach.render.output import paint_pages
    from chinese_teach.render.pages import PageSetup

    setup = PageSetup.named("Letter")
    painted: list[tuple[int, float]] = []

    def paint(painter, index):
        painted.append((index, round(painter.transform().m11() * 72)))
        painter.drawText(72, 72, f"page {index + 1}")

    out = tmp_path / "loop.pdf"
    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    assert paint_pages(writer, setup, [2, 0], paint, failure="no") == 2
    assert painted == [(2, 300), (0, 300)]
    pages = PdfReader(str(out)).pages
    assert [squash(p.extract_text()) for p in pages] == ["page3", "page1"]
    assert [round(float(v)) for v in pages[0].mediabox] == [0, 0, 612, 792]
    with pytest.raises(ExportError, match="cannot open"):
        paint_pages(QPdfWriter(str(tmp_path / "no" / "x.pdf")), setup, 1, paint,
                    failure="cannot open")


def test_the_levels_note_stays_with_the_last_glossary_row(qapp, engine, dictionary):
    """The line under the glossary ("Levels: HSK 3.0 (2021 standard).") is never alone at
    the top of a page: a shopping lesson's reader printed it alone on a second page. The
    line spacing grows a little at a time, so that the table ends at every height."""
    import dataclasses

    from chinese_teach.core.labels import label
    from chinese_teach.render.pages import TextItem

    note = label("levels.note", "en", standard="HSK 3.0 (2021 standard)")
    opts = ReaderOptions(pinyin=PinyinMode.ALL, glossary=GlossaryMode.END, target_level=2)
    text = "商店里人很多。丽丽看到一件红色的衣服，她问服务员：“这件衣服多少钱？”\n" * 6
    doc = build_reader(text, opts, engine, dictionary, title="买东西")
    last = doc.glossary[-1].word
    alone = []
    for step in range(60):
        spacing = round(1.0 + step * 0.02, 2)
        spaced = dataclasses.replace(doc, options=dataclasses.replace(opts,
                                                                      line_spacing=spacing))
        pages = paginate(spaced).pages
        holding = [p for p in pages
                   if any(isinstance(i, TextItem) and i.text == note for i in p.items)]
        assert len(holding) == 1, spacing
        if not any(isinstance(i, TextItem) and i.text == last for i in holding[0].items):
            alone.append(spacing)
    assert alone == []
