"""``chinese-teach worksheet ID --kind KIND -o OUT.pdf``: a worksheet with its answer key.

Examples::

    chinese-teach worksheet l-3f9a07be21 --kind writing --grid mi -o writing.pdf
    chinese-teach worksheet l-3f9a07be21 --kind cloze --seed 7 -o cloze.pdf
    chinese-teach worksheet l-3f9a07be21 --kind matching --doc-lang es -o fiche.pdf
    chinese-teach worksheet l-3f9a07be21 --kind dictation --hint meaning -o tingxie.pdf
    chinese-teach worksheet l-3f9a07be21 --kind dictation --paper Letter -o tingxie.docx
"""

from __future__ import annotations

import argparse
from pathlib import Path

from chinese_teach.cli.common import add_doc_lang, configure_stdout, doc_lang

KINDS = ("writing", "tones", "cloze", "matching", "order", "dictation")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("worksheet", help="print a worksheet for a lesson (PDF with answer key)")
    p.add_argument("id", metavar="ID", help="the lesson's id (see `course show`)")
    p.add_argument("--kind", required=True, choices=KINDS,
                   help="writing (stroke order, 田/米字格), tones, cloze, matching, order or "
                        "dictation (听写: student sheet, teacher's script, answer key)")
    p.add_argument("-o", "--output", required=True, type=Path,
                   help="PDF file to write (a dictation: .pdf or Word .docx)")
    p.add_argument("--seed", type=int, default=1,
                   help="the same seed gives the same worksheet (default 1)")
    p.add_argument("--grid", choices=("tian", "mi"), default="tian",
                   help="writing boxes: tian (田字格, default) or mi (米字格)")
    p.add_argument("--hint", choices=("pinyin", "meaning", "none"), default="pinyin",
                   help="dictation: what the student sheet prints beside each word's boxes "
                        "(default pinyin)")
    p.add_argument("--in-order", action="store_true",
                   help="dictation: the words in the lesson's order (default: shuffled by "
                        "the seed)")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="page size (A4)")
    add_doc_lang(p, "the worksheet and its answer key")
    p.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from chinese_teach.cli.lesson import export_lesson_document
    from chinese_teach.ops.lesson import export_worksheet, worksheet_writers

    configure_stdout()
    lang = doc_lang(args)
    out: Path = args.output
    table = worksheet_writers(args.kind)
    done = export_lesson_document(out, args.force, table, lambda lib, corpus, engine: (
        export_worksheet(lib, args.id, out, engine, corpus, kind=args.kind, seed=args.seed,
                         grid=args.grid, lang=lang, hint=args.hint, shuffle=not args.in_order,
                         paper=args.paper, force=args.force)))
    pages = f"{done.pages} pages" if done.pages else "Word document"
    print(f"Wrote {out} ({done.title}, {pages} with the answer key; "
          f"seed {done.document.seed}).")
    return 0
