"""Worksheet PDFs: pages, answer key on its own page, strokes drawn upright and in order."""

from __future__ import annotations

import re
import time

import pytest
from pypdf import PdfReader

from chinese_teach.core.documents.worksheet import (
    Grid,
    Section,
    Worksheet,
    WorksheetKind,
    WritingChar,
    build_worksheet,
)
from chinese_teach.core.strokes import stroke_data
from chinese_teach.render.sheets import StrokesItem, sheet_image
from chinese_teach.render.worksheet_pdf import export_worksheet_pdf, layout_worksheet


@pytest.mark.parametrize("kind", [k.value for k in WorksheetKind])
def test_every_kind_writes_a_pdf_with_key_on_own_page(story, engine, corpus, tmp_path,
                                                      kind) -> None:
    lib, _, ids = story
    ws = build_worksheet(lib, ids[2], kind, engine, corpus, seed=3)
    out = tmp_path / f"{kind}.pdf"
    pages = export_worksheet_pdf(ws, out)
    reader = PdfReader(out)
    assert len(reader.pages) == pages >= 2
    first = flat(reader.pages[0].extract_text())
    last = flat(reader.pages[-1].extract_text())
    assert flat(ws.title) in first and "Answerkey" not in first
    assert "Answerkey" in last
    assert "seed3" in last
    if kind in ("cloze", "order", "tones", "matching"):
        # The key holds the answers as text.
        answer = ws.sections[0].answers()[0].split(" ", 1)[1][:4]
        assert flat(answer) in last
    with pytest.raises(Exception, match="exists"):
        export_worksheet_pdf(ws, out)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_strokes_are_upright_in_order(qapp) -> None:
    """下: stroke 1 is the top horizontal, drawn first, y down (not upside down)."""
    from chinese_teach.render.fonts import register_bundled_fonts

    register_bundled_fonts()
    ws = Worksheet(WorksheetKind.WRITING, "t", "s", 1, Grid.TIAN,
                   [Section("h", "i", writing=[WritingChar("下", "xià", "下", "xià", "down",
                                                           3)])])
    doc = layout_worksheet(ws)
    steps = [it for it in doc.pages[0].items if isinstance(it, StrokesItem) and it.highlight
             is not None]
    assert [s.upto for s in steps] == [1, 2, 3]
    data = stroke_data("下")
    # First stroke of 下 is the top horizontal: its median is near the top of the box.
    first = data.median_points(0, 100)
    assert all(y < 40 for _, y in first)
    assert abs(first[0][1] - first[-1][1]) < 10 and first[-1][0] > first[0][0]
    # Rendered: the red (current) stroke of the first step box is in its upper half.
    img = sheet_image(doc, 0, dpi=288)
    s = steps[0]
    k = 288 / 72
    ink_rows = [y for y in range(int(s.y * k), int((s.y + s.size) * k))
                for x in range(int(s.x * k) + 3, int((s.x + s.size) * k) - 3, 2)
                if img.pixelColor(x, y).red() - img.pixelColor(x, y).green() > 60]
    assert ink_rows and max(ink_rows) < (s.y + s.size * 0.5) * k


def test_forty_character_writing_set_fills_six_pages(story, engine, corpus, tmp_path) -> None:
    lib, _, ids = story
    ws = build_worksheet(lib, ids[2], "writing", engine, corpus)
    chars = []
    for ch in "我们你他她是的不了在有人这中大为上个国和地到以说时要就出会可也你对生能而子那得":
        data = stroke_data(ch)
        if data:
            chars.append(WritingChar(ch, "", ch, "", "", data.count))
    ws.sections[0].writing = chars[:40]
    start = time.perf_counter()
    pages = export_worksheet_pdf(ws, tmp_path / "big.pdf")
    elapsed = time.perf_counter() - start
    assert pages >= 6
    print(f"{pages} pages in {elapsed:.1f} s")  # timed by make bench, not asserted


