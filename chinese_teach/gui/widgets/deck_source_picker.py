"""Where a deck's words come from, as the Decks page asks: words typed or pasted (with a
deck name), a word file, or a reader, lesson or course of the library.

Its texts keep the Decks page's translation context ("DecksPage"), through literal
``QCoreApplication.translate`` calls that ``pyside6-lupdate`` finds.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.export.anki.sources import DeckSource

if TYPE_CHECKING:
    from chinese_teach.core.library.store import Library

#: source kinds in the order of the combo box, with their labels
SOURCES: tuple[tuple[str, str], ...] = (
    ("words", "Words typed or pasted"),
    ("file", "Word file (.txt, .csv)"),
    ("reader", "New words of a reader"),
    ("lesson", "A lesson's vocabulary"),
    ("course", "A whole course (one subdeck per lesson)"),
)
#: the kinds chosen in the list of library items
LIBRARY_KINDS = ("reader", "lesson", "course")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DecksPage", text)


class DeckSourcePicker(QWidget):
    """The kind of source (:attr:`kind`) and, under it, what that kind needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_item = ""
        self.kind = QComboBox()
        self.kind.setObjectName("source_kind")
        for key, label in SOURCES:
            self.kind.addItem(_tr(label), key)
        self.words_edit = QPlainTextEdit()
        self.words_edit.setObjectName("words")
        self.words_edit.setPlaceholderText(QCoreApplication.translate(
            "DecksPage", "银行 你好 谢谢 … (one per line, or spaces)"))
        self.deck_name = QLineEdit()
        self.deck_name.setObjectName("deck_name")
        self.deck_name.setPlaceholderText(QCoreApplication.translate(
            "DecksPage", "Deck name (e.g. Week 3 words)"))
        words_box = QWidget()
        wl = QVBoxLayout(words_box)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.deck_name)
        wl.addWidget(self.words_edit)

        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("file")
        self.file_edit.setAccessibleName(QCoreApplication.translate("DecksPage", "Word file"))
        self.file_button = QPushButton(QCoreApplication.translate("DecksPage", "Choose…"))
        self.file_button.setObjectName("choose_word_file")
        self.file_button.clicked.connect(self._choose_file)
        file_box = QWidget()
        fl = QHBoxLayout(file_box)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.file_edit)
        fl.addWidget(self.file_button)

        self.item_combo = QComboBox()
        self.item_combo.setObjectName("library_item")
        self.item_combo.setAccessibleName(QCoreApplication.translate("DecksPage",
                                                                     "Library item"))
        self.stack = QStackedWidget()
        self.stack.addWidget(words_box)
        self.stack.addWidget(file_box)
        self.stack.addWidget(self.item_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def kind_key(self) -> str:
        """The chosen kind: ``words``, ``file``, ``reader``, ``lesson`` or ``course``."""
        return self.kind.currentData()

    def choose_kind(self, kind: str) -> None:
        """Select the kind ``kind`` (the first kind if it is unknown)."""
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def show_kind(self, lib: Library | None) -> None:
        """Show what the chosen kind needs; list ``lib``'s items for a library kind."""
        kind = self.kind_key()
        self.stack.setCurrentIndex({"words": 0, "file": 1}.get(kind, 2))
        if kind in LIBRARY_KINDS:
            self.fill_library_items(kind, lib)

    def fill_library_items(self, kind: str, lib: Library | None) -> None:
        """List the courses, lessons or readers of ``lib``, the last chosen one selected."""
        self.item_combo.clear()
        if lib is None:
            return
        items: list[tuple[str, str]] = []
        if kind == "course":
            items = [(c.name, c.id) for c in lib.courses()]
        elif kind == "lesson":
            for course in lib.courses():
                items += [(f"{course.name} · {ref.position + 1:02d} {ref.title}", ref.id)
                          for ref in lib.lesson_refs(course.id)]
        else:
            items = [(doc.title or doc.id, doc.id) for doc in lib.all_readers()]
        for label, ident in items:
            self.item_combo.addItem(label, ident)
        index = self.item_combo.findData(self.saved_item)
        if index >= 0:
            self.item_combo.setCurrentIndex(index)

    def problem(self) -> str:
        """Why the chosen source cannot make a deck yet ("" when it can)."""
        kind = self.kind_key()
        if kind == "words":
            if not self.words_edit.toPlainText().strip():
                return QCoreApplication.translate("DecksPage", "Type or paste some words first.")
        elif kind == "file":
            if not self.file_edit.text().strip():
                return QCoreApplication.translate("DecksPage", "Choose a word file first.")
        elif not self.item_combo.currentData():
            return QCoreApplication.translate("DecksPage",
                                              "The library has nothing of this kind yet.")
        return ""

    def source(self) -> DeckSource | None:
        """The chosen source, or None while it is incomplete (:meth:`problem` says why)."""
        if self.problem():
            return None
        kind = self.kind_key()
        if kind == "words":
            return DeckSource("words", self.words_edit.toPlainText().strip(),
                              self.deck_name.text().strip())
        if kind == "file":
            return DeckSource("file", self.file_edit.text().strip())
        return DeckSource(kind, str(self.item_combo.currentData()))

    def use(self, kind: str, value: str) -> None:
        """Choose a word file (``file``: its path) or a library item (its id)."""
        self.choose_kind(kind)
        if kind == "file":
            self.file_edit.setText(value)
        else:
            self.item_combo.setCurrentIndex(max(self.item_combo.findData(value), 0))

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("DecksPage", "Choose a Word File"),
            self.file_edit.text() or str(Path.home()),
            QCoreApplication.translate("DecksPage",
                                       "Word lists (*.txt *.csv *.tsv);;All files (*)"),
        )
        if name:
            self.file_edit.setText(name)
