"""Deck operations: the words of a typed list, a word file, a reader, a lesson or a whole
course written as an Anki deck (.apkg), a study page for students without Anki (.html), a
Pleco/Quizlet/CSV/TSV list or a printable vocabulary list (PDF), the format named by
``fmt``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from chinese_teach.core.progress import CancelToken, ProgressCallback
from chinese_teach.ops.changes import OpChanges, OpResult
from chinese_teach.ops.connections import worker_library

if TYPE_CHECKING:
    from chinese_teach.core.export.anki.apkg import AnkiOptions, ExportReport
    from chinese_teach.core.export.anki.sources import DeckSource
    from chinese_teach.core.export.anki.words import DeckPart
    from chinese_teach.core.export.study_page import StudyReport


@dataclass(frozen=True, slots=True)
class DeckWritten:
    """What a deck export wrote: ``pages`` of a PDF list, ``words`` of a text list, or the
    Anki ``report`` (a study page's ``study``); ``recorded`` words got the teacher's
    recording; ``notes`` say what the voice search found (audio asked for)."""

    path: Path
    fmt: str
    pages: int = 0
    words: int = 0
    report: ExportReport | None = None
    recorded: int = 0
    notes: tuple[str, ...] = ()
    study: StudyReport | None = None


def write_deck(parts: list[DeckPart], out: Path, fmt: str, options: AnkiOptions | None,
               *, recordings: Path | None = None, force: bool = True,
               timestamp: float | None = None, lang: str | None = None,
               progress: ProgressCallback | None = None,
               cancel: CancelToken | None = None) -> OpResult[DeckWritten]:
    """Write built deck ``parts`` at ``out`` in ``fmt`` (``anki``, ``study``, ``pleco``,
    ``quizlet``, ``csv``, ``tsv`` or ``pdf``); ``recordings`` is a folder of the teacher's
    audio. A study page takes the strokes, audio, tone colours and language of
    ``options``."""
    recorded = 0
    if recordings is not None:
        from chinese_teach.core.export.anki.words import attach_recordings

        recorded = attach_recordings(parts, recordings)
    if fmt == "pdf":
        from chinese_teach.render.vocablist_pdf import export_vocabulary_pdf

        pages = export_vocabulary_pdf(parts, out, overwrite=force, progress=progress,
                                      cancel=cancel, lang=lang)
        return OpResult(DeckWritten(out, fmt, pages=pages, recorded=recorded),
                        OpChanges.wrote(out))
    if fmt == "study":
        return _write_study_page(parts, out, options, force=force, lang=lang,
                                 recorded=recorded, progress=progress, cancel=cancel)
    if fmt != "anki":
        from chinese_teach.core.export.wordlists import export_wordlist

        words = export_wordlist(parts, out, fmt, overwrite=force)
        return OpResult(DeckWritten(out, fmt, words=words, recorded=recorded),
                        OpChanges.wrote(out))
    from chinese_teach.core.export.anki.apkg import AnkiOptions, export_apkg

    options = options or AnkiOptions()
    synth = None
    notes: tuple[str, ...] = ()
    if options.audio:
        from chinese_teach.core.audio import find_synthesizer

        status = find_synthesizer()
        synth = status.synthesizer
        notes = (status.message,)
    report = export_apkg(parts, out, options, timestamp=timestamp, overwrite=force,
                         synthesizer=synth, progress=progress, cancel=cancel)
    return OpResult(DeckWritten(out, fmt, report=report, recorded=recorded, notes=notes),
                    OpChanges.wrote(out))


def _write_study_page(parts: list[DeckPart], out: Path, options: AnkiOptions | None, *,
                      force: bool, lang: str | None, recorded: int,
                      progress: ProgressCallback | None,
                      cancel: CancelToken | None) -> OpResult[DeckWritten]:
    """The study page of ``parts`` through the exporter table (its suffix checked there)."""
    from chinese_teach.core.export.anki.apkg import AnkiOptions
    from chinese_teach.core.export.study_page import StudyOptions, StudyPage
    from chinese_teach.core.labels import label
    from chinese_teach.ops.exporters import STUDY_PAGE_WRITERS, writer_for

    options = options or AnkiOptions()
    write = writer_for(STUDY_PAGE_WRITERS, out)
    notes: list[str] = []
    synth = None
    if options.audio:
        from chinese_teach.core.audio import find_synthesizer

        status = find_synthesizer()
        synth = status.synthesizer
        notes.append(status.message)
    page = StudyPage(parts, StudyOptions(strokes=options.strokes, tone_scheme=options.tone_scheme,
                                         lang=options.lang or lang), synth)
    write(page, out, force, progress, cancel)
    rep = page.report
    assert rep is not None  # the writer always reports
    notes.append(label("notice.study_page.summary", kb=round(rep.size_bytes / 1024),
                       words=rep.words, chars=rep.stroke_chars, audio=rep.audio_words))
    notes.extend(rep.messages)
    return OpResult(DeckWritten(out, "study", words=rep.words, recorded=recorded,
                                notes=tuple(notes), study=rep), OpChanges.wrote(out))


def load_deck_parts(source: DeckSource, corpus, *, library_path: Path | None = None,
                    progress: ProgressCallback | None = None,
                    cancel: CancelToken | None = None) -> list[DeckPart]:
    """Build the deck parts of ``source`` in a worker thread: a reader, lesson or course
    is read through a private connection to the library at ``library_path`` (the
    window's connection stays on the UI thread)."""
    from chinese_teach.core.export.anki.sources import load_parts

    if library_path is None:
        return load_parts(source, corpus=corpus, progress=progress, cancel=cancel)
    with worker_library(library_path) as lib:
        return load_parts(source, corpus=corpus, library=lib, progress=progress,
                          cancel=cancel)


def export_deck(source: DeckSource, out: Path, fmt: str, options: AnkiOptions | None,
                corpus, *, library_path: Path | None = None, recordings: Path | None = None,
                force: bool = True, progress: ProgressCallback | None = None,
                cancel: CancelToken | None = None) -> OpResult[DeckWritten]:
    """Build the deck of ``source`` and write it (the Decks page's export, in a worker):
    a reader, lesson or course is read through a private connection to the library at
    ``library_path``."""
    parts = load_deck_parts(source, corpus, library_path=library_path, progress=progress,
                            cancel=cancel)
    return write_deck(parts, out, fmt, options, recordings=recordings, force=force,
                      progress=progress, cancel=cancel)
