"""The Reader studio's word pop-up at work: a clicked word's readings offered, the
chosen reading stored as a correction, two words merged or one split (operations of
:mod:`chinese_teach.ops.corrections`), and the glossary meaning edited.

A mixin of :class:`~chinese_teach.gui.pages.readers.ReadersPage`, which owns the pop-up,
the document shown and the annotation cache; its texts keep the page's translation
context.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint

from chinese_teach.core.text.tokens import Kind
from chinese_teach.gui.operations import perform
from chinese_teach.ops import corrections as correction_ops
from chinese_teach.render.layout import LayoutCache

if TYPE_CHECKING:
    from chinese_teach.gui.pages.readers import ReadersPage


class ReaderWordEdits:
    """Readings, word cuttings and meanings chosen in the Reader studio's pop-up."""

    def _token_clicked(self: ReadersPage, paragraph: int, index: int, pos: QPoint) -> None:
        if self.doc is None or self.ctx.dictionary is None:
            return
        tokens = self.doc.paragraphs[paragraph]
        tok = tokens[index]
        if tok.kind is not Kind.HANZI:
            return
        word = tok.source or tok.text
        src = self.doc.sources[paragraph]
        entries = self.ctx.dictionary.lookup(word)
        readings: list[tuple[str, ...]] = [tuple(e.syllables) for e in entries]
        if self.ctx.engine is not None:
            readings += list(self.ctx.engine.lexicon.common_readings(word))
        nxt = tokens[index + 1] if index + 1 < len(tokens) else None
        self.popup.show_word(
            paragraph, index, tok, entries, readings,
            left=src[max(0, tok.start - 1):tok.start], right=src[tok.end:tok.end + 1],
            has_next=nxt is not None and nxt.kind is Kind.HANZI,
            family=self._style.hanzi_font.family() if self._style else "",
        )
        self.popup.show_near(pos)

    def _forget(self: ReadersPage, word: str) -> None:
        """Drop cached annotations of paragraphs containing ``word``."""
        self._annotations.forget(lambda key: word in key[0])
        self._layout_cache = LayoutCache()

    def store_reading(self: ReadersPage, word: str, syllables: tuple, left: str,
                      right: str) -> None:
        """Save the teacher's reading as a correction and show it everywhere."""
        if self.library is None:
            return
        if perform(self.ctx, lambda lib: correction_ops.save_reading(
                lib, word, tuple(syllables), left, right), initiator=self, parent=self,
                library=self.library) is None:
            return
        self.ctx.apply_pending_corrections()
        self._forget(word)
        self.ctx.show_status(QCoreApplication.translate(
            "ReadersPage", "Stored the reading of {word}.").format(word=word))
        self.refresh()

    def edit_segmentation(self: ReadersPage, paragraph: int, index: int, kind: str) -> None:
        """Merge a word with the next one, or split it into characters (stored)."""
        if self.library is None or self.doc is None:
            return
        tokens = self.doc.paragraphs[paragraph]
        tok = tokens[index]
        word = tok.source or tok.text
        if kind == "merge":
            nxt = tokens[index + 1]
            op = lambda lib: correction_ops.merge_words(lib, word, nxt.source or nxt.text)  # noqa: E731
        else:
            op = lambda lib: correction_ops.split_word(lib, word)  # noqa: E731
        result = perform(self.ctx, op, initiator=self, parent=self, library=self.library)
        if result is None:
            return
        self.ctx.apply_pending_corrections()
        self._forget(result.value.word)
        self.refresh()

    def set_meaning(self: ReadersPage, word: str, meaning: str) -> None:
        """The teacher's glossary meaning for ``word`` in this reader."""
        opts = self.options_panel.options()
        defs = dict(opts.definitions)
        if meaning:
            defs[word] = meaning
        else:
            defs.pop(word, None)
        self.options_panel.set_options(replace(opts, definitions=defs))
        self._edited()
