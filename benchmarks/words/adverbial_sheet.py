"""A reading sheet of adjectives used as adverbials: every HSK 1-6 adjective in two frames
of the adverbial place (他 + word + 地走了, 他 + word + 说) and one of the adjective place
(这个很 + word), with the gloss shown each time, and the -ly adverb the glosser formed.

An adjective here is a word of the HSK 2021 levels 1-6 that jieba's dictionary tags as an
adjective (``a``, ``ad``, ``an``) or whose gloss alone leads with an English adjective
(:func:`chinese_teach.core.corpus.adverbs.is_adjective_sense`). The sheet is read by hand:
a derived adverb that is wrong English is fixed in ``chinese_teach/core/corpus/adverbs.py``
(its rules or its lists of exceptions).

Run: ``.venv/bin/python -m benchmarks.words.adverbial_sheet`` (``--max-level 6``);
``--derived`` prints only the rows where a frame leads with an adverb the entry lacks.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable

from benchmarks.words.gloss_sheet import shown_in

#: The frames: two of the adverbial place, then one of the adjective place.
ADVERBIAL_FRAMES = ("他{}地走了。", "他{}说。", "这个很{}。")


def adjectives(corpus, glosser, levels: dict[str, int], tags: dict[str, str]) -> list[str]:
    """The words of ``levels`` that are adjectives by jieba's tag or by their lone gloss."""
    from chinese_teach.core.corpus.adverbs import is_adjective_sense

    attested = glosser._attested_adverbs()
    out = []
    for word, _level in sorted(levels.items(), key=lambda x: (x[1], x[0])):
        first = glosser.gloss(word).short.split(";", 1)[0].strip()
        if tags.get(word, "")[:1] == "a" or is_adjective_sense(first, attested):
            out.append(word)
    return out


def derived(gloss: str, full: Iterable[str]) -> bool:
    """Whether ``gloss`` leads with a word none of the entry's senses holds (a formed
    adverb: "suddenly" for 突然 "sudden; abrupt; unexpected")."""
    first = gloss.split(";", 1)[0].strip()
    return bool(first) and not any(first in sense for sense in full)


def main(argv: Iterable[str] | None = None) -> None:
    """Print the sheet, one word a line: word, level, alone, then each frame's gloss."""
    from benchmarks.words.audit import hsk_levels, jieba_tags
    from chinese_teach.core.corpus.glosses import glosser
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.text.engine import get_engine

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--max-level", type=int, default=6)
    parser.add_argument("--derived", action="store_true",
                        help="print only rows where a frame leads with a formed adverb")
    args = parser.parse_args(list(argv) if argv is not None else None)
    corpus = open_corpus()
    engine = get_engine(corpus)
    engine.load()
    g = glosser(corpus)
    levels = hsk_levels(corpus, args.max_level)
    for word in adjectives(corpus, g, levels, jieba_tags()):
        alone = g.gloss(word)
        shown = [shown_in(engine, corpus, f.format(word), word) for f in ADVERBIAL_FRAMES]
        formed = any(derived(s.gloss, alone.full) for s in shown[:2])
        if args.derived and not formed:
            continue
        cells = [word, str(levels[word]), alone.short]
        cells += [f"[cut: {' | '.join(s.cut)}]" if s.cut else s.gloss for s in shown]
        print("\t".join(cells))


if __name__ == "__main__":
    main()
