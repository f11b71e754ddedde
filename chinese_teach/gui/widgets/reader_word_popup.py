"""The pop-up shown when the teacher clicks a word in the reader preview.

It shows the dictionary entries of the word, lets the teacher pick another reading
(stored as a correction, for every later reader, worksheet and deck), merge the word
with the next one or split it, and edit the glossary meaning of this reader.
The pop-up only emits signals; the Reader studio stores the changes.

It opens beside the word but always wholly on the screen (above the word near the
bottom of a 768-pixel laptop screen), and Enter does what the teacher is at: in the
meaning box it saves the meaning, anywhere else it uses the reading chosen.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.documents.display import DisplayToken
from chinese_teach.core.text.syllables import ToneStyle, join_word, normalize
from chinese_teach.gui import theme

MAX_DEFS = 4


class ReaderWordPopup(QFrame):
    """Entry, readings and segmentation actions for one word of a reader."""

    #: word, syllables, left context, right context ("" = everywhere)
    reading_chosen = Signal(str, tuple, str, str)
    merge_requested = Signal(int, int)  # paragraph, token: merge it with the next word
    split_requested = Signal(int, int)  # paragraph, token: cut it into characters
    meaning_edited = Signal(str, str)  # simplified word, the teacher's meaning

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("reader_word_popup")
        self.setMinimumWidth(340)
        self._para = self._index = 0
        self._word = ""
        self._left = self._right = ""
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.heading)
        self.entry = QLabel()
        self.entry.setWordWrap(True)
        self.entry.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.entry)
        # what the dotted line under the word means, shown for a reading the engine doubts
        self.doubt = QLabel(self.tr(
            "Dotted: Chinese Teach is not sure of this reading here (its dictionary and its "
            "model of the sentence disagree, or the model hesitates). Check it: choose or "
            "type the right reading below, and it is used from now on."))
        self.doubt.setObjectName("popup_unsure")
        self.doubt.setWordWrap(True)
        self.doubt.setProperty("role", "warning")
        self.doubt.hide()
        lay.addWidget(self.doubt)
        lay.addWidget(QLabel(self.tr("Reading in this text:")))
        self.readings = QListWidget()
        self.readings.setMaximumHeight(110)
        lay.addWidget(self.readings)
        row = QHBoxLayout()
        self.custom = QLineEdit()
        self.custom.setPlaceholderText(self.tr("or type one: zhang3 / zhǎng"))
        self.readings.itemDoubleClicked.connect(lambda _item: self._use())
        row.addWidget(self.custom)
        lay.addLayout(row)
        self.here_only = QCheckBox(self.tr("only next to these characters"))
        lay.addWidget(self.here_only)
        self.use = QPushButton(self.tr("Use this reading everywhere"))
        self.use.setObjectName("popup_use_reading")
        self.use.setDefault(True)
        self.use.clicked.connect(self._use)
        self.here_only.toggled.connect(self._label_use)
        lay.addWidget(self.use)
        seg = QHBoxLayout()
        self.merge = QPushButton(self.tr("Merge with next word"))
        self.merge.clicked.connect(lambda: self._emit_seg(self.merge_requested))
        self.split = QPushButton(self.tr("Split into characters"))
        self.split.clicked.connect(lambda: self._emit_seg(self.split_requested))
        seg.addWidget(self.merge)
        seg.addWidget(self.split)
        lay.addLayout(seg)
        mrow = QHBoxLayout()
        self.meaning = QLineEdit()
        self.meaning.setPlaceholderText(self.tr("meaning in the glossary"))
        self.save_meaning = QPushButton(self.tr("Save meaning"))
        self.save_meaning.clicked.connect(self._meaning)
        mrow.addWidget(self.meaning)
        mrow.addWidget(self.save_meaning)
        lay.addLayout(mrow)

    def show_word(
        self,
        paragraph: int,
        index: int,
        token: DisplayToken,
        entries: Sequence,  # Dictionary entries
        readings: Sequence[tuple[str, ...]],
        *,
        left: str = "",
        right: str = "",
        has_next: bool = True,
        family: str = "",
    ) -> None:
        """Fill the pop-up for ``token`` (``readings``: the possible syllable tuples)."""
        self._para, self._index = paragraph, index
        self._word = token.source or token.text
        self._left, self._right = left, right
        word_css = theme.css(family=html.escape(family), size_pt=theme.POPUP_WORD_PT)
        pinyin_css = theme.css(size_pt=theme.POPUP_PINYIN_PT)
        self.heading.setText(
            f'<span style="{word_css}">{html.escape(token.text)}'
            f'</span>&nbsp;&nbsp;<span style="{pinyin_css}">{html.escape(token.reading)}</span>'
        )
        parts = []
        for e in list(entries)[:3]:
            defs = "; ".join(e.definitions[:MAX_DEFS])
            lv = ", ".join(f"{s.short} {lvl if lvl < 7 else '7-9'}" for s, lvl in e.levels.items())
            parts.append(
                f"<b>{html.escape(join_word(e.syllables, ToneStyle.MARKS))}</b> "
                f"{html.escape(defs)}"
                + (f' <span style="{theme.css("muted")}">({lv})</span>' if lv else "")
            )
        self.entry.setText("<br>".join(parts) or html.escape(self.tr("Not in the dictionary.")))
        self.doubt.setVisible(bool(token.unsure))
        self.readings.clear()
        seen: list[tuple[str, ...]] = []
        for r in [tuple(token.syllables), *readings]:
            if r and len(r) == len(self._word) and r not in seen:
                seen.append(r)
        for r in seen:
            item = QListWidgetItem(join_word(r, ToneStyle.MARKS))
            item.setData(Qt.ItemDataRole.UserRole, r)
            self.readings.addItem(item)
        if self.readings.count():
            self.readings.setCurrentRow(0)
        self.custom.clear()
        self.here_only.setChecked(False)
        self.here_only.setText(self.tr("only between “{l}” and “{r}”").format(
            l=left or "…", r=right or "…"))
        self.merge.setEnabled(has_next)
        self.split.setEnabled(len(self._word) > 1)
        self.meaning.setText(token.meaning)
        self._label_use()

    def show_near(self, word_pos: QPoint) -> None:
        """Show the pop-up just below and right of ``word_pos`` (global), moved so that
        all of it is on that screen: above the word when there is no room below."""
        screen = QGuiApplication.screenAt(word_pos) or self.screen()
        self.adjustSize()
        self.move(place_on_screen(word_pos, self.size(), screen.availableGeometry()))
        self.show()
        # Wrapped labels know their height only once shown: place it again at its size.
        self.adjustSize()
        self.move(place_on_screen(word_pos, self.size(), screen.availableGeometry()))
        self.readings.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves the meaning in the meaning box, else uses the reading chosen (the
        pop-up's default action). Line edits pass Enter on to here."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isVisible():
            self._meaning() if self.meaning.hasFocus() else self._use()
            return
        super().keyPressEvent(event)

    def _label_use(self) -> None:
        self.use.setText(self.tr("Use this reading here") if self.here_only.isChecked()
                         else self.tr("Use this reading everywhere"))

    def chosen_reading(self) -> tuple[str, ...] | None:
        """The typed reading (one syllable per character) or the selected one."""
        typed = self.custom.text().replace(",", " ").split()
        if typed:
            if len(typed) == 1 and len(self._word) > 1:
                return None
            syls = tuple(normalize(s) for s in typed)
            return syls if len(syls) == len(self._word) else None
        item = self.readings.currentItem()
        return tuple(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _use(self) -> None:
        syls = self.chosen_reading()
        if syls is None:
            theme.set_invalid(self.custom, True)
            self.custom.setToolTip(self.tr("Type one syllable per character, e.g. zhang3."))
            return
        theme.set_invalid(self.custom, False)
        left, right = (self._left, self._right) if self.here_only.isChecked() else ("", "")
        self.reading_chosen.emit(self._word, syls, left, right)
        self.hide()

    def _emit_seg(self, signal) -> None:
        signal.emit(self._para, self._index)
        self.hide()

    def _meaning(self) -> None:
        self.meaning_edited.emit(self._word, self.meaning.text().strip())
        self.hide()


def place_on_screen(word_pos: QPoint, size, screen: QRect, gap: int = 12) -> QPoint:
    """Top-left corner for a pop-up of ``size`` next to ``word_pos`` inside ``screen``:
    below-right of the word, else above it; shifted left and clamped to the edges."""
    x = min(word_pos.x() + 8, screen.right() + 1 - size.width())
    y = word_pos.y() + gap
    if y + size.height() > screen.bottom() + 1:
        y = word_pos.y() - gap - size.height()  # no room below: above the word
    return QPoint(max(screen.left(), x),
                  max(screen.top(), min(y, screen.bottom() + 1 - size.height())))
