"""A 10-page worksheet set to PDF (target under 3 s).

The set is made from the first-run sample course: the worksheets of its first
lessons, kind after kind (writing with stroke order, tones, cloze, matching, word
order), until they fill at least ten pages. Timed: building each worksheet from
the lesson and writing its PDF. Baseline: a plain-text PDF of about as many pages
through Qt's own text layout.
"""

from __future__ import annotations

from benchmarks.common import Figure, cpu_timed, timed
from benchmarks.context import Context
from benchmarks.texts import mixed_text

GROUP = "Export"


def run(ctx: Context) -> list[Figure]:
    from pypdf import PdfReader

    from benchmarks.exports import plain_pdf
    from chinese_teach.core.documents.worksheet import WorksheetKind, build_worksheet
    from chinese_teach.core.library.startup import open_library
    from chinese_teach.render.worksheet_pdf import export_worksheet_pdf

    ctx.qt_app()
    engine, corpus = ctx.engine(), ctx.corpus()
    lib = open_library(ctx.work / "library.sqlite", auto_backup=False)
    try:
        course = lib.courses()[0]
        lessons = lib.lessons(course.id)
        wanted = ctx.size(10, 3)
        jobs = [(lesson, kind) for lesson in lessons for kind in WorksheetKind]

        def make_set() -> tuple[int, int]:
            pages = sheets = 0
            for lesson, kind in jobs:
                ws = build_worksheet(lib, lesson.id, kind, engine, corpus, seed=1)
                pages += export_worksheet_pdf(
                    ws, ctx.work / f"ws-{sheets}.pdf", overwrite=True)
                sheets += 1
                if pages >= wanted:
                    break
            return pages, sheets

        seconds, cpu, (pages, sheets) = cpu_timed(make_set)
    finally:
        lib.close()
    text = mixed_text(900 * pages, seed=9)
    base, _ = timed(lambda: plain_pdf(text, ctx.work / "plain-ws.pdf"))
    plain_pages = len(PdfReader(ctx.work / "plain-ws.pdf").pages)
    return [
        Figure(GROUP, f"{pages}-page worksheet set ({sheets} worksheets) to PDF", seconds, "s",
               baseline=base, baseline_name=f"{plain_pages}-page plain-text Qt PDF",
               target=3.0, cpu=cpu, note="build from the lesson + write, with answer keys"),
    ]
