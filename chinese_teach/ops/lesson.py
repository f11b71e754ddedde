"""Lesson operations: its texts, the analysis the vocabulary panel shows, the worksheet
pages, and the exports (lesson plan, worksheet, deck).

Functions that run in a worker take the library's *path* and open their own
connection (:func:`~chinese_teach.ops.connections.worker_library`): an SQLite
connection belongs to one thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from chinese_teach.core.errors import BadInputError
from chinese_teach.core.library.models import Lesson, LessonRef, ReaderDoc
from chinese_teach.core.progress import CancelToken, ProgressCallback
from chinese_teach.ops.changes import OpChanges, OpResult, recording
from chinese_teach.ops.connections import worker_library
from chinese_teach.ops.exporters import (
    DICTATION_WRITERS,
    PLAN_WRITERS,
    WORKSHEET_WRITERS,
    Exported,
    Exporters,
    check_target,
    writer_for,
)

if TYPE_CHECKING:
    from chinese_teach.core.library.store import Library


# -- texts ----------------------------------------------------------------------------------
def lesson_content(lesson: Lesson) -> tuple:
    """What the teacher edits in a lesson (timestamps and place left out): two lessons
    with the same content need no save."""
    return (lesson.title, lesson.unit_id, lesson.date, lesson.duration,
            tuple(lesson.objectives), tuple((v.word, v.pinyin, v.meaning) for v in lesson.vocab),
            tuple((g.text, g.note) for g in lesson.grammar),
            tuple((a.stage, a.minutes, a.description, a.materials) for a in lesson.activities),
            lesson.homework, lesson.notes, lesson.status)


def add_text(lib: Library, lesson_id: str, title: str, text: str = "") -> OpResult[ReaderDoc]:
    """A new text at the end of the lesson's texts."""
    with recording(lib) as seen:
        doc = lib.save_reader(ReaderDoc(title=title, text=text, lesson_id=lesson_id))
    return OpResult(doc, OpChanges.from_library(seen))


def save_text(lib: Library, reader_id: str, title: str, text: str
              ) -> OpResult[ReaderDoc | None]:
    """Store a text's title and body (value None when nothing changed)."""
    doc = lib.reader(reader_id)
    if (doc.title, doc.text) == (title, text):
        return OpResult(None)
    with recording(lib) as seen:
        saved = lib.save_reader(replace(doc, title=title, text=text))
    return OpResult(saved, OpChanges.from_library(seen))


def delete_text(lib: Library, reader_id: str) -> OpResult[None]:
    """Delete one of a lesson's texts."""
    with recording(lib) as seen:
        lib.delete_reader(reader_id)
    return OpResult(None, OpChanges.from_library(seen))


# -- analysis -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TextCoverage:
    """How much of one of the lesson's texts the class knows, before the lesson and with
    its vocabulary (fractions of the words)."""

    title: str
    before: float
    after: float


@dataclass
class LessonAnalysis:
    """What the vocabulary panel shows: proposed new words, the level of each word of
    the vocabulary, the meaning its outputs print when the lesson gives none, the
    coverage of each text, and the later lessons it affects."""

    lesson_id: str
    proposals: list = field(default_factory=list)
    levels: dict[str, str] = field(default_factory=dict)
    #: word -> the meaning printed without a meaning of this lesson's own: the teacher's
    #: saved one, else the sense of the word in the lesson's texts, else the dictionary's
    #: (for the vocabulary and the proposed words)
    meanings: dict[str, str] = field(default_factory=dict)
    #: word -> the pinyin the lesson's outputs print for a word of its vocabulary (the
    #: teacher's own, else the word's reading)
    pinyins: dict[str, str] = field(default_factory=dict)
    coverage: list[TextCoverage] = field(default_factory=list)
    affected: list[LessonRef] = field(default_factory=list)


