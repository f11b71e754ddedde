"""The Decks page before it has words: what a deck is made from, and the first step one
click away (paste words, choose a word list, take a lesson's vocabulary).

Shown in place of the card preview while the chosen source has no words yet (nothing
typed, no file chosen). Its texts keep the Decks page's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QStackedWidget, QWidget

from chinese_teach.gui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from chinese_teach.gui.pages.decks import DecksPage


#: what the state says and its buttons (found by pyside6-lupdate in this form)
HEADING = QT_TRANSLATE_NOOP("DecksPage", "Make flashcards")
TEXT = QT_TRANSLATE_NOOP(
    "DecksPage", "Type or paste the words on the left, one per line, choose a word list, or "
    "take the vocabulary of a lesson. The cards appear here, front and back, before you "
    "export the deck for Anki.")
PASTE = QT_TRANSLATE_NOOP("DecksPage", "Paste words")
CHOOSE = QT_TRANSLATE_NOOP("DecksPage", "Choose a word list…")
LESSON = QT_TRANSLATE_NOOP("DecksPage", "Use a lesson's words")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DecksPage", text)


class DeckStart(EmptyState):
    """The empty Decks page; ``stack`` shows it or ``content`` (the card preview)."""

    def __init__(self, page: DecksPage, content: QWidget) -> None:
        super().__init__(
            "layers", _tr(HEADING), _tr(TEXT),
            [("paste_words", _tr(PASTE), self._paste),
             ("choose_word_list", _tr(CHOOSE), self._choose_list),
             ("lesson_words", _tr(LESSON), self._lesson)])
        self.page = page
        self.stack = QStackedWidget()
        self.stack.addWidget(self)
        self.stack.addWidget(content)
        page.words_edit.textChanged.connect(self.refresh)
        page.file_edit.textChanged.connect(self.refresh)
        page.source_kind.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _use(self, kind: str) -> None:
        self.page.source_kind.setCurrentIndex(self.page.source_kind.findData(kind))

    def _paste(self) -> None:
        """The clipboard's words into the word box (the box gets the focus when the
        clipboard holds no text, to type them)."""
        self._use("words")
        text = QGuiApplication.clipboard().text().strip()
        if text:
            self.page.words_edit.setPlainText(text)
        self.page.words_edit.setFocus()

    def _choose_list(self) -> None:
        self._use("file")
        button = self.page.findChild(QPushButton, "choose_word_file")
        if button is not None:
            button.click()

    def _lesson(self) -> None:
        self._use("lesson")

    def is_empty(self) -> bool:
        """Whether the chosen source has nothing to make cards from yet."""
        kind = self.page.source_kind.currentData()
        if kind == "words":
            return not self.page.words_edit.toPlainText().strip()
        if kind == "file":
            return not self.page.file_edit.text().strip()
        return False

    def refresh(self, *_args) -> None:
        """The state while the source is empty, the card preview once it has words; the
        export waits for words (one primary button on the page: the first step)."""
        empty = self.is_empty()
        self.stack.setCurrentIndex(0 if empty else 1)
        self.page.export_bar.set_enabled(not empty)
