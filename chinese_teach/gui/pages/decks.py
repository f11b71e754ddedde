"""The Decks page: Anki decks, study pages (and Pleco/Quizlet/CSV lists) from words,
readers, lessons.

The teacher picks a source, the card types and the stroke/audio options, looks at a
preview of a card's front and back, and exports in the background. The last choices are
remembered (``decks/...`` keys in the settings file).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.export.anki.note_type import CardType
from chinese_teach.core.export.anki.sources import DeckSource
from chinese_teach.gui import settings, theme
from chinese_teach.gui.context import AppContext
from chinese_teach.gui.pages import Page, PageSpec
from chinese_teach.gui.widgets.card_preview import CardPreviewPanel
from chinese_teach.gui.widgets.deck_formats import FORMATS, WITH_MEDIA, option_applies
from chinese_teach.gui.widgets.deck_source_picker import LIBRARY_KINDS, DeckSourcePicker
from chinese_teach.gui.widgets.deck_start import DeckStart
from chinese_teach.gui.widgets.export_bar import ExportBar
from chinese_teach.ops import deck as deck_ops

KEY = "decks/"

class DecksPage(Page):
    """Source, card types, options, preview and export of a deck."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.parts: list = []
        self.last_report = None
        self._voice: str | None = None
        self._task = None

        # -- source
        self.picker = DeckSourcePicker()
        self.source_kind = self.picker.kind
        self.words_edit = self.picker.words_edit
        self.deck_name = self.picker.deck_name
        self.file_edit = self.picker.file_edit
        self.item_combo = self.picker.item_combo
        theme.use_chinese_fonts(ctx.prefs, {"list": [self.words_edit]})

        # -- cards and options
        self.card_boxes: dict[CardType, QCheckBox] = {}
        cards_box = QGroupBox(self.tr("Card types"))
        cl = QVBoxLayout(cards_box)
        for card in CardType:
            box = QCheckBox(self.tr(card.label))
            box.setObjectName(f"card_{card.value}")
            self.card_boxes[card] = box
            cl.addWidget(box)
        self.strokes_box = QCheckBox(self.tr("Stroke-order animation on the back"))
        self.strokes_box.setObjectName("strokes")
        self.audio_box = QCheckBox(self.tr("Synthetic Mandarin audio where there is no recording"))
        self.audio_box.setObjectName("audio")
        self.recordings_edit = QLineEdit()
        self.recordings_edit.setObjectName("recordings")
        self.recordings_edit.setPlaceholderText(
            self.tr("Folder of your recordings, named after the words (银行.mp3)")
        )
        self.recordings_button = QPushButton(self.tr("Choose…"))
        self.recordings_button.setObjectName("choose_recordings")
        self.audio_note = QLabel()
        self.audio_note.setObjectName("audio_note")
        self.audio_note.setWordWrap(True)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("format")
        for key, label, _f, _s in FORMATS:
            self.format_combo.addItem(self.tr(label), key)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("preview")
        self.export_bar = ExportBar({"file": self.export}, primary="file", names={"file": "export"})
        self.export_button = self.export_bar.buttons["file"]
        self.export_button.setDefault(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Source"), self.source_kind)
        form.addRow("", self.picker)
        form.addRow(self.tr("Format"), self.format_combo)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addLayout(form)
        ll.addWidget(cards_box)
        ll.addWidget(self.strokes_box)
        ll.addWidget(self.audio_box)
        rec_row = QHBoxLayout()
        rec_row.addWidget(self.recordings_edit)
        rec_row.addWidget(self.recordings_button)
        ll.addLayout(rec_row)
        ll.addWidget(self.audio_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch()
        buttons.addWidget(self.export_bar)
        ll.addLayout(buttons)
        ll.addWidget(self.status)
        ll.addStretch()

        # -- preview
        right = self.preview = CardPreviewPanel()
        self.word_combo = right.word_combo
        self.card_combo = right.card_combo
        self.front_view = right.front_view
        self.back_view = right.back_view

        self.splitter = QSplitter()
        self.splitter.setObjectName("decks_splitter")
        self.splitter.addWidget(left)
        self.start = DeckStart(self, right)  # no words yet: what a deck is made from
        self.splitter.addWidget(self.start.stack)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._restore_choices()
        self.source_kind.currentIndexChanged.connect(self._source_changed)
        self.recordings_button.clicked.connect(self._choose_recordings)
        self.preview_button.clicked.connect(self.load_preview)
        right.choice_changed.connect(self.show_preview)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        for box in (*self.card_boxes.values(), self.strokes_box, self.audio_box):
            box.toggled.connect(self._options_changed)
        self._source_changed()
        self._format_changed()
        # A library restored from a backup: list its courses, lessons and readers.
        ctx.library_changed.connect(lambda lib: lib is not None and self._source_changed())
        ctx.preferences_changed.connect(self._preferences_changed)
        settings.restore_splitter(self.splitter)

    def _preferences_changed(self, prefs) -> None:
        self.words_edit.setFont(theme.chinese_font(prefs, "list"))
        # the card shows the document language and the tone colours of the moment
        self.show_preview()

    # -- choices -----------------------------------------------------------------------
    def _restore_choices(self) -> None:
        store = settings.open_settings()
        self.picker.choose_kind(str(store.value(KEY + "source", "words")))
        self.words_edit.setPlainText(str(store.value(KEY + "words", "")))
        self.deck_name.setText(str(store.value(KEY + "deck_name", "")))
        self.file_edit.setText(str(store.value(KEY + "file", "")))
        self.recordings_edit.setText(str(store.value(KEY + "recordings", "")))
        cards = str(store.value(KEY + "cards", "recognition,recall,listening"))
        chosen = CardType.parse_list(cards) if cards else frozenset()
        for card, box in self.card_boxes.items():
            box.setChecked(card in chosen)
        self.strokes_box.setChecked(_truthy(store.value(KEY + "strokes", True)))
        self.audio_box.setChecked(_truthy(store.value(KEY + "audio", False)))
        fmt = self.format_combo.findData(str(store.value(KEY + "format", "anki")))
        self.format_combo.setCurrentIndex(max(fmt, 0))
        self.picker.saved_item = str(store.value(KEY + "item", ""))

    def save_choices(self) -> None:
        """Remember the current choices for the next time the page opens."""
        store = settings.open_settings()
        store.setValue(KEY + "source", self.source_kind.currentData())
        store.setValue(KEY + "words", self.words_edit.toPlainText())
        store.setValue(KEY + "deck_name", self.deck_name.text())
        store.setValue(KEY + "file", self.file_edit.text())
        store.setValue(KEY + "recordings", self.recordings_edit.text())
        store.setValue(KEY + "cards", ",".join(c.value for c in self.chosen_cards()))
        store.setValue(KEY + "strokes", self.strokes_box.isChecked())
        store.setValue(KEY + "audio", self.audio_box.isChecked())
        store.setValue(KEY + "format", self.format_combo.currentData())
        item = self.item_combo.currentData()
        if item:
            store.setValue(KEY + "item", item)
        store.sync()

    def save_state(self) -> None:
        settings.save_splitter(self.splitter)
        self.save_choices()

    def chosen_cards(self) -> frozenset[CardType]:
        return frozenset(c for c, box in self.card_boxes.items() if box.isChecked())

    def options(self):  # -> AnkiOptions
        from chinese_teach.core.export.anki.apkg import AnkiOptions

        return AnkiOptions(
            cards=self.chosen_cards() or frozenset({CardType.RECOGNITION}),
            strokes=self.strokes_box.isChecked(), audio=self.audio_box.isChecked(),
            tone_scheme=self.ctx.prefs.tone_scheme().key)

    def source(self) -> DeckSource | None:
        """The chosen source, or None when it is incomplete (status says why)."""
        source = self.picker.source()
        if source is None:
            self.status.setText(self.picker.problem())
        return source

    def _source_changed(self, _index: int = 0) -> None:
        lib = None
        if self.picker.kind_key() in LIBRARY_KINDS:
            lib = self.ctx.require_library()  # the window's one connection (main thread)
            if lib is None:
                self.status.setText(self.tr("The library cannot be opened."))
        self.picker.show_kind(lib)

    def _library_path(self) -> Path | None:
        lib = self.ctx.library
        return lib.path if lib is not None else None

    def _choose_recordings(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of Recordings"), self.recordings_edit.text() or str(Path.home())
        )
        if name:
            self.recordings_edit.setText(name)

    def _format_changed(self, _index: int = 0) -> None:
        fmt = self.format_combo.currentData()
        for box in (*self.card_boxes.values(), self.strokes_box, self.audio_box,
                    self.recordings_edit, self.recordings_button):
            box.setEnabled(option_applies(fmt, box in self.card_boxes.values()))

    def _options_changed(self, _checked: bool = False) -> None:
        if self.audio_box.isChecked() and self._voice is None:
            self._find_voice()
        self.show_preview()

    def _find_voice(self) -> None:
        from chinese_teach.core.audio import find_synthesizer

        self.audio_note.setText(self.tr("Looking for a Mandarin voice…"))

        def done(status) -> None:
            self._voice = status.synthesizer.name if status.synthesizer else ""
            self.audio_note.setText(status.message)

        self.ctx.tasks.run(lambda progress, cancel: find_synthesizer(), label=self.tr("Voices"),
                           on_success=done, show_progress=False)

    # -- preview -----------------------------------------------------------------------
    def load_preview(self) -> None:
        """Build the deck's words in the background and show the first card."""
        source = self.source()
        if source is None:
            return

        corpus = self.ctx.corpus
        self.status.setText(self.tr("Looking up the words…"))

        lib_path = self._library_path()

        def work(progress, cancel):
            return deck_ops.load_deck_parts(source, corpus, library_path=lib_path,
                                            progress=progress, cancel=cancel)

        def done(parts) -> None:
            self.parts = parts
            self.preview.set_parts(parts)
            count = sum(len(p.words) for p in parts)
            self.status.setText(self.tr("{n} words in {d} deck(s).").format(n=count, d=len(parts)))
            self.show_preview()
            self.ready_changed.emit()

        self._task = self.ctx.tasks.run(work, label=self.tr("Preparing the deck"),
                                        on_success=done, key="decks-preview")

    def show_preview(self, _index: int = 0) -> None:
        """Render the chosen word's chosen card into the two views."""
        self.preview.show_card(self.options(), self.ctx.prefs)

    def is_ready(self) -> bool:
        return bool(self.parts)

    def use_source(self, kind: str, value: str) -> None:
        """Start a deck from a word file (``file``: its path) or a library item
        (``lesson``, ``reader``, ``course``: its id) and show its preview."""
        self.picker.use(kind, value)
        self.load_preview()

    def load_sample(self) -> None:
        self.source_kind.setCurrentIndex(self.source_kind.findData("words"))
        self.words_edit.setPlainText("银行\n你好\n谢谢\n一点儿")
        self.deck_name.setText("Sample")
        self.load_preview()

    # -- export ------------------------------------------------------------------------
    def export(self) -> None:
        """Ask for a file name, then build and write the deck in the background."""
        source = self.source()
        if source is None:
            return
        fmt = self.format_combo.currentData()
        _key, _label, file_filter, suffix = next(f for f in FORMATS if f[0] == fmt)
        store = settings.open_settings()
        folder = str(store.value(KEY + "folder", str(Path.home())))
        default = Path(folder) / (_default_name(source) + suffix)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export Deck"), str(default),
                                              self.tr(file_filter))
        if not name:
            return
        from chinese_teach.gui.savefile import with_suffix_confirmed

        out = with_suffix_confirmed(self, name, suffix)
        if out is None:
            return
        store.setValue(KEY + "folder", str(out.parent))
        self.save_choices()
        self.export_to(source, out, fmt)

    def export_to(self, source: DeckSource, out: Path, fmt: str):
        """Export ``source`` to ``out`` in ``fmt`` in the background (the file dialog
        already asked about overwriting)."""

        options = self.options()
        corpus = self.ctx.corpus
        recordings = self.recordings_edit.text().strip()
        lib_path = self._library_path()

        def work(progress, cancel):
            return deck_ops.export_deck(
                source, out, fmt, options, corpus, library_path=lib_path,
                recordings=Path(recordings) if recordings and fmt in WITH_MEDIA else None,
                progress=progress, cancel=cancel).value

        def done(written: deck_ops.DeckWritten) -> None:
            notes = list(written.notes)
            if written.fmt == "pdf":
                text = self.tr("Wrote {path} ({n} pages).").format(n=written.pages, path=out)
            elif written.report is None:
                text = self.tr("Wrote {n} words to {path}.").format(n=written.words, path=out)
            else:
                value = self.last_report = written.report
                text = self.tr(
                    "Wrote {path}: {notes} notes, {cards} cards, {kb} KB. Import it in Anki "
                    "with File > Import; importing a newer export updates the notes and "
                    "keeps the reviews."
                ).format(path=out, notes=value.notes, cards=value.cards,
                         kb=round(value.size_bytes / 1024))
                if value.chars_without_strokes:
                    text += " " + self.tr("No stroke data for: {c}.").format(
                        c="".join(value.chars_without_strokes))
                if value.words_without_cards:
                    text += " " + self.tr(
                        "Left out, no card of the chosen types fits them: {words}."
                    ).format(words="、".join(value.words_without_cards))
                notes = notes + value.messages
            self.status.setText(" ".join([text, *notes]))
            self.ctx.show_status(text)

        self.status.setText(self.tr("Exporting…"))
        self._task = self.ctx.tasks.run(work, label=self.tr("Exporting the deck"),
                                        on_success=done, key="decks-export")
        return self._task


def _default_name(source: DeckSource) -> str:
    if source.kind == "file":
        return Path(source.value).stem
    if source.kind == "words":
        return source.name or "words"
    return f"{source.kind}-{source.value}"


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


PAGE = PageSpec(
    key="decks",
    title=QT_TRANSLATE_NOOP("pages", "Decks"),
    factory=DecksPage,
    order=40,
    icon="layers",
    group="materials",
    tip=QT_TRANSLATE_NOOP("pages",
                          "Anki decks with stroke order, and word lists for Pleco and Quizlet"),
)
