"""Dump the engine's readings of fixed texts to a file, to prove a change leaves them alone.

Usage::

    .venv/bin/python benchmarks/pinyin/dump.py OUT.tsv     # then diff two dumps

One line per Chinese token of ``engine.annotate(text, tone_changes=False)``:
its text, pinyin, sources and unsure marks, and each character's lexical tone
(``Reader.lexical_tone``, which the CPP scoring uses); with ``--names``, a last column
of its name mark (``extra["name"]``: ``^`` where a capital starts, ``.`` elsewhere, ``-``
for no name), so a change of capitals shows in the diff. The texts: every sentence of
CPP dev (``../shared/bench/cpp/dev.sent``, or ``--cpp DIR``), every classroom
sentence and its traditional (Taiwan) form, and 100,000 characters of the
benchmarks' mixed text, drawn from ``texts.SENTENCES`` as in dumps of earlier rounds, or
with ``--pool honest`` from the benchmarks' pool (``texts.pool()``: thousands of distinct
words; compare only dumps taken with the same ``--pool``). The engine is the data
directory's (``$CHINESE_TEACH_HOME``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from benchmarks.pinyin.evaluate import DEFAULT_CPP, read_classroom  # noqa: E402
from benchmarks.texts import SENTENCES, mixed_text, pool  # noqa: E402
from chinese_teach.core.text.engine import TextEngine, get_engine  # noqa: E402


def texts(cpp: Path, honest: bool = False) -> Iterator[tuple[str, str]]:
    """(label, text) for every text dumped (the mixed text from the pool with ``honest``)."""
    for i, line in enumerate((cpp / "dev.sent").read_text(encoding="utf-8").splitlines()):
        yield f"cpp-dev:{i}", line.replace("\u2581", "")
    items = read_classroom()
    for i, item in enumerate(items):
        yield f"classroom:{i}", item.text
    from opencc import OpenCC

    to_trad = OpenCC("s2twp")
    for i, item in enumerate(items):
        yield f"classroom-tw:{i}", to_trad.convert(item.text)
    sentences = pool() if honest else SENTENCES
    for i, para in enumerate(mixed_text(100_000, seed=11, sentences=sentences).split("\n")):
        yield f"mixed:{i}", para


def _annotated(engine: TextEngine, items: Iterator[tuple[str, str]], many: int
                ) -> Iterator[tuple[str, str, list]]:
    """(label, text, tokens) of each item: ``engine.annotate`` text by text, or with
    ``many`` > 0 ``engine.annotate_many`` on ``many`` texts at a time."""
    if many <= 0:
        for label, text in items:
            yield label, text, engine.annotate(text, tone_changes=False)
        return
    block: list[tuple[str, str]] = []
    for item in [*items, None]:
        if item is not None:
            block.append(item)
        if block and (item is None or len(block) == many):
            done = engine.annotate_many([t for _, t in block], tone_changes=False)
            for (label, text), tokens in zip(block, done, strict=True):
                yield label, text, tokens
            block = []


def token_line(tok, reader, *, names: bool = False) -> str:
    """The dump's line of one Chinese token: text, pinyin, sources, unsure marks, lexical
    tones and, with ``names``, its name mark (``^`` where a capital starts, ``.``
    elsewhere, ``-`` for no name)."""
    lexical = [reader.lexical_tone(ch, syl) for ch, syl in zip(tok.text, tok.pinyin, strict=True)]
    row = [tok.text, " ".join(tok.pinyin), " ".join(tok.sources),
           "".join("?" if u else "." for u in tok.unsure), " ".join(lexical)]
    if names:
        caps = tok.extra.get("name")
        row.append("".join("^" if c else "." for c in caps) if caps else "-")
    return "\t".join(row)


def dump(engine: TextEngine, cpp: Path, out: Path, honest: bool = False, many: int = 0,
         names: bool = False) -> int:
    """Write the dump; returns the number of Chinese tokens written. ``names``: add the
    column of each token's name mark."""
    reader = engine.reader
    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for label, text, tokens in _annotated(engine, texts(cpp, honest), many):
            fh.write(f"# {label}\t{text}\n")
            for tok in tokens:
                if tok.pinyin is None:
                    continue
                fh.write(token_line(tok, reader, names=names) + "\n")
                count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--cpp", type=Path, default=DEFAULT_CPP)
    parser.add_argument("--pool", choices=("classic", "honest"), default="classic",
                        help="the mixed text's sentences: texts.SENTENCES (as in earlier "
                             "dumps) or the benchmarks' pool")
    parser.add_argument("--many", type=int, default=0, metavar="N",
                        help="annotate N texts at a time (TextEngine.annotate_many, as "
                             "Quick annotate does); the dump must equal the one without")
    parser.add_argument("--names", action="store_true",
                        help="add a column of each token's name mark (capitals)")
    args = parser.parse_args(argv)
    written = dump(get_engine(), args.cpp, args.out, args.pool == "honest", args.many,
                   args.names)
    print(f"{written} tokens written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
