"""Lay out a :class:`~chinese_teach.core.documents.lessonplan.LessonPlan` on A4 pages.

Header, objectives, the timed activity table (its total in red when it does not
match the lesson's duration), vocabulary table, grammar points, the texts (ruby
lines from the reader layout: pinyin over the words new to the class) and the
homework. Written as PDF by :func:`export_lesson_plan_pdf`.
"""

from __future__ import annotations

from pathlib import Path

from chinese_teach.core.documents.lessonplan import LessonPlan
from chinese_teach.core.progress import CancelToken, ProgressCallback, check
from chinese_teach.render.layout import Metrics, layout_paragraphs
from chinese_teach.render.pages import PageSetup, TextItem, style_for
from chinese_teach.render.sheets import (
    GREY,
    Column,
    Flow,
    RectItem,
    RubyLineItem,
    SheetDocument,
    add_footers,
    draw_table,
    font,
    write_sheet_pdf,
)
from chinese_teach.render.wrapping import wrap_text

WARN = "#b03a2e"


def _heading(flow: Flow, text: str) -> None:
    f = font(13, bold=True)
    m = Metrics(f)
    top = flow.need(m.height + 24, 14)  # keep a heading with what follows
    flow.y = top + m.height + 2
    flow.page.items.append(TextItem(text, flow.left, top + m.ascent, f))


def _fixed(title: str, width: float, head, cell_font=None) -> Column:
    """A fixed-width column, widened when its header needs more room in the language."""
    return Column(title, max(width, Metrics(head).width(title) + 8), cell_font, fixed=True)


def layout_lesson_plan(plan: LessonPlan, setup: PageSetup | None = None,
                       cancel: CancelToken | None = None) -> SheetDocument:
    """The plan's pages (needs a QGuiApplication)."""
    setup = setup or PageSetup.named("A4", 18.0)
    flow = Flow(setup, bottom_reserve=6)
    h = plan.header
    say = plan.label  # the plan's words in its document language
    body, small, bold = font(10.5), font(9), font(10.5, bold=True)
    title_f = font(18, bold=True)
    tm = Metrics(title_f)
    for k, line in enumerate(wrap_text(h.title, tm, flow.width)):
        top = flow.need(tm.height if k == 0 else tm.height * 1.1)
        flow.page.items.append(TextItem(line, flow.left, top + tm.ascent, title_f))
    course = h.course + (f" - {h.learners}" if h.learners else "")
    if h.unit:
        course += f" - {h.unit}"
    flow.text(course, font(11), color=GREY, space_before=2)

    facts = [(say("plan.fact.date"), h.date_text or "-"), (say("plan.fact.duration"),
                                                         h.duration_text),
             (say("plan.fact.level"), h.level_text), (say("plan.fact.status"), h.status_text)]
    bm = Metrics(body)
    rows: list[list[tuple[str, str, float]]] = [[]]
    x = 8.0
    for name, full in facts:
        # a value too long for the box's line is shortened (the box never overflows)
        room = flow.width - 16 - bm.width(name + " ")
        value = full
        while len(value) > 1 and bm.width(value) > room:
            value = value[:-2] + "…"
        w = bm.width(name + " ") + bm.width(value)
        if rows[-1] and x + w > flow.width - 8:
            rows.append([])
            x = 8.0
        rows[-1].append((name, value, x))
        x += w + 18
    row_h = bm.height * 1.3
    box_h = row_h * len(rows) + 8
    box_top = flow.need(box_h, 8)
    flow.page.items.append(RectItem(flow.left, box_top, flow.width, box_h, "#cccccc",
                                    "#f6f6f6"))
    for r, row in enumerate(rows):
        base = box_top + 4 + r * row_h + bm.ascent + 1
        for name, value, x in row:
            lx = flow.left + x
            flow.page.items.append(TextItem(name, lx, base, body, GREY))
            flow.page.items.append(TextItem(value, lx + bm.width(name + " "), base, body))

    if plan.objectives:
        _heading(flow, say("plan.heading.objectives"))
        for obj in plan.objectives:
            flow.text(f"•  {obj}", body, space_before=3, indent=6)

    check(cancel)
    _heading(flow, say("plan.heading.activities"))
    if plan.activities:
        head = font(9.5, bold=True)
        # the stage column fits its longest name in the language ("Calentamiento")
        stage_w = max(Metrics(body).width(a.stage_label) for a in plan.activities) + 8
        cols = [_fixed(say("plan.column.time"), 52, head),
                _fixed(say("plan.column.stage"), max(78, stage_w), head),
                Column(say("plan.column.activity"), 3), Column(say("plan.column.materials"), 1.4),
                _fixed(say("plan.column.minutes"), 30, head)]
        rows = [[a.timing, a.stage_label, a.description, a.materials, str(a.minutes)]
                for a in plan.activities]
        draw_table(flow, cols, rows, body, head, space_before=4)
    else:
        flow.text(say("plan.no_activities"), body, color=GREY, space_before=4)
    flow.text(plan.timing_text, bold, color="#000000" if plan.timing_ok else WARN,
              space_before=5)
    for w in plan.warnings:
        flow.text(w, small, color=WARN, space_before=2)

    check(cancel)
    _heading(flow, say("plan.heading.vocabulary"))
    if plan.vocab:
        word_f = font(14)
        head = font(9.5, bold=True)
        cols = [_fixed(say("column.number"), 20, head),
                _fixed(say("plan.column.hanzi"), 80, head, word_f),
                _fixed(say("column.pinyin"), 95, head),
                Column(say("column.meaning"), 3),
                _fixed(say("column.level"), 80, head, small)]
        rows = [[str(i + 1), v.word, v.pinyin, v.meaning, plan.vocab_level(v)]
                for i, v in enumerate(plan.vocab)]
        draw_table(flow, cols, rows, body, head, space_before=4)
        flow.text(plan.levels_note, small, color=GREY, space_before=3)
    else:
        flow.text(say("plan.no_vocabulary"), body, color=GREY, space_before=4)

    if plan.grammar:
        _heading(flow, say("plan.heading.grammar"))
        for point, note in plan.grammar:
            flow.text(f"•  {point}", body, space_before=3, indent=6)
            if note:
                flow.text(note, small, color=GREY, indent=18)

    for text in plan.texts:
        check(cancel)
        _heading(flow, text.heading)
        if text.coverage_text:
            flow.text(text.coverage_text, small, color=GREY)
            flow.y += 4
        if text.reader is not None:
            style = style_for(text.reader)
            style.first_line_indent = 2.0
            layout = layout_paragraphs(text.reader.paragraphs, style, flow.width)
            for line in layout.lines:
                t = flow.need(line.height, line.space_before)
                flow.page.items.append(RubyLineItem(line, style, flow.left, t))
        else:
            flow.text(text.text, font(13), space_before=2)

    if plan.homework:
        _heading(flow, say("plan.heading.homework"))
        flow.text(plan.homework, body, space_before=2)
    if plan.notes:
        _heading(flow, say("plan.heading.notes"))
        flow.text(plan.notes, body, space_before=2)
    doc = SheetDocument(setup, flow.pages, h.title)
    add_footers(doc, say("plan.footer", course=h.course), font(8))
    return doc


def export_lesson_plan_pdf(
    plan: LessonPlan, path: str | Path, overwrite: bool = False,
    progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
) -> int:
    """Write the lesson plan as a PDF at ``path``; returns the page count."""
    return write_sheet_pdf(layout_lesson_plan(plan, cancel=cancel), path, overwrite, progress,
                           cancel)
