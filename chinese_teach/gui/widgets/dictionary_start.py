"""The Dictionary page before a search: what to type, and three searches one click away
(characters, pinyin without tones, English), or the build button when the reference
dictionary is not built yet.

Shown in place of the results while the search box is empty. Its texts keep the
Dictionary page's translation context (the sentences are the page's own hints).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from chinese_teach.gui import theme
from chinese_teach.gui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from chinese_teach.gui.pages.dictionary import DictionaryPage

#: example searches: (object name, what is typed)
EXAMPLES = (("try_hanzi", "学校"), ("try_pinyin", "yinhang"), ("try_english", "teacher"))
#: what the state says (the sentences are the page's own hints, translated once)
HEADING = QT_TRANSLATE_NOOP("DictionaryPage", "Look up a word")
BUILD = QT_TRANSLATE_NOOP("DictionaryPage", "Build the reference dictionary…")
NOT_BUILT = QT_TRANSLATE_NOOP(
    "DictionaryPage", "The reference dictionary is not built yet. Use File > Build Reference "
    "Dictionary to build it (it takes a few seconds).")
LOADING = QT_TRANSLATE_NOOP("DictionaryPage", "The dictionary is loading…")
WHAT_TO_TYPE = QT_TRANSLATE_NOOP(
    "DictionaryPage", "Type a word in characters (simplified or traditional), in pinyin with "
    "or without tones, or in English. Results appear as you type.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DictionaryPage", text)


class DictionaryStart(EmptyState):
    """The empty Dictionary page; ``stack`` shows it or ``content`` (the results)."""

    def __init__(self, page: DictionaryPage, content: QWidget) -> None:
        actions = [(name, word, lambda w=word: page.show_word(w)) for name, word in EXAMPLES]
        actions.append(("build_dictionary", _tr(BUILD),
                        self._build))
        super().__init__("book-a", _tr(HEADING), "", actions)
        self.page = page
        self.stack = QStackedWidget()
        self.stack.addWidget(self)
        self.stack.addWidget(content)
        page.search.textChanged.connect(self.refresh)
        page.ctx.corpus_state_changed.connect(lambda _state: self.refresh())
        page.ctx.when_corpus_ready(self.refresh)
        self.refresh()

    def _build(self) -> None:
        """File > Build Reference Dictionary…, as the menu does it."""
        build = getattr(self.window(), "build_corpus", None)
        if build is not None:
            build()

    def refresh(self, *_args) -> None:
        """Shown while the search box is empty; says what the dictionary's state asks."""
        ctx = self.page.ctx
        unavailable = ctx.corpus_unavailable
        if unavailable:
            text = _tr(NOT_BUILT)
        elif ctx.dictionary is None:
            text = _tr(LOADING)
        else:
            text = _tr(WHAT_TO_TYPE)
        self.set_text(_tr(HEADING), text)
        ready = ctx.dictionary is not None
        for name, _word in EXAMPLES:
            self.buttons[name].setVisible(ready)
        build = self.buttons["build_dictionary"]
        build.setVisible(unavailable)
        theme.set_role(build, "primary")
        self.stack.setCurrentIndex(0 if not self.page.search.text().strip() else 1)
