"""Deck operations: the words of a typed list, a word file, a reader, a lesson or a whole
course written as an Anki deck (.apkg), a Pleco/Quizlet/CSV/TSV list or a printable
vocabulary list (PDF), the format named by ``fmt``.
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


@dataclass(frozen=True, slots=True)
class DeckWritten:
    """What a deck export wrote: ``pages`` of a PDF list, ``words`` of a text list, or the
    Anki ``report``; ``recorded`` words got the teacher's recording; ``notes`` say what
    the voice search found (audio asked for)."""

    path: Path
    fmt: str
    pages: int = 0
    words: int = 0
    report: ExportReport | None = None
    recorded: int = 0
    notes: tuple[str, ...] = ()


def write_deck(parts: list[DeckPart], out: Path, fmt: str, options: AnkiOptions | None,
               *, recordings: Path | None = None, force: bool = True,
               timestamp: float | None = None, lang: str | None = None,
               progress: ProgressCallback | None = None,
               cancel: CancelToken | None = None) -> OpResult[DeckWritten]:
    """Write built deck ``parts`` at ``out`` in ``fmt`` (``anki``, ``pleco``, ``quizlet``,
    ``csv``, ``tsv`` or ``pdf``); ``recordings`` is a folder of the teacher's audio."""
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
