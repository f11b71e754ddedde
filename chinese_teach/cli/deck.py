"""``chinese-teach deck``: an Anki deck (.apkg), a study page (.html) or a
Pleco/Quizlet/CSV word list.

Examples::

    chinese-teach deck words.txt -o lesson1.apkg
    chinese-teach deck words.txt -o words.html
    chinese-teach deck --course c-1234567890 -o course.html --doc-lang es
    printf '银行\n老师\n' | chinese-teach deck - -o words.apkg
    chinese-teach deck --lesson l-3f9a07be21 -o lesson.apkg --cards recognition,recall,sentence
    chinese-teach deck --course c-1234567890 -o course.apkg --audio
    chinese-teach deck words.csv -o words.txt --format pleco
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chinese_teach.cli.common import add_doc_lang, configure_stdout, doc_lang

_SUFFIX_FORMATS = {".apkg": "anki", ".csv": "csv", ".tsv": "tsv", ".pdf": "pdf",
                   ".html": "study", ".htm": "study"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "deck",
        help="export words as an Anki deck (.apkg), a study page (.html) or a "
        "Pleco/Quizlet/CSV list",
        description="Export a word list, a reader's new words, a lesson or a whole course "
        "as an Anki deck with stroke order (and optional audio), as a study page for "
        "students without Anki (one offline .html file: flashcards, tones, writing, "
        "listening, with its own review schedule), or as a word list for Pleco, Quizlet "
        "or a spreadsheet.",
    )
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("file", nargs="?", help=".txt or .csv file with one word per line "
                     "(- reads the words from standard input)")
    src.add_argument("--reader", metavar="ID", help="the new words of a reader in the library")
    src.add_argument("--lesson", metavar="ID", help="the vocabulary of a lesson")
    src.add_argument("--course", metavar="ID", help="every lesson of a course (one subdeck each)")
    p.add_argument("-o", "--output", required=True, type=Path, help="file to write")
    p.add_argument(
        "--format", choices=["anki", "study", "pleco", "quizlet", "csv", "tsv", "pdf"],
        help="output format (default: from the file name: .apkg Anki, .html study page, "
        ".csv, .tsv, .pdf printable vocabulary list)",
    )
    p.add_argument(
        "--cards", default="recognition,recall,listening",
        help="card types: recognition, recall, listening, sentence (comma separated; "
        "default: recognition,recall,listening — listening cards exist only with audio)",
    )
    p.add_argument("--strokes", action=argparse.BooleanOptionalAction, default=True,
                   help="animate the stroke order on the back of cards, and writing "
                   "practice on a study page (default: yes)")
    p.add_argument("--audio", action=argparse.BooleanOptionalAction, default=False,
                   help="add synthetic Mandarin audio where no teacher recording exists "
                   "(labelled as synthetic; skipped with a note if no voice is installed)")
    p.add_argument("--recordings", type=Path, metavar="DIR",
                   help="folder of the teacher's recordings named after the words "
                   "(银行.mp3, 你好.wav...): used as the words' audio")
    p.add_argument("--tone-colors", default="default", metavar="SCHEME",
                   help="tone colour scheme (default, mdbg, colorblind, high-contrast, black)")
    add_doc_lang(p, "the printable vocabulary list (.pdf), the study page (.html) and on "
                 "the Anki cards (the stroke-order hint, the synthetic-voice label; .apkg)")
    p.add_argument("--timestamp", type=float, help=argparse.SUPPRESS)
    p.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")
    p.set_defaults(func=run)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    fmt = _SUFFIX_FORMATS.get(args.output.suffix.lower())
    if fmt is None:
        from chinese_teach.core.errors import BadInputError

        raise BadInputError(
            f"Cannot tell the format from {args.output.name}: use .apkg, .html, .csv, .tsv or "
            ".pdf, or give --format."
        )
    return fmt


def run(args: argparse.Namespace) -> int:
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.errors import BadInputError
    from chinese_teach.core.export.anki.note_type import CardType
    from chinese_teach.core.export.anki.sources import DeckSource
    from chinese_teach.core.text.engine import get_engine
    from chinese_teach.ops.exporters import check_target

    configure_stdout()
    fmt = _format(args)
    lang = doc_lang(args)
    try:
        cards = CardType.parse_list(args.cards)
    except ValueError as exc:
        raise BadInputError(str(exc)) from None
    if not cards:
        raise BadInputError("Choose at least one card type with --cards.")
    check_target(args.output, args.force)
    if args.file == "-":
        from chinese_teach.cli.common import read_input

        source = DeckSource("list", read_input("-"))
    elif args.file:
        source = DeckSource("file", args.file)
    elif args.reader:
        source = DeckSource("reader", args.reader)
    elif args.lesson:
        source = DeckSource("lesson", args.lesson)
    else:
        source = DeckSource("course", args.course)
    parts = _load_parts(source, lang, get_engine(open_corpus()))
    options = None
    if fmt == "pdf":
        from chinese_teach.render.offscreen import ensure_gui_app

        ensure_gui_app()
    elif fmt in ("anki", "study"):
        from chinese_teach.core.export.anki.apkg import AnkiOptions

        options = AnkiOptions(cards=cards, strokes=args.strokes, audio=args.audio,
                              tone_scheme=args.tone_colors, lang=lang)
    from chinese_teach.ops.deck import write_deck

    written = write_deck(parts, args.output, fmt, options, recordings=args.recordings,
                         force=args.force, timestamp=args.timestamp, lang=lang).value
    if args.recordings is not None:
        print(f"Teacher recordings for {written.recorded} words.", file=sys.stderr)
    if fmt == "pdf":
        print(f"Wrote {args.output}: vocabulary list, {written.pages} page(s).")
        return 0
    if fmt == "study":
        rep = written.study
        print(f"Wrote {args.output}: study page, {rep.words} words in {rep.lessons} "
              f"lesson(s), {rep.size_bytes / 1024:.0f} KB.")
        summary = len(written.notes) - len(rep.messages) - 1  # the GUI's message: not here
        for i, msg in enumerate(written.notes):
            if i != summary:
                print(msg, file=sys.stderr)
        if args.strokes:
            print(f"Stroke order for {rep.stroke_chars} characters.")
            if rep.chars_without_strokes:
                print("No stroke data for: " + "".join(rep.chars_without_strokes))
        print(f"Audio for {rep.audio_words} words ({rep.synthetic_audio} synthetic).")
        return 0
    if fmt != "anki":
        print(f"Wrote {written.words} words to {args.output} ({fmt}).")
        return 0
    for msg in written.notes:
        print(msg, file=sys.stderr)
    rep = written.report
    print(
        f"Wrote {args.output}: {rep.notes} notes, {rep.cards} cards in {rep.decks} "
        f"deck(s), {rep.media_files} media files, {rep.size_bytes / 1024:.0f} KB."
    )
    if args.strokes:
        print(f"Stroke order for {rep.stroke_chars} characters.")
        if rep.chars_without_strokes:
            print("No stroke data for: " + "".join(rep.chars_without_strokes))
    if args.audio:
        print(f"Audio for {rep.audio_words} words ({rep.synthetic_audio} synthetic).")
    if rep.words_without_cards:
        print("Left out, no card of the chosen types fits them: "
              + ", ".join(rep.words_without_cards))
    for msg in rep.messages:
        print(msg, file=sys.stderr)
    return 0


def _load_parts(source, lang: str, engine):  # type: ignore[no-untyped-def]
    """The deck's parts, with the teacher's library opened once: its corrections go to
    ``engine``, a reader, lesson or course is read from it, and typed words take the
    teacher's saved meanings and readings from it (a word list alone never creates a
    library)."""
    from chinese_teach import paths
    from chinese_teach.cli.common import open_teacher_library
    from chinese_teach.core.export.anki.sources import load_parts
    from chinese_teach.ops.corrections import sync_engine

    needs_library = source.kind in ("reader", "lesson", "course")
    lib = open_teacher_library() if needs_library or paths.library_path().exists() else None
    try:
        if lib is not None:
            sync_engine(lib, engine)
        return load_parts(source, lang=lang, library=lib, corpus=engine.corpus)
    finally:
        if lib is not None:
            lib.close()
