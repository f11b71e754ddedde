"""How many of a lesson's "not yet known" words and proposals are wrong on known_forms.tsv.

Each line of ``known_forms.tsv`` is a class (A, B, C: see the file's header), the known
words (``standard:level``, all the words up to that level), a short classroom text and
the words a teacher should see as not yet known. For each line the text is annotated as
a lesson's text is, and both the text's "not yet known" list
(:func:`chinese_teach.core.text.analyze.analyze`) and the proposed words
(:func:`chinese_teach.core.documents.lessonwords.propose_new_words`) are compared with
the expected words. Prints per class the lines right and the wrong entries, then every
line that misses::

    python -m benchmarks.words.known_forms
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from chinese_teach.core.corpus.levels import Level
from chinese_teach.core.documents.lessonwords import propose_new_words
from chinese_teach.core.text.analyze import KnownWords, analyze, level_index
from chinese_teach.core.text.annotation_cache import annotated_in_blocks

LINES = Path(__file__).with_name("known_forms.tsv")


@dataclass(frozen=True, slots=True)
class Line:
    """One text of the file: its class, known words, text and expected new words."""

    kind: str
    known: str
    text: str
    expected: frozenset[str]


@dataclass(frozen=True, slots=True)
class Result:
    """What the lesson analysis shows for a line."""

    line: Line
    unknown: tuple[str, ...]
    proposed: tuple[str, ...]

    @property
    def wrong(self) -> int:
        """Entries shown but not expected, or expected but not shown, in either list."""
        return (len(set(self.unknown) ^ self.line.expected)
                + len(set(self.proposed) ^ self.line.expected))


def read_lines(path: Path = LINES) -> list[Line]:
    """The lines of ``path`` (``#`` lines are comments)."""
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, known, text, expected = [*raw.split("\t"), ""][:4]
        out.append(Line(kind, known, text,
                        frozenset(w for w in expected.split(",") if w)))
    return out


class _OneLesson:
    """A library of one lesson without vocabulary, in a course of ``standard``."""

    def __init__(self, standard: str) -> None:
        self._standard = standard

    def lesson(self, _lesson_id: str) -> SimpleNamespace:
        return SimpleNamespace(course_id="course", words=[])

    def course(self, _course_id: str) -> SimpleNamespace:
        return SimpleNamespace(standard=self._standard)


def check(lines: list[Line], engine) -> list[Result]:
    """The "not yet known" list and the proposals of each line's text."""
    index = level_index(engine.corpus)
    out = []
    for line in lines:
        level = Level.parse(line.known)
        known = KnownWords.from_level(index, level)
        tokens = next(iter(annotated_in_blocks(engine, [line.text])))
        analysis = analyze(tokens, index, level.standard, level.level + 1, known)
        proposals = propose_new_words(_OneLesson(level.standard.value), "lesson", engine,
                                      engine.corpus, known, tokens=[tokens])
        out.append(Result(line, tuple(analysis.unknown_words),
                          tuple(p.word for p in proposals)))
    return out


def main() -> int:
    from chinese_teach.core.text.engine import get_engine

    results = check(read_lines(), get_engine())
    lines: Counter[str] = Counter()
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for r in results:
        lines[r.line.kind] += 1
        right[r.line.kind] += r.wrong == 0
        wrong[r.line.kind] += r.wrong
    for kind in sorted(lines):
        print(f"{kind}: {right[kind]}/{lines[kind]} lines right, {wrong[kind]} wrong entries")
    for r in results:
        if r.wrong:
            print(f"{r.line.kind} {r.line.known} {r.line.text} not yet known: "
                  f"{','.join(r.unknown)} | proposed: {','.join(r.proposed)} | "
                  f"expected: {','.join(sorted(r.line.expected))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
