"""The ``chinese-teach`` command: a thin layer over the core library.

Each sub-command lives in its own module with a ``register(subparsers)``
function that adds its parser and sets ``func``. With no sub-command the
desktop app opens.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from chinese_teach.appinfo import APP_NAME, VERSION
from chinese_teach.core.errors import ChineseTeachError

#: Modules under ``chinese_teach.cli`` that register sub-commands (explicit, so
#: that a frozen bundle finds them without package scanning).
COMMAND_MODULES: tuple[str, ...] = (
    "lookup",
    "annotate",
    "analyze",
    "corpus",
    "course",
    "corrections",
    "lesson",
    "worksheet",
    "library",
    "deck",
    "reader",
    "gui",
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="chinese-teach",
        description=f"{APP_NAME}: pinyin readers, lesson plans and Anki decks, offline.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {VERSION}")
    parser.add_argument(
        "--self-test", action="store_true",
        help="check this installation (corpus, pinyin, PDF, Anki deck) and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"chinese_teach.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from chinese_teach.selftest import main as self_test

        return self_test()
    func = getattr(args, "func", None)
    if func is None:
        from chinese_teach.cli.gui import run_gui

        return run_gui(argparse.Namespace(screenshot=None, page=None, size=None, lang=None))
    try:
        return int(func(args) or 0)
    except ChineseTeachError as exc:
        print(f"chinese-teach: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
