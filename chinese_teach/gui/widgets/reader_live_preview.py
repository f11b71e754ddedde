"""The Reader studio's live preview: the text annotated in the background (changed
paragraphs only, through the page's annotation cache) with the unsure marks a teacher
sees (``build_reader(..., marks=True)``), paginated with the render
engine that prints the PDF, and summed up in the status line (pages, words, glossary,
what the pinyin shows).

A mixin of :class:`~chinese_teach.gui.pages.readers.ReadersPage`; its texts keep the
page's translation context.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from chinese_teach.core.documents.reader import ReaderDocument, build_reader
from chinese_teach.core.errors import ChineseTeachError
from chinese_teach.core.text.tokens import Kind
from chinese_teach.render.layout import RubyStyle
from chinese_teach.render.pages import paginate, style_for

if TYPE_CHECKING:
    from chinese_teach.gui.pages.readers import ReadersPage

log = logging.getLogger("chinese_teach.gui")


class ReaderLivePreview:
    """Annotate, paginate and show the Reader studio's text as the teacher types."""

    def refresh(self: ReadersPage) -> None:
        """Annotate (changed paragraphs only, in the background) and repaint the preview."""
        if self.ctx.engine is None:
            self.status.setText(QCoreApplication.translate("ReadersPage",
                                                           "Loading the dictionary…"))
            self.ctx.when_engine_ready(self.schedule)
            return
        text = self.editor.toPlainText()
        opts = self.current_options()
        title, subtitle = self.title_edit.text(), self.subtitle_edit.text()
        engine, dictionary = self.ctx.engine, self.ctx.dictionary
        cache = self._annotations
        self._building = True
        self.ready_changed.emit()

        def work(progress, cancel):
            return build_reader(text, opts, engine, dictionary, title=title, subtitle=subtitle,
                                annotations=cache, progress=progress, cancel=cancel, marks=True)

        self.ctx.tasks.run(work, label=QCoreApplication.translate("ReadersPage", "Adding pinyin"),
                           key="reader-preview", show_progress=False, report_errors=False,
                           on_success=self._built, on_failure=self._failed)

    def _built(self: ReadersPage, doc: ReaderDocument) -> None:
        self.doc = doc
        style = self._style_for(doc)
        self.paged = paginate(doc, style=style, cache=self._layout_cache)
        self.preview.set_paged(self.paged)
        words = sum(1 for p in doc.paragraphs for t in p if t.kind is Kind.HANZI)
        self.status.setText(QCoreApplication.translate(
            "ReadersPage", "{pages} page(s) · {words} words · {new} in the glossary · "
            "{desc}").format(pages=len(self.paged.pages), words=words,
                             new=len(doc.glossary), desc=doc.describe_pinyin(None)))
        self._building = False
        self._update_buttons()
        self.ready_changed.emit()

    def _failed(self: ReadersPage, exc: BaseException) -> None:
        from chinese_teach.core.errors import Cancelled

        if isinstance(exc, Cancelled):
            return
        self._building = False
        self.status.setText(str(exc) if isinstance(exc, ChineseTeachError)
                            else QCoreApplication.translate(
                                "ReadersPage", "The preview failed; see the log file."))
        if not isinstance(exc, ChineseTeachError):
            log.error("reader preview failed", exc_info=exc)
        self.ready_changed.emit()

    def _style_for(self: ReadersPage, doc: ReaderDocument) -> RubyStyle:
        o = doc.options
        key = (o.font_family, o.font_size, o.ruby_ratio, o.line_spacing, o.numbering,
               o.tone_scheme, o.color_hanzi, o.color_pinyin, o.pinyin)
        if self._style is None or key != self._style_key:
            self._style = style_for(doc)
            self._style_key = key
        return self._style
