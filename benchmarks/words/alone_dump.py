"""Every HSK 2021 word of the chosen levels glossed WITHOUT a sentence, one line a word:
the paths that show a word alone (a typed word list or a deck card from one, a reader's
glossary or pop-up where the text's sentence chooses nothing, ``annotate`` of the word by
itself), so that two versions of the code can be diffed.

Columns: the word, its level, then ``short`` (:meth:`Glosser.short` with no reading: a
word list), ``gloss`` (:meth:`Glosser.gloss` with no context), ``annotate`` (the word's
gloss in ``annotate`` of the word alone, or ``[cut: …]`` when the engine cuts it), then
``short`` for each reading of its dictionary entries (``reading=gloss``: what a reader's
glossary shows for the word read that way when its sentence decides nothing).

Run: ``.venv/bin/python -m benchmarks.words.alone_dump > alone.tsv`` (levels 1-6;
``--level`` may be given more than once), on both versions, then ``diff``.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator


def alone_row(engine, corpus, word: str, level: int) -> str:
    """The tab-separated line of ``word``: its glosses alone on every path."""
    from chinese_teach.core.corpus.glosses import glosser, token_glosses

    g = glosser(corpus)
    toks = [t for t in engine.annotate(word) if t.text.strip()]
    if len(toks) == 1:
        found = token_glosses(toks, corpus)[0]
        annotated = found.short if found is not None else ""
    else:
        annotated = "[cut: " + " | ".join(t.text for t in toks) + "]"
    readings = dict.fromkeys(r.syllables for r in g.rows(word) if r.simplified == word)
    per_reading = [f"{' '.join(syls)}={g.short(word, syls)}" for syls in readings]
    return "\t".join([word, str(level), g.short(word), g.gloss(word).short, annotated,
                      *per_reading])


def rows(engine, corpus, levels: dict[str, int]) -> Iterator[str]:
    """A line for every word of ``levels``, by level then by word."""
    for word, level in sorted(levels.items(), key=lambda x: (x[1], x[0])):
        yield alone_row(engine, corpus, word, level)


def main(argv: Iterable[str] | None = None) -> None:
    """Print one line a word."""
    from benchmarks.words.audit import hsk_levels
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.text.engine import get_engine

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--level", type=int, action="append",
                        help="an HSK 2021 level to print (default: 1 to 6)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    wanted = set(args.level or range(1, 7))
    corpus = open_corpus()
    engine = get_engine(corpus)
    engine.load()
    levels = {w: lv for w, lv in hsk_levels(corpus, max(wanted)).items() if lv in wanted}
    for line in rows(engine, corpus, levels):
        print(line)


if __name__ == "__main__":
    main()
