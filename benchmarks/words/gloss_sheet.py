"""A reading sheet of learner glosses: every HSK 2021 word of the chosen levels, with the
gloss the app shows for it alone and in two short everyday frames typical of its part of
speech, and the pinyin each time.

The glosses come from the same code path as a glossary or ``annotate --format jsonl``
(the engine cuts and reads the sentence, :func:`token_glosses` chooses each word's sense),
so what a teacher reads on the sheet is what a student gets. The part of speech is jieba's
dictionary tag (rough, but independent of CC-CEDICT's sense order); the frames are:

* verb (``v``): 我 + word + 了, 我想 + word;
* noun (``n``, ``ns``, ``nr``…): 这个 + word, 我有一个 + word;
* measure word (``q``): 三 + word;
* adjective (``a``): 很 + word, 这个很 + word;
* adverb (``d``): 他 + word + 来, 我 + word + 去;
* other words: the word alone only.

A word the frame cuts differently shows the tokens it was cut into (``[cut: 我会 | 开]``).

Run: ``.venv/bin/python -m benchmarks.words.gloss_sheet --level 1`` (``--level`` may be
given more than once; the default is levels 1-3). ``--hsk2-level 4`` adds the HSK 2.0
words of that level that the 2021 standard does not list at levels 1-5 (their level is
printed as ``2.0-4``); ``--hsk2-level`` alone prints only those.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

#: Frames by the first letter of jieba's tag ("{}" is the word). Nouns also cover
#: place and person tags (ns, nr), verbs vn/vd, adjectives ad/an.
FRAMES: dict[str, tuple[str, ...]] = {
    "v": ("我{}了。", "我想{}。"),
    "n": ("这个{}。", "我有一个{}。"),
    "q": ("三{}。",),
    "a": ("很{}。", "这个很{}。"),
    "d": ("他{}来。", "我{}去。"),
}


def frames_for(tag: str) -> tuple[str, ...]:
    """The everyday frames of a jieba tag (``v``, ``vn``, ``n``, ``q``…); none for other
    classes (pronouns, prepositions, particles, numbers), which are read alone."""
    return FRAMES.get(tag[:1], ()) if tag else ()


@dataclass(frozen=True)
class Shown:
    """The gloss shown for the word in one frame (or alone), with its pinyin."""

    frame: str
    pinyin: str
    gloss: str
    cut: tuple[str, ...] = ()  # the frame's tokens when the word is not one of them


@dataclass(frozen=True)
class SheetRow:
    """One word of the sheet."""

    word: str
    level: int
    tag: str
    shown: tuple[Shown, ...]
    standard: str = "hsk2021"  # or "hsk2": an HSK 2.0 word the 2021 levels 1-5 lack

    @property
    def level_label(self) -> str:
        """``4`` for an HSK 2021 level, ``2.0-4`` for an HSK 2.0 one."""
        return str(self.level) if self.standard == "hsk2021" else f"2.0-{self.level}"


def shown_in(engine, corpus, sentence: str, word: str) -> Shown:
    """The gloss and pinyin of ``word`` in ``sentence``, as a glossary shows them."""
    from chinese_teach.core.corpus.glosses import token_glosses

    toks = engine.annotate(sentence)
    glosses = token_glosses(toks, corpus)
    for tok, g in zip(toks, glosses, strict=True):
        if tok.text == word:
            return Shown(sentence, " ".join(tok.pinyin or ()), g.short if g else "")
    return Shown(sentence, "", "", tuple(t.text for t in toks if t.text.strip()))


def sheet(engine, corpus, levels: dict[str, int], tags: dict[str, str],
          standard: str = "hsk2021") -> Iterator[SheetRow]:
    """A row for every word of ``levels``, by level then in the list's order."""
    for word, level in sorted(levels.items(), key=lambda x: (x[1], x[0])):
        tag = tags.get(word, "")
        shown = [shown_in(engine, corpus, word, word)]
        shown += [shown_in(engine, corpus, f.format(word), word) for f in frames_for(tag)]
        yield SheetRow(word, level, tag, tuple(shown), standard)


def hsk2_only(corpus, levels: Iterable[int], newer_through: int = 5) -> dict[str, int]:
    """The HSK 2.0 words of ``levels`` that the 2021 standard does not list at levels
    1 to ``newer_through`` (a learner taught from HSK 2.0 books still meets them)."""
    wanted = set(levels)
    newer = {w for (w,) in corpus.query(
        "SELECT word FROM word_levels WHERE standard = 'hsk2021' AND level <= ?",
        (newer_through,))}
    out: dict[str, int] = {}
    for word, level in corpus.query(
            "SELECT word, level FROM word_levels WHERE standard = 'hsk2' ORDER BY level"):
        if level in wanted and word not in newer:
            out.setdefault(word, level)
    return out


def format_row(row: SheetRow) -> str:
    """One line for a reader: the word, its level and tag, then each frame's pinyin and
    gloss (``=`` where a frame shows the same as the word alone)."""
    alone = row.shown[0]
    cells = [f"{row.word}\t{row.level_label}\t{row.tag or '-'}\t{alone.pinyin}\t{alone.gloss}"]
    for s in row.shown[1:]:
        if s.cut:
            cells.append(f"{s.frame} [cut: {' | '.join(s.cut)}]")
        elif (s.pinyin, s.gloss) == (alone.pinyin, alone.gloss):
            cells.append(f"{s.frame} =")
        else:
            cells.append(f"{s.frame} {s.pinyin}: {s.gloss}")
    return "\t".join(cells)


def main(argv: Iterable[str] | None = None) -> None:
    """Print the sheet, one word a line."""
    from benchmarks.words.audit import hsk_levels, jieba_tags
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.text.engine import get_engine

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--level", type=int, action="append",
                        help="an HSK 2021 level to print (default: 1, 2 and 3)")
    parser.add_argument("--hsk2-level", type=int, action="append",
                        help="also print the HSK 2.0 words of this level that HSK 2021 "
                             "levels 1-5 lack")
    args = parser.parse_args(list(argv) if argv is not None else None)
    wanted = set(args.level or (() if args.hsk2_level else (1, 2, 3)))
    corpus = open_corpus()
    engine = get_engine(corpus)
    engine.load()
    tags = jieba_tags()
    if wanted:
        levels = {w: lv for w, lv in hsk_levels(corpus, max(wanted)).items() if lv in wanted}
        for row in sheet(engine, corpus, levels, tags):
            print(format_row(row))
    if args.hsk2_level:
        for row in sheet(engine, corpus, hsk2_only(corpus, args.hsk2_level), tags, "hsk2"):
            print(format_row(row))


if __name__ == "__main__":
    main()
