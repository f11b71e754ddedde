"""The start page, first on every start: back to the last work, the next lesson, quick actions.

Cards, each with an empty state that says what to do:

* **Continue where you left off**: the lesson and the reader opened last, one click
  back into each;
* **Next lesson** of the course: the first not yet taught, dated today or later;
* **Quick actions**: new lesson, reader from the clipboard or a file, deck from a word
  list, look up a word;
* on first start, **First steps**: a short guided path through the sample course
  (its first lesson, its reader, a deck of its words, a word looked up), until the
  teacher hides it.

The buttons ask the window to open things (``ctx.open_requested``), so this page
knows no other page's insides.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.gui import icons, settings, theme
from chinese_teach.gui.context import AppContext
from chinese_teach.gui.pages import Page, PageSpec

#: Settings of the guided path: hidden by the teacher, and the steps done.
GUIDE_HIDDEN_KEY = "start/guide_hidden"
GUIDE_DONE_KEY = "start/guide_done"
#: The page lays its cards in two columns from this width (logical px).
TWO_COLUMNS_FROM = 900
#: A word of the sample course's first lesson, looked up in the last step.
GUIDE_WORD = "认识"


def _card(title: str, name: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(name)
    theme.set_role(frame, "card")
    frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    column = QVBoxLayout(frame)
    s = theme.SPACING
    column.setContentsMargins(s["l"], s["m"], s["l"], s["l"])
    column.setSpacing(s["s"])
    heading = QLabel(title)
    heading.setObjectName(f"{name}_title")
    theme.set_role(heading, "heading")
    column.addWidget(heading)
    return frame, column


def _label(name: str, role: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        theme.set_role(label, role)
    return label


class StartPage(Page):
    """Where to begin: the last work, the next lesson, quick actions, first steps."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = None
        self._targets: dict[str, str] = {}
        self._icon_buttons: list[tuple[QPushButton, str, str]] = []
        s = theme.SPACING

        self.title = QLabel(self.tr("Welcome to Chinese Teach"))
        self.title.setObjectName("start_title")
        theme.set_role(self.title, "title")
        self.subtitle = _label("start_subtitle", "muted")
        self.subtitle.setText(self.tr("Plan lessons, make pinyin readers, worksheets and "
                                      "Anki decks for your class. Where would you like to "
                                      "begin?"))

        # -- first steps
        self.guide, guide = _card(self.tr("First steps with the sample course"), "guide_card")
        intro = _label("guide_intro", "muted")
        intro.setText(self.tr("Four clicks show what the app does, on the sample course "
                              "made for you."))
        guide.addWidget(intro)
        self.guide_buttons: dict[str, QPushButton] = {}
        self.guide_grid = QGridLayout()
        self.guide_grid.setHorizontalSpacing(s["s"])
        self.guide_grid.setVerticalSpacing(s["s"])
        for key, text in (
            ("lesson", self.tr("1. Open the first lesson: its words, plan and worksheets")),
            ("reader", self.tr("2. Open its text as a pinyin reader")),
            ("deck", self.tr("3. Turn its words into an Anki deck")),
            ("word", self.tr("4. Look up one of its words: {word}").format(word=GUIDE_WORD)),
        ):
            button = self._button(f"guide_{key}", text, "circle-play", "action")
            button.clicked.connect(lambda _c=False, k=key: self._guide_step(k))
            self.guide_buttons[key] = button
        guide.addLayout(self.guide_grid)
        self.hide_guide = self._button("guide_hide", self.tr("Hide these steps"), None, "link")
        self.hide_guide.clicked.connect(self._hide_guide)
        guide.addWidget(self.hide_guide, 0, Qt.AlignmentFlag.AlignLeft)

        # -- continue
        self.resume, resume = _card(self.tr("Continue where you left off"), "continue_card")
        self.last_lesson = _label("last_lesson")
        self.open_last_lesson = self._button("open_last_lesson", self.tr("Open lesson"),
                                             "notebook-pen", "primary")
        self.open_last_lesson.clicked.connect(lambda: self._open("lesson", "last_lesson"))
        self.last_reader = _label("last_reader")
        self.open_last_reader = self._button("open_last_reader", self.tr("Open reader"),
                                             "file-text", "")
        self.open_last_reader.clicked.connect(lambda: self._open("reader", "last_reader"))
        self.resume_empty = _label("continue_empty", "muted")
        self.resume_empty.setText(self.tr(
            "Nothing opened yet. Open a lesson in the Library or make a reader in the "
            "Reader studio: it will be here the next time."))
        for label, button in ((self.last_lesson, self.open_last_lesson),
                              (self.last_reader, self.open_last_reader)):
            resume.addLayout(self._row(label, button))
        resume.addWidget(self.resume_empty)

        # -- next lesson
        self.upcoming, upcoming = _card(self.tr("Next lesson"), "next_card")
        self.next_lesson = _label("next_lesson")
        self.open_next = self._button("open_next_lesson", self.tr("Prepare it"),
                                      "calendar-days", "")
        self.open_next.clicked.connect(lambda: self._open("lesson", "next_lesson"))
        upcoming.addLayout(self._row(self.next_lesson, self.open_next))
        self.next_empty = _label("next_empty", "muted")
        self.open_library = self._button("open_library", self.tr("Open the Library"),
                                         "library-big", "")
        self.open_library.clicked.connect(lambda: self.ctx.page_requested.emit("library"))
        upcoming.addWidget(self.next_empty)
        upcoming.addWidget(self.open_library, 0, Qt.AlignmentFlag.AlignLeft)

        # -- quick actions
        self.quick, quick = _card(self.tr("Quick actions"), "quick_card")
        self.quick.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.guide.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout()
        grid.setHorizontalSpacing(s["s"])
        grid.setVerticalSpacing(s["s"])
        self.new_lesson = self._button("quick_new_lesson", self.tr("New lesson"), "plus", "")
        self.new_lesson.clicked.connect(self._new_lesson)
        self.from_clipboard = self._button("quick_reader_clipboard",
                                           self.tr("Reader from the clipboard"),
                                           "clipboard-paste", "")
        self.from_clipboard.clicked.connect(self._reader_from_clipboard)
        self.from_file = self._button("quick_reader_file", self.tr("Reader from a file…"),
                                      "file-up", "")
        self.from_file.clicked.connect(self._reader_from_file)
        self.deck_from_list = self._button("quick_deck_list",
                                           self.tr("Deck from a word list…"), "list-plus", "")
        self.deck_from_list.clicked.connect(self._deck_from_list)
        for i, button in enumerate((self.new_lesson, self.from_clipboard, self.from_file,
                                    self.deck_from_list)):
            grid.addWidget(button, i // 2, i % 2)
        quick.addLayout(grid)
        lookup = QHBoxLayout()
        self.lookup_edit = QLineEdit()
        self.lookup_edit.setObjectName("quick_lookup")
        self.lookup_edit.setPlaceholderText(self.tr("A word in characters, pinyin or English"))
        self.lookup_edit.setAccessibleName(self.tr("Word to look up"))
        theme.use_chinese_fonts(ctx.prefs, {"field": [self.lookup_edit]})
        self.lookup_edit.returnPressed.connect(self._look_up)
        self.lookup_button = self._button("quick_lookup_button", self.tr("Look up"),
                                          "search", "")
        self.lookup_button.clicked.connect(self._look_up)
        lookup.addWidget(self.lookup_edit, 1)
        lookup.addWidget(self.lookup_button)
        quick.addLayout(lookup)
        self.message = _label("start_message", "muted")
        quick.addWidget(self.message)

        # -- layout
        self.cards = QGridLayout()
        self.cards.setHorizontalSpacing(s["l"])
        self.cards.setVerticalSpacing(s["l"])
        self._columns = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(s["xl"], s["xl"], s["xl"], s["xl"])
        outer.setSpacing(s["s"])
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)
        outer.addSpacing(s["s"])
        outer.addLayout(self.cards)
        outer.addStretch(1)
        self._place_cards(1)

        ctx.library_changed.connect(lambda _lib: self.refresh())
        ctx.item_opened.connect(lambda _kind, _ident: self.refresh())
        ctx.preferences_changed.connect(
            lambda prefs: theme.use_chinese_fonts(prefs, {"field": [self.lookup_edit]}))
        self.refresh()

    # -- building blocks ------------------------------------------------------------------
    def _button(self, name: str, text: str, icon: str | None, role: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if role:
            theme.set_role(button, role)
        if icon:
            px = theme.ICON_PX["nav"]
            button.setIconSize(QSize(px, px))
            colour = "accent_text" if role == "primary" else "text"
            button.setIcon(icons.icon(icon, colour))
            self._icon_buttons.append((button, icon, colour))
        return button

    def _set_primary(self, button: QPushButton, primary: bool) -> None:
        """Give ``button`` the primary role (and its icon the matching colour), or not."""
        theme.set_role(button, "primary" if primary else "")
        colour = "accent_text" if primary else "text"
        for i, (b, icon, _colour) in enumerate(self._icon_buttons):
            if b is button:
                self._icon_buttons[i] = (b, icon, colour)
                b.setIcon(icons.icon(icon, colour))

    def _row(self, label: QLabel, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _place_cards(self, columns: int) -> None:
        """One column on a narrow page, two from :data:`TWO_COLUMNS_FROM`."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in (self.guide, self.resume, self.upcoming, self.quick):
            self.cards.removeWidget(card)
        if columns == 2:
            self.cards.addWidget(self.guide, 0, 0, 1, 2)
            self.cards.addWidget(self.resume, 1, 0)
            self.cards.addWidget(self.upcoming, 1, 1)
            self.cards.addWidget(self.quick, 2, 0, 1, 2)
        else:
            for row, card in enumerate((self.guide, self.resume, self.upcoming, self.quick)):
                self.cards.addWidget(card, row, 0)
        for button in self.guide_buttons.values():
            self.guide_grid.removeWidget(button)
        for i, button in enumerate(self.guide_buttons.values()):
            self.guide_grid.addWidget(button, *((i // 2, i % 2) if columns == 2 else (i, 0)))
        self.cards.setColumnStretch(1, 1 if columns == 2 else 0)
        self.cards.setColumnStretch(0, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_cards(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.PaletteChange:
            for button, icon, colour in self._icon_buttons:
                button.setIcon(icons.icon(icon, colour))
        super().changeEvent(event)

    # -- content --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the library again and fill the cards."""
        from chinese_teach.core.library.overview import overview

        lib = self.ctx.library
        self.summary = overview(lib, settings.recent("lesson"),
                                settings.recent("reader")) if lib is not None else None
        o = self.summary
        self._targets = {}
        if o is not None and o.last_lesson is not None:
            self._targets["last_lesson"] = o.last_lesson.id
            course = o.last_lesson_course.name if o.last_lesson_course else ""
            self.last_lesson.setText(self.tr("{lesson}\n{course}").format(
                lesson=o.last_lesson.title, course=course))
        if o is not None and o.last_reader is not None:
            self._targets["last_reader"] = o.last_reader.id
            self.last_reader.setText(self.tr("Reader: {title}").format(
                title=o.last_reader.title or self.tr("untitled")))
        for key, label, button in (("last_lesson", self.last_lesson, self.open_last_lesson),
                                   ("last_reader", self.last_reader, self.open_last_reader)):
            label.setVisible(key in self._targets)
            button.setVisible(key in self._targets)
        self.resume_empty.setVisible(not ({"last_lesson", "last_reader"} & set(self._targets)))

        if o is not None and o.next_lesson is not None:
            self._targets["next_lesson"] = o.next_lesson.id
            when = o.next_lesson.date or self.tr("no date yet")
            self.next_lesson.setText(self.tr("{lesson}\n{course} · {when}").format(
                lesson=o.next_lesson.title, course=o.next_course.name if o.next_course else "",
                when=when))
        elif o is not None and o.course_count:
            self.next_empty.setText(self.tr("Every lesson of the course is taught. Add the "
                                            "next one in the Library."))
        else:
            self.next_empty.setText(self.tr("No course yet. Create one in the Library: its "
                                            "lessons will be listed here in order."))
        has_next = "next_lesson" in self._targets
        self.next_lesson.setVisible(has_next)
        self.open_next.setVisible(has_next)
        self.next_empty.setVisible(not has_next)
        self.open_library.setVisible(not has_next)
        # one primary step on the page: back into the last lesson, else the next lesson
        first = "last_lesson" not in self._targets
        self._set_primary(self.open_next, has_next and first)
        self._set_primary(self.open_library, not has_next and first)

        writable = lib is not None and not lib.read_only
        self.new_lesson.setEnabled(writable)
        self.new_lesson.setToolTip("" if writable else self.tr("The library is read-only."))
        self._show_guide(o)
        self.ready_changed.emit()

    def _show_guide(self, o) -> None:
        store = settings.open_settings()
        hidden = _truthy(store.value(GUIDE_HIDDEN_KEY, False))
        self.guide.setVisible(not hidden and o is not None and o.sample_first_lesson is not None)
        done = set(str(store.value(GUIDE_DONE_KEY, "") or "").split(","))
        for key, button in self.guide_buttons.items():
            button.setProperty("done", key in done)
            button.setIcon(icons.icon("circle-play" if key not in done else "arrow-right",
                                      "accent" if key not in done else "muted"))
        reader = o is not None and o.sample_reader is not None
        self.guide_buttons["reader"].setEnabled(reader)

    # -- actions ----------------------------------------------------------------------
    def _open(self, what: str, target: str) -> None:
        ident = self._targets.get(target)
        if ident:
            self.ctx.open_requested.emit(what, ident)

    def _new_lesson(self) -> None:
        course = ""
        if self.summary is not None and self.summary.next_course is not None:
            course = self.summary.next_course.id
        elif self.summary is not None and self.summary.last_lesson is not None:
            course = self.summary.last_lesson.course_id
        if not course and (self.summary is None or not self.summary.course_count):
            self.message.setText(self.tr("Create a course in the Library first: lessons "
                                         "belong to a course."))
            self.ctx.page_requested.emit("library")
            return
        if not course:
            course = self.ctx.library.courses()[0].id
        self.ctx.open_requested.emit("new_lesson", course)

    def _reader_from_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text().strip()
        if not text:
            self.message.setText(self.tr("The clipboard holds no text. Copy a Chinese text "
                                         "first, then click again."))
            return
        self.message.clear()
        self.ctx.open_requested.emit("reader_text", text)

    def _reader_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a Text"), str(Path.home()),
            self.tr("Texts (*.txt *.docx);;All files (*)"))
        if name:
            self.ctx.open_requested.emit("reader_file", name)

    def _deck_from_list(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Word List"), str(Path.home()),
            self.tr("Word lists (*.txt *.csv *.tsv);;All files (*)"))
        if name:
            self.ctx.open_requested.emit("deck_file", name)

    def _look_up(self) -> None:
        word = self.lookup_edit.text().strip()
        if word:
            self.ctx.word_requested.emit(word)
        else:
            self.lookup_edit.setFocus()
            self.message.setText(self.tr("Type a word to look up."))

    def _guide_step(self, key: str) -> None:
        o = self.summary
        if o is None or o.sample_first_lesson is None:
            return
        store = settings.open_settings()
        done = {d for d in str(store.value(GUIDE_DONE_KEY, "") or "").split(",") if d}
        store.setValue(GUIDE_DONE_KEY, ",".join(sorted(done | {key})))
        if key == "lesson":
            self.ctx.open_requested.emit("lesson", o.sample_first_lesson.id)
        elif key == "reader" and o.sample_reader is not None:
            self.ctx.open_requested.emit("reader", o.sample_reader.id)
        elif key == "deck":
            self.ctx.open_requested.emit("deck_lesson", o.sample_first_lesson.id)
        elif key == "word":
            self.ctx.word_requested.emit(GUIDE_WORD)

    def _hide_guide(self) -> None:
        settings.open_settings().setValue(GUIDE_HIDDEN_KEY, True)
        self.guide.hide()

    # -- page hooks ---------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh()

    def focus_search(self) -> bool:
        self.lookup_edit.setFocus()
        return True

    def is_ready(self) -> bool:
        return self.summary is not None or self.ctx.library is None


def _truthy(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1", "yes")


PAGE = PageSpec(
    key="start",
    title=QT_TRANSLATE_NOOP("pages", "Start"),
    factory=StartPage,
    order=0,
    icon="house",
    tip=QT_TRANSLATE_NOOP("pages", "Where to begin: your last lesson and reader, the next "
                                   "lesson, quick actions"),
)
