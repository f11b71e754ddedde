"""The lesson editor's Texts tab: the lesson's texts, written inline (saved a moment
after typing stops), added, deleted, or opened in the Reader studio. Each change is an
operation of :mod:`chinese_teach.ops.lesson`.

Its texts are in its own translation context (``LessonTexts``, through ``self.tr``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.library.models import ReaderDoc
from chinese_teach.gui.operations import perform
from chinese_teach.ops import lesson as lesson_ops

if TYPE_CHECKING:
    from chinese_teach.gui.pages.lesson_editor import LessonEditor

#: the controls the editor shows as its own (tests use them)
TEXT_WIDGETS = ("text_list", "add_text_button", "delete_text_button", "studio_button",
                "text_title", "text_edit")


class LessonTexts(QWidget):
    """The texts of the lesson open in ``editor``; ``autosave_ms`` after the last key
    press the text is stored."""

    def __init__(self, editor: LessonEditor, autosave_ms: int) -> None:
        super().__init__(editor)
        self.editor = editor
        self.reader_id = ""
        self._loading = False
        self._text_error = ""  # the status shown for a text that could not be saved
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(autosave_ms)
        self._text_timer.timeout.connect(self.save_text)
        self.text_list = QListWidget()
        self.text_list.setObjectName("lesson_texts")
        self.text_list.currentItemChanged.connect(self._text_selected)
        self.add_text_button = QPushButton(self.tr("Add text"))
        self.add_text_button.setObjectName("add_text")
        self.add_text_button.clicked.connect(lambda _checked=False: self.add_text())
        self.delete_text_button = QPushButton(self.tr("Delete text"))
        self.delete_text_button.setObjectName("delete_text")
        self.delete_text_button.clicked.connect(self.delete_text)
        self.studio_button = QPushButton(self.tr("Open in Reader studio"))
        self.studio_button.setObjectName("open_in_studio")
        self.studio_button.clicked.connect(self.open_in_studio)
        self.text_title = QLineEdit()
        self.text_title.setObjectName("text_title")
        self.text_title.setPlaceholderText(self.tr("Title of the text"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("text_body")
        self.text_edit.setPlaceholderText(self.tr("Type or paste the lesson's Chinese text"))
        self.text_title.textChanged.connect(self._text_edited)
        self.text_edit.textChanged.connect(self._text_edited)
        side = QVBoxLayout()
        side.addWidget(self.text_list, 1)
        side.addWidget(self.add_text_button)
        side.addWidget(self.delete_text_button)
        side.addWidget(self.studio_button)
        main = QVBoxLayout()
        main.addWidget(self.text_title)
        main.addWidget(self.text_edit, 1)
        box = QHBoxLayout()
        box.addLayout(side, 1)
        box.addLayout(main, 3)
        self.setLayout(box)

    # -- texts ---------------------------------------------------------------------------
    def reload_texts(self) -> None:
        keep = self.reader_id
        self.text_list.blockSignals(True)
        self.text_list.clear()
        docs = self.editor.library.readers(self.editor.lesson.id) if self.editor.lesson else []
        for doc in docs:
            item = QListWidgetItem(doc.title or self.tr("(untitled)"))
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            self.text_list.addItem(item)
        self.text_list.blockSignals(False)
        ids = [d.id for d in docs]
        self._select_text(keep if keep in ids else (ids[0] if ids else ""))

    def _select_text(self, reader_id: str) -> None:
        self.reader_id = reader_id
        for i in range(self.text_list.count()):
            if self.text_list.item(i).data(Qt.ItemDataRole.UserRole) == reader_id:
                self.text_list.blockSignals(True)
                self.text_list.setCurrentRow(i)
                self.text_list.blockSignals(False)
        self._loading = True
        try:
            doc = self.editor.library.reader(reader_id) if reader_id else None
            self.text_title.setText(doc.title if doc else "")
            self.text_edit.setPlainText(doc.text if doc else "")
        finally:
            self._loading = False
        has = bool(reader_id)
        for w in (self.studio_button, self.delete_text_button):
            w.setEnabled(has)
        # With no text chosen, typing or pasting here starts a new text (see _text_edited).
        for w in (self.text_title, self.text_edit):
            w.setEnabled(has or self.editor.lesson is not None)

    def _text_selected(self, item: QListWidgetItem | None, _prev=None) -> None:
        self.editor.flush()
        self._select_text(item.data(Qt.ItemDataRole.UserRole) if item else "")

    def add_text(self, title: str = "", text: str = "") -> ReaderDoc | None:
        """A new text of the lesson (shown for editing)."""
        if self.editor.lesson is None:
            return None
        self.editor.flush()
        name = title or self.tr("Text {n}").format(n=self.text_list.count() + 1)
        lesson_id = self.editor.lesson.id
        result = perform(self.editor.ctx,
                         lambda lib: lesson_ops.add_text(lib, lesson_id, name, text),
                         initiator=self.editor, parent=self, library=self.editor.library)
        if result is None:
            return None
        self.reader_id = result.value.id
        self.reload_texts()
        self.text_edit.setFocus()
        if text:
            self.editor.refresh_analysis()
        return result.value

    def delete_text(self) -> None:
        if not self.reader_id:
            return
        reader_id = self.reader_id
        perform(self.editor.ctx, lambda lib: lesson_ops.delete_text(lib, reader_id),
                initiator=self.editor, parent=self, library=self.editor.library)
        self.reader_id = ""
        self.reload_texts()
        self.editor.refresh_analysis()

    def _text_edited(self) -> None:
        if self._loading:
            return
        if not self.reader_id:
            self._start_text_from_typing()
            return
        self._text_timer.start()

    def _start_text_from_typing(self) -> None:
        """A title or text typed (or pasted) before *Add text* becomes a new text of the
        lesson holding it; the cursor stays where the teacher was typing."""
        title, text = self.text_title.text().strip(), self.text_edit.toPlainText()
        if self.editor.lesson is None or not (title or text.strip()):
            return
        in_title = self.text_title.hasFocus()
        where = (self.text_title.cursorPosition() if in_title
                 else self.text_edit.textCursor().position())
        if self.add_text(title, text) is None:
            return
        if in_title:
            self.text_title.setFocus()
            self.text_title.setCursorPosition(where)
        else:
            cursor = self.text_edit.textCursor()
            cursor.setPosition(min(where, len(self.text_edit.toPlainText())))
            self.text_edit.setTextCursor(cursor)

    def save_text(self) -> None:
        """Store the text being edited; the proposals follow it."""
        self._text_timer.stop()
        if not self.reader_id:
            return
        reader_id = self.reader_id
        title, text = self.text_title.text().strip(), self.text_edit.toPlainText()
        result = perform(self.editor.ctx,
                         lambda lib: lesson_ops.save_text(lib, reader_id, title, text),
                         initiator=self.editor, library=self.editor.library,
                         on_error=self._text_refused)
        if result is None:
            return
        status = self.editor.status_label
        if self._text_error and status.text() == self._text_error:
            status.clear()  # the text is fine again: its error goes
        self._text_error = ""
        if result.value is None:
            return
        item = self.text_list.currentItem()
        if item is not None:
            item.setText(title or self.tr("(untitled)"))
        self.editor.refresh_analysis()

    def _text_refused(self, exc: Exception) -> None:
        """Say why the text was not saved (too long a title...) until it is fixed."""
        self._text_error = str(exc)
        self.editor.status_label.setText(self._text_error)

    def open_in_studio(self) -> bool:
        """Hand the selected text to the Reader studio page (through the main window)."""
        self.editor.flush()
        if not self.reader_id:
            return False
        win = self.editor.window()
        show_page = getattr(win, "show_page", None)
        page = show_page("readers") if show_page is not None else None
        if page is None or not hasattr(page, "load_reader"):
            self.editor.status_label.setText(self.tr(
                "The Reader studio is not available; edit the text here."))
            return False
        page.load_reader(self.reader_id)
        return True

    def flush(self) -> None:
        """Store the text being typed now (before switching, exporting, closing)."""
        if self._text_timer.isActive():
            self._text_timer.stop()
            self.save_text()
