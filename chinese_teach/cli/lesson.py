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
from chinese_teach.core.errors import BadInputError


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

    lib = open_teacher_library()
    corpus = open_corpus()
    engine = get_engine(corpus)
    lib.apply_to_engine(engine)
    return lib, corpus, engine


def run_export(args: argparse.Namespace) -> int:
    configure_stdout()
    lang = doc_lang(args)
    out: Path = args.plan
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise BadInputError(f"The plan must be a .pdf or .docx file, not {out.name}.")
    if out.exists() and not args.force:
        raise BadInputError(f"{out} already exists; add --force to replace it.")
    from chinese_teach.core.documents.lessonplan import build_lesson_plan

    lib, corpus, engine = open_lesson_tools()
    try:
        plan = build_lesson_plan(lib, args.id, engine, corpus, lang=lang)  # texts with pinyin
    finally:
        lib.close()
    if suffix == ".docx":
        from chinese_teach.core.export.lessonplan_docx import export_lesson_plan_docx

        export_lesson_plan_docx(plan, out, overwrite=args.force)
        detail = ""
    else:
        from chinese_teach.render.lessonplan_pdf import export_lesson_plan_pdf
        from chinese_teach.render.offscreen import ensure_gui_app

        ensure_gui_app()
        pages = export_lesson_plan_pdf(plan, out, overwrite=args.force)
        detail = f", {pages} page{'s' if pages != 1 else ''}"
    print(f"Wrote {out} ({plan.header.title}{detail}).")
    for warning in plan.warnings:
        print(f"Note: {warning}", file=sys.stderr)
    return 0
