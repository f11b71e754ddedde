"""Records of the teacher's library: plain dataclasses, no database code.

Ids of courses, units, lessons, readers and word lists are short printable
strings with a kind prefix (``c-3f9a07be21``, ``l-...``). They are made once,
never change, and travel unchanged through a course export/import (importing
"as a copy" is the only thing that gives new ids). Children that only exist
inside a lesson (vocabulary items, activities) have no id of their own: they
are ordered lists saved together with their lesson.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NewType

CourseId = NewType("CourseId", str)
UnitId = NewType("UnitId", str)
LessonId = NewType("LessonId", str)
ReaderId = NewType("ReaderId", str)
WordListId = NewType("WordListId", str)

ID_PREFIXES = {"course": "c", "unit": "u", "lesson": "l", "reader": "r", "wordlist": "w"}


def new_id(kind: str) -> str:
    """A fresh printable id for a record of ``kind`` (``course``, ``lesson``...)."""
    return f"{ID_PREFIXES[kind]}-{secrets.token_hex(5)}"


class Stage(StrEnum):
    """The stage of a lesson an activity belongs to."""

    WARM_UP = "warm-up"
    PRESENTATION = "presentation"
    PRACTICE = "practice"
    PRODUCTION = "production"
    REVIEW = "review"
    HOMEWORK = "homework"

    @property
    def label(self) -> str:
        """The stage's name in English."""
        return self.value.replace("-", " ").capitalize()

    def display_name(self, lang: str | None = None) -> str:
        """The stage's name in ``lang`` (None: the message language, which is the
        interface language in the GUI), as lesson plans print it."""
        from chinese_teach.core.labels import label

        return label(f"plan.stage.{self.value}", lang)


class Status(StrEnum):
    """Where a lesson is in the teacher's work."""

    DRAFT = "draft"
    READY = "ready"
    TAUGHT = "taught"

    def display_name(self, lang: str | None = None) -> str:
        """The status's name in ``lang`` (None: the message language, which is the
        interface language in the GUI), as lesson plans print it (``draft``)."""
        from chinese_teach.core.labels import label

        return label(f"plan.status.{self.value}", lang)


@dataclass(slots=True)
class VocabItem:
    """A word of a lesson, with the teacher's optional pinyin and meaning for this lesson."""

    word: str
    pinyin: tuple[str, ...] | None = None  # canonical syllables (``ni3``), None = dictionary's
    meaning: str | None = None  # None = dictionary's


@dataclass(slots=True)
class Activity:
    """One timed step of a lesson."""

    stage: Stage
    minutes: int
    description: str
    materials: str = ""


@dataclass(slots=True)
class GrammarPoint:
    """A grammar point from the teacher's reusable list (``id`` 0 = not saved yet)."""

    text: str
    note: str = ""
    id: int = 0


@dataclass(slots=True)
class Course:
    """A course: a class of learners working towards a level of a named HSK standard.

    The starting vocabulary is ``start_level`` of ``standard`` (all words up to and
    including that level; 0 = none) and/or the imported word list ``start_list_id``.
    """

    name: str
    learners: str = ""
    standard: str = "hsk2021"
    target_level: int = 1
    start_level: int = 0
    start_list_id: str | None = None
    notes: str = ""
    id: str = ""
    created: str = ""
    modified: str = ""


@dataclass(slots=True)
class Unit:
    """A heading that groups lessons of a course (the course order is the lessons' order)."""

    course_id: str
    title: str
    notes: str = ""
    position: int = 0
    id: str = ""


@dataclass(slots=True)
class Lesson:
    """A lesson with everything the plan needs; children are saved with it."""

    course_id: str
    title: str
    unit_id: str | None = None
    date: str = ""  # ISO date ``2026-09-01`` or empty
    duration: int = 45  # minutes
    objectives: list[str] = field(default_factory=list)
    vocab: list[VocabItem] = field(default_factory=list)
    grammar: list[GrammarPoint] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    homework: str = ""
    notes: str = ""
    status: Status = Status.DRAFT
    position: int = 0  # 0-based place in the course order, kept by the library
    id: str = ""
    created: str = ""
    modified: str = ""

    @property
    def words(self) -> list[str]:
        """The lesson's vocabulary words in order."""
        return [v.word for v in self.vocab]

    @property
    def planned_minutes(self) -> int:
        """Total minutes of the activities (homework excluded), to check against ``duration``."""
        return sum(a.minutes for a in self.activities if a.stage is not Stage.HOMEWORK)


@dataclass(slots=True)
class ReaderDoc:
    """A stored reader document; ``options`` is ``ReaderOptions.to_dict()``, kept opaque."""

    title: str
    text: str
    subtitle: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    lesson_id: str | None = None
    position: int = 0  # order among the lesson's texts
    id: str = ""
    created: str = ""
    modified: str = ""


@dataclass(slots=True)
class WordListItem:
    """One word of an imported list, with the pinyin/meaning the file gave, if any."""

    word: str
    pinyin: str = ""
    meaning: str = ""


@dataclass(slots=True)
class WordList:
    """A word list the teacher imported (a textbook's vocabulary, a class's known words)."""

    name: str
    items: list[WordListItem] = field(default_factory=list)
    id: str = ""
    created: str = ""

    @property
    def words(self) -> list[str]:
        return [i.word for i in self.items]


@dataclass(slots=True)
class WordData:
    """The library's record of a word: its stable uid and the teacher's own edits."""

    simplified: str
    uid: str
    meaning: str | None = None
    pinyin: tuple[str, ...] | None = None
    note: str = ""


@dataclass(slots=True)
class Correction:
    """The teacher's reading of ``word``, optionally only between ``left`` and ``right``."""

    word: str
    pinyin: tuple[str, ...]
    left: str = ""
    right: str = ""
    note: str = ""
    id: int = 0
    created: str = ""


@dataclass(slots=True)
class SegmentationEdit:
    """Keep ``word`` whole (``merge``) or cut it into ``parts`` (``split``)."""

    kind: str  # "merge" | "split"
    word: str
    parts: tuple[str, ...] = ()
    id: int = 0
    created: str = ""


@dataclass(frozen=True, slots=True)
class LessonRef:
    """A lesson's place in its course, for lists of affected lessons."""

    id: str
    title: str
    position: int