def test_character_without_stroke_data_prints_a_glyph_model(qapp) -> None:
    from chinese_teach.render.fonts import register_bundled_fonts
    from chinese_teach.render.sheets import GlyphItem, TextItem

    register_bundled_fonts()
    assert stroke_data("㐀") is None
    ws = Worksheet(WorksheetKind.WRITING, "t", "s", 1, Grid.MI,
                   [Section("h", "i", writing=[WritingChar("㐀", "qiū", "㐀", "qiū", "", 0)])])
    doc = layout_worksheet(ws)
    items = doc.pages[0].items
    glyphs = [it for it in items if isinstance(it, GlyphItem)]
    assert len(glyphs) == ws.traced and all(g.text == "㐀" for g in glyphs)
    assert any(isinstance(it, TextItem) and "no stroke-order data" in it.text for it in items)
    assert not any(isinstance(it, StrokesItem) for it in items)


WORDS_20 = ["爸爸", "妈妈", "老师", "学生", "朋友", "医生", "今天", "明天", "昨天", "米饭",
            "苹果", "喝茶", "电脑", "电视", "飞机", "医院", "商店", "饭店", "学校", "银行"]


def test_matching_groups_stay_on_one_page_and_are_labelled(story, engine, corpus) -> None:
    """20 words: the tones rows fill most of page 1, then three matching groups (letters
    A-H each); no group is split across pages, and each says which words it holds."""
    from chinese_teach.core.library import Lesson
    from chinese_teach.render.pages import TextItem

    lib, course, _ = story
    lesson = lib.save_lesson(Lesson(course_id=course.id, title="Twenty words"))
    lib.set_lesson_vocab(lesson.id, WORDS_20)
    ws = build_worksheet(lib, lesson.id, "tones", engine, corpus, seed=2)
    groups = ws.sections[1].matches
    assert [len(m.left) for m in groups] == [8, 8, 4]
    doc = layout_worksheet(ws)
    seen: dict[int, list[int]] = {}  # group -> pages of its rows
    group = None
    for page_no, page in enumerate(doc.pages[:doc.key_start]):
        texts = sorted((it for it in page.items if isinstance(it, TextItem)),
                       key=lambda it: it.y)
        for it in texts:
            label = re.match(r"Group (\d+): words (\d+)-(\d+)$", it.text)
            if label:
                group = int(label.group(1)) - 1
                assert int(label.group(3)) - int(label.group(2)) + 1 == len(groups[group].left)
                seen[group] = []
            elif it.text == "____":
                seen[group].append(page_no)
    assert sorted(seen) == [0, 1, 2]
    for g, pages in seen.items():
        assert len(pages) == len(groups[g].left) and len(set(pages)) == 1, (g, pages)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_dictation_pdf_sheet_script_key_on_paper(story, engine, corpus, tmp_path,
                                                 paper) -> None:
    from chinese_teach.ops.lesson import export_worksheet

    lib, _, ids = story
    out = tmp_path / f"dictation-{paper}.pdf"
    done = export_worksheet(lib, ids[2], out, engine, corpus, kind="dictation", seed=4,
                            hint="pinyin", paper=paper).value
    reader = PdfReader(out)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == ((595, 842) if paper == "A4" else (612, 792))
    texts = [flat(p.extract_text()) for p in reader.pages]
    items = done.document.sections[0].dictation
    sheet = "".join(texts[:-2]).replace(flat(done.document.subtitle), "")
    # the sheet prints each item's pinyin hint but never the characters to write
    assert all(flat(i.pinyin) in sheet and i.hanzi not in sheet for i in items)
    assert "Teacher'sscript" in texts[-2] and "Answerkey" in texts[-1]
    for i in items:
        assert flat(i.hanzi) in texts[-2] and flat(i.hanzi) in texts[-1]


def test_dictation_boxes_one_per_character(story, engine, corpus) -> None:
    from chinese_teach.render.sheets import BoxItem

    lib, _, ids = story
    ws = build_worksheet(lib, ids[2], "dictation", engine, corpus, hint="none")
    doc = layout_worksheet(ws)
    boxes = [it for p in doc.pages[:doc.key_start] for it in p.items if isinstance(it, BoxItem)]
    assert len(boxes) == sum(i.boxes for i in ws.sections[0].dictation)
    assert all(b.grid == "tian" for b in boxes)
