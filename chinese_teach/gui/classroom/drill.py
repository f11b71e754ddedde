"""The word drill on the projector: one word at a time, full screen.

Keys (a presenter clicker sends the arrows, Page Up/Down and space): space, Right, Down,
Page Down and Enter show the next thing (pinyin, then meaning, then the next word);
Left, Up and Page Up go back; N skips to the next word; S plays the stroke-order
animation (S again shows the characters); M marks the word for review (M again
unmarks it); R shuffles the words or puts them back in order; T turns tone colours on
and off; D switches the chalkboard background; V brings back a closed presenter view;
Esc leaves. A click or tap on the word
steps too, and every key has a large button for a touch screen. After the last word
the marked words are listed, ready to become an Anki deck or a dictation, or to be
copied. Painting is :mod:`chinese_teach.render.drill`; the state is
:class:`chinese_teach.core.documents.drill.Drill`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.documents.drill import Drill, DrillWord, review_text
from chinese_teach.core.strokes import StrokeData, stroke_data
from chinese_teach.gui import theme
from chinese_teach.gui.classroom.presenter import PresenterWindow, show_in_class
from chinese_teach.gui.widgets.dictation_hints import fill_hint_choices
from chinese_teach.ops.lesson import PAPER_SIZES
from chinese_teach.render.classroom import ClassStyle
from chinese_teach.render.drill import animation_ms, drawn_at, paint_drill, stroke_total

if TYPE_CHECKING:
    from chinese_teach.gui.context import AppContext

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space,
             Qt.Key.Key_Return, Qt.Key.Key_Enter}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp}
FRAME_MS = 33


class DrillCanvas(QWidget):
    """Where the word is painted; a click or tap on it steps the drill."""

    clicked = Signal()

    def __init__(self, window: DrillWindow, *, hint: str = "pinyin",
                 paper: str = "A4") -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("drill_canvas")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        w = self.window_
        word = w.drill.current
        if word is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_drill(painter, word, w.drill.stage, w.style_, width=self.width(),
                    height=self.height(), position=w.drill.position, total=len(w.drill.words),
                    marked=w.drill.is_marked, strokes=w.strokes, drawn=w.drawn)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


class DrillWindow(QWidget):
    """A full-screen drill of ``words`` (on the projector when there is one); see the
    module docstring for its keys."""

    #: what the class sees changed (the presenter view follows)
    moved = Signal()
    #: the window was closed
    left = Signal()

    def __init__(self, ctx: AppContext, title: str, words: list[DrillWord],
                 parent: QWidget | None = None, *, hint: str = "pinyin",
                 paper: str = "A4") -> None:
        """``hint`` and ``paper`` are the review dictation's first choices (the lesson's
        worksheet settings when the drill comes from a lesson)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("drill_window")
        self.setWindowTitle(self.tr("Word drill: {title}").format(title=title))
        self.setAccessibleName(self.tr("Word drill shown in class"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ctx = ctx
        self.title = title
        self.drill = Drill(list(words))
        self.style_ = ClassStyle(0.0, family=_teaching_family(ctx))
        #: the stroke data of the word being animated (None: the characters are shown)
        self.strokes: list[StrokeData | None] | None = None
        self.drawn = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self.presenter: PresenterWindow | None = None

        self.canvas = DrillCanvas(self)
        self.canvas.clicked.connect(self.step)
        self.back_button = self._button("drill_back", self.tr("◀ Back"), self.back)
        self.next_button = self._button("drill_next", self.tr("Next ▶"), self.step)
        self.strokes_button = self._button("drill_strokes", self.tr("Stroke order (S)"),
                                           self.toggle_strokes)
        self.mark_button = self._button("drill_mark", self.tr("★ Mark to review (M)"),
                                        self.toggle_mark)
        self.mark_button.setCheckable(True)
        self.shuffle_button = self._button("drill_shuffle", self.tr("Shuffle (R)"),
                                           self.toggle_shuffle)
        self.shuffle_button.setCheckable(True)
        self.leave_button = self._button("drill_leave", self.tr("Leave (Esc)"), self.close)
        bar = QHBoxLayout()
        for b in (self.back_button, self.next_button, self.strokes_button, self.mark_button,
                  self.shuffle_button, self.leave_button):
            bar.addWidget(b, 1)
        self.drill_page = drill_page = QWidget()
        col = QVBoxLayout(drill_page)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.canvas, 1)
        col.addLayout(bar)
        self.review = ReviewPage(self, hint=hint, paper=paper)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(drill_page)
        self.pages.addWidget(self.review)
        self._sync()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the window's
        b.clicked.connect(lambda _checked=False: slot())
        return b

    # -- showing -------------------------------------------------------------------------
    def show_in_class(self, notes: str = "", screens=None) -> None:
        """Full screen on the last screen (the projector when one is connected), with
        the presenter view and ``notes`` on the teacher's screen when there are two."""
        self.presenter = show_in_class(self, notes, screens)

    def presenter_lines(self) -> tuple[str, str]:
        """The word shown (with its pinyin and meaning, and what the class sees of it)
        and the next word."""
        drill = self.drill
        word = drill.current
        if word is None or drill.finished:
            return self.tr("The words to review"), ""
        shown = (self.tr("characters"), self.tr("pinyin"), self.tr("meaning"))[drill.stage]
        now = self.tr("{n}/{total}: {word}  {pinyin}  {meaning}\n(showing: {shown})").format(
            n=drill.position + 1, total=len(drill.words), word=word.word, pinyin=word.pinyin,
            meaning=word.meaning, shown=shown)
        following = ""
        if drill.position + 1 < len(drill.words):
            nxt = drill.words[drill.order[drill.position + 1]]
            following = f"{nxt.word}  {nxt.pinyin}"
        return now, following

    def resizeEvent(self, event) -> None:
        """Large touch targets whatever the screen: buttons a fourteenth of its height."""
        h = self.height()
        px = max(14, round(h / 42))
        for b in self.findChildren(QPushButton):
            b.setMinimumHeight(max(48, round(h / 14)))
            b.setFont(theme.classroom_font(b.font(), px))
        self.review.resized(h)
        super().resizeEvent(event)

    def _sync(self) -> None:
        """Show the state: the buttons' texts and checks, the page, the painted word."""
        finished = self.drill.finished or not self.drill.words
        if finished:
            self._stop_strokes()
            self.review.show_words(self.drill.marked_words(), len(self.drill.words))
        self.pages.setCurrentIndex(1 if finished else 0)
        self.mark_button.setChecked(self.drill.is_marked)
        self.shuffle_button.setChecked(self.drill.shuffled)
        self.back_button.setEnabled(self.drill.position > 0 or self.drill.stage > 0)
        self.canvas.update()
        self.moved.emit()
        if not finished:
            self.setFocus()

    # -- the teacher's keys and clicks ---------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        on_review = self.pages.currentIndex() == 1
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_V and self.presenter is not None:
            self.presenter.show_again()
        elif on_review:
            if key in BACK_KEYS:
                self.back()
            else:
                super().keyPressEvent(event)
        elif key in NEXT_KEYS:
            self.step()
        elif key in BACK_KEYS:
            self.back()
        elif key == Qt.Key.Key_N:
            self._stop_strokes()
            self.drill.next_word()
            self._sync()
        elif key == Qt.Key.Key_S:
            self.toggle_strokes()
        elif key == Qt.Key.Key_M:
            self.toggle_mark()
        elif key == Qt.Key.Key_R:
            self.toggle_shuffle()
        elif key == Qt.Key.Key_T:
            self._restyle(tone_colors=not self.style_.tone_colors)
        elif key == Qt.Key.Key_D:
            self._restyle(dark=not self.style_.dark)
        else:
            super().keyPressEvent(event)

    def step(self) -> None:
        """Pinyin, then meaning, then the next word (the review list after the last)."""
        word = self.drill.current
        self.drill.step()
        if self.drill.current is not word:
            self._stop_strokes()
        self._sync()

    def back(self) -> None:
        """One step back (from the review list: the last word again)."""
        word = self.drill.current
        self.drill.back()
        if self.drill.current is not word:
            self._stop_strokes()
        self._sync()

    def toggle_mark(self) -> None:
        """Mark the word the class stumbled on (or take the mark off)."""
        self.drill.toggle_mark()
        self._sync()

    def toggle_shuffle(self) -> None:
        """Shuffle the words (a new order each time) or put them back in order, from the
        first word again."""
        self._stop_strokes()
        self.drill.set_shuffled(not self.drill.shuffled)
        self._sync()

    def toggle_strokes(self) -> None:
        """Play the stroke-order animation of the word's characters, or stop it and show
        the characters again."""
        word = self.drill.current
        if word is None:
            return
        if self.strokes is not None:
            self._stop_strokes()
        else:
            self.strokes = [stroke_data(ch) for ch in word.word]
            self.drawn = 0.0
            self._clock.start()
            if stroke_total(self.strokes):
                self._timer.start()
        self._sync()

    @property
    def animating(self) -> bool:
        """Whether the stroke animation is being written."""
        return self._timer.isActive()

    def _tick(self) -> None:
        if self.strokes is None:
            self._timer.stop()
            return
        total = stroke_total(self.strokes)
        elapsed = self._clock.elapsed()
        self.drawn = min(float(total), drawn_at(elapsed))
        if elapsed >= animation_ms(self.strokes):
            self.drawn = float(total)
            self._timer.stop()
        self.canvas.update()

    def _stop_strokes(self) -> None:
        self._timer.stop()
        self.strokes = None
        self.drawn = 0.0

    def _restyle(self, **changes) -> None:
        self.style_ = replace(self.style_, **changes)
        # on the chalkboard the buttons go dark too: no bright strip under the word
        theme.chalkboard_buttons(self.drill_page, self.style_.dark)
        self.canvas.update()

    # -- the review list -----------------------------------------------------------------
    def drill_again(self, words: list[DrillWord]) -> None:
        """Start a new drill of ``words`` (the marked ones), marks cleared."""
        self.drill = Drill(list(words))
        self._sync()

    def closeEvent(self, event) -> None:
        self._stop_strokes()
        self.left.emit()
        super().closeEvent(event)


def _teaching_family(ctx) -> str:
    """The family of the teaching font (the teacher's choice or the best installed)."""
    return theme.classroom_family(getattr(ctx, "prefs", None))


class ReviewPage(QWidget):
    """The end of the drill: the words marked for review, and what to make of them."""

    def __init__(self, window: DrillWindow, *, hint: str = "pinyin",
                 paper: str = "A4") -> None:
        super().__init__(window)
        self.window_ = window
        self.words: list[DrillWord] = []
        self.heading = QLabel()
        self.heading.setObjectName("drill_review_heading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list = QListWidget()
        self.list.setObjectName("drill_review_list")
        self.list.setFont(QFont(window.style_.family))
        self.status = QLabel()
        self.status.setObjectName("drill_review_status")
        self.status.setWordWrap(True)
        self.deck_button = QPushButton(self.tr("Anki deck…"))
        self.deck_button.setObjectName("drill_review_deck")
        self.deck_button.clicked.connect(lambda: self.save("deck"))
        self.dictation_button = QPushButton(self.tr("Dictation…"))
        self.dictation_button.setToolTip(self.tr("Student sheet, teacher's script and answer "
                                                 "key, as PDF or Word"))
        self.dictation_button.setObjectName("drill_review_dictation")
        self.dictation_button.clicked.connect(lambda: self.save("dictation"))
        self.hint_combo = QComboBox()
        self.hint_combo.setObjectName("drill_review_hint")
        self.hint_combo.setToolTip(self.tr("What the dictation sheet prints beside each "
                                           "word's boxes"))
        fill_hint_choices(self.hint_combo, hint)
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("drill_review_paper")
        self.paper_combo.setToolTip(self.tr("The paper the dictation is printed on"))
        for size in PAPER_SIZES:
            self.paper_combo.addItem(size, size)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(paper)))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("drill_review_copy")
        self.copy_button.setToolTip(self.tr("Word, pinyin and meaning, one word a line"))
        self.copy_button.clicked.connect(self.copy)
        self.again_button = QPushButton(self.tr("Drill these again"))
        self.again_button.setObjectName("drill_review_again")
        self.again_button.clicked.connect(
            lambda: self.window_.drill_again(self.words or self.window_.drill.words))
        self.close_button = QPushButton(self.tr("Leave (Esc)"))
        self.close_button.setObjectName("drill_review_close")
        self.close_button.clicked.connect(self.window_.close)
        row = QHBoxLayout()
        for b in (self.deck_button, self.dictation_button, self.copy_button,
                  self.again_button, self.close_button):
            row.addWidget(b, 1)
        options = QHBoxLayout()
        options.addStretch(1)
        self.hint_label = QLabel(self.tr("Dictation:"))
        self.hint_label.setBuddy(self.hint_combo)
        self.paper_label = QLabel(self.tr("Paper"))
        self.paper_label.setBuddy(self.paper_combo)
        options.addWidget(self.hint_label)
        options.addWidget(self.hint_combo)
        options.addWidget(self.paper_label)
        options.addWidget(self.paper_combo)
        options.addStretch(1)
        col = QVBoxLayout(self)
        col.addWidget(self.heading)
        col.addWidget(self.list, 1)
        col.addLayout(row)
        col.addLayout(options)
        col.addWidget(self.status)

    def resized(self, height: int) -> None:
        """Text sizes that read from the back of the room."""
        for w, px in ((self.heading, height / 16), (self.list, height / 22),
                      (self.status, height / 40), (self.hint_combo, height / 40),
                      (self.paper_combo, height / 40), (self.hint_label, height / 40),
                      (self.paper_label, height / 40)):
            w.setFont(theme.classroom_font(w.font(), max(12, px)))

    def show_words(self, words: list[DrillWord], total: int) -> None:
        """List the marked ``words`` of a drill of ``total``."""
        self.words = words
        self.list.clear()
        for w in words:
            self.list.addItem(f"{w.word}   {w.pinyin}   {w.meaning}")
        if words:
            self.heading.setText(self.tr("{n} of {total} words to review").format(
                n=len(words), total=total))
            self.again_button.setText(self.tr("Drill these again"))
        else:
            self.heading.setText(self.tr("No word marked: the class knew all {total}.")
                                 .format(total=total))
            self.again_button.setText(self.tr("Drill all again"))
        for b in (self.deck_button, self.dictation_button, self.copy_button,
                  self.hint_combo, self.paper_combo):
            b.setEnabled(bool(words))
        self.status.setText("")
        self.again_button.setFocus()

    def copy(self) -> None:
        """The words, their pinyin and meaning on the clipboard, one word a line."""
        QGuiApplication.clipboard().setText(review_text(self.words))
        self.status.setText(self.tr("Copied {n} words.").format(n=len(self.words)))

    def save(self, what: str) -> None:
        """Ask where, then write the marked words as a deck or a dictation in the
        background."""
        word_filter = self.tr("Word document (*.docx)")
        if what == "deck":
            suffix, filters = ".apkg", self.tr("Anki deck (*.apkg)")
        else:
            suffix, filters = ".pdf", self.tr("PDF (*.pdf)") + ";;" + word_filter
        base = f"{self.window_.title} - {self.tr('review')}{suffix}"
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Save the words to review"),
                                                   str(Path.home() / base), filters)
        if not name:
            return
        if what != "deck" and (chosen == word_filter or name.lower().endswith(".docx")):
            suffix = ".docx"
        from chinese_teach.gui.savefile import with_suffix_confirmed

        path = with_suffix_confirmed(self, name, suffix, append=True)
        if path is not None:
            self.export(what, path)

    def export(self, what: str, path: Path):
        """Write the deck or the dictation at ``path`` in the background; the task."""
        from chinese_teach.gui.operations import run_op
        from chinese_teach.ops import classroom as classroom_ops

        ctx = self.window_.ctx
        if ctx.corpus is None:
            self.status.setText(self.tr("Wait until the dictionary has loaded."))
            return None
        words, corpus, title = list(self.words), ctx.corpus, self.window_.title
        library_path = ctx.library.path if ctx.library is not None else None
        heading = self.tr("{title}: words to review").format(title=title)
        hint, paper = self.hint_combo.currentData(), self.paper_combo.currentData()

        def work(progress, cancel):
            if what == "deck":
                return classroom_ops.export_review_deck(
                    words, heading, path, corpus, library_path=library_path,
                    progress=progress, cancel=cancel)
            return classroom_ops.export_review_dictation(
                words, heading, path, hint=hint, paper=paper, progress=progress,
                cancel=cancel)

        label = (self.tr("Writing the Anki deck…") if what == "deck"
                 else self.tr("Writing the dictation…"))
        self.status.setText(label)
        return run_op(ctx, work, label=label,
                      on_success=lambda _r: self.status.setText(
                          self.tr("Wrote {path}").format(path=path)),
                      on_failure=lambda exc: self.status.setText(str(exc)))
