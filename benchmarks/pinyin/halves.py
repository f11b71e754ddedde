"""Split-half transfer check for reading rules written from CPP dev's errors.

Rules written from the errors of CPP dev have often fixed the sentences they were read
from and nothing else (the eighth and ninth rounds: dev far above test). This script
measures transfer on dev alone: dev's sentences are cut in two halves by the parity of
their line number (half A: even lines, half B: odd lines). One reads the errors of one
half only, writes a class fix, and keeps it only if it fixes targets of the other half,
which was never read, and breaks none there.

Usage (from the repository root)::

    python -m benchmarks.pinyin.halves targets OUT.tsv [--cpp DIR] [--split dev]
        [--chars 长涌]            # only the targets of these characters (a quick rerun)
    python -m benchmarks.pinyin.halves errors TARGETS.tsv --half A
    python -m benchmarks.pinyin.halves compare BEFORE.tsv AFTER.tsv [--list A]

``targets`` writes one line per target: line number, character, label, the engine's
lexical reading (as ``evaluate.py`` scores it, without the unsure marks: the label where
``lexical_right`` counts a light syllable right for it), the engine's
citation syllable, 1 if right, and the sentence with the target in brackets. ``errors``
prints the errors of one half only. ``compare`` prints, per half, how many targets a change
fixed and broke (counts only); ``--list`` adds the changed targets of the half named, so the
half kept unread stays unread.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from benchmarks.pinyin.evaluate import DEFAULT_CPP, lexical_right, read_cpp  # noqa: E402

HALVES = ("A", "B")


def half_of(line: int) -> str:
    """The half a dev line belongs to: A for even line numbers (from 0), B for odd."""
    return HALVES[line % 2]


@dataclass(frozen=True, slots=True)
class Target:
    """One scored CPP target as the engine read it."""

    line: int
    char: str
    label: str
    lexical: str
    citation: str
    sentence: str  # the sentence with the target in brackets

    @property
    def right(self) -> bool:
        """As :func:`evaluate.lexical_right` scores it: the label is the full tone or the
        syllable as written."""
        return self.label in (self.lexical, self.citation)

    def row(self) -> str:
        return "\t".join((str(self.line), self.char, self.label, self.lexical, self.citation,
                          str(int(self.right)), self.sentence))


def parse(lines: Iterable[str]) -> Iterator[Target]:
    """Targets from the lines ``targets`` wrote."""
    for line in lines:
        if not line.strip():
            continue
        n, char, label, lexical, citation, _right, sentence = line.rstrip("\n").split("\t")
        yield Target(int(n), char, label, lexical, citation, sentence)


def read_targets(engine, items: list[tuple[str, int, str]], chars: str = "") -> Iterator[Target]:
    """The engine's reading of each CPP target (``chars``: only targets of these characters)."""
    reader = engine.reader
    for n, (text, i, label) in enumerate(items):
        if chars and text[i] not in chars:
            continue
        citation = ""
        for tok in engine.annotate(text, tone_changes=False):
            if tok.pinyin is not None and tok.start <= i < tok.start + len(tok.text):
                citation = tok.citation[i - tok.start]
                break
        lexical = reader.lexical_tone(text[i], citation) if citation else ""
        if lexical != label and lexical_right(reader, text[i], citation, label):
            lexical = label  # a light syllable of a character with several full tones
        yield Target(n, text[i], label, lexical, citation, f"{text[:i]}[{text[i]}]{text[i + 1:]}")


@dataclass
class HalfCount:
    """Targets of one half: how many, how many were right before, and how many a change
    fixed and broke."""

    total: int = 0
    right_before: int = 0
    fixed: int = 0
    broken: int = 0


def compare(before: Iterable[Target], after: Iterable[Target]) -> tuple[
        dict[str, HalfCount], dict[str, list[tuple[Target, Target]]]]:
    """Per half: counts of fixed and broken targets, and the targets whose reading changed.

    Only targets present in both files are compared (a ``--chars`` rerun against a full run
    compares the characters rerun)."""
    old = {t.line: t for t in before}
    counts = {h: HalfCount() for h in HALVES}
    changed: dict[str, list[tuple[Target, Target]]] = {h: [] for h in HALVES}
    for new in after:
        prev = old.get(new.line)
        if prev is None:
            continue
        c = counts[half_of(new.line)]
        c.total += 1
        c.right_before += prev.right
        c.fixed += new.right and not prev.right
        c.broken += prev.right and not new.right
        if prev.lexical != new.lexical:
            changed[half_of(new.line)].append((prev, new))
    return counts, changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("targets", help="write the engine's reading of every target")
    t.add_argument("out", type=Path)
    t.add_argument("--cpp", type=Path, default=DEFAULT_CPP)
    t.add_argument("--split", default="dev")
    t.add_argument("--chars", default="", help="only the targets of these characters")
    e = sub.add_parser("errors", help="the errors of one half")
    e.add_argument("targets", type=Path)
    e.add_argument("--half", choices=HALVES, required=True)
    c = sub.add_parser("compare", help="fixed and broken targets per half")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--list", choices=HALVES, help="also list the changed targets of this half")
    args = ap.parse_args(argv)

    if args.cmd == "targets":
        from chinese_teach.core.text.engine import get_engine

        items = read_cpp(args.cpp, args.split)
        with args.out.open("w", encoding="utf-8") as fh:
            rows = [t.row() for t in read_targets(get_engine(), items, args.chars)]
            fh.write("\n".join(rows) + "\n")
        right = sum(r.split("\t")[5] == "1" for r in rows)
        print(f"{right}/{len(rows)} right, written to {args.out}")
    elif args.cmd == "errors":
        with args.targets.open(encoding="utf-8") as fh:
            for tgt in parse(fh):
                if half_of(tgt.line) == args.half and not tgt.right:
                    print(f"{tgt.line}\t{tgt.char} {tgt.label} got {tgt.lexical}\t{tgt.sentence}")
    else:
        with args.before.open(encoding="utf-8") as b, args.after.open(encoding="utf-8") as a:
            counts, changed = compare(list(parse(b)), list(parse(a)))
        for h in HALVES:
            n = counts[h]
            print(f"half {h}: {n.fixed} fixed, {n.broken} broken "
                  f"({n.right_before} -> {n.right_before + n.fixed - n.broken} of {n.total})")
        if args.list:
            for prev, new in changed[args.list]:
                print(f"{new.line}\t{new.char} {new.label}: {prev.lexical} -> {new.lexical}"
                      f"\t{new.sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
