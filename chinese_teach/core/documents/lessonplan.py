"""The lesson plan as a format-neutral document: what the PDF and DOCX writers print.

:func:`build_lesson_plan` gathers a lesson from the library into a :class:`LessonPlan`:
the header (course, lesson, date, duration, level with its standard named), the
objectives, the timed activity table (with its total checked against the lesson's
duration), the vocabulary table (hanzi, pinyin with the teacher's corrections, meaning),
the grammar points, the texts and the homework.

Every word the plan adds to the teacher's own text (headings, labels, the timing and
coverage notes, the date) is in the plan's document language ``lang``; the
:func:`label` keys of the PDF and DOCX writers are the same, so both print alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as _date
from typing import TYPE_CHECKING

from chinese_teach.core.corpus.levels import Standard, level_name
from chinese_teach.core.documents.headings import lesson_title
from chinese_teach.core.documents.lessonwords import VocabRow, level_label, resolve_vocab
from chinese_teach.core.documents.reader import standard_name
from chinese_teach.core.labels import SOURCE, decimal, for_document, format_date, label
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
    lang: str = SOURCE  # the document language

    @property
    def title(self) -> str:
        """``Lesson 3: At the restaurant``."""
        return lesson_title(self.number, self.lesson, self.lang)

    @property
    def level_text(self) -> str:
        """``HSK 3.0 (2021 standard) level 2`` (always naming the standard)."""
        return label("level.of", self.lang, standard=standard_name(self.standard, self.lang),
                     level=level_name(self.target_level))

    @property
    def status_text(self) -> str:
        """``draft``, ``borrador``, ``草稿``..."""
        if self.status in ("draft", "ready", "taught"):
            return label(f"plan.status.{self.status}", self.lang)
        return self.status

    @property
    def duration_text(self) -> str:
        return label("plan.minutes", self.lang, count=self.duration)

    @property
    def date_text(self) -> str:
        """The date written out (``Tue 1 Sep 2026``), or the teacher's text if not ISO."""
        try:
            d = _date.fromisoformat(self.date)
        except ValueError:
            return self.date
        return format_date(d, self.lang)


@dataclass(frozen=True, slots=True)
class PlanActivity:
    """A row of the activity table, with its clock (minutes from the lesson start)."""

    stage: Stage
    minutes: int
    start: int
    description: str
    materials: str
    lang: str = SOURCE

    @property
    def stage_label(self) -> str:
        return self.stage.display_name(self.lang)

    @property
    def timing(self) -> str:
        """``0-5`` (minute range) or ``after class`` for homework."""
        if self.stage is Stage.HOMEWORK:
            return label("plan.after_class", self.lang)
        return f"{self.start}-{self.start + self.minutes}"


@dataclass(frozen=True, slots=True)
class PlanText:
    """One of the lesson's texts with how much of it the class can already read."""

    title: str
    text: str
    coverage: float | None = None  # 0..1 by the words known before the lesson
    reader: ReaderDocument | None = None  # pinyin on the words new to the class
    lang: str = SOURCE

    @property
    def heading(self) -> str:
        """``Text: title`` or ``Text``."""
        if self.title:
            return label("plan.heading.text_titled", self.lang, title=self.title)
        return label("plan.heading.text", self.lang)

    @property
    def coverage_text(self) -> str:
        if self.coverage is None:
            return ""
        pct = decimal(round(self.coverage * 100, 1), self.lang)
        if self.coverage >= 0.98:
            verdict = label("plan.coverage.alone", self.lang)
        elif self.coverage >= 0.95:
            verdict = label("plan.coverage.glossary", self.lang)
        else:
            verdict = label("plan.coverage.below", self.lang, threshold=95)
        return label("plan.coverage", self.lang, pct=pct, verdict=verdict)


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
    lang: str = SOURCE  # the document language

    def label(self, key: str, **fields) -> str:
        """``key`` of the catalogue in the plan's language (``plan.heading.objectives``)."""
        return label(key, self.lang, **fields)

    def vocab_level(self, row: VocabRow) -> str:
        """A vocabulary row's level: ``HSK2021 2``, or ``not in HSK2021`` in the language."""
        return level_label(row.standard, row.level, self.lang)

    @property
    def levels_note(self) -> str:
        """``Levels: HSK 3.0 (2021 standard).`` under the vocabulary table."""
        return label("levels.note", self.lang,
                     standard=standard_name(self.header.standard, self.lang))

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
            return label("plan.total.match", self.lang, total=total, duration=duration)
        diff = total - duration
        key = "plan.total.over" if diff > 0 else "plan.total.under"
        return label(key, self.lang, total=total, diff=abs(diff), duration=duration)


def timing_warning(planned: int, duration: int, lang: str | None = None) -> str | None:
    """A teacher-readable warning when the activities do not fill the lesson exactly,
    in ``lang`` (None: the message language, which the GUI keeps to its own)."""
    if planned == duration:
        return None
    if planned > duration:
        return label("plan.warning.more", lang, planned=planned, diff=planned - duration,
                     duration=duration)
    return label("plan.warning.fewer", lang, planned=planned, diff=duration - planned,
                 duration=duration)


def plan_activities(activities, lang: str = SOURCE) -> list[PlanActivity]:
    """Activity rows with their start minute; homework does not advance the clock."""
    out: list[PlanActivity] = []
    clock = 0
    for a in activities:
        out.append(PlanActivity(a.stage, a.minutes, clock, a.description, a.materials, lang))
        if a.stage is not Stage.HOMEWORK:
            clock += a.minutes
    return out


def build_lesson_plan(
    lib: Library, lesson_id: str, engine, corpus: Corpus | None = None,
    *, with_coverage: bool = True, with_readers: bool = True, lang: str | None = None,
) -> LessonPlan:
    """Collect lesson ``lesson_id`` into a :class:`LessonPlan` (``engine`` with the
    teacher's reading corrections already applied). ``with_readers`` annotates the texts with
    pinyin on the words the class does not know before the lesson; ``lang`` is the
    document language of the plan's headings and labels (None: the app's)."""
    lang = for_document(lang)
    lesson = lib.lesson(lesson_id)
    course = lib.course(lesson.course_id)
    unit = lib.unit(lesson.unit_id).title if lesson.unit_id else ""
    standard = Standard.parse(course.standard)
    header = PlanHeader(course.name, course.learners, lesson.title, lesson.position + 1, unit,
                        lesson.date, lesson.duration, standard, course.target_level,
                        lesson.status.value, lang)
    activities = plan_activities(lesson.activities, lang)
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
                                        title=doc.title, lang=lang)
    texts = [PlanText(doc.title, doc.text,
                      covers[doc.id].fraction if doc.id in covers else None,
                      docs.get(doc.id), lang) for doc in readers]
    plan = LessonPlan(header, list(lesson.objectives), activities, vocab,
                      [(g.text, g.note) for g in lesson.grammar], texts, lesson.homework,
                      lesson.notes, lang=lang)
    warning = timing_warning(plan.planned_minutes, lesson.duration, lang)
    if warning:
        plan.warnings.append(warning)
    return plan
