"""The Show-in-class window: a text on the projector, sentence by sentence.

Keys (a presenter clicker sends the arrows, Page Up/Down and space): Right, Down, Page
Down and space step to the next sentence, Left, Up and Page Up back; P cycles the pinyin
(all words, new words, none); T turns tone colours on and off; D switches between the
light and the dark (chalkboard) background; + and - change the character size; V
brings back a closed presenter view; Esc closes the revealed word, then the window.
Clicking or tapping a word shows its pinyin and meaning large; another click anywhere
closes that card. Painting is :mod:`chinese_teach.render.classroom`; this widget only
keeps the state.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from chinese_teach.core.documents.classroom import ClassText, PinyinShown
from chinese_teach.gui.classroom.presenter import PresenterWindow, show_in_class
from chinese_teach.render.classroom import (
    ClassStyle,
    WordBox,
    clamp_char_px,
    default_char_px,
    layout_class,
    paint_class,
)

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp}
SIZE_STEP = 1.15


class ProjectionWindow(QWidget):
    """A full-screen window showing ``text``; on the second screen when there is one."""

    #: the sentence shown changed (its index)
    sentence_changed = Signal(int)
    #: what the class sees changed (the presenter view follows)
    moved = Signal()
    #: the window was closed
    left = Signal()

    def __init__(self, text: ClassText, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projection_window")
        self.setWindowTitle(self.tr("Show in class: {title}").format(title=text.title))
        self.setAccessibleName(self.tr("Text shown in class"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text = text
        self.current = 0
        self.revealed: WordBox | None = None
        self.style_ = ClassStyle(default_char_px(768))
        self._sized = False
        self.boxes: list[WordBox] = []
        self.presenter: PresenterWindow | None = None

    # -- showing -------------------------------------------------------------------------
    def show_in_class(self, notes: str = "", screens=None) -> None:
        """Full screen on the last screen (the projector when one is connected), with
        the presenter view and ``notes`` on the teacher's screen when there are two."""
        self.presenter = show_in_class(self, notes, screens)

    def presenter_lines(self) -> tuple[str, str]:
        """The sentence shown (its characters, then its pinyin) and the next one."""
        def line(i: int) -> str:
            if not 0 <= i < len(self.text.sentences):
                return ""
            words = self.text.sentences[i]
            return "".join(w.text for w in words)

        words = self.text.sentences[self.current] if self.text.sentences else ()
        pinyin = " ".join(w.pinyin for w in words if w.is_word)
        now = line(self.current) + (f"\n{pinyin}" if pinyin else "")
        return now, line(self.current + 1)

    def closeEvent(self, event) -> None:
        self.left.emit()
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:
        if not self._sized:  # the default size follows the screen until the teacher changes it
            self.style_ = replace(self.style_, char_px=default_char_px(self.height()))
        self._relayout()
        super().resizeEvent(event)

    def _relayout(self) -> None:
        self.boxes = layout_class(self.text, self.style_, self.width(), self.height(),
                                  self.current)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_class(painter, self.boxes, self.style_, self.width(), self.height(),
                    current=self.current, revealed=self.revealed)
        painter.end()

    # -- the teacher's keys and clicks ---------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.revealed is not None:
                self.revealed = None
                self.update()
            else:
                self.close()
        elif key in NEXT_KEYS:
            self.go_to(self.current + 1)
        elif key in BACK_KEYS:
            self.go_to(self.current - 1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.text.sentences) - 1)
        elif key == Qt.Key.Key_P:
            shown = self.style_.pinyin.next()
            if shown is PinyinShown.NEW and not self.has_new_words:
                shown = shown.next()  # no new words known for this text: all, then none
            self._restyle(pinyin=shown)
        elif key == Qt.Key.Key_T:
            self._restyle(tone_colors=not self.style_.tone_colors)
        elif key == Qt.Key.Key_D:
            self._restyle(dark=not self.style_.dark)
        elif key == Qt.Key.Key_V and self.presenter is not None:
            self.presenter.show_again()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            factor = 1 / SIZE_STEP if key == Qt.Key.Key_Minus else SIZE_STEP
            self._sized = True
            self._restyle(char_px=clamp_char_px(self.style_.char_px * factor, self.height()))
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.revealed is not None:
            self.revealed = None
        else:
            self.revealed = self.word_at(event.position())
        self.update()

    @property
    def has_new_words(self) -> bool:
        return any(w.new for sentence in self.text.sentences for w in sentence)

    def word_at(self, pos: QPointF) -> WordBox | None:
        """The word drawn at ``pos`` (punctuation is not a word), or None."""
        for b in self.boxes:
            if b.word.is_word and b.rect.contains(pos):
                return b
        return None

    def go_to(self, sentence: int) -> None:
        """Show and highlight ``sentence`` (kept within the text)."""
        sentence = min(max(0, sentence), max(0, len(self.text.sentences) - 1))
        if sentence != self.current:
            self.current = sentence
            self.revealed = None
            self._relayout()
            self.sentence_changed.emit(sentence)
            self.moved.emit()

    def _restyle(self, **changes) -> None:
        self.style_ = replace(self.style_, **changes)
        self._relayout()
