"""One table per document kind: file suffix → the writer of that format.

The GUI and the CLI both export through these tables, so a new format is one line
here plus its writer. Every writer takes ``(document, path, overwrite, progress,
cancel)``, writes atomically (a temporary file renamed into place) and returns the
number of pages where that means something (PDF), else None.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chinese_teach.core.errors import BadInputError, ExportError
from chinese_teach.core.progress import CancelToken, ProgressCallback

Writer = Callable[[Any, Path, bool, ProgressCallback | None, CancelToken | None], int | None]


@dataclass(frozen=True, slots=True)
class Exported:
    """What an export wrote: the file, the document's title, its pages (PDF), notes on
    what it left out, and the document itself (for a summary of what it holds)."""

    path: Path
    title: str = ""
    pages: int | None = None
    warnings: tuple[str, ...] = ()
    document: Any = None


@dataclass(frozen=True, slots=True)
class Exporters:
    """The writers of one document kind by suffix, and the message key for a name with
    another suffix."""

    writers: dict[str, Writer]
    error_key: str

    @property
    def suffixes(self) -> tuple[str, ...]:
        return tuple(self.writers)


# -- readers ------------------------------------------------------------------------------
def _reader_pdf(doc, path, overwrite, progress, cancel) -> int:
    from chinese_teach.render.offscreen import painting_ready
    from chinese_teach.render.reader_pdf import export_pdf

    painting_ready()
    return export_pdf(doc, path, overwrite=overwrite, progress=progress, cancel=cancel)


def _reader_html(doc, path, overwrite, progress, cancel) -> None:
    from chinese_teach.core.export.reader_html import export_html

    export_html(doc, path, overwrite=overwrite, progress=progress, cancel=cancel)


def _reader_docx(doc, path, overwrite, progress, cancel) -> None:
    from chinese_teach.core.export.reader_docx import export_docx

    export_docx(doc, path, overwrite=overwrite, progress=progress, cancel=cancel)


def _reader_png(doc, path, overwrite, progress, cancel) -> None:
    from chinese_teach.render.offscreen import painting_ready
    from chinese_teach.render.reader_png import export_png

    painting_ready()
    export_png(doc, path, overwrite=overwrite, dpi=110)


#: a pinyin reader (ReaderDocument)
READER_WRITERS = Exporters({
    ".pdf": _reader_pdf, ".html": _reader_html, ".htm": _reader_html,
    ".docx": _reader_docx, ".png": _reader_png,
}, "error.export.reader_suffix")


# -- lesson plans ---------------------------------------------------------------------------
def _plan_pdf(plan, path, overwrite, progress, cancel) -> int:
    from chinese_teach.render.lessonplan_pdf import export_lesson_plan_pdf
    from chinese_teach.render.offscreen import painting_ready

    painting_ready()
    return export_lesson_plan_pdf(plan, path, overwrite, progress, cancel)


def _plan_docx(plan, path, overwrite, progress, cancel) -> None:
    from chinese_teach.core.export.lessonplan_docx import export_lesson_plan_docx

    export_lesson_plan_docx(plan, path, overwrite=overwrite, progress=progress, cancel=cancel)


#: a lesson plan (LessonPlan)
PLAN_WRITERS = Exporters({".pdf": _plan_pdf, ".docx": _plan_docx},
                         "error.export.plan_suffix")


# -- worksheets -----------------------------------------------------------------------------
def _sheet_pdf(doc, path, overwrite, progress, cancel) -> int:
    from chinese_teach.render.sheets import write_sheet_pdf

    return write_sheet_pdf(doc, path, overwrite, progress, cancel)


#: a worksheet laid out in pages (SheetDocument)
WORKSHEET_WRITERS = Exporters({".pdf": _sheet_pdf}, "error.export.worksheet_suffix")


def _dictation_docx(ws, path, overwrite, progress, cancel, *, paper: str = "A4") -> None:
    from chinese_teach.core.export.dictation_docx import export_dictation_docx

    export_dictation_docx(ws, path, overwrite, paper=paper, progress=progress, cancel=cancel)


#: the files a dictation can be: its pages (SheetDocument) as PDF, or the worksheet
#: itself as a Word document on its paper (see :func:`chinese_teach.ops.lesson.write_worksheet`)
DICTATION_WRITERS = Exporters({".pdf": _sheet_pdf, ".docx": _dictation_docx},
                              "error.export.worksheet_suffix")


# -- study pages (a deck's words for students without Anki) -------------------------------
def _study_html(page, path, overwrite, progress, cancel) -> None:
    from chinese_teach.core.export.study_page import export_study_page

    page.report = export_study_page(page.parts, path, page.options, overwrite=overwrite,
                                    synthesizer=page.synthesizer, progress=progress,
                                    cancel=cancel)


#: a study page (StudyPage: a deck's words and options; the writer fills its ``report``)
STUDY_PAGE_WRITERS = Exporters({".html": _study_html, ".htm": _study_html},
                               "error.export.study_page_suffix")


def writer_for(table: Exporters, path: Path) -> Writer:
    """The writer of ``path``'s suffix in ``table``; a readable error for another."""
    writer = table.writers.get(path.suffix.lower())
    if writer is None:
        raise BadInputError(key=table.error_key, name=path.name)
    return writer


def check_target(path: Path, force: bool) -> None:
    """Refuse to replace an existing file unless ``force`` (the CLI's ``--force``; the
    GUI's save dialog has asked already): checked before any slow work."""
    if path.exists() and not force:
        raise ExportError(key="error.export.exists", path=path)
