"""Exports: a 20-page reader to PDF, HTML and DOCX; a 10-page worksheet set.
Targets 3 s, 1 s, 2 s and 3 s (the 5,000-word Anki deck is ``anki_deck.py``).

Each export's baseline is the same text written through the same library without
pinyin (Qt's own text layout for PDF, python-docx paragraphs, escaped HTML): the
ratio is what the annotation and the ruby layout cost. The scale rows build and
export readers of 1k to 1M characters to show linear growth (the 1M reader reuses the
annotation benchmark's tokens, as the live preview reuses its cache).
"""

from __future__ import annotations

import html
from pathlib import Path

from benchmarks.common import Figure, cpu_timed, own_objects_only, timed
from benchmarks.context import Context
from benchmarks.texts import mixed_text

GROUP = "Export"
READER_PAGES = 20


def _reader(ctx: Context, length: int, seed: int = 20):
    from chinese_teach.core.documents.reader import ReaderOptions, build_reader

    text = mixed_text(length, seed=seed)
    return text, build_reader(text, ReaderOptions(), ctx.engine(), ctx.dictionary(),
                              title="Benchmark reader")


def _pages(doc) -> int:
    from chinese_teach.render.pages import paginate

    return len(paginate(doc).pages)


def reader_of_pages(ctx: Context, pages: int):
    """A reader text of about ``pages`` pages (A4, defaults), its document and page count."""
    length = 7000 * pages // 20
    text, doc = _reader(ctx, length)
    got = _pages(doc)
    if got < pages:
        length = int(length * pages / max(got, 1)) + 200
        text, doc = _reader(ctx, length)
        got = _pages(doc)
    return text, doc, got


# -- the naive ways (same libraries, no pinyin) ---------------------------------------------


def plain_pdf(text: str, path: Path) -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from chinese_teach.render.fonts import chinese_font

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    doc = QTextDocument()
    doc.setDefaultFont(chinese_font(None, 16))
    doc.setPlainText(text)
    doc.print_(writer)


def plain_html(text: str, path: Path) -> None:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n"))
    path.write_text(f"<!doctype html><meta charset=utf-8><body>{body}</body>", encoding="utf-8")


def plain_docx(text: str, path: Path) -> None:
    import docx

    document = docx.Document()
    for p in text.split("\n"):
        document.add_paragraph(p)
    document.save(str(path))


# -- benchmarks -------------------------------------------------------------------------------


def reader_exports(ctx: Context) -> list[Figure]:
    from chinese_teach.core.export.reader_docx import export_docx
    from chinese_teach.core.export.reader_html import export_html
    from chinese_teach.render.reader_pdf import export_pdf

    ctx.qt_app()
    pages = ctx.size(READER_PAGES, 2)
    text, doc, got = reader_of_pages(ctx, pages)
    out = ctx.work
    build, cpu, _ = cpu_timed(lambda: _reader(ctx, len(text)))
    figures = [
        Figure(GROUP, f"build a {got}-page reader ({len(text):,} chars)", build, "s", cpu=cpu,
               note="annotate, choose pinyin, glossary (before any export)"),
    ]
    runs = (
        ("PDF", 3.0, lambda: export_pdf(doc, out / "r.pdf", overwrite=True),
         lambda: plain_pdf(text, out / "plain.pdf"), "Qt text document, no pinyin"),
        ("HTML", 1.0, lambda: export_html(doc, out / "r.html", overwrite=True),
         lambda: plain_html(text, out / "plain.html"), "escaped paragraphs, no pinyin"),
        ("DOCX", 2.0, lambda: export_docx(doc, out / "r.docx", overwrite=True),
         lambda: plain_docx(text, out / "plain.docx"), "python-docx paragraphs, no pinyin"),
    )
    for fmt_name, target, ours, naive, naive_name in runs:
        seconds, cpu, _ = cpu_timed(ours)
        base, _ = timed(naive)
        figures.append(Figure(GROUP, f"{got}-page reader to {fmt_name}", seconds, "s", cpu=cpu,
                              baseline=base, baseline_name=naive_name, target=target))
    return figures


def worksheet_export(ctx: Context) -> list[Figure]:
    from benchmarks import worksheets

    return worksheets.run(ctx)