def analyse_lesson(path: Path, lesson_id: str, engine, corpus) -> LessonAnalysis:
    """Proposals, vocabulary levels and meanings, text coverage and affected lessons (own
    connection)."""
    from chinese_teach.core.corpus.levels import Standard
    from chinese_teach.core.documents.lessonwords import (
        learner_word_level,
        level_label,
        propose_new_words,
        resolve_vocab,
    )
    from chinese_teach.core.library.known import coverage
    from chinese_teach.core.library.models import VocabItem
    from chinese_teach.core.text.analyze import KnownWords, level_index
    from chinese_teach.core.text.annotation_cache import annotated_in_blocks

    with worker_library(path) as lib:
        lesson = lib.lesson(lesson_id)
        course = lib.course(lesson.course_id)
        std = Standard.parse(course.standard)
        index = level_index(corpus)
        out = LessonAnalysis(lesson_id)
        # each text is read once: the proposals, the senses and the coverage share it
        docs = lib.readers(lesson_id)
        annotated = list(annotated_in_blocks(engine, [doc.text for doc in docs]))
        before = lib.known_before(lesson_id, corpus)
        out.proposals = propose_new_words(lib, lesson_id, engine, corpus, before,
                                          tokens=annotated)
        # as the proposals show it, and the plan and the cards print it (每天: 每's level)
        out.levels = {w: level_label(std, learner_word_level(w, index, std))
                      for w in lesson.words}
        # the lesson's own meanings left out: the panel shows them itself, as they are typed;
        # the proposed words' meanings are the ones the lesson would print once accepted
        unowned = replace(lesson, vocab=[
            *(VocabItem(v.word, v.pinyin) for v in lesson.vocab),
            *(VocabItem(p.word) for p in out.proposals if p.word not in lesson.words)])
        rows = resolve_vocab(lib, unowned, engine, corpus, annotated)
        out.meanings = {r.word: r.meaning for r in rows}
        out.pinyins = {r.word: r.pinyin for r in rows if r.word in lesson.words}
        after = KnownWords(before.words | frozenset(lesson.words), "")
        for doc, tokens in zip(docs, annotated, strict=True):
            b = coverage(tokens, before, std, corpus)
            a = coverage(tokens, after, std, corpus)
            out.coverage.append(TextCoverage(doc.title, b.fraction, a.fraction))
        out.affected = lib.later_lessons(lesson_id)
    return out


# -- documents ------------------------------------------------------------------------------
def layout_lesson_worksheet(lib: Library, lesson_id: str, kind: str, engine, corpus, *,
                            seed: int, grid: str, lang: str | None = None, cancel=None,
                            hint: str = "pinyin", shuffle: bool = True, paper: str = "A4"):
    """The pages of the lesson's worksheet (a SheetDocument): what the worksheet export
    writes and the preview shows, from one function so the two never differ. ``hint``
    and ``shuffle`` are a dictation's options; ``paper`` is A4 or Letter."""
    from chinese_teach.core.documents.worksheet import build_worksheet
    from chinese_teach.render.pages import PageSetup
    from chinese_teach.render.worksheet_pdf import layout_worksheet

    ws = build_worksheet(lib, lesson_id, kind, engine, corpus, seed=seed, grid=grid, lang=lang,
                         hint=hint, shuffle=shuffle)
    return layout_worksheet(ws, PageSetup.named(paper_size(paper), WORKSHEET_MARGIN_MM),
                            cancel=cancel)


#: the page sizes a worksheet prints on, and its margins
PAPER_SIZES = ("A4", "Letter")
WORKSHEET_MARGIN_MM = 15.0


def paper_size(paper: str) -> str:
    """``paper`` as a known page size (``a4`` -> ``A4``); a readable error otherwise."""
    for name in PAPER_SIZES:
        if paper.lower() == name.lower():
            return name
    raise BadInputError(key="error.reader.page_size", value=paper)


