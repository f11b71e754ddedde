"""Open the classroom windows from a page: the text shown in class (annotated, full
screen) and the word drill."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from chinese_teach.core.documents.classroom import class_text
from chinese_teach.core.documents.drill import DrillWord, glossary_words


def open_projection(page: QWidget, title: str, text: str,
                    new_words: Iterable[str] = (), notes: str = "", *,
                    tone_changes: bool | None = None):
    """Show ``text`` in class from ``page`` (its ``ctx`` has the engine), ``notes`` in
    the presenter view, 一 and 不 as ``tone_changes`` says (None: as the preferences
    say, as the printed readers do); returns the window, or None when there is nothing
    to show yet (the teacher is told why)."""
    from chinese_teach.gui.classroom.projection import ProjectionWindow

    ctx = page.ctx
    caption = QCoreApplication.translate("Classroom", "Show in class")
    if ctx.engine is None:
        QMessageBox.information(page, caption, QCoreApplication.translate(
            "Classroom", "Wait until the dictionary has loaded."))
        return None
    if tone_changes is None:
        tone_changes = ctx.prefs.tone_changes
    shown = class_text(title, text, ctx.engine, ctx.corpus, frozenset(new_words),
                       tone_changes=tone_changes)
    if not shown.sentences:
        QMessageBox.information(page, caption, QCoreApplication.translate(
            "Classroom", "There is no text to show yet."))
        return None
    window = ProjectionWindow(shown, page)
    page.projection = window
    window.show_in_class(notes)
    return window


def show_reader_in_class(page: QWidget):
    """The Reader studio's text in class (its ``doc``, ``title_edit`` and ``editor``), the
    reader's glossary words marked as new, so *P* can show their pinyin alone, 一 and 不
    as the reader's options write them; returns the window, or None (see
    :func:`open_projection`)."""
    doc = page.doc
    new_words = [g.word for g in doc.glossary] if doc is not None else []
    return open_projection(page, page.title_edit.text(), page.editor.toPlainText(), new_words,
                           tone_changes=page.options_panel.options().tone_changes)


def open_drill(page: QWidget, title: str, words: list[DrillWord], notes: str = "", *,
               hint: str = "pinyin", paper: str = "A4"):
    """Drill ``words`` in class from ``page`` (its ``ctx`` has the corpus), ``notes`` in
    the presenter view, ``hint`` and ``paper`` the review dictation's first choices;
    returns the window, or None when there are no words (the teacher is told why)."""
    from chinese_teach.gui.classroom.drill import DrillWindow

    if not words:
        QMessageBox.information(page, QCoreApplication.translate("Classroom", "Word drill"),
                                QCoreApplication.translate(
                                    "Classroom", "There are no words to drill yet: add "
                                    "some to the lesson's vocabulary."))
        return None
    window = DrillWindow(page.ctx, title, words, page, hint=hint, paper=paper)
    page.drill_window = window
    window.show_in_class(notes)
    return window


def reader_drill_button(page: QWidget) -> QPushButton:
    """The Reader studio's *Drill the words* button: its glossary words in the drill."""
    button = QPushButton(QCoreApplication.translate("ReadersPage", "Drill the words"))
    button.setObjectName("reader_drill")
    button.setToolTip(QCoreApplication.translate(
        "ReadersPage", "The glossary's words one at a time on the projector: characters, "
        "pinyin, meaning, stroke order"))
    button.clicked.connect(lambda _checked=False: drill_reader_words(page))
    return button


def drill_reader_words(page: QWidget):
    """Drill the glossary words of the reader shown on ``page`` (its ``doc``); returns
    the window, or None when the reader has no glossary yet (the teacher is told why)."""
    doc = page.doc
    words = glossary_words(doc.glossary) if doc is not None else []
    if not words:
        QMessageBox.information(page, QCoreApplication.translate("Classroom", "Word drill"),
                                QCoreApplication.translate(
                                    "Classroom", "This reader has no glossary words to drill: "
                                    "choose a glossary in its options."))
        return None
    return open_drill(page, page.title_edit.text() or doc.title, words,
                      paper=str(page.options_panel.page_size.currentData()))
