"""Lay out a :class:`~chinese_teach.core.documents.worksheet.Worksheet` on pages and write it.

The exercises come first; the answer key always starts on a page of its own.
Characters for writing practice are drawn from their stroke outlines (hanzi-writer
data via :mod:`chinese_teach.core.strokes`), so the stroke-order steps, the grey
models to trace and the numbered answer key all match the same strokes.
"""

from __future__ import annotations

from pathlib import Path

from chinese_teach.core.documents.worksheet import (
    DictationItem,
    Matching,
    Section,
    Worksheet,
    WritingChar,
    letter,
    strokes_text,
)
from chinese_teach.core.labels import label
from chinese_teach.core.progress import CancelToken, ProgressCallback, check
from chinese_teach.core.strokes import stroke_data
from chinese_teach.render.layout import Metrics
from chinese_teach.render.pages import PageSetup, RuleItem, TextItem
from chinese_teach.render.sheets import (
    GREY,
    MODEL,
    BoxItem,
    Flow,
    GlyphItem,
    RectItem,
    SheetDocument,
    StrokesItem,
    add_footers,
    font,
    write_sheet_pdf,
)
from chinese_teach.render.wrapping import wrap_text

STEP_BOX = 22.0  # stroke-order step squares, points
STEP_GAP = 3.0
KEY_BOX = 84.0
DICTATION_BOX = 40.0  # a dictation's writing squares: room for a pupil's handwriting
DICTATION_NUMBER = 28.0  # the column of item numbers before the boxes


def _title(flow: Flow, text: str, f) -> None:
    """A title at the top of a page, wrapped when it is longer than the line."""
    tm = Metrics(f)
    for k, line in enumerate(wrap_text(text, tm, flow.width)):
        top = flow.need(tm.height if k == 0 else tm.height * 1.1)
        flow.page.items.append(TextItem(line, flow.left, top + tm.ascent, f))


def _heading(flow: Flow, ws: Worksheet) -> None:
    title_f, sub_f, small = font(18, bold=True), font(10), font(10)
    _title(flow, ws.title, title_f)
    flow.text(ws.subtitle, sub_f, color=GREY, space_before=2)
    m = Metrics(small)
    top = flow.need(m.height + 4, 8)
    # "Name: ____   Date: ____": each label followed by a line to write on, the name's
    # line twice as long as the date's, whatever the labels' lengths in the language.
    name, date = label("worksheet.name", ws.lang), label("worksheet.date", ws.lang)
    gap, pad = 24.0, 4.0
    room = flow.width * 0.75 - m.width(name) - m.width(date) - 2 * pad - gap
    line = max(room, 60.0)
    x = flow.left
    baseline = top + m.ascent
    for text, length in ((name, line * 2 / 3), (date, line / 3)):
        flow.page.items.append(TextItem(text, x, baseline, small))
        x += m.width(text) + pad
        flow.page.items.append(RuleItem(x, baseline + 1.5, x + length, baseline + 1.5,
                                        "#000000", 0.6))
        x += length + gap
    flow.y += 6


#: about the height of a section's heading and its instructions
SECTION_HEADING_HEIGHT = 50.0


def _section_heading(flow: Flow, section: Section) -> None:
    hf = font(13, bold=True)
    hm = Metrics(hf)
    top = flow.need(hm.height + 30, 10)
    flow.y = top + hm.height
    flow.page.items.append(TextItem(section.heading, flow.left, top + hm.ascent, hf))
    flow.text(section.instructions, font(10), color=GREY, space_before=2)
    flow.y += 4


