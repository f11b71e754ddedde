"""Exports: a 20-page reader to PDF, HTML and DOCX; a 5,000-word Anki deck with stroke
order; a 10-page worksheet set. Targets 3 s, 1 s, 2 s, 5 s and 3 s.

Each export's baseline is the same text written through the same library without
pinyin (Qt's own text layout for PDF, python-docx paragraphs, escaped HTML; a plain
genanki deck): the ratio is what the annotation, ruby layout and media cost. The
scale rows export readers of 1k to 1M characters to show linear growth.
"""

from __future__ import annotations

import html
import random
from pathlib import Path

from benchmarks.common import Figure, cpu_timed, timed
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


def plain_deck(rows: list[tuple[str, str, str]], path: Path) -> None:
    import genanki

    model = genanki.Model(1607392319, "Plain", fields=[{"name": "Hanzi"}, {"name": "Pinyin"},
                                                        {"name": "Meaning"}],
                          templates=[{"name": "Card 1", "qfmt": "{{Hanzi}}",
                                      "afmt": "{{FrontSide}}<hr>{{Pinyin}}<br>{{Meaning}}"}])
    deck = genanki.Deck(2059400110, "Plain")
    for row in rows:
        deck.add_note(genanki.Note(model=model, fields=list(row)))
    genanki.Package(deck).write_to_file(str(path))


# -- benchmarks -------------------------------------------------------------------------------


def reader_exports(ctx: Context) -> list[Figure]:
    from chinese_teach.core.export.docx import export_docx
    from chinese_teach.core.export.html import export_html
    from chinese_teach.render.pdf import export_pdf

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


def deck_words(ctx: Context, count: int) -> list[str]:
    """``count`` frequent words (one to four characters), shuffled."""
    rows = ctx.corpus().query(
        "SELECT DISTINCT simplified FROM entries WHERE is_proper = 0 AND "
        "length(simplified) BETWEEN 1 AND 4 ORDER BY freq DESC LIMIT ?", (count,))
    words = [w for (w,) in rows]
    random.Random(3).shuffle(words)
    return words


def deck_export(ctx: Context) -> list[Figure]:
    from chinese_teach.core.export.anki import AnkiOptions, export_apkg
    from chinese_teach.core.export.deck_words import DeckPart, build_words

    count = ctx.size(5000, 40)
    words = deck_words(ctx, count)
    out = ctx.work / "deck.apkg"

    def ours() -> None:
        built = build_words(words, dictionary=ctx.dictionary(), engine=ctx.engine())
        export_apkg([DeckPart(key="list:bench", name="Benchmark", words=built)], out,
                    AnkiOptions(strokes=True), timestamp=1_700_000_000, overwrite=True)
        ours.built = built  # type: ignore[attr-defined]

    seconds, cpu, _ = cpu_timed(ours)
    built = ours.built  # type: ignore[attr-defined]
    rows = [(w.simplified, " ".join(w.pinyin), w.meaning) for w in built]
    base, _ = timed(lambda: plain_deck(rows, ctx.work / "plain.apkg"))
    size_mb = out.stat().st_size / 1e6
    return [
        Figure(GROUP, f"{len(built):,}-word Anki deck with stroke order", seconds, "s",
               baseline=base, baseline_name="plain genanki deck, same notes, no media",
               target=5.0, cpu=cpu, note=f"look-up + package, {size_mb:.1f} MB .apkg"),
    ]


def worksheet_export(ctx: Context) -> list[Figure]:
    from benchmarks import worksheets

    return worksheets.run(ctx)


def scale_exports(ctx: Context) -> list[Figure]:
    """HTML export of readers of growing size (build + export), to show linear growth."""
    from chinese_teach.core.export.html import export_html

    figures = []
    for size in [ctx.size(n, q) for n, q in ((1_000, 300), (10_000, 1_000), (100_000, 3_000))]:
        build, cpu1, (_, doc) = cpu_timed(lambda size=size: _reader(ctx, size, seed=size))
        export, cpu2, _ = cpu_timed(
            lambda doc=doc: export_html(doc, ctx.work / "s.html", overwrite=True))
        figures.append(Figure("Scale", f"reader build + HTML export {size:,} chars",
                              build + export, "s", cpu=cpu1 + cpu2,
                              note=f"{(build + export) / size * 1e6:.0f} µs per character "
                                   f"(export alone {export:.2f} s)",
                              extra={"chars": size, "build_seconds": build,
                                     "export_seconds": export}))
    return figures


def run(ctx: Context) -> list[Figure]:
    figures = reader_exports(ctx)
    figures += deck_export(ctx)
    figures += scale_exports(ctx)
    return figures
