"""Classroom operations: the words a drill marked for review, written as an Anki deck or
as a dictation (听写) to print for the next lesson.

Both run in a worker: the deck goes through :func:`chinese_teach.ops.deck.export_deck`
(the Decks page's own export), the dictation through the worksheet layout and writer
the lesson's dictation uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from chinese_teach.core.errors import BadInputError
from chinese_teach.core.progress import CancelToken, ProgressCallback
from chinese_teach.ops.changes import OpResult
from chinese_teach.ops.exporters import DICTATION_WRITERS, Exported, check_target, writer_for

if TYPE_CHECKING:
    from chinese_teach.core.documents.drill import DrillWord
    from chinese_teach.ops.deck import DeckWritten


def export_review_deck(words: list[DrillWord], name: str, out: Path, corpus, *,
                       library_path: Path | None = None, force: bool = True,
                       progress: ProgressCallback | None = None,
                       cancel: CancelToken | None = None) -> OpResult[DeckWritten]:
    """The marked ``words`` as an Anki deck called ``name`` (.apkg), with the teacher's
    saved meanings and readings when ``library_path`` is given."""
    from chinese_teach.core.export.anki.sources import DeckSource
    from chinese_teach.ops.deck import export_deck

    if not words:
        raise BadInputError(key="error.deck.no_typed_words")
    check_target(out, force)
    source = DeckSource("words", "\n".join(w.word for w in words), name=name)
    return export_deck(source, out, "anki", None, corpus, library_path=library_path,
                       force=force, progress=progress, cancel=cancel)


def export_review_dictation(words: list[DrillWord], subtitle: str, out: Path, *,
                            seed: int = 1, hint: str = "pinyin", shuffle: bool = True,
                            paper: str = "A4", lang: str | None = None, force: bool = True,
                            progress: ProgressCallback | None = None,
                            cancel: CancelToken | None = None) -> OpResult[Exported]:
    """The marked ``words`` as a dictation (student sheet, teacher's script, answer key)
    on ``paper`` (A4 or Letter), headed ``subtitle``: a PDF, or a Word document when
    ``out`` ends in .docx."""
    from chinese_teach.core.documents.worksheet import build_dictation
    from chinese_teach.ops.lesson import paper_size, write_worksheet

    writer = writer_for(DICTATION_WRITERS, out)
    check_target(out, force)
    paper = paper_size(paper)
    ws = build_dictation([w.row() for w in words], lang, subtitle=subtitle, seed=seed,
                         hint=hint, shuffle=shuffle)
    return write_worksheet(ws, out, writer, paper=paper, force=force, progress=progress,
                           cancel=cancel)
