"""What a teacher hands out, glossed by two versions of the code, and the glosses that differ.

Two steps, so that any two worktrees (say main at an older commit and a branch) can be
compared; this file is run from the newer one but imports the package of the worktree
given by ``PYTHONPATH``/the current directory, and reads no other module of
``benchmarks`` (an older worktree may not have them)::

    cd OLD && PYTHONPATH=OLD python NEW/benchmarks/words/gloss_diff.py dump old.tsv
    cd NEW && python -m benchmarks.words.gloss_diff dump new.tsv
    python -m benchmarks.words.gloss_diff compare old.tsv new.tsv > changed.tsv

or in one go (both dumps run one after the other, each in its worktree)::

    python -m benchmarks.words.gloss_diff run OLD_WORKTREE NEW_WORKTREE > changed.tsv

A dump has one line a gloss shown: ``source``, ``key`` (where it is shown), ``word``,
``gloss`` (the short gloss, and the parts shown with it as ``[piece=gloss | …]``),
``context`` (the sentence, or the word's level). The sources:

* ``lesson-glossary``: the glossary of each text of the sample course's lessons, as its
  reader prints it (target level 1: every word above HSK 1);
* ``lesson-vocab``: each lesson's Vocabulary tab, lesson plan and worksheets
  (:func:`resolve_vocab`);
* ``deck-back``: the meaning on the back of each card of the sample course's deck;
* ``graded-glossary``: the glossary of a reader of each graded text of
  ``benchmarks/words/graded`` (target level 1);
* ``annotate``: every word of ``annotate --format jsonl`` of ``--pool`` sentences of
  ``benchmarks/pool.txt`` (every fourth line from the first) and of the sample lessons'
  texts;
* ``parts``: the parts the Dictionary page and pop-ups show for each HSK 2021 level 1-5
  word, in the reading the engine gives it alone;
* ``alone``: every word and part above typed alone (a word list, a deck of typed words):
  a change there is the word's default gloss, which every other source starts from.

``compare`` prints, per changed line, ``source``, ``key``, ``word``, old gloss, new gloss
and context, then a count per source on standard error.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOL = HERE.parent / "pool.txt"
GRADED = HERE / "graded"


def _shown(found) -> str:  # type: ignore[no-untyped-def]
    """A gloss as shown: its short text and the parts shown with it."""
    if found is None:
        return ""
    parts = getattr(found, "parts", ()) or ()
    text = found.short
    if parts:
        text += " [" + " | ".join(f"{p}={g}" for p, g in parts) + "]"
    return text


def _pieces(source: str, gloss: str) -> list[tuple[str, str]]:
    """The (piece, gloss) pairs a dumped gloss shows (a ``parts`` line is only pairs)."""
    if source != "parts":
        start = gloss.rfind(" [")
        if start < 0 or not gloss.endswith("]"):
            return []
        gloss = gloss[start + 2:-1]
    return [(p.split("=", 1)[0], p.split("=", 1)[1]) for p in gloss.split(" | ") if "=" in p]


def _line(*cells: object) -> str:
    return "\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in cells)


def _annotated(engine, corpus, source: str, key: str, sentence: str) -> Iterator[str]:
    from chinese_teach.core.corpus.glosses import token_glosses

    tokens = engine.annotate(sentence)
    for k, (tok, found) in enumerate(zip(tokens, token_glosses(tokens, corpus), strict=True)):
        if found is not None:
            yield _line(source, f"{key}:{k}", tok.text, _shown(found), sentence)


def _glossary(doc, source: str, key: str, text: str) -> Iterator[str]:
    for entry in doc.glossary:
        yield _line(source, f"{key}:{entry.source}", entry.source, entry.definition,
                    text[:80])


def dump(out: Path, pool_size: int) -> None:
    """Write every gloss shown by the importable package into ``out``."""
    from chinese_teach.core.corpus.glosses import glosser
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.documents.lessonwords import resolve_vocab
    from chinese_teach.core.documents.reader import ReaderOptions, build_reader
    from chinese_teach.core.export.anki.sources import DeckSource, load_parts
    from chinese_teach.core.library.sample import ensure_sample_course
    from chinese_teach.core.library.store import Library
    from chinese_teach.core.text.engine import get_engine

    corpus = open_corpus()
    engine = get_engine(corpus)
    engine.load()
    options = ReaderOptions(target_level=1)
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "library.db", auto_backup=False)
        course = ensure_sample_course(lib)
        assert course is not None
        for n, lesson in enumerate(lib.lessons(course.id), 1):
            for m, doc in enumerate(lib.readers(lesson.id), 1):
                reader = build_reader(doc.text, options, engine)
                lines += _glossary(reader, "lesson-glossary", f"L{n}.{m}", doc.text)
                for p, para in enumerate(t for t in doc.text.splitlines() if t.strip()):
                    lines += _annotated(engine, corpus, "annotate", f"L{n}.{m}.{p}", para)
            for row in resolve_vocab(lib, lesson, engine, corpus):
                lines.append(_line("lesson-vocab", f"L{n}:{row.word}", row.word,
                                   row.meaning or "", lesson.title))
        for part in load_parts(DeckSource("course", course.id), corpus=corpus, library=lib):
            for word in part.words:
                lines.append(_line("deck-back", f"{part.name}:{word.simplified}",
                                   word.simplified, word.meaning,
                                   word.example.text if word.example else ""))
        lib.close()
    for path in sorted(GRADED.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines += _glossary(build_reader(text, options, engine), "graded-glossary",
                           path.stem, text)
    pool = [s for s in POOL.read_text(encoding="utf-8").splitlines() if s.strip()]
    for k in range(0, min(len(pool), 4 * pool_size), 4):
        lines += _annotated(engine, corpus, "annotate", f"pool{k}", pool[k])
    g = glosser(corpus)
    levels: dict[str, int] = {}
    for word, level in corpus.query(
            "SELECT word, level FROM word_levels WHERE standard = 'hsk2021' AND level <= 5"):
        levels.setdefault(word, level)
    for word, level in sorted(levels.items(), key=lambda x: (x[1], x[0])):
        if len(word) < 2:
            continue
        toks = [t for t in engine.annotate(word) if t.text.strip()]
        syls = (toks[0].citation or toks[0].pinyin) if len(toks) == 1 else None
        shown = " | ".join(f"{p}={s}" for p, s in g.parts(word, syls))
        if shown:
            lines.append(_line("parts", word, word, shown, f"HSK {level}"))
    shown: set[str] = set()
    for line in lines:
        cells = line.split("\t")
        shown.add(cells[2])
        shown.update(piece for piece, _ in _pieces(cells[0], cells[3]))
    for word in sorted(w for w in shown if w):
        lines.append(_line("alone", word, word, g.gloss(word).short, ""))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_dump(path: Path) -> dict[tuple[str, str], tuple[str, str, str]]:
    """(source, key) -> (word, gloss, context) of a dump."""
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 5:
            out[(cells[0], cells[1])] = (cells[2], cells[3], cells[4])
    return out


def changed(old: Path, new: Path) -> Iterator[tuple[str, str, str, str, str, str]]:
    """(source, key, word, old gloss, new gloss, context) of every line that differs, in
    the new dump's order (a line only one side has shows ``-`` on the other)."""
    a, b = read_dump(old), read_dump(new)
    for key, (word, gloss, context) in b.items():
        before = a.get(key, (word, "-", context))[1]
        if before != gloss:
            yield (*key, word, before, gloss, context)
    for key, (word, gloss, context) in a.items():
        if key not in b:
            yield (*key, word, gloss, "-", context)


