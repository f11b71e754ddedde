"""``chinese-teach analyze``: the level profile of a text."""

from __future__ import annotations

import argparse

from chinese_teach.cli.common import configure_stdout, print_json, read_input


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="level profile of a text for an HSK standard")
    p.add_argument("file", nargs="?", default="-", help="text file (default: standard input)")
    p.add_argument("--standard", default="hsk2021", help="hsk2 | hsk2021 | hsk2025 (hsk2021)")
    p.add_argument("--target", type=int, help="list the words above this level")
    p.add_argument("--known", help="known words: STANDARD:LEVEL (hsk2021:3) or a word-list file")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from chinese_teach.core.corpus.levels import Standard, level_name
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.errors import BadInputError
    from chinese_teach.core.text.analyze import analyze, level_index, parse_known
    from chinese_teach.core.text.engine import get_engine

    configure_stdout()
    try:
        standard = Standard.parse(args.standard)
    except ValueError as exc:
        raise BadInputError(str(exc)) from exc
    text = read_input(args.file)
    corpus = open_corpus()
    index = level_index(corpus)
    try:
        known = parse_known(args.known, index) if args.known else None
    except ValueError as exc:
        raise BadInputError(str(exc)) from exc
    result = analyze(get_engine(corpus).segment(text), index, standard, args.target, known)
    if result.word_count == 0:
        # nothing to estimate: "beyond the lists" would send a teacher looking for hard words
        source = "The standard input" if args.file in (None, "-") else args.file
        if not text.strip():
            raise BadInputError(f"{source} is empty: there is nothing to analyze.")
        raise BadInputError(f"{source} has no Chinese words: there is nothing to analyze.")
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"Standard: {standard.label}")
    print(f"Characters: {result.hanzi_count} ({result.unique_hanzi} different)")
    print(f"Words: {result.word_count} ({result.unique_words} different)")
    est = level_name(result.estimated_level) if result.estimated_level else "beyond the lists"
    print(f"Estimated level (95% of running words): {est}")
    for lvl in (*standard.levels, None):
        n = result.words_per_level.get(lvl, 0)
        share = n / result.word_count if result.word_count else 0.0
        name = f"level {level_name(lvl)}" if lvl else "in no list"
        print(f"  {name:>12}: {n:6d} words  {share:6.1%}  {'#' * round(share * 40)}")
    if result.names or result.numbers:
        print(f"Names (not vocabulary): {', '.join(result.names) or 'none'}")
        print(f"Numbers (not vocabulary): {', '.join(result.numbers) or 'none'}")
    if args.target is not None:
        words = ", ".join(f"{w} ({level_name(lv)})" for w, lv in result.above_target)
        print(f"Above level {args.target}: {words or 'none'}")
    if known is not None:
        print(f"Known words ({known.description}): coverage {result.coverage:.1%}")
        print(f"Not yet known: {', '.join(result.unknown_words) or 'none'}")
    return 0
