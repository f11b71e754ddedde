"""``chinese-teach reader``: a pinyin-annotated reader as PDF, HTML or DOCX.

The teacher's stored reading corrections and segmentation edits (from the
library, when there is one) are applied, exactly as in the app.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "reader",
        help="make a pinyin reader (PDF, HTML or DOCX) from a text file",
        description="Make a pinyin-annotated reader. The output format follows the file "
        "name: .pdf, .html, .docx (or .png for page 1).",
    )
    p.add_argument("file", help="text file (.txt or .docx), or - for standard input")
    p.add_argument("-o", "--output", required=True, help="OUT.pdf | OUT.html | OUT.docx")
    p.add_argument("--pinyin", choices=["all", "new", "above", "none"], default=None,
                   help="which words get pinyin (default: all; 'new' if --known is given, "
                   "'above' if --target is given)")
    p.add_argument("--known", help="words the class knows: STANDARD:LEVEL (hsk2021:3) or a "
                   "word-list file (for --pinyin new and the glossary)")
    p.add_argument("--standard", default="hsk2021", help="hsk2 | hsk2021 | hsk2025 (hsk2021)")
    p.add_argument("--target", type=int, help="target level: pinyin on words above it")
    p.add_argument("--script",
                   choices=["as-written", "simplified", "traditional", "traditional-hk"],
                   default="as-written",
                   help="characters to print (default as-written: traditional input stays "
                   "traditional, simplified stays simplified)")
    p.add_argument("--tones", choices=["marks", "numbers", "zhuyin", "none"], default="marks")
    p.add_argument("--per-word", action="store_true", help="pinyin per word, not per character")
    p.add_argument("--first-only", action="store_true",
                   help="with new/above: pinyin on the first occurrence of each word only")
    p.add_argument("--no-tone-changes", action="store_true",
                   help="print 一 and 不 with their dictionary tones")
    p.add_argument("--mark-third-tone", action="store_true",
                   help="mark (dotted line under the pinyin) a third tone said as a second "
                   "tone before another third tone: nǐ hǎo said ní hǎo; the pinyin is unchanged")
    p.add_argument("--colors", default="default",
                   help="tone colours: default | mdbg | colorblind | high-contrast | black")
    p.add_argument("--color-hanzi", action="store_true", help="colour the characters too")
    p.add_argument("--glossary", choices=["end", "notes", "none"], default="end")
    p.add_argument("--mark", choices=["none", "underline", "number"], default="none",
                   help="mark glossary words in the text")
    p.add_argument("--numbering", choices=["none", "paragraph", "line"], default="none")
    p.add_argument("--font", default="", help="font family (default: the Kai teaching font)")
    p.add_argument("--size", type=float, default=16.0, help="character size in points (16)")
    p.add_argument("--spacing", type=float, default=1.3, help="line spacing (1.3)")
    p.add_argument("--page", choices=["A4", "Letter"], default="A4")
    p.add_argument("--margin", type=float, default=18.0, help="margins in mm (18)")
    p.add_argument("--title", default=None,
                   help="title (default: a Word document's title or Heading 1, else a "
                   "heading line the text opens with, else the file name)")
    p.add_argument("--subtitle", default="", help="subtitle: class, lesson, date")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    from chinese_teach.cli.common import add_doc_lang

    add_doc_lang(p, "the reader (glossary, pinyin note, footer)")
    p.add_argument("--no-library", action="store_true",
                   help="ignore the stored reading corrections")
    p.set_defaults(func=run)


def _read_source(source: str):  # type: ignore[no-untyped-def]
    """The text and its own title (a Word document's Title or Heading 1)."""
    from chinese_teach.cli.common import read_input
    from chinese_teach.core.documents.sources import SourceText, open_source

    if source == "-":
        return SourceText(read_input(source))
    return open_source(Path(source))


def build_options(args: argparse.Namespace):
    """ReaderOptions from the command line (raises BadInputError on bad values)."""
    from chinese_teach.core.corpus.levels import Standard
    from chinese_teach.core.documents.reader import (
        GlossaryMode,
        GlossMark,
        PinyinMode,
        ReaderOptions,
    )
    from chinese_teach.core.errors import BadInputError
    from chinese_teach.core.text.syllables import ToneStyle
    from chinese_teach.core.text.tonecolors import SCHEMES

    try:
        standard = Standard.parse(args.standard)
    except ValueError as exc:
        raise BadInputError(str(exc)) from exc
    mode = args.pinyin or ("new" if args.known else "above" if args.target else "all")
    if mode == "above" and args.target is None:
        raise BadInputError("--pinyin above needs --target N (the class's level).")
    if args.colors not in SCHEMES:
        raise BadInputError(f"Unknown colours {args.colors!r}: use {', '.join(SCHEMES)}.")
    return ReaderOptions(
        pinyin=PinyinMode(mode),
        known=args.known or "",
        standard=standard,
        target_level=args.target if args.target is not None else 3,
        per_char=not args.per_word,
        first_only=args.first_only,
        tone_style=ToneStyle(args.tones),
        tone_changes=not args.no_tone_changes,
        show_third_tone_sandhi=args.mark_third_tone,
        tone_scheme=args.colors,
        color_hanzi=args.color_hanzi,
        color_pinyin=True,
        script=args.script,
        font_family=args.font,
        font_size=args.size,
        line_spacing=args.spacing,
        numbering=args.numbering,
        glossary=GlossaryMode(args.glossary),
        gloss_mark=GlossMark(args.mark),
        page_size=args.page,
        margin_mm=args.margin,
    ).validate()


def _apply_library(engine) -> None:
    from chinese_teach.cli.common import apply_stored_corrections

    apply_stored_corrections(engine)


def run(args: argparse.Namespace) -> int:
    from chinese_teach.cli.common import doc_lang
    from chinese_teach.core.corpus.dictionary import Dictionary
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.errors import BadInputError
    from chinese_teach.core.text.engine import get_engine
    from chinese_teach.ops.exporters import READER_WRITERS, check_target, writer_for
    from chinese_teach.ops.reader import make_reader

    lang = doc_lang(args)
    out = Path(args.output)
    writer_for(READER_WRITERS, out)
    check_target(out, args.force)
    options = build_options(args)
    source = _read_source(args.file)
    text = source.text
    if not text.strip():
        raise BadInputError("The text is empty.")
    if args.title is not None:
        title = args.title
    else:
        from chinese_teach.core.documents.headings import text_heading

        title = source.title or text_heading(text) or (
            "" if args.file == "-" else Path(args.file).stem)
    corpus = open_corpus()
    engine = get_engine(corpus)
    if not args.no_library:
        _apply_library(engine)
    done = make_reader(text, out, options, engine, Dictionary(corpus), title=title,
                       subtitle=args.subtitle, lang=lang, force=args.force).value
    pages = done.pages if out.suffix.lower() == ".pdf" else None
    detail = f", {pages} page{'s' if pages != 1 else ''}" if pages is not None else ""
    print(f"Wrote {out} ({len(done.document.glossary)} glossary words{detail}).")
    return 0
