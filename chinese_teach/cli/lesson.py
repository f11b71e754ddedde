"""``chinese-teach lesson export ID --plan OUT.pdf|OUT.docx``: print a lesson plan.

Examples::

    chinese-teach lesson export l-3f9a07be21 --plan lesson3.pdf
    chinese-teach lesson export l-3f9a07be21 --plan lesson3.docx --force
    chinese-teach lesson export l-3f9a07be21 --plan lecon3.pdf --doc-lang fr
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chinese_teach.cli.common import add_doc_lang, configure_stdout, doc_lang


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("lesson", help="print a lesson plan (PDF or DOCX)")
    actions = p.add_subparsers(dest="lesson_action", metavar="ACTION", required=True)
    exp = actions.add_parser("export", help="write the lesson plan of lesson ID")
    exp.add_argument("id", metavar="ID", help="the lesson's id (see `course show`)")
    exp.add_argument("--plan", required=True, type=Path, metavar="OUT",
                     help="file to write: .pdf or .docx")
    add_doc_lang(exp, "the plan")
    exp.add_argument("--force", action="store_true", help="replace OUT if it exists")
    exp.set_defaults(func=run_export)


def open_lesson_tools():
    """(library, corpus, engine) with the teacher's corrections applied to the engine."""
    from chinese_teach.cli.common import open_teacher_library
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.text.engine import get_engine
    from chinese_teach.ops.corrections import sync_engine

    lib = open_teacher_library()
    corpus = open_corpus()
    engine = get_engine(corpus)
    sync_engine(lib, engine)
    return lib, corpus, engine


def export_lesson_document(out: Path, force: bool, table, export):
    """Check ``out`` (its suffix in ``table``, --force), then run the operation
    ``export(lib, corpus, engine)`` with the library, corpus and engine open; returns
    what it wrote (an :class:`~chinese_teach.ops.exporters.Exported`)."""
    from chinese_teach.ops.exporters import check_target, writer_for

    writer_for(table, out)
    check_target(out, force)
    lib, corpus, engine = open_lesson_tools()
    try:
        return export(lib, corpus, engine).value
    finally:
        lib.close()


def run_export(args: argparse.Namespace) -> int:
    from chinese_teach.ops.exporters import PLAN_WRITERS
    from chinese_teach.ops.lesson import export_lesson_plan

    configure_stdout()
    lang = doc_lang(args)
    out: Path = args.plan
    done = export_lesson_document(out, args.force, PLAN_WRITERS, lambda lib, corpus, engine: (
        export_lesson_plan(lib, args.id, out, engine, corpus, lang=lang, force=args.force)))
    detail = f", {done.pages} page{'s' if done.pages != 1 else ''}" if done.pages else ""
    print(f"Wrote {out} ({done.title}{detail}).")
    for warning in done.warnings:
        print(f"Note: {warning}", file=sys.stderr)
    return 0
