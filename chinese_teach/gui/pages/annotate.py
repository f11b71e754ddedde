"""The Quick-annotate page: paste or type a text, see it with pinyin and its level profile.

Editing re-annotates only the paragraphs that changed: annotated paragraphs are
cached by their text, new ones are annotated in a worker thread after a short
pause in typing, and the render engine re-lays out only changed paragraphs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.documents.display import DisplayToken, display_tokens
from chinese_teach.core.text.analyze import TextAnalysis
from chinese_teach.core.text.tokens import Token
from chinese_teach.gui import settings, theme
from chinese_teach.gui.context import AppContext
from chinese_teach.gui.pages import Page, PageSpec
from chinese_teach.gui.settings import Preferences
from chinese_teach.gui.widgets.file_drop import FileDropFilter
from chinese_teach.gui.widgets.level_profile import LevelProfilePanel
from chinese_teach.gui.widgets.rubyview import RubyView
from chinese_teach.ops import annotate as annotate_ops
from chinese_teach.ops.annotate import CACHE_LIMIT, ParagraphAnnotator
from chinese_teach.render.layout import RubyStyle, TokenRef

EDIT_DELAY_MS = 150
#: The pinyin view shows this many characters at most (a 5 MB book would take seconds).
MAX_VIEW_CHARS = 20000
#: Longer texts are profiled in a worker thread.
PROFILE_INLINE_TOKENS = 8000
#: settings key of the page's "Mark third-tone changes" box
THIRD_TONE_KEY = "annotate/mark_third_tone"

SAMPLE_TEXT = (
    "我要去银行取钱。银行离我家不远，走路十分钟就到了。\n"
    "今天天气很好，我们一起去公园散步吧。不过下午可能会下雨，别忘了带一把伞。\n"
    "这本书的内容很有意思，不但能学到很多新词，而且可以了解中国的文化。"
)


class AnnotatePage(Page):
    """Text box, ruby view and the level profile side by side."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.annotator = ParagraphAnnotator()
        self.paragraphs: list[str] = []
        self.tokens: list[list[Token]] = []
        self.display: list[list[DisplayToken]] = []
        self.analysis: TextAnalysis | None = None
        self.shown_text: str | None = None
        self._display_cache: dict[tuple, list[DisplayToken]] = {}
        self._style: RubyStyle | None = None
        self._pending = False
        self._entry_pending = False
        self._learner_meaning = ""
        self._profile_pending = False
        self.truncated = False
        self._sample_word: str | None = None
        self._task = None

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("editor")
        self.editor.setPlaceholderText(self.tr(
            "Paste or type Chinese text here, or open or drop a .txt file. "
            "The pinyin appears below."
        ))
        self.open_button = QPushButton(self.tr("Open .txt…"))
        self.open_button.setObjectName("open")
        self.paste_button = QPushButton(self.tr("Paste"))
        self.paste_button.setObjectName("paste")
        theme.set_role(self.paste_button, "primary")  # the page's first step: a text
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clear")
        self.third_tone = QCheckBox(self.tr("Mark third-tone changes (nǐ hǎo → ní hǎo)"))
        self.third_tone.setObjectName("third_tone")
        self.third_tone.setToolTip(self.tr(
            "A dotted line under the pinyin of a third tone said as a second tone before "
            "another third tone. The pinyin itself is not changed."))
        self.third_tone.setChecked(
            str(settings.open_settings().value(THIRD_TONE_KEY, "false")).lower() == "true")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # long messages must not widen the window
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.view = RubyView()
        self.view.setObjectName("ruby_view")
        self.view_note = QLabel()
        self.view_note.setObjectName("view_note")
        self.view_note.setWordWrap(True)
        self.view_note.setVisible(False)
        view_box = QWidget()
        vb = QVBoxLayout(view_box)
        vb.setContentsMargins(0, 0, 0, 0)
        vb.addWidget(self.view_note)
        vb.addWidget(self.view, 1)

        editor_box = QWidget()
        eb = QVBoxLayout(editor_box)
        eb.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for b in (self.open_button, self.paste_button, self.clear_button):
            row.addWidget(b)
        row.addWidget(self.status, 1)
        eb.addLayout(row)
        eb.addWidget(self.third_tone)
        eb.addWidget(self.editor)

        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.setObjectName("annotate_left")
        self.left.addWidget(editor_box)
        self.left.addWidget(view_box)
        self.left.setStretchFactor(0, 1)
        self.left.setStretchFactor(1, 3)

        # -- side panel: level profile, words above target, clicked word --------------
        side = self.profile = LevelProfilePanel()
        side.target_chosen.connect(self._target_chosen)
        side.word_chosen.connect(self.show_entry)
        side.word_opened.connect(ctx.word_requested.emit)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("annotate")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 320])
        side.setMinimumWidth(240)
        settings.restore_splitter(self.splitter)
        settings.restore_splitter(self.left)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.editor.textChanged.connect(self._text_changed)
        # a dropped .txt file is opened (drops reach the viewport or the editor itself)
        self._drops = FileDropFilter(self)
        self._drops.watch(self.editor)
        self._drops.watch(self.editor.viewport())
        self._drops.dropped.connect(self.open_file)
        self.open_button.clicked.connect(self._choose_file)
        self.paste_button.clicked.connect(self._paste)
        self.clear_button.clicked.connect(self.editor.clear)
        self.third_tone.toggled.connect(self._third_tone_toggled)
        self.view.token_clicked.connect(self._token_clicked)
        ctx.preferences_changed.connect(self._preferences_changed)
        ctx.corrections_changed.connect(self._corrections_changed)
        ctx.when_engine_ready(self.refresh)
        ctx.corpus_state_changed.connect(lambda _state: self._corpus_state_changed())
        ctx.when_corpus_ready(self._fill_targets)
        self._apply_preferences(ctx.prefs)
        if ctx.engine is None:
            self.refresh()  # says what the page is waiting for

    # -- Page hooks ---------------------------------------------------------------------
    def load_sample(self) -> None:
        self._sample_word = "银行"
        self.editor.setPlainText(SAMPLE_TEXT)
        self.refresh()

    def is_ready(self) -> bool:
        return (
            self.ctx.engine is not None
            and not self._pending
            and not self._entry_pending
            and not self._profile_pending
            and self._sample_word is None
            and not self._timer.isActive()
            and self.shown_text == self.editor.toPlainText()
        )

    def focus_search(self) -> bool:
        return False

    def page_shown(self) -> None:
        self.editor.setFocus()

    def open_file(self, path: Path) -> bool:
        self.ctx.tasks.run(
            lambda progress, cancel: annotate_ops.open_text(path),
            label=self.tr("Opening {name}").format(name=path.name),
            on_success=self.editor.setPlainText,
        )
        return True

    def save_state(self) -> None:
        settings.save_splitter(self.splitter)
        settings.save_splitter(self.left)

    # -- editing ------------------------------------------------------------------------
    def _choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Text File"), str(Path.home()),
            self.tr("Text files (*.txt *.text);;All files (*)"),
        )
        if name:
            self.open_file(Path(name))

    def _paste(self) -> None:
        self.editor.setFocus()
        self.editor.paste()

    def _text_changed(self) -> None:
        self._pending = True
        self._timer.start()

    def refresh(self) -> None:
        """Annotate what changed (in a worker), then update the view and the profile."""
        self._timer.stop()
        engine = self.ctx.engine
        if engine is None:
            self._pending = True
            if self.ctx.corpus_unavailable:
                self.status.setText(self.tr("Needs the reference dictionary (File menu)"))
            else:
                self.status.setText(self.tr("Loading the text engine…"))
            return
        text = self.editor.toPlainText()
        paragraphs = text.split("\n")
        tone_changes = self.ctx.prefs.tone_changes
        missing = self.annotator.missing(paragraphs, tone_changes)
        if not missing:
            self._show(text, paragraphs)
            return
        self._pending = True
        self.status.setText(self.tr("Annotating…"))

        def done(results: dict[str, list[Token]]) -> None:
            self.annotator.store(results, tone_changes, keep=paragraphs)
            if self.editor.toPlainText() == text and self.ctx.prefs.tone_changes == tone_changes:
                self._show(text, paragraphs)
            else:
                self.refresh()

        def failed(_exc: BaseException) -> None:
            self._pending = False
            self.status.setText(self.tr("Annotation stopped."))

        label = self.tr("Annotating…")
        self._task = self.ctx.tasks.run(
            lambda progress, cancel: annotate_ops.annotate_paragraphs(
                engine, missing, tone_changes, progress, cancel, label=label),
            label=self.tr("Annotating the text"), key="annotate",
            on_success=done, on_failure=failed,
        )

    def _show(self, text: str, paragraphs: list[str]) -> None:
        """Compose the view and the profile from cached paragraphs (main thread, fast).

        The pinyin view covers the first :data:`MAX_VIEW_CHARS` characters (a long book
        would take seconds to lay out); the profile always covers the whole text.
        """
        prefs = self.ctx.prefs
        self.paragraphs = paragraphs
        self.tokens = [self.annotator.cached(p, prefs.tone_changes) or [] for p in paragraphs]
        self.display = []
        shown_chars = 0
        for p, toks in zip(paragraphs, self.tokens, strict=True):
            if shown_chars >= MAX_VIEW_CHARS:
                break
            self.display.append(self._display(p, toks))
            shown_chars += len(p) + 1
        self.truncated = len(self.display) < len(paragraphs)
        self.view_note.setText(self.tr(
            "Pinyin is shown for the first {shown} characters of {total}; the level "
            "profile covers the whole text."
        ).format(shown=shown_chars, total=len(text)) if self.truncated else "")
        self.view_note.setVisible(self.truncated)
        self.view.set_content(self.display, self._ruby_style())
        self.shown_text = text
        self._pending = False
        self._update_profile()
        if self._sample_word is not None:
            self._click_word(self._sample_word)
            self._sample_word = None
        self.ready_changed.emit()

    def _display(self, paragraph: str, tokens: list[Token]) -> list[DisplayToken]:
        prefs = self.ctx.prefs
        mark = self.third_tone.isChecked()
        key = (paragraph, prefs.pinyin_style, prefs.tone_changes, mark)
        cached = self._display_cache.get(key)
        if cached is None:
            if len(self._display_cache) > CACHE_LIMIT:
                self._display_cache.clear()
            cached = display_tokens(tokens, tone_style=prefs.pinyin_style, per_char=True,
                                    mark_third_tone=mark)
            self._display_cache[key] = cached
        return cached

    def _ruby_style(self) -> RubyStyle:
        if self._style is None:
            prefs = self.ctx.prefs
            colours = ({i + 1: c for i, c in enumerate(prefs.colour_scheme)}
                       if prefs.tone_colours else None)
            self._style = RubyStyle.create(
                family=prefs.chinese_font or None, size=float(prefs.font_size),
                tone_colors=colours, color_hanzi=False, first_line_indent=0.0,
                paragraph_spacing=0.5, justify=False,
            )
        return self._style

    def _corpus_state_changed(self) -> None:
        if self.ctx.engine is None:
            self.refresh()

    # -- profile -----------------------------------------------------------------------
    def _fill_targets(self) -> None:
        self.profile.fill_targets(self.ctx.prefs)

    def _target_chosen(self, level: int) -> None:
        if level != self.ctx.prefs.target_level:
            self.ctx.set_preferences(self.ctx.prefs.with_changes(target_level=level))

    def _update_profile(self) -> None:
        """Profile the whole text: inline for a lesson-sized text, in a worker for a book."""
        levels = self.ctx.levels
        if levels is None:
            return
        standard = self.ctx.prefs.standard
        target = self.profile.target_level()
        tokens = self.tokens
        if sum(map(len, tokens)) <= PROFILE_INLINE_TOKENS:
            self._show_profile(annotate_ops.profile_text(tokens, levels, standard, target))
            return
        self._profile_pending = True

        def failed(_exc: BaseException) -> None:
            self._profile_pending = False

        self.ctx.tasks.run(
            lambda progress, cancel: annotate_ops.profile_text(tokens, levels, standard,
                                                               target),
            label=self.tr("Profiling the text"), show_progress=False, key="annotate-profile",
            on_success=self._show_profile, on_failure=failed,
        )

    def _show_profile(self, a: TextAnalysis) -> None:
        self._profile_pending = False
        self.analysis = a
        self.profile.show_profile(a, self.ctx.prefs)
        self.status.setText(self.tr("{n} characters").format(n=a.hanzi_count))
        self.ready_changed.emit()

    # -- clicked words ---------------------------------------------------------------------
    def _click_word(self, word: str) -> None:
        """Select the first occurrence of ``word`` as if the teacher had clicked it."""
        for p, para in enumerate(self.display):
            for i, tok in enumerate(para):
                if tok.text == word:
                    self.view.canvas.highlight = TokenRef(p, i)
                    self.view.canvas.update()
                    self._token_clicked(p, i)
                    return

    def _token_clicked(self, paragraph: int, token: int) -> None:
        tok = self.display[paragraph][token]
        self.show_entry(tok.source or tok.text, tok.syllables, getattr(tok, "meaning", ""))

    def show_entry(self, word: str, syllables: tuple[str, ...] = (), meaning: str = "") -> None:
        """Show the dictionary entry of ``word`` in the side panel: the learner gloss it
        has in the text (``meaning``) first, then the whole entry."""
        self._learner_meaning = meaning
        dictionary = self.ctx.dictionary
        if dictionary is None or not word:
            return
        self._entry_pending = True
        self.ctx.tasks.run(
            lambda progress, cancel: annotate_ops.look_up(dictionary, word),
            label=self.tr("Looking up"), show_progress=False, key="annotate-entry",
            on_success=lambda entries: self._show_entry(word, syllables, entries),
            on_failure=lambda exc: setattr(self, "_entry_pending", False),
        )

    def _show_entry(self, word: str, syllables: tuple[str, ...], entries) -> None:
        self.profile.show_entry(word, syllables, self._learner_meaning, entries, self.ctx.prefs)
        self._entry_pending = False
        self.ready_changed.emit()

    # -- preferences -------------------------------------------------------------------
    def _apply_preferences(self, prefs: Preferences) -> None:
        self._style = None
        theme.use_chinese_fonts(prefs, {"editor": [self.editor]})

    def _corrections_changed(self) -> None:
        """The teacher's corrections changed: annotate the text again."""
        self.annotator = ParagraphAnnotator()
        self._display_cache.clear()
        if self.ctx.engine is not None:
            self.refresh()

    def _third_tone_toggled(self, on: bool) -> None:
        """Remember the choice and show the pinyin again with or without the marks."""
        settings.open_settings().setValue(THIRD_TONE_KEY, on)
        if self.shown_text is not None:
            self._show(self.shown_text, self.paragraphs)

    def _preferences_changed(self, prefs: Preferences) -> None:
        refill = self.profile.needs_targets(prefs)
        self._apply_preferences(prefs)
        if refill:
            self._fill_targets()
        if self.ctx.engine is not None:
            self.refresh()


PAGE = PageSpec(
    key="annotate",
    title=QT_TRANSLATE_NOOP("pages", "Quick annotate"),
    factory=AnnotatePage,
    order=60,
    icon="scan-text",
    group="lookup",
    tip=QT_TRANSLATE_NOOP("pages", "Paste a text to see its pinyin and HSK level profile"),
)
