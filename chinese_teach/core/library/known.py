"""The class's known words, lesson by lesson, and how much of a text they cover.

Known before lesson N = the course's starting vocabulary (all words up to
``start_level`` of the course's named HSK standard, read from the corpus table
``word_levels``, plus the words of its imported list) + the vocabulary of
lessons 1 .. N-1 in course order. Levels come from the corpus through
:func:`chinese_teach.core.text.analyze.level_index`; coverage is computed by
:func:`chinese_teach.core.text.analyze.analyze`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from chinese_teach.core.corpus.levels import Level, Standard
from chinese_teach.core.text.analyze import (
    COMFORT_THRESHOLDS,
    KnownWords,
    LevelIndex,
    analyze,
    level_index,
)

if TYPE_CHECKING:
    from chinese_teach.core.corpus.store import Corpus
    from chinese_teach.core.library.models import Course
    from chinese_teach.core.library.store import Library
    from chinese_teach.core.text.tokens import Token


def _index(corpus: Corpus | None) -> LevelIndex:
    if corpus is None:
        from chinese_teach.core.corpus.store import open_corpus

        corpus = open_corpus()
    return level_index(corpus)


def starting_vocabulary(lib: Library, course: Course, corpus: Corpus | None = None) -> KnownWords:
    """The words the class knew before the course's first lesson."""
    known = KnownWords()
    standard = Standard.parse(course.standard)
    if course.start_level > 0:
        known = KnownWords.from_level(_index(corpus), Level(standard, course.start_level))
    if course.start_list_id:
        wl = lib.word_list(course.start_list_id)
        listed = KnownWords.from_words(wl.words, f"word list {wl.name}")
        known = listed if not known.words and course.start_level == 0 else known.union(listed)
    return known


def words_of_lessons_before(lib: Library, course_id: str, position: int) -> set[str]:
    """Vocabulary of the course's lessons at positions ``< position``."""
    return {r[0] for r in lib.db.query(
        "SELECT DISTINCT v.word FROM lesson_vocab v JOIN lessons l ON l.id = v.lesson_id "
        "WHERE l.course_id = ? AND l.position < ?", (course_id, position))}


def known_before(lib: Library, lesson_id: str, corpus: Corpus | None = None) -> KnownWords:
    """Words the class knows before the lesson: starting vocabulary + earlier lessons' words."""
    lesson = lib.lesson(lesson_id)
    course = lib.course(lesson.course_id)
    start = starting_vocabulary(lib, course, corpus)
    earlier = words_of_lessons_before(lib, course.id, lesson.position)
    if lesson.position == 0:
        return start
    label = "lesson 1" if lesson.position == 1 else f"lessons 1-{lesson.position}"
    return KnownWords(start.words | frozenset(earlier), f"{start.description} + {label}")


def known_after(lib: Library, lesson_id: str, corpus: Corpus | None = None) -> KnownWords:
    """Words the class knows once the lesson is taught (known before + its vocabulary)."""
    before = known_before(lib, lesson_id, corpus)
    lesson = lib.lesson(lesson_id)
    return KnownWords(before.words | frozenset(lesson.words),
                      f"{before.description} + {lesson.title}")


def new_words(lib: Library, lesson_id: str, corpus: Corpus | None = None) -> list[str]:
    """The lesson's vocabulary words that the class did not know before it, in order."""
    known = known_before(lib, lesson_id, corpus)
    return [w for w in lib.lesson(lesson_id).words if w not in known.words]


@dataclass(frozen=True, slots=True)
class Coverage:
    """Share of a text's running words the class knows, against the comfort thresholds."""

    fraction: float
    words: int
    unknown: list[str] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return round(self.fraction * 100, 1)

    @property
    def with_help(self) -> bool:
        """At least 95%: readable with a glossary."""
        return self.fraction >= COMFORT_THRESHOLDS[0]

    @property
    def comfortable(self) -> bool:
        """At least 98%: readable alone."""
        return self.fraction >= COMFORT_THRESHOLDS[1]


def coverage(
    tokens: Iterable[Token], known: KnownWords, standard: Standard | str = Standard.HSK2021,
    corpus: Corpus | None = None,
) -> Coverage:
    """How much of ``tokens`` (from ``engine.segment``/``annotate``) ``known`` covers."""
    tokens = list(tokens)
    result = analyze(tokens, _index(corpus), Standard.parse(standard), known=known)
    return Coverage(result.coverage if result.coverage is not None else 1.0,
                    result.word_count, list(result.unknown_words))


def lesson_text_coverage(
    lib: Library, lesson_id: str, engine, corpus: Corpus | None = None,
) -> dict[str, Coverage]:
    """Coverage of each of the lesson's texts by the words known before it (reader id ->)."""
    known = known_before(lib, lesson_id, corpus)
    course = lib.course(lib.lesson(lesson_id).course_id)
    return {doc.id: coverage(engine.segment(doc.text), known, course.standard, corpus)
            for doc in lib.readers(lesson_id)}