def compare(old: Path, new: Path) -> Counter:
    """Print the changed lines; return their count per source."""
    counts: Counter = Counter()
    for row in changed(old, new):
        counts[row[0]] += 1
        print(_line(*row))
    return counts


def main(argv: Iterable[str] | None = None) -> None:
    """``dump OUT``, ``compare OLD NEW`` or ``run OLD_WORKTREE NEW_WORKTREE``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--pool", type=int, default=3000, help="pool sentences (default 3000)")
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    r = sub.add_parser("run")
    r.add_argument("old", type=Path)
    r.add_argument("new", type=Path)
    r.add_argument("--pool", type=int, default=3000)
    r.add_argument("--keep", type=Path, help="a folder to keep the two dumps in")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.cmd == "dump":
        dump(args.out, args.pool)
        return
    if args.cmd == "run":
        folder = args.keep or Path(tempfile.mkdtemp())
        folder.mkdir(parents=True, exist_ok=True)
        for name, tree in (("old", args.old), ("new", args.new)):
            env = dict(os.environ, PYTHONPATH=str(tree.resolve()))
            subprocess.run([sys.executable, str(Path(__file__).resolve()), "dump",
                            str(folder / f"{name}.tsv"), "--pool", str(args.pool)],
                           cwd=tree, env=env, check=True)
        args.old, args.new = folder / "old.tsv", folder / "new.tsv"
    counts = compare(args.old, args.new)
    for source, n in sorted(counts.items()):
        print(f"{source}\t{n}", file=sys.stderr)


if __name__ == "__main__":
    main()
