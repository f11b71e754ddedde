"""Write ``benchmarks/pool.txt``: the sentences the benchmarks' mixed text draws on.

Usage::

    .venv/bin/python -m benchmarks.make_pool          # rewrites benchmarks/pool.txt

The pool is the project's own hand-written sentences, so that a long benchmark text
meets thousands of distinct words, as a teacher's text does (the 60 sentences of
``texts.SENTENCES`` alone give a 1M-character text of 369 distinct words, and every
per-word cache of the engine is warm after 10k characters). The sources, in this order:
``texts.SENTENCES``; the sample course's texts; ``docs/samples/sample_text.txt``; the
graded texts (``benchmarks/words/graded``); the classroom pinyin sets that are not blind
(``evaluate.CLASSROOM_SETS`` less ``BLIND_SETS``: their held-out parts of earlier
sessions are seen since); the sense, name and cut sets of ``benchmarks/words`` (their
tuned parts: nothing after a ``# held-out`` line); never a sentence of a blind set, even
where a seen set repeats it (13 such were left out of the 11,984 met).
No outside data (CPP's sentences are left out). Each sentence is kept once, in the order
met. The file is written once and committed, so that the benchmark text stays the same
when those sets grow; run this again only to change the pool on purpose (the rows before
and after are then not comparable).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
POOL_FILE = HERE / "pool.txt"

_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”」』]?")
_CJK = re.compile(r"[\u3400-\u9fff]")


def split_sentences(text: str) -> Iterator[str]:
    """The sentences of ``text`` (line by line; a line's unterminated tail gets 。)."""
    for raw in text.splitlines():
        line = raw.strip()
        end = 0
        for match in _SENTENCE.finditer(line):
            end = match.end()
            yield match.group().strip()
        tail = line[end:].strip()
        if tail:
            yield tail + "。"


def _tuned_lines(path: Path) -> Iterator[str]:
    """The first column of a hand-written set's lines, up to a ``# held-out`` line."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# held-out"):
            return
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")[0]


def sources() -> Iterator[tuple[str, Iterable[str]]]:
    """(name, sentences) for each source of the pool, in order."""
    from benchmarks.pinyin.evaluate import BLIND_SETS, CLASSROOM_SETS, read_classroom
    from benchmarks.texts import SENTENCES
    from chinese_teach.core.library.sample import _LESSONS

    yield "texts.SENTENCES", SENTENCES
    yield "sample course", (s for lesson in _LESSONS for s in split_sentences(lesson.text))
    yield "docs sample", split_sentences(
        (ROOT / "docs" / "samples" / "sample_text.txt").read_text(encoding="utf-8"))
    for path in sorted((HERE / "words" / "graded").glob("*.txt")):
        yield f"graded {path.stem}", split_sentences(path.read_text(encoding="utf-8"))
    for name, file in CLASSROOM_SETS.items():
        if name in BLIND_SETS:
            continue
        items = read_classroom(HERE / "pinyin" / file)
        yield name, (it.text for it in items)
    yield "senses", _tuned_lines(HERE / "words" / "senses.tsv")
    yield "names", _tuned_lines(HERE / "words" / "names.tsv")
    cut_gold = _tuned_lines(HERE / "words" / "cut_gold.txt")
    yield "cut gold", (line.replace(" ", "") for line in cut_gold)


def blind_sentences() -> set[str]:
    """Every sentence of a blind classroom set (``evaluate.BLIND_SETS``), never printed."""
    from benchmarks.pinyin.evaluate import BLIND_SETS, CLASSROOM_SETS, read_classroom

    return {item.text.strip() for name in BLIND_SETS
            for item in read_classroom(HERE / "pinyin" / CLASSROOM_SETS[name])}


def build_pool() -> tuple[list[str], dict[str, int]]:
    """The pool's sentences (each once, with Chinese in it) and how many each source added.

    A sentence that a blind set also holds is left out (another set may repeat one).
    """
    seen: set[str] = blind_sentences()
    pool: list[str] = []
    added: dict[str, int] = {}
    for name, sentences in sources():
        before = len(pool)
        for raw in sentences:
            sentence = raw.strip()
            if sentence and _CJK.search(sentence) and sentence not in seen:
                seen.add(sentence)
                pool.append(sentence)
        added[name] = len(pool) - before
    return pool, added


def main() -> int:
    pool, added = build_pool()
    if any("\n" in s for s in pool):
        raise SystemExit("a sentence holds a line break")
    POOL_FILE.write_text("".join(f"{s}\n" for s in pool), encoding="utf-8")
    for name, count in added.items():
        print(f"{count:6d}  {name}")
    print(f"{len(pool):6d}  sentences written to {POOL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
