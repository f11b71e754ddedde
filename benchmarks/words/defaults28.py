"""Score the default glosses of words above HSK 6 against a hand-written sheet (thirteenth
session, words28): ``defaults28.tsv`` (the blind sample) or ``defaults28b.tsv`` (the
transfer sample), drawn by :mod:`benchmarks.words.draw_defaults28`.

Each line of a sheet is ``word<TAB>accepted<TAB>note``: the accepted words of the sense a
learner needs when she meets the word in a text, ``|`` separated, matched by
:func:`benchmarks.words.evaluate.sense_fits` (one of them at the start of a word of the
first sense shown). A line ``## GROUP`` starts a group (``hsk7``, ``outside``).

A word counts as right when both of its default glosses fit: ``Glosser.short`` with the
reading the engine gives the word alone, and the gloss of the word alone in ``annotate``
(:func:`token_glosses`, as a typed word list or a deck card shows it). ``--misses`` prints
the words that miss, with both glosses.

Run: ``.venv/bin/python -m benchmarks.words.defaults28 [--sheet defaults28b.tsv] [--misses]``.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Line:
    """One word of a sheet."""

    group: str
    word: str
    accepted: str
    note: str


def read_sheet(path: Path) -> list[Line]:
    """The words of a sheet, in its order."""
    out: list[Line] = []
    group = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("## "):
            group = raw[3:].strip()
            continue
        if not raw.strip() or raw.startswith("#"):
            continue
        word, accepted, note = raw.split("\t")
        out.append(Line(group, word, accepted, note))
    return out


def shown(engine, corpus, word: str) -> tuple[str, str, str]:
    """The word's pinyin alone, its ``Glosser.short`` in that reading and its gloss alone
    in ``annotate`` (``""`` where the engine cuts the word into more than one token)."""
    from chinese_teach.core.corpus.glosses import glosser, token_glosses

    toks = engine.annotate(word)
    glosses = token_glosses(toks, corpus)
    words = [(t, g) for t, g in zip(toks, glosses, strict=True) if t.is_word]
    if len(words) != 1 or words[0][0].text != word:
        return "", glosser(corpus).short(word), ""
    tok, g = words[0]
    syls = tok.citation or tok.pinyin
    return " ".join(syls or ()), glosser(corpus).short(word, syls), g.short if g else ""


def score(lines: list[Line], engine, corpus) -> tuple[dict[str, list[bool]], list[str]]:
    """Right or not for each line, by group, and a line for each miss."""
    from benchmarks.words.evaluate import sense_fits

    by_group: dict[str, list[bool]] = {}
    misses: list[str] = []
    for line in lines:
        pinyin, short, alone = shown(engine, corpus, line.word)
        ok = sense_fits(short, line.accepted) and sense_fits(alone, line.accepted)
        by_group.setdefault(line.group, []).append(ok)
        if not ok:
            misses.append(f"{line.group}\t{line.word}\t{pinyin}\t{line.accepted}\t"
                          f"short: {short}\talone: {alone}")
    return by_group, misses


def main(argv: list[str] | None = None) -> None:
    """Print the figure of each group (and the misses if asked)."""
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.text.engine import get_engine

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sheet", default="defaults28.tsv")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    corpus = open_corpus()
    engine = get_engine(corpus)
    engine.load()
    by_group, misses = score(read_sheet(HERE / args.sheet), engine, corpus)
    total = [ok for oks in by_group.values() for ok in oks]
    for group, oks in by_group.items():
        print(f"{group}: {sum(oks)}/{len(oks)}")
    print(f"all: {sum(total)}/{len(total)}")
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
