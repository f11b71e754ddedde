"""Reader operations: build a pinyin reader from a text and write it (PDF, HTML, Word,
or a PNG of its first page), the format chosen by the file name; save and delete the
Reader studio's saved readers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from chinese_teach.core.library.models import ReaderDoc
from chinese_teach.core.progress import CancelToken, ProgressCallback
from chinese_teach.ops.changes import OpChanges, OpResult, recording
from chinese_teach.ops.exporters import READER_WRITERS, Exported, check_target, writer_for

if TYPE_CHECKING:
    from chinese_teach.core.library.store import Library


def export_reader(doc, out: Path, *, force: bool = True,
                  progress: ProgressCallback | None = None,
                  cancel: CancelToken | None = None) -> OpResult[Exported]:
    """Write the built reader ``doc`` (a ReaderDocument) at ``out``."""
    writer = writer_for(READER_WRITERS, out)
    check_target(out, force)
    pages = writer(doc, out, force, progress, cancel)
    return OpResult(Exported(out, doc.title, pages, document=doc), OpChanges.wrote(out))


def make_reader(text: str, out: Path, options, engine, dictionary, *, title: str = "",
                subtitle: str = "", lang: str | None = None, annotations=None,
                force: bool = True, progress: ProgressCallback | None = None,
                cancel: CancelToken | None = None) -> OpResult[Exported]:
    """Build the reader of ``text`` with ``options`` and write it at ``out`` (the Reader
    studio's and ``chinese-teach reader``'s export). ``annotations`` is a cache of
    annotated paragraphs the studio shares with its preview."""
    from chinese_teach.core.documents.reader import build_reader

    writer_for(READER_WRITERS, out)
    check_target(out, force)
    doc = build_reader(text, options, engine, dictionary, title=title, subtitle=subtitle,
                       lang=lang, annotations=annotations, cancel=cancel)
    return export_reader(doc, out, force=force, progress=progress, cancel=cancel)


def save_reader(lib: Library, reader_id: str, *, title: str, text: str, subtitle: str = "",
                options: dict | None = None) -> OpResult[ReaderDoc]:
    """Store the Reader studio's reader: update the reader ``reader_id``, or add a new one
    (``reader_id`` "") whose title is numbered if another saved reader has it already."""
    with recording(lib) as seen:
        if reader_id:
            old = lib.reader(reader_id)
            doc = replace(old, title=title, text=text, subtitle=subtitle,
                          options=options if options is not None else old.options)
        else:  # a new reader (or a draft saved on leaving it) never repeats a title
            from chinese_teach.core.library.reader_titles import unique_title

            doc = ReaderDoc(title=unique_title(title, (d.title for d in lib.all_readers())),
                            text=text, subtitle=subtitle, options=options or {})
        saved = lib.save_reader(doc)
    return OpResult(saved, OpChanges.from_library(seen))


def delete_reader(lib: Library, reader_id: str) -> OpResult[str]:
    """Delete a saved reader from the library."""
    with recording(lib) as seen:
        lib.delete_reader(reader_id)
    return OpResult(reader_id, OpChanges.from_library(seen))
