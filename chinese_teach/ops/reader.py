"""Reader operations: build a pinyin reader from a text and write it (PDF, HTML, Word,
or a PNG of its first page), the format chosen by the file name."""

from __future__ import annotations

from pathlib import Path

from chinese_teach.core.progress import CancelToken, ProgressCallback
from chinese_teach.ops.changes import OpChanges, OpResult
from chinese_teach.ops.exporters import READER_WRITERS, Exported, check_target, writer_for


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
