"""The lesson editor's way into the classroom: its text on the projector (its new words
keep their pinyin when the class sees the new words' pinyin only) and the drill of its
vocabulary.

"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from chinese_teach.core.documents.drill import DrillWord, drill_words
from chinese_teach.gui.classroom.launch import open_drill, open_projection
from chinese_teach.gui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from chinese_teach.gui.pages.lesson_editor import LessonEditor


class LessonClassButtons(QWidget):
    """*Show the text in class* and *Drill the words* for the lesson open in ``editor``."""

    def __init__(self, editor: LessonEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.class_text_button = QPushButton(self.tr("Show the text in class"))
        self.class_text_button.setObjectName("lesson_show_in_class")
        self.class_text_button.setToolTip(self.tr("The text open on the Texts tab (or the "
                                              "lesson's first) full screen on the projector"))
        self.class_text_button.clicked.connect(lambda _checked=False: self.show_text())
        self.drill_button = QPushButton(self.tr("Drill the words"))
        self.drill_button.setObjectName("lesson_drill")
        self.drill_button.setToolTip(self.tr("The lesson's words one at a time on the projector: "
                                         "characters, pinyin, meaning, stroke order"))
        self.drill_button.clicked.connect(lambda _checked=False: self.drill())
        # side by side, the second under the first when the editor is narrow (a 1366 × 768
        # laptop at 150 %): never cut, never a sideways scroll
        row = FlowLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.class_text_button)
        row.addWidget(self.drill_button)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def show_text(self):
        """Show the lesson's text in class; returns the window (None: nothing to show)."""
        ed = self.editor
        ed.flush()
        if ed.lesson is None:
            return None
        docs = ed.library.readers(ed.lesson.id)
        doc = next((d for d in docs if d.id == ed.reader_id), docs[0] if docs else None)
        if doc is None:
            QMessageBox.information(self, self.tr("Show the text in class"),
                                    self.tr("The lesson has no text yet: add one on the Texts "
                                        "tab."))
            return None
        # 一 and 不 as the text's saved reader writes them, else as the preferences say
        said = (doc.options or {}).get("tone_changes")
        return open_projection(ed, doc.title or ed.lesson.title, doc.text, ed.lesson.words,
                               ed.lesson.notes,
                               tone_changes=said if isinstance(said, bool) else None)

    def words(self) -> list[DrillWord] | None:
        """The lesson's words with the pinyin and meaning its vocabulary prints (None
        until the dictionary has loaded)."""
        from chinese_teach.core.documents.lessonwords import resolve_vocab

        ed = self.editor
        if ed.ctx.engine is None or ed.lesson is None:
            return None
        lesson = ed.library.lesson(ed.lesson.id)
        return drill_words(resolve_vocab(ed.library, lesson, ed.ctx.engine, ed.ctx.corpus))

    def drill(self):
        """Drill the lesson's words in class; returns the window (None: no words yet)."""
        ed = self.editor
        ed.flush()
        if ed.lesson is None:
            return None
        words = self.words()
        if words is None:
            QMessageBox.information(self, self.tr("Drill the words"),
                                    self.tr("Wait until the dictionary has loaded."))
            return None
        # the review dictation starts from the lesson's worksheet settings
        return open_drill(ed, ed.lesson.title, words, ed.lesson.notes,
                          hint=ed.hint_combo.currentData(), paper=ed.paper_combo.currentData())
