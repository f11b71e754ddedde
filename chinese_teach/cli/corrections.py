"""``chinese-teach corrections list|add|remove|keep|split|export|import``: the teacher's
pinyin corrections and segmentation edits (the same ones as the GUI's "My corrections")."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from chinese_teach.cli.common import configure_stdout, print_json
from chinese_teach.core.errors import BadInputError

if TYPE_CHECKING:
    from chinese_teach.core.library import Correction, Library, SegmentationEdit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("corrections",
                       help="your pinyin corrections and word-cutting edits: list, add, share")
    actions = p.add_subparsers(dest="corrections_action", metavar="ACTION", required=True)

    ls = actions.add_parser("list", help="list your corrections and segmentation edits")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.add_argument("--search", metavar="TEXT", help="only those whose word or pinyin has TEXT")
    ls.set_defaults(func=run_list)

    add = actions.add_parser("add", help="read WORD as PINYIN from now on (e.g. 长 zhang3)")
    add.add_argument("word", help="the Chinese word or character")
    add.add_argument("pinyin", help="one syllable per character: 'yin2 hang2' or 'yín háng'")
    add.add_argument("--left", default="", help="only after this text (e.g. 很)")
    add.add_argument("--right", default="", help="only before this text")
    add.add_argument("--note", help="a note for yourself (kept when replacing, if not given)")
    add.set_defaults(func=run_add)

    keep = actions.add_parser("keep", help="always keep WORD whole as one word")
    keep.add_argument("word")
    keep.set_defaults(func=run_keep)

    split = actions.add_parser("split", help="always cut WORD into PARTS (e.g. 中国银行 中国 银行)")
    split.add_argument("word")
    split.add_argument("parts", nargs="+", help="the pieces, in order, that make up WORD")
    split.set_defaults(func=run_split)

    rm = actions.add_parser("remove", help="delete a correction (id 12 or c12) or edit (s3)")
    rm.add_argument("id", help="as shown by `corrections list`")
    rm.set_defaults(func=run_remove)

    exp = actions.add_parser("export", help="write all of them to a JSON file to share")
    exp.add_argument("file", help="the file to write (.json)")
    exp.add_argument("--force", action="store_true", help="overwrite an existing file")
    exp.set_defaults(func=run_export)

    imp = actions.add_parser("import", help="add corrections from a file (yours win)")
    imp.add_argument("file", help="a file made by `corrections export`")
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(func=run_import)


def _open() -> Library:
    from chinese_teach.cli.common import open_teacher_library

    return open_teacher_library()


def _marks(syllables: tuple[str, ...]) -> str:
    from chinese_teach.core.text.syllables import ToneStyle, render

    return " ".join(render(s, ToneStyle.MARKS) for s in syllables)


def correction_row(c: Correction) -> dict:
    """The JSON shape of a reading correction in ``corrections list``."""
    return {"id": f"c{c.id}", "word": c.word, "pinyin": list(c.pinyin), "marks": _marks(c.pinyin),
            "left": c.left, "right": c.right, "note": c.note, "created": c.created}


def edit_row(e: SegmentationEdit) -> dict:
    """The JSON shape of a segmentation edit in ``corrections list``."""
    return {"id": f"s{e.id}", "kind": e.kind, "word": e.word, "parts": list(e.parts),
            "created": e.created}


def _context(c: Correction) -> str:
    if not (c.left or c.right):
        return "anywhere"
    return f"{c.left}_{c.right}"


def run_list(args: argparse.Namespace) -> int:
    configure_stdout()
    with _open() as lib:
        corrections, edits = lib.corrections(), lib.segmentation_edits()
    if args.search:
        q = args.search.strip().lower()
        corrections = [c for c in corrections if q in c.word or q in " ".join(c.pinyin)
                       or q in _marks(c.pinyin) or q in c.note.lower()]
        edits = [e for e in edits if q in e.word]
    if args.json:
        print_json({"corrections": [correction_row(c) for c in corrections],
                    "segmentation": [edit_row(e) for e in edits]})
        return 0
    if not corrections and not edits:
        print("No corrections yet. Add one with `chinese-teach corrections add WORD PINYIN`.")
        return 0
    for c in corrections:
        note = f"  ({c.note})" if c.note else ""
        print(f"c{c.id}\t{c.word}\t{_marks(c.pinyin)}\t{_context(c)}{note}")
    for e in edits:
        what = "keep whole" if e.kind == "merge" else "split into " + " + ".join(e.parts)
        print(f"s{e.id}\t{e.word}\t{what}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from chinese_teach.core.library import Correction
    from chinese_teach.core.library.corrections_io import (
        check_context,
        check_word,
        parse_pinyin,
    )

    configure_stdout()
    word = check_word(args.word.strip())
    syllables = parse_pinyin(args.pinyin, word)
    left, right = check_context(args.left, "left"), check_context(args.right, "right")
    with _open() as lib:
        existed = next((c for c in lib.corrections()
                        if (c.word, c.left, c.right) == (word, left, right)), None)
        note = args.note if args.note is not None else (existed.note if existed else "")
        saved = lib.save_correction(Correction(word, syllables, left, right, note))
    verb = "Replaced" if existed is not None else "Added"
    print(f"{verb} c{saved.id}: {word} is read {_marks(saved.pinyin)} ({_context(saved)}).")
    return 0


def _save_edit(edit: SegmentationEdit) -> SegmentationEdit:
    from chinese_teach.core.library.corrections_io import check_word

    check_word(edit.word)
    if len(edit.word) < 2:
        raise BadInputError("A one-character word cannot be kept whole or split.")
    with _open() as lib:
        return lib.save_segmentation_edit(edit)


def run_keep(args: argparse.Namespace) -> int:
    from chinese_teach.core.library import SegmentationEdit

    configure_stdout()
    saved = _save_edit(SegmentationEdit("merge", args.word.strip()))
    print(f"s{saved.id}: {saved.word} is kept whole.")
    return 0


def run_split(args: argparse.Namespace) -> int:
    from chinese_teach.core.library import SegmentationEdit

    configure_stdout()
    saved = _save_edit(SegmentationEdit("split", args.word.strip(), tuple(args.parts)))
    print(f"s{saved.id}: {saved.word} is cut into {' + '.join(saved.parts)}.")
    return 0


def _parse_id(raw: str) -> tuple[str, int]:
    text = raw.strip().lower()
    kind = "s" if text.startswith("s") else "c"
    digits = text[1:] if text[:1] in ("c", "s") else text
    if not digits.isdigit() or len(digits) > 12:
        raise BadInputError(f"{raw!r} is not a correction id (see `corrections list`: c12, s3).")
    return kind, int(digits)


def run_remove(args: argparse.Namespace) -> int:
    configure_stdout()
    kind, number = _parse_id(args.id)
    with _open() as lib:
        if kind == "c":
            found = next((c for c in lib.corrections() if c.id == number), None)
            if found is None:
                raise BadInputError(f"There is no correction c{number}.")
            lib.delete_correction(number)
            print(f"Removed c{number}: {found.word} {_marks(found.pinyin)} ({_context(found)}).")
        else:
            edit = next((e for e in lib.segmentation_edits() if e.id == number), None)
            if edit is None:
                raise BadInputError(f"There is no segmentation edit s{number}.")
            lib.delete_segmentation_edit(number)
            print(f"Removed s{number}: {edit.word}.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from chinese_teach.core.library.corrections_io import export_corrections

    configure_stdout()
    with _open() as lib:
        out = export_corrections(lib, Path(args.file), overwrite=args.force)
        n, m = len(lib.corrections()), len(lib.segmentation_edits())
    print(f"Wrote {n} corrections and {m} segmentation edits to {out}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from chinese_teach.core.library.corrections_io import import_corrections

    configure_stdout()
    with _open() as lib:
        result = import_corrections(lib, Path(args.file))
    if args.json:
        print_json({"corrections_added": result.corrections_added,
                    "segmentation_added": result.segmentation_added,
                    "unchanged": result.unchanged,
                    "conflicts": [c.describe() for c in result.conflicts]})
        return 0
    print(f"Added {result.corrections_added} corrections and {result.segmentation_added} "
          f"segmentation edits ({result.unchanged} already there).")
    if result.conflicts:
        print(f"{len(result.conflicts)} differ from yours; yours were kept:", file=sys.stdout)
        for c in result.conflicts:
            print(f"  {c.describe()}")
    return 0
