"""A seeded draw of polysemous HSK 2021 level 3-5 words that ``senses.tsv`` never marks
(twelfth session, words20), with each word's CC-CEDICT entries, for writing a blind batch.

A word is drawn when it is listed at HSK 2021 level 3, 4 or 5, its CC-CEDICT entries (names
left out) hold two or more senses in all, and no line of ``senses.tsv`` marks it. The
candidates are sorted, then shuffled by ``random.Random(seed)``; the first ``--count`` are
printed in that order, one word a block: the word, its level, then each entry's pinyin and
senses. The batch writer takes the words in this order.

The pool is taken from ``senses.tsv`` as it was at ``--base`` (default 19201e2, where branch
words20 started), so that the batches written from the draw, once in the file, do not change it.

Run: ``.venv/bin/python -m benchmarks.words.draw_unmarked20 --seed 20 --count 250``.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).parent


def senses_text(base: str) -> str:
    """``senses.tsv`` as it was at the commit ``base`` (the working file if ``base`` is empty)."""
    path = HERE / "senses.tsv"
    if not base:
        return path.read_text(encoding="utf-8")
    return subprocess.run(["git", "show", f"{base}:benchmarks/words/senses.tsv"], cwd=HERE,
                          check=True, capture_output=True, text=True).stdout


def marked_words(text: str) -> set[str]:
    """Every word a line of ``text`` (``senses.tsv``) marks (its second column), held-out
    lines too."""
    out: set[str] = set()
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            out.add(line.split("\t")[1])
    return out


def word_entries(corpus, word: str) -> list[tuple[str, list[str]]]:
    """The word's CC-CEDICT entries other than names: (pinyin, senses) each."""
    rows = corpus.query(
        "SELECT pinyin, definitions FROM entries WHERE simplified = ? AND is_proper = 0 "
        "ORDER BY id", (word,))
    return [(p, json.loads(d)) for p, d in rows]


def candidates(corpus, marked: set[str],
               levels: Iterable[int] = (3, 4, 5)) -> list[tuple[str, int]]:
    """The sorted (word, level) pairs of the draw's pool."""
    wanted = set(levels)
    out: dict[str, int] = {}
    for word, level in corpus.query(
            "SELECT word, level FROM word_levels WHERE standard = 'hsk2021' ORDER BY level"):
        out.setdefault(word, level)
    return sorted((w, lv) for w, lv in out.items()
                  if lv in wanted and w not in marked
                  and sum(len(s) for _, s in word_entries(corpus, w)) >= 2)


def draw(pool: list[tuple[str, int]], seed: int, count: int) -> list[tuple[str, int]]:
    """The first ``count`` of ``pool`` shuffled by ``random.Random(seed)``."""
    order = list(pool)
    random.Random(seed).shuffle(order)
    return order[:count]


def main(argv: list[str] | None = None) -> None:
    """Print the drawn words with their entries."""
    from chinese_teach.core.corpus.store import open_corpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--count", type=int, default=250)
    parser.add_argument("--base", default="19201e2",
                        help="the commit whose senses.tsv gives the marked words ('' = today's)")
    args = parser.parse_args(argv)
    corpus = open_corpus()
    pool = candidates(corpus, marked_words(senses_text(args.base)))
    print(f"# pool: {len(pool)} words; seed {args.seed}; base {args.base!r}; first {args.count}")
    for i, (word, level) in enumerate(draw(pool, args.seed, args.count), start=1):
        print(f"{i}\t{word}\tHSK {level}")
        for pinyin, senses in word_entries(corpus, word):
            print(f"\t[{pinyin}] " + " / ".join(senses))


if __name__ == "__main__":
    main()
