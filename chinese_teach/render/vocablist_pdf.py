"""A printable vocabulary list (PDF) of a deck's words: hanzi, pinyin, meaning, level.

The same words, in the same order, as the Anki deck and the Pleco/Quizlet lists of an
export (one section per lesson for a course). Drawn with the sheet layout of the
worksheets, so it prints with the bundled teaching font.
"""

from __future__ import annotations

from pathlib import Path

from chinese_teach.core.export.anki.words import DeckPart
from chinese_teach.core.labels import for_document, label
from chinese_teach.core.progress import CancelToken, ProgressCallback, check
from chinese_teach.core.text.syllables import join_word
from chinese_teach.render.layout import Metrics
from chinese_teach.render.pages import PageSetup, TextItem
from chinese_teach.render.sheets import (
    GREY,
    Column,
    Flow,
    SheetDocument,
    add_footers,
    draw_table,
    font,
    write_sheet_pdf,
)


def layout_vocabulary(parts: list[DeckPart], title: str = "", setup: PageSetup | None = None,
                      cancel: CancelToken | None = None,
                      lang: str | None = None) -> SheetDocument:
    """Pages of the list (needs a QGuiApplication). A word in several parts is listed once.
    ``lang`` is the document language of the headings and labels (None: the app's)."""
    lang = for_document(lang)
    setup = setup or PageSetup.named("A4", 18.0)
    flow = Flow(setup, bottom_reserve=6)
    # one lesson's list names the lesson after its course (as its study page does);
    # several lessons' lists are the course's, each lesson under its own heading
    title = title or (" · ".join(parts[0].name.split("::")) if len(parts) == 1
                      else parts[0].name.split("::")[0] if parts
                      else label("vocab.title", lang))
    title_f = font(18, bold=True)
    tm = Metrics(title_f)
    top = flow.need(tm.height)
    flow.page.items.append(TextItem(title, flow.left, top + tm.ascent, title_f))
    flow.y = top + tm.height
    count = len({w.uid for p in parts for w in p.words})
    flow.text(label("vocab.count", lang, count=count), font(10), color=GREY, space_before=2)
    head = font(9, bold=True)
    number_head = label("column.number", lang)
    columns = [
        Column(number_head, max(22.0, Metrics(head).width(number_head) + 8), fixed=True),
        Column(label("column.word", lang), 1.9, font(16)),
        Column(label("column.pinyin", lang), 1.4),
        Column(label("column.meaning", lang), 3.0),
        Column(label("column.level", lang), 1.1, font(8.5)),
    ]
    seen: set[str] = set()
    number = 0
    for part in parts:
        check(cancel)
        rows = []
        for w in part.words:
            if w.uid in seen:
                continue
            seen.add(w.uid)
            number += 1
            word = w.simplified + (f" ({w.traditional})" if w.traditional != w.simplified else "")
            rows.append([str(number), word, join_word(w.spoken, "marks"), w.meaning,
                         w.level_text(lang)])
        if not rows:
            continue
        if len(parts) > 1:
            flow.text(part.name.split("::")[-1], font(12, bold=True), space_before=12)
        draw_table(flow, columns, rows, font(10), head, space_before=6)
    doc = SheetDocument(setup, flow.pages, title)
    add_footers(doc, label("vocab.footer", lang, title=title, count=number), font(8))
    return doc


def export_vocabulary_pdf(
    parts: list[DeckPart], path: str | Path, *, title: str = "", overwrite: bool = False,
    progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
    lang: str | None = None,
) -> int:
    """Write the list as a PDF at ``path`` in the document language ``lang``; returns the
    page count."""
    return write_sheet_pdf(layout_vocabulary(parts, title, cancel=cancel, lang=lang), path,
                           overwrite, progress, cancel)
