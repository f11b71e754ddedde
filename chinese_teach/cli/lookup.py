"""``chinese-teach lookup QUERY``: search the dictionary."""

from __future__ import annotations

import argparse

from chinese_teach.cli.common import configure_stdout, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("lookup", help="search the dictionary (hanzi, pinyin or English)")
    p.add_argument(
        "query", nargs="+", help="hanzi, pinyin (yinhang, yin2hang2, yínháng) or English"
    )
    p.add_argument("--limit", type=int, default=20, help="maximum number of results (20)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from chinese_teach.core.corpus.dictionary import Dictionary
    from chinese_teach.core.corpus.levels import level_name
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.text.syllables import join_word

    configure_stdout()
    results = Dictionary(open_corpus()).search(" ".join(args.query), limit=args.limit)
    if args.json:
        print_json([e.to_json() for e in results])
        return 0
    if not results:
        print("No match.")
        return 1
    for e in results:
        forms = e.simplified
        if e.traditional != e.simplified:
            forms += f" ({e.traditional})"
        levels = ", ".join(f"{s.short} {level_name(lv)}" for s, lv in sorted(e.levels.items()))
        line = f"{forms}  {join_word(e.syllables, 'marks')}  {'; '.join(e.definitions[:3])}"
        print(line + (f"  [{levels}]" if levels else ""))
    return 0
