"""Helpers shared by the sub-commands: input reading, output writing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from chinese_teach.core.errors import BadInputError
from chinese_teach.core.textio import MAX_TEXT_BYTES, decode_text, read_text_file


def read_input(source: str | None) -> str:
    """Text from a file path (.txt in any common encoding, or .docx), or from standard
    input for ``-`` / ``None``."""
    if source in (None, "-"):
        data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
        if len(data) > MAX_TEXT_BYTES:
            raise BadInputError("The input is larger than 5 MB; split it into smaller files.")
        return decode_text(data, "standard input")
    if Path(source).suffix.lower() == ".docx":
        from chinese_teach.core.documents.sources import read_source

        return read_source(Path(source))
    return read_text_file(Path(source))


def add_doc_lang(parser, what: str = "the document") -> None:
    """The ``--doc-lang CODE`` option of the commands that write documents."""
    from chinese_teach.core.labels import LANGUAGES

    codes = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
    parser.add_argument(
        "--doc-lang", metavar="CODE", default="en",
        help=f"language of the headings, labels and instructions printed on {what}: "
        f"{codes}; default en. The Chinese text itself is not changed")


def parse_language(code: str) -> str:
    """A shipped language code for ``code`` (``zh-CN``, ``es_MX``...); an unknown code
    raises a ``BadInputError`` that lists the languages (for ``--doc-lang``)."""
    from chinese_teach.core.errors import BadInputError
    from chinese_teach.core.labels import LANGUAGES, normalise

    found = normalise(code)
    if found is None:
        raise BadInputError(key="error.labels.unknown_language", code=repr(code),
                            choices=", ".join(LANGUAGES))
    return found


def doc_lang(args) -> str:
    """The ``--doc-lang`` value as a shipped language code (BadInputError if unknown)."""
    return parse_language(getattr(args, "doc_lang", None) or "en")


def print_json(obj: object) -> None:
    """Print ``obj`` as UTF-8 JSON (Chinese kept readable)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def apply_stored_corrections(engine) -> None:
    """Give ``engine`` the teacher's corrections and word-cutting edits, if there is a library.

    A missing library is not created; one that cannot be opened is reported on stderr and
    the text is annotated without the corrections.
    """
    from chinese_teach import paths
    from chinese_teach.core.errors import LibraryError

    if not paths.library_path().exists():
        return
    from chinese_teach.core.library.store import Library
    from chinese_teach.ops.corrections import sync_engine

    try:
        lib = Library.open(auto_backup=False)
    except LibraryError as exc:
        print(f"chinese-teach: not using stored corrections: {exc}", file=sys.stderr)
        return
    try:
        sync_engine(lib, engine)
    finally:
        lib.close()


def open_teacher_library():
    """The teacher's library (first run: with the sample course) for a command.

    A failed automatic backup (a nearly full disk) is a warning on stderr; the command
    goes on.
    """
    from chinese_teach.core.library.startup import open_library

    lib = open_library()
    if lib.backup_warning:
        print(f"chinese-teach: warning: {lib.backup_warning}", file=sys.stderr)
    return lib


def configure_stdout() -> None:
    """Make stdout UTF-8 whatever the locale says (Windows consoles, LANG=C)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
