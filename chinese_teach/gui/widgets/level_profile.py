"""Quick annotate's side panel: the text's level profile (target level, estimated level,
counts, words per level), the words above the target and the clicked word's entry.

Its texts keep the Quick annotate page's translation context ("AnnotatePage"), through
literal ``QCoreApplication.translate`` calls that ``pyside6-lupdate`` finds.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.corpus.levels import level_name
from chinese_teach.core.text.analyze import TextAnalysis
from chinese_teach.gui import theme
from chinese_teach.gui.settings import Preferences
from chinese_teach.gui.widgets.empty_hint import show_when_empty
from chinese_teach.gui.widgets.levelbars import LevelBars
from chinese_teach.gui.widgets.pinyin import levels_text, pinyin_html
from chinese_teach.render.fonts import default_chinese_family


class LevelProfilePanel(QWidget):
    """The level profile of a text and the dictionary entry of a clicked word."""

    #: the teacher chose a target level in the list
    target_chosen = Signal(int)
    #: the teacher clicked a word in the list of words above the target
    word_chosen = Signal(str)
    #: the teacher clicked "Open in the Dictionary" under an entry
    word_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_word: str | None = None
        self.standard_label = QLabel()
        self.standard_label.setObjectName("standard")
        self.standard_label.setWordWrap(True)
        self.target = QComboBox()
        self.target.setObjectName("target")
        self.target.activated.connect(self._target_activated)
        self.estimate = QLabel()
        self.estimate.setObjectName("estimate")
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.bars = LevelBars()
        self.bars.setObjectName("level_bars")
        self.above = QListWidget()
        self.above.setObjectName("above_target")
        self.above.setAccessibleName(QCoreApplication.translate(
            "AnnotatePage", "Words above the target level"))
        self.above_hint = show_when_empty(self.above, lambda: QCoreApplication.translate(
            "AnnotatePage",
            "Paste a Chinese text on the left: the words above your target level are "
            "listed here."))
        self.above.itemClicked.connect(
            lambda item: self.word_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.above_label = QLabel()
        self.entry = QTextBrowser()
        self.entry.setObjectName("entry")
        self.entry.setAccessibleName(QCoreApplication.translate("AnnotatePage",
                                                                "Dictionary entry"))
        self.entry.setOpenLinks(False)
        self.entry.anchorClicked.connect(lambda url: self.word_opened.emit(url.path()))

        sl = QVBoxLayout(self)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.standard_label)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("AnnotatePage", "Target level:"), self.target)
        form.addRow(QCoreApplication.translate("AnnotatePage", "Estimated level:"),
                    self.estimate)
        sl.addLayout(form)
        sl.addWidget(self.counts)
        sl.addWidget(QLabel(QCoreApplication.translate(
            "AnnotatePage", "<b>Words per level</b> (running words)")))
        sl.addWidget(self.bars)
        sl.addWidget(self.above_label)
        sl.addWidget(self.above, 1)
        sl.addWidget(self.entry, 1)
        self.show_entry_hint()

    def minimumSizeHint(self) -> QSize:
        """As tall as the rows need at the panel's width: the counts' sentence wraps onto
        three lines in a narrow panel (a 1366 × 768 laptop at 150 %), and a minimum of one
        line squeezed the rows, the level bars covering the heading under them."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.minimumHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width may need another height (see :meth:`minimumSizeHint`)."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    def target_level(self) -> int | None:
        """The target level chosen in the list (None before the corpus is ready)."""
        return self.target.currentData()

    def _target_activated(self, _index: int) -> None:
        level = self.target.currentData()
        if level is not None:
            self.target_chosen.emit(level)

    def fill_targets(self, prefs: Preferences) -> None:
        """List the levels of the teacher's standard, the target level selected."""
        self.target.clear()
        for lvl in prefs.standard.levels:
            self.target.addItem(f"{prefs.standard.short} {level_name(lvl)}", lvl)
        index = self.target.findData(min(prefs.target_level, max(prefs.standard.levels)))
        self.target.setCurrentIndex(max(index, 0))
        self.standard_label.setText(QCoreApplication.translate(
            "AnnotatePage", "Levels of <b>{standard}</b>").format(
                standard=prefs.standard.display_name()))

    def needs_targets(self, prefs: Preferences) -> bool:
        """Whether the list of levels is of another standard or target than ``prefs``."""
        standard_changed = self.target.count() and (
            self.target.itemData(0) is None
            or not self.target.itemText(0).startswith(prefs.standard.short))
        return bool(standard_changed) or self.target.currentData() != prefs.target_level

    def show_profile(self, a: TextAnalysis, prefs: Preferences) -> None:
        """Show the level profile ``a`` of the text."""
        target = self.target.currentData()
        std = prefs.standard.short
        if a.word_count == 0:
            self.estimate.setText("–")
        elif a.estimated_level is None:
            unlisted = a.words_per_level.get(None, 0) / a.word_count
            top = level_name(max(prefs.standard.levels))
            self.estimate.setText(QCoreApplication.translate(
                "AnnotatePage", "beyond {standard} {top}").format(standard=std, top=top))
            self.estimate.setToolTip(QCoreApplication.translate(
                "AnnotatePage",
                "No level covers 95% of the running words; {pct}% of them are in no "
                "{standard} list (names, compounds, rare words)."
            ).format(pct=round(100 * unlisted), standard=std))
        else:
            self.estimate.setText(f"{std} {level_name(a.estimated_level)}")
            self.estimate.setToolTip(QCoreApplication.translate(
                "AnnotatePage", "The lowest level whose words cover 95% of the running words."))
        self.counts.setText(QCoreApplication.translate(
            "AnnotatePage",
            "{chars} characters ({unique_chars} different), {words} words "
            "({unique_words} different), {none} words in no {standard} list"
        ).format(chars=a.hanzi_count, unique_chars=a.unique_hanzi, words=a.word_count,
                 unique_words=a.unique_words, none=len(a.not_in_list), standard=std))
        self.bars.set_data(prefs.standard, a.words_per_level, target)
        self.above.clear()
        family_font = theme.chinese_font(prefs, "list")
        for word, lvl in a.above_target:
            item = QListWidgetItem(f"{word}    {std} {level_name(lvl)}")
            item.setData(Qt.ItemDataRole.UserRole, word)
            item.setFont(family_font)
            self.above.addItem(item)
        self.above_label.setText(QCoreApplication.translate(
            "AnnotatePage", "<b>{n} words above {standard} {level}</b>").format(
                n=len(a.above_target), standard=std,
                level=level_name(target) if target else "–"))

    def show_entry(self, word: str, syllables: tuple[str, ...], meaning: str, entries,
                   prefs: Preferences) -> None:
        """Show ``word``'s entry: its pinyin in the text, the learner gloss it has there
        (``meaning``), then the dictionary's ``entries`` and a link to the Dictionary."""
        family = html.escape(prefs.chinese_font or default_chinese_family())
        word_css = theme.css(size_pt=theme.html_font_pt(prefs, "word"), family=family)
        parts = [f'<p style="{word_css}">{html.escape(word)}']
        if syllables:
            pinyin_css = theme.css(size_pt=theme.html_font_pt(prefs, "pinyin"))
            parts.append(f' <span style="{pinyin_css}">{pinyin_html(syllables, prefs)}</span>')
        parts.append("</p>")
        if meaning:
            parts.append(f"<p><b>{html.escape(meaning)}</b></p>")
        if not entries:
            parts.append("<p>" + html.escape(QCoreApplication.translate(
                "AnnotatePage", "Not in the dictionary.")) + "</p>")
        for e in entries[:4]:
            parts.append(f"<p><b>{pinyin_html(e.syllables, prefs)}</b> "
                         f"{html.escape('; '.join(e.definitions[:6]))}</p>")
        if entries and entries[0].levels:
            parts.append(f"<p>{html.escape(levels_text(entries[0].levels, prefs))}</p>")
        link = html.escape(QCoreApplication.translate("AnnotatePage", "Open in the Dictionary"))
        parts.append(f"<p><a href='word:{html.escape(word)}'>{link}</a></p>")
        self.entry.setHtml("".join(parts))
        self.entry_word = word

    def show_entry_hint(self) -> None:
        """Say how to see an entry (no word clicked yet)."""
        self.entry_word = None
        self.entry.setHtml(f'<p style="{theme.css("muted")}">' + html.escape(
            QCoreApplication.translate(
                "AnnotatePage",
                "Click a word in the annotated text to see its dictionary entry.")) + "</p>")
