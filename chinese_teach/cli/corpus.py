"""``chinese-teach corpus build|info|path``: the reference corpus."""

from __future__ import annotations

import argparse
import sys

from chinese_teach.cli.common import configure_stdout, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("corpus", help="build or inspect the reference dictionary")
    p.add_argument("action", choices=["build", "info", "path"])
    p.add_argument("--json", action="store_true", help="print JSON (info)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from chinese_teach import paths
    from chinese_teach.core.corpus.build import build_corpus
    from chinese_teach.core.corpus.store import Corpus, ensure_corpus

    configure_stdout()
    if args.action == "path":
        print(paths.corpus_path())
        return 0
    if args.action == "build":
        def show(p):
            print(f"[{p.done}/{p.total}] {p.label}", file=sys.stderr)

        path = build_corpus(paths.corpus_path(), progress=show)
        print(path)
        return 0
    info = Corpus(ensure_corpus()).info()
    if args.json:
        print_json(info)
        return 0
    print(f"Reference corpus: {info['path']}")
    print(f"Built: {info['built_at']}  (schema {info['schema_version']})")
    print(f"Entries: {info['counts']['entries']:,}  (CC-CEDICT of {info['cedict_date']})")
    for std, n in sorted(info["counts"]["hsk_words"].items()):
        print(f"HSK words, {std}: {n:,}")
    for src in info["sources"]:
        origin = f"{src['package']} {src['version']}"
        print(f"Source: {src['name']} ({origin}), licence {src['licence']}")
    return 0
