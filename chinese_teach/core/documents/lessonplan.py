"""The lesson plan as a format-neutral document: what the PDF and DOCX writers print.

:func:`build_lesson_plan` gathers a lesson from the library into a :class:`LessonPlan`:
the header (course, lesson, date, duration, level with its standard named), the
objectives, the timed activity table (with its total checked against the lesson's
duration), the vocabulary table (hanzi, pinyin with the teacher's corrections, meaning),
the grammar points, the texts and the homework.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as _date
from typing import TYPE_CHECKING

from chinese_teach.core.corpus.levels import Standard, level_name
from chinese_teach.core.documents.lessonwords import VocabRow, resolve_vocab
from chinese_teach.core.library.models import Stage

if TYPE_CHECKING:
    from chinese_teach.core.corpus.store import Corpus
    from chinese_teach.core.documents.reader import ReaderDocument
    from chinese_teach.core.library.known import Coverage
    from chinese_teach.core.library.store import Library


@dataclass(frozen=True, slots=True)
class PlanHeader:
    """What the top of the plan says."""

    course: str
    learners: str
    lesson: str
    number: int  # 1-based place in the course
    unit: str
    date: str  # as the teacher wrote it (ISO), "" if none
    duration: int  # minutes
    standard: Standard
    target_level: int
    status: str

    @property
    def level_text(self) -> str:
        """``Target: HSK 3.0 (2021 standard) level 2`` (always naming the standard)."""
        return f"{self.standard.label} level {level_name(self.target_level)}"

    @property
    def date_text(self) -> str:
        """The date written out (``Tue 1 Sep 2026``), or the teacher's text if not ISO."""
        try:
            d = _date.fromisoformat(self.date)
        except ValueError:
            return self.date
        return f"{d:%a} {d.day} {d:%b %Y}"


@dataclass(frozen=True, slots=True)
class PlanActivity:
    """A row of the activity table, with its clock (minutes from the lesson start)."""

    stage: Stage
    minutes: int
    start: int
    description: str
    materials: str

    @property
    def stage_label(self) -> str:
        return self.stage.label

    @property
    def timing(self) -> str:
        """``0-5`` (minute range) or ``after class`` for homework."""
        if self.stage is Stage.HOMEWORK:
            return "after class"
        return f"{self.start}-{self.start + self.minutes}"


@dataclass(frozen=True, slots=True)
class PlanText:
    """One of the lesson's texts with how much of it the class can already read."""

    title: str
    text: str
    coverage: float | None = None  # 0..1 by the words known before the lesson
    reader: ReaderDocument | None = None  # pinyin on the words new to the class

    @property
    def coverage_text(self) -> str:
        if self.coverage is None:
            return ""
        pct = round(self.coverage * 100, 1)
        if self.coverage >= 0.98:
            verdict = "readable alone"
        elif self.coverage >= 0.95:
            verdict = "readable with a glossary"
        else:
            verdict = "below the 95% comfort threshold"
        return f"Known words cover {pct}% of the text ({verdict})."


@dataclass(slots=True)
class LessonPlan:
    """A lesson plan ready to write in any format."""

    header: PlanHeader
    objectives: list[str]
    activities: list[PlanActivity]
    vocab: list[VocabRow]
    grammar: list[tuple[str, str]]  # (point, note)
    texts: list[PlanText]
    homework: str
    notes: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def planned_minutes(self) -> int:
        """Minutes of the activities in class (homework not counted)."""
        return sum(a.minutes for a in self.activities if a.stage is not Stage.HOMEWORK)

    @property
    def timing_ok(self) -> bool:
        return self.planned_minutes == self.header.duration

    @property
    def timing_text(self) -> str:
        """``Total 45 of 45 minutes`` with a warning when they differ."""
        total, duration = self.planned_minutes, self.header.duration
        if total == duration:
            return f"Total: {total} min (matches the {duration}-minute lesson)"
        diff = total - duration
        word = "over" if diff > 0 else "under"
        return f"Total: {total} min, {abs(diff)} min {word} the {duration}-minute lesson"


def timing_warning(planned: int, duration: int) -> str | None:
    """A teacher-readable warning when the activities do not fill the lesson exactly."""
    if planned == duration:
        return None
    if planned > duration:
        return (f"The activities take {planned} minutes, {planned - duration} more than the "
                f"{duration}-minute lesson.")
    return (f"The activities take {planned} minutes, {duration - planned} fewer than the "
            f"{duration}-minute lesson.")


def plan_activities(activities) -> list[PlanActivity]:
    """Activity rows with their start minute; homework does not advance the clock."""
    out: list[PlanActivity] = []
    clock = 0
    for a in activities:
        out.append(PlanActivity(a.stage, a.minutes, clock, a.description, a.materials))
        if a.stage is not Stage.HOMEWORK:
            clock += a.minutes
    return out


def build_lesson_plan(
    lib: Library, lesson_id: str, engine, corpus: Corpus | None = None,
    *, with_coverage: bool = True, with_readers: bool = True,
) -> LessonPlan:
    """Collect lesson ``lesson_id`` into a :class:`LessonPlan` (applies the teacher's
    reading corrections to ``engine``). ``with_readers`` annotates the texts with
    pinyin on the words the class does not know before the lesson."""
    lesson = lib.lesson(lesson_id)
    course = lib.course(lesson.course_id)
    unit = lib.unit(lesson.unit_id).title if lesson.unit_id else ""
    standard = Standard.parse(course.standard)
    header = PlanHeader(course.name, course.learners, lesson.title, lesson.position + 1, unit,
                        lesson.date, lesson.duration, standard, course.target_level,
                        lesson.status.value)
    activities = plan_activities(lesson.activities)
    vocab = resolve_vocab(lib, lesson, engine, corpus)
    readers = lib.readers(lesson_id)
    covers: dict[str, Coverage] = {}
    if with_coverage and readers:
        from chinese_teach.core.library.known import lesson_text_coverage

        covers = lesson_text_coverage(lib, lesson_id, engine, corpus or engine.corpus)
    docs: dict[str, ReaderDocument] = {}
    if with_readers and readers:
        from chinese_teach.core.documents.reader import (
            GlossaryMode,
            PinyinMode,
            ReaderOptions,
            build_reader,
        )

        known = lib.known_before(lesson_id, corpus or engine.corpus)
        for doc in readers:
            opts = ReaderOptions(pinyin=PinyinMode.NEW, standard=standard,
                                 target_level=course.target_level, glossary=GlossaryMode.NONE,
                                 font_size=13.0, color_pinyin=False)
            docs[doc.id] = build_reader(doc.text, opts, engine, known_words=known,
                                        title=doc.title)
    texts = [PlanText(doc.title, doc.text,
                      covers[doc.id].fraction if doc.id in covers else None,
                      docs.get(doc.id)) for doc in readers]
    plan = LessonPlan(header, list(lesson.objectives), activities, vocab,
                      [(g.text, g.note) for g in lesson.grammar], texts, lesson.homework,
                      lesson.notes)
    warning = timing_warning(plan.planned_minutes, lesson.duration)
    if warning:
        plan.warnings.append(warning)
    return plan