def scale_exports(ctx: Context) -> list[Figure]:
    """Reader build + HTML export of growing size, to show linear growth. Baseline: the
    naive annotation (jieba + pypinyin) and plain HTML of the same text."""
    from benchmarks.annotate import naive_annotate
    from chinese_teach.core.export.reader_html import export_html

    figures = []
    for size in [ctx.size(n, q) for n, q in ((1_000, 300), (10_000, 1_000), (100_000, 3_000))]:
        # as in ``annotate.py``: neither way's collector passes walk the other's objects
        # (nor the annotation benchmark's kept tokens)
        with own_objects_only():
            build, cpu1, (text, doc) = cpu_timed(lambda size=size: _reader(ctx, size, seed=size))
            export, cpu2, _ = cpu_timed(
                lambda doc=doc: export_html(doc, ctx.work / "s.html", overwrite=True))
        with own_objects_only():
            naive, naive_cpu, _ = cpu_timed(lambda text=text: (
                naive_annotate(text), plain_html(text, ctx.work / "s0.html")))
        seconds = build + export
        figures.append(_scale_figure(size, seconds, cpu1 + cpu2, naive, export,
                                     naive_cpu=naive_cpu))
    annotated = ctx._cache.get("annotated")
    if annotated is not None:
        figures.append(_largest_reader(ctx, annotated))
    return figures


def _scale_figure(size: int, seconds: float, cpu: float, naive: float, export: float,
                  note: str = "", naive_cpu: float | None = None) -> Figure:
    """A scale row; with ``naive_cpu`` (the baseline's CPU seconds) its note and ``extra``
    also give the ratio in CPU time on both sides, which the machine's load moves less
    than the wall-clock ratio of the table."""
    extra = {"chars": size, "export_seconds": export}
    if naive_cpu:
        extra |= {"baseline_cpu": naive_cpu, "cpu_ratio": cpu / naive_cpu}
        note += f"; in CPU time {cpu:.2f} s against {naive_cpu:.2f} s: {cpu / naive_cpu:.2f}×"
    return Figure("Scale", f"reader build + HTML export {size:,} chars", seconds, "s",
                  cpu=cpu, baseline=naive, baseline_name="jieba + pypinyin + plain HTML",
                  note=f"{seconds / size * 1e6:.0f} µs per character "
                       f"(export alone {export:.2f} s){note}",
                  extra=extra)


def _largest_reader(ctx: Context, annotated: dict) -> Figure:
    """The 1M-character reader: the paragraphs the reader build takes from the
    annotation benchmark's tokens (the live preview's annotation cache) count with the
    time the annotation benchmark took for them; the paragraphs the build annotates
    itself (written in traditional characters, converted first) count in the build."""
    from chinese_teach.core.documents.reader import ReaderOptions, build_reader
    from chinese_teach.core.export.reader_html import export_html

    text, cache = annotated["text"], annotated["annotations"]
    size = len(text)
    before = set(cache)
    cache.asked.clear()
    build, cpu1, doc = cpu_timed(lambda: build_reader(
        text, ReaderOptions(), ctx.engine(), ctx.dictionary(), title="Benchmark reader",
        annotations=cache))
    export, cpu2, _ = cpu_timed(
        lambda doc=doc: export_html(doc, ctx.work / "s.html", overwrite=True))
    plain, plain_cpu, _ = cpu_timed(lambda: plain_html(text, ctx.work / "s0.html"))
    reused = cache.asked & before
    times = annotated["para_seconds"]
    annotation = sum(times[k][0] for k in reused)
    annotation_cpu = sum(times[k][1] for k in reused)
    seconds = annotation + build + export
    naive_cpu = annotated.get("naive_cpu")
    return _scale_figure(size, seconds, annotation_cpu + cpu1 + cpu2,
                         annotated["naive_seconds"] + plain, export,
                         note=f"; annotation of the {len(reused):,} paragraphs it reuses "
                              "timed by the annotation benchmark",
                         naive_cpu=naive_cpu + plain_cpu if naive_cpu else None)


def run(ctx: Context) -> list[Figure]:
    figures = reader_exports(ctx)
    figures += worksheet_export(ctx)
    figures += scale_exports(ctx)
    return figures