def _writing_block(flow: Flow, i: int, w: WritingChar, ws: Worksheet) -> None:
    info_f = font(11)
    im = Metrics(info_f)
    data = stroke_data(w.char)
    per_line = max(1, int((flow.width + STEP_GAP) // (STEP_BOX + STEP_GAP)))
    steps = data.count if data else 0
    step_lines = (steps + per_line - 1) // per_line if steps else 1
    box = flow.width / ws.boxes_per_row
    height = im.height + 4 + step_lines * (STEP_BOX + STEP_GAP) + 4 + box
    top = flow.need(height, 10)
    items = flow.page.items
    strokes = (strokes_text(w.strokes, ws.lang) if w.strokes
               else label("worksheet.no_stroke_order", ws.lang))
    info = f"{i + 1}.  {w.char}  {w.pinyin}     {w.word} {w.word_pinyin}"
    if w.meaning:
        info += f"  {w.meaning}"
    info = wrap_text(info, im, flow.width - im.width(strokes) - 12)[0]
    items.append(TextItem(info, flow.left, top + im.ascent, info_f))
    items.append(TextItem(strokes, flow.left + flow.width - im.width(strokes), top + im.ascent,
                          info_f, GREY))
    y = top + im.height + 4
    if data:
        for k in range(steps):
            row, col = divmod(k, per_line)
            x = flow.left + col * (STEP_BOX + STEP_GAP)
            sy = y + row * (STEP_BOX + STEP_GAP)
            items.append(BoxItem(x, sy, STEP_BOX, ws.grid.value, "#999999", "#dddddd"))
            items.append(StrokesItem(data, x, sy, STEP_BOX, k + 1, highlight=k))
    else:
        items.append(TextItem(label("worksheet.no_stroke_data", ws.lang), flow.left,
                              y + im.ascent, font(9), GREY))
    y += step_lines * (STEP_BOX + STEP_GAP) + 4
    for k in range(ws.boxes_per_row):
        x = flow.left + k * box
        items.append(BoxItem(x, y, box, ws.grid.value))
        if k < ws.traced:
            if data:
                items.append(StrokesItem(data, x, y, box, data.count, color=MODEL))
            else:
                items.append(GlyphItem(w.char, x, y, box, font(box * 0.62), MODEL))


def _writing_key(flow: Flow, chars: list[WritingChar], ws: Worksheet) -> None:
    cap_f = font(9)
    cm = Metrics(cap_f)
    per_row = max(1, int(flow.width // (KEY_BOX + 14)))
    gap = (flow.width - per_row * KEY_BOX) / max(1, per_row - 1) if per_row > 1 else 0
    for start in range(0, len(chars), per_row):
        top = flow.need(KEY_BOX + cm.height * 2 + 6, 8)
        for col, w in enumerate(chars[start:start + per_row]):
            x = flow.left + col * (KEY_BOX + gap)
            flow.page.items.append(BoxItem(x, top, KEY_BOX, ws.grid.value, "#999999"))
            data = stroke_data(w.char)
            if data:
                flow.page.items.append(StrokesItem(data, x, top, KEY_BOX, data.count,
                                                   numbers=True))
            else:
                flow.page.items.append(GlyphItem(w.char, x, top, KEY_BOX, font(40)))
            cap = f"{start + col + 1}. {w.char} {w.pinyin}"
            flow.page.items.append(TextItem(cap, x, top + KEY_BOX + cm.ascent + 2, cap_f))
            cap2 = strokes_text(w.strokes, ws.lang) if w.strokes else ""
            flow.page.items.append(TextItem(cap2, x, top + KEY_BOX + cm.height + cm.ascent + 2,
                                            cap_f, GREY))


def _match_rows(flow: Flow, m: Matching) -> list[tuple[list[str], float]]:
    """Each row of a matching group: the wrapped option lines and the row's height."""
    lm, rm = Metrics(font(15)), Metrics(font(11))
    col = flow.width * 0.38
    rows = []
    for i in range(len(m.left)):
        rlines = wrap_text(f"{letter(i)}. {m.right[i]}", rm, flow.width - col - 20)
        rows.append((rlines, max(lm.height, rm.height * len(rlines)) + 10))
    return rows


GROUP_LABEL_HEIGHT = 22.0


def _matching_height(flow: Flow, section: Section, group: int) -> float:
    """The height of one group of a matching exercise, its label included."""
    labelled = GROUP_LABEL_HEIGHT if len(section.matches) > 1 else 0.0
    return labelled + sum(h for _, h in _match_rows(flow, section.matches[group])) + 10


def _matching(flow: Flow, section: Section) -> None:
    """Each group (8 words and their options A-H) on one page; several groups are labelled
    with the words they hold, since their letters start again at A."""
    left_f, right_f = font(15), font(11)
    lm, rm = Metrics(left_f), Metrics(right_f)
    col = flow.width * 0.38
    n = 0
    groups = section.matches
    for g, m in enumerate(groups):
        rows = _match_rows(flow, m)
        flow.keep_together(_matching_height(flow, section, g))
        if len(groups) > 1:
            gf = font(11, bold=True)
            top = flow.need(GROUP_LABEL_HEIGHT, 0)
            flow.page.items.append(TextItem(
                label("worksheet.match_group", section.lang, number=g + 1,
                      words=f"{n + 1}-{n + len(m.left)}" if len(m.left) > 1 else str(n + 1)),
                flow.left, top + Metrics(gf).ascent + 4, gf, GREY))
        for i, (rlines, h) in enumerate(rows):
            n += 1
            top = flow.need(h, 0)
            items = flow.page.items
            items.append(TextItem(f"{n}. {m.left[i]}", flow.left, top + lm.ascent, left_f))
            items.append(TextItem("____", flow.left + col - 50, top + lm.ascent, right_f, GREY))
            for k, line in enumerate(rlines):
                items.append(TextItem(line, flow.left + col + 20,
                                      top + lm.ascent + k * rm.height, right_f))
        flow.y += 10


def _tones(flow: Flow, section: Section) -> None:
    hz_f, py_f = font(16), font(15)
    hm, pm = Metrics(hz_f), Metrics(py_f)
    colw = flow.width / 2
    items_ = section.tones
    for start in range(0, len(items_), 2):
        h = hm.height + pm.height * 1.6 + 10
        top = flow.need(h, 0)
        for c, t in enumerate(items_[start:start + 2]):
            x = flow.left + c * colw
            n = start + c + 1
            flow.page.items.append(TextItem(f"{n}. {t.hanzi}", x, top + hm.ascent, hz_f))
            # Room above the syllables for the marks.
            flow.page.items.append(TextItem(t.prompt.replace(" ", "   "), x + 22,
                                            top + hm.height + pm.height * 0.6 + pm.ascent, py_f))


def _cloze(flow: Flow, section: Section) -> None:
    bank_f, body_f = font(14), font(14)
    bm = Metrics(bank_f)
    words = "      ".join(section.bank)
    lines = wrap_text(words, bm, flow.width - 20)
    h = len(lines) * bm.height * 1.3 + 12
    top = flow.need(h, 4)
    flow.page.items.append(RectItem(flow.left, top, flow.width, h, "#999999", "#f7f7f7", 0.6))
    for k, line in enumerate(lines):
        flow.page.items.append(TextItem(line, flow.left + 10,
                                        top + 6 + bm.ascent + k * bm.height * 1.3, bank_f))
    flow.y += 8
    for i, c in enumerate(section.cloze):
        blank = "＿" * max(3, len(c.answer) + 1)
        flow.text(f"{i + 1}. {c.before}{blank}{c.after}", body_f, space_before=10)


def _order(flow: Flow, section: Section) -> None:
    body_f = font(14)
    m = Metrics(body_f)
    for i, o in enumerate(section.order):
        tiles = f"{i + 1}.  " + "  /  ".join(o.words)
        # the tiles and the line to write on stay on one page (item 10's line was on the next)
        lines = len(wrap_text(tiles, m, flow.width))
        flow.keep_together(lines * m.height * 1.2 + m.height * 1.6, 10)
        flow.text(tiles, body_f, space_before=10)
        top = flow.need(m.height * 1.6, 2)
        y = top + m.height * 1.4
        flow.page.items.append(RuleItem(flow.left + 20, y, flow.left + flow.width * 0.8, y,
                                        "#999999", 0.6))
        if o.end:
            flow.page.items.append(TextItem(o.end, flow.left + flow.width * 0.8 + 2, y - 2,
                                            body_f))


def _dictation_item(flow: Flow, n: int, item: DictationItem) -> None:
    """Item ``n``: its number, one 田字格 box per character (wrapped to further rows
    when a long item fills the line), and its hint in grey after the boxes."""
    num_f, hint_f = font(13), font(12)
    nm, hm = Metrics(num_f), Metrics(hint_f)
    room = flow.width - DICTATION_NUMBER
    per_row = max(1, int(room // DICTATION_BOX))
    rows = (item.boxes + per_row - 1) // per_row
    last = item.boxes - (rows - 1) * per_row  # boxes on the last row
    hint_x = flow.left + DICTATION_NUMBER + last * DICTATION_BOX + 12
    hint_lines = wrap_text(item.hint, hm, flow.left + flow.width - hint_x) if item.hint else []
    if hint_lines and len(hint_lines) * hm.height > DICTATION_BOX:
        rows += 1  # no room beside the last boxes: the hint goes on a row of its own
        hint_x = flow.left + DICTATION_NUMBER
        hint_lines = wrap_text(item.hint, hm, room)
    top = flow.need(rows * DICTATION_BOX, 12)
    items = flow.page.items
    items.append(TextItem(f"{n}.", flow.left, top + DICTATION_BOX / 2 + nm.ascent / 2, num_f))
    for k in range(item.boxes):
        row, col = divmod(k, per_row)
        items.append(BoxItem(flow.left + DICTATION_NUMBER + col * DICTATION_BOX,
                             top + row * DICTATION_BOX, DICTATION_BOX, "tian"))
    if hint_lines:
        hint_top = top + (rows - 1) * DICTATION_BOX + (
            DICTATION_BOX - len(hint_lines) * hm.height) / 2
        for k, line in enumerate(hint_lines):
            items.append(TextItem(line, hint_x, hint_top + hm.ascent + k * hm.height, hint_f,
                                  GREY))


def _dictation_script(flow: Flow, ws: Worksheet) -> None:
    """The teacher's script on its own page: the items in the sheet's order, with pinyin
    and meaning, to read aloud."""
    flow.new_page()
    _title(flow, label("worksheet.dictation.script", ws.lang, title=ws.title),
           font(16, bold=True))
    flow.text(ws.subtitle, font(10), color=GREY, space_before=2)
    flow.text(label("worksheet.dictation.script_note", ws.lang), font(10), color=GREY,
              space_before=2)
    for section in ws.sections:
        for line in section.script():
            flow.text(line, font(15), space_before=8)


def layout_worksheet(ws: Worksheet, setup: PageSetup | None = None,
                     cancel: CancelToken | None = None) -> SheetDocument:
    """The worksheet's pages: exercises, then the answer key on a new page (its index is
    the document's ``key_start``; a dictation's script comes first among these teacher's
    pages; needs a QGuiApplication)."""
    setup = setup or PageSetup.named("A4", 15.0)
    flow = Flow(setup, bottom_reserve=6)
    _heading(flow, ws)
    for section in ws.sections:
        check(cancel)
        if section.matches:  # the heading stays with the first group
            flow.keep_together(SECTION_HEADING_HEIGHT + _matching_height(flow, section, 0), 10)
        _section_heading(flow, section)
        if section.writing:
            for i, w in enumerate(section.writing):
                check(cancel)
                _writing_block(flow, i, w, ws)
        elif section.tones:
            _tones(flow, section)
        elif section.matches:
            _matching(flow, section)
        elif section.cloze:
            _cloze(flow, section)
        elif section.order:
            _order(flow, section)
        elif section.dictation:
            for i, item in enumerate(section.dictation):
                _dictation_item(flow, i + 1, item)
    # The teacher's pages: a dictation's script, then the answer key, each on a new page.
    key_start = len(flow.pages)
    if any(s.dictation for s in ws.sections):
        _dictation_script(flow, ws)
    flow.new_page()
    _title(flow, label("worksheet.answer_key", ws.lang, title=ws.title), font(16, bold=True))
    flow.text(ws.subtitle, font(10), color=GREY, space_before=2)
    for section in ws.sections:
        hf = font(12, bold=True)
        flow.text(section.heading, hf, space_before=12)
        if section.writing:
            _writing_key(flow, section.writing, ws)
        else:
            for line in section.answers():
                flow.text(line, font(12), space_before=4)
    doc = SheetDocument(setup, flow.pages, f"{ws.title} - {ws.subtitle}", key_start)
    add_footers(doc, ws.footer, font(8))
    return doc


def export_worksheet_pdf(
    ws: Worksheet, path: str | Path, overwrite: bool = False,
    progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
) -> int:
    """Write the worksheet as a PDF at ``path``; returns the page count."""
    doc = layout_worksheet(ws, cancel=cancel)
    return write_sheet_pdf(doc, path, overwrite, progress, cancel)
