"""``chinese-teach gui``: open the desktop app (optionally just take a screenshot)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument("--screenshot", metavar="FILE.png", help="save a screenshot and exit")
    p.add_argument("--page", help="page to show (dictionary, annotate, ...)")
    p.add_argument("--size", metavar="WxH", help="window size, e.g. 1280x800")
    p.add_argument("--dialog", metavar="NAME",
                   help="with --screenshot: open a dialog of the page first and show it over "
                        "the window (library: worksheet-preview)")
    p.add_argument("--lang", metavar="CODE", help="interface language, e.g. zh_CN")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="texts (.txt, .docx) to open in the Reader studio, course files to import")
    p.set_defaults(func=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    """Start the Qt application."""
    from chinese_teach.gui.app import run

    return run(args)