def export_lesson_plan(lib: Library, lesson_id: str, out: Path, engine, corpus, *,
                       lang: str | None = None, force: bool = True,
                       progress: ProgressCallback | None = None,
                       cancel: CancelToken | None = None) -> OpResult[Exported]:
    """Write the lesson plan (its texts with pinyin over the words new to the class) as
    PDF or DOCX, chosen by ``out``'s suffix."""
    from chinese_teach.core.documents.lessonplan import build_lesson_plan

    writer = writer_for(PLAN_WRITERS, out)
    check_target(out, force)
    plan = build_lesson_plan(lib, lesson_id, engine, corpus, lang=lang)
    pages = writer(plan, out, force, progress, cancel)
    return OpResult(Exported(out, plan.header.title, pages, tuple(plan.warnings), plan),
                    OpChanges.wrote(out))


def export_worksheet(lib: Library, lesson_id: str, out: Path, engine, corpus, *,
                     kind: str, seed: int = 1, grid: str = "tian", lang: str | None = None,
                     hint: str = "pinyin", shuffle: bool = True, paper: str = "A4",
                     force: bool = True, progress: ProgressCallback | None = None,
                     cancel: CancelToken | None = None) -> OpResult[Exported]:
    """Write the lesson's worksheet of ``kind`` with its answer key on ``paper`` (A4 or
    Letter): a PDF, or for a dictation a Word document too (``out`` ending in .docx);
    ``hint`` and ``shuffle`` are a dictation's options."""
    from chinese_teach.core.documents.worksheet import build_worksheet

    writer = writer_for(worksheet_writers(kind), out)
    check_target(out, force)
    paper = paper_size(paper)
    ws = build_worksheet(lib, lesson_id, kind, engine, corpus, seed=seed, grid=grid, lang=lang,
                         hint=hint, shuffle=shuffle)
    return write_worksheet(ws, out, writer, paper=paper, force=force, progress=progress,
                           cancel=cancel)


def worksheet_writers(kind: str) -> Exporters:
    """The files a worksheet of ``kind`` can be written as: PDF, a dictation Word too."""
    return DICTATION_WRITERS if kind == "dictation" else WORKSHEET_WRITERS


def write_worksheet(ws, out: Path, writer, *, paper: str, force: bool,
                    progress: ProgressCallback | None = None,
                    cancel: CancelToken | None = None) -> OpResult[Exported]:
    """Write the built worksheet ``ws`` at ``out`` with ``writer`` (of
    :func:`worksheet_writers`): its pages on ``paper`` as PDF, or a Word document."""
    if out.suffix.lower() == ".docx":
        writer(ws, out, force, progress, cancel, paper=paper)
        return OpResult(Exported(out, ws.title, None, document=ws), OpChanges.wrote(out))
    from chinese_teach.render.offscreen import painting_ready
    from chinese_teach.render.pages import PageSetup
    from chinese_teach.render.worksheet_pdf import layout_worksheet

    painting_ready()
    setup = PageSetup.named(paper, WORKSHEET_MARGIN_MM)
    pages = writer(layout_worksheet(ws, setup, cancel=cancel), out, force, progress, cancel)
    return OpResult(Exported(out, ws.title, pages, document=ws), OpChanges.wrote(out))


def export_lesson_deck(lib: Library, lesson_id: str, out: Path, corpus, *,
                       force: bool = True, progress: ProgressCallback | None = None,
                       cancel: CancelToken | None = None) -> OpResult[Exported]:
    """Write the lesson's vocabulary as an Anki deck (.apkg)."""
    from chinese_teach.core.export.anki.apkg import export_apkg
    from chinese_teach.core.export.anki.sources import DeckSource, load_parts

    check_target(out, force)
    parts = load_parts(DeckSource("lesson", lesson_id), corpus=corpus, library=lib,
                       progress=progress, cancel=cancel)
    export_apkg(parts, out, overwrite=force, progress=progress, cancel=cancel)
    return OpResult(Exported(out), OpChanges.wrote(out))
