"""The Dictionary page: search as you type, results ranked by the corpus, a detail pane."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.corpus.dictionary import CharInfo, Entry
from chinese_teach.core.corpus.levels import Standard, level_name
from chinese_teach.gui import settings, theme
from chinese_teach.gui.context import AppContext
from chinese_teach.gui.pages import Page, PageSpec
from chinese_teach.gui.safetext import tooltip
from chinese_teach.gui.settings import Preferences
from chinese_teach.gui.widgets.dictionary_start import DictionaryStart
from chinese_teach.gui.widgets.pinyin import levels_text, pinyin_html, pinyin_text
from chinese_teach.gui.widgets.richtext import HTML_ROLE, HtmlDelegate
from chinese_teach.render.fonts import default_chinese_family

SEARCH_DELAY_MS = 150
RESULT_LIMIT = 60
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class WordDetail:
    """Everything the detail pane shows for one word."""

    word: str
    entries: tuple[Entry, ...]
    chars: tuple[CharInfo, ...]


def entry_line(entry: Entry, prefs: Preferences) -> str:
    """One line for the clipboard: ``银行 (銀行) yínháng bank``."""
    word = entry.simplified
    if entry.traditional != entry.simplified:
        word += f" ({entry.traditional})"
    return f"{word} {pinyin_text(entry.syllables, prefs)} {'; '.join(entry.definitions)}"


class DictionaryPage(Page):
    """Search box, ranked results and the selected word's full entry."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search: 银行, 銀行, yinhang, yin2hang2, yínháng or English (bank)")
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("count")

        self.results = QTreeWidget()
        self.results.setObjectName("results")
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAlternatingRowColors(True)
        self.results.setHeaderLabels(
            [self.tr("Word"), self.tr("Pinyin"), self.tr("Definition"), self.tr("HSK level")]
        )
        self.results.setItemDelegate(HtmlDelegate(self.results))
        # a light selection keeps the tone colours of the selected row readable
        self.results.setPalette(theme.tone_selection_palette(self.results.palette()))
        header = self.results.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 180)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # one level a row (the chosen standard's; all in its tooltip and the entry), as wide
        # as the longest ("HSK2025 7-9"): never cut short, the definitions keep their room
        widest = max(self.results.fontMetrics().horizontalAdvance(
            levels_text({s: 7}, ctx.prefs)) for s in Standard)
        header.resizeSection(3, widest + 2 * theme.SPACING["m"])

        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setAccessibleName(self.tr("Dictionary entry"))
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.copy_hanzi = QPushButton(self.tr("Copy hanzi"))
        self.copy_hanzi.setObjectName("copy_hanzi")
        self.copy_pinyin = QPushButton(self.tr("Copy pinyin"))
        self.copy_pinyin.setObjectName("copy_pinyin")
        self.copy_line = QPushButton(self.tr("Copy line"))
        self.copy_line.setObjectName("copy_line")
        self.copy_line.setToolTip(self.tr("Word, pinyin and definitions on one line"))
        self.copy_hanzi.clicked.connect(lambda: self._copy("hanzi"))
        self.copy_pinyin.clicked.connect(lambda: self._copy("pinyin"))
        self.copy_line.clicked.connect(lambda: self._copy("line"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        for b in (self.copy_hanzi, self.copy_pinyin, self.copy_line):
            buttons.addWidget(b)
        buttons.addStretch()
        right_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("dictionary")
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        settings.restore_splitter(self.splitter)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # before a search: what to type and three searches one click away
        self.start = DictionaryStart(self, self.splitter)
        layout.addWidget(self.start.stack, 1)

        self.entries: list[Entry] = []
        self.current: WordDetail | None = None
        self.selected_entry: Entry | None = None
        self._pending_search = False
        self._pending_detail = False
        self._searched_for: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._text_changed)
        self.search.returnPressed.connect(self.run_search)
        self.search.installEventFilter(self)
        self.results.currentItemChanged.connect(self._row_changed)
        ctx.preferences_changed.connect(self._preferences_changed)
        ctx.when_corpus_ready(self._corpus_ready)
        ctx.corpus_state_changed.connect(lambda _state: self._corpus_state_changed())
        self._apply_fonts()
        self._update_buttons()
        self._show_hint()

    def eventFilter(self, obj, event) -> bool:
        """Down in the search box moves into the results."""
        if (obj is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.results.topLevelItemCount()):
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            row = self.results.indexOfTopLevelItem(self.results.currentItem())
            if 0 <= row < self.results.topLevelItemCount() - 1:
                self.results.setCurrentItem(self.results.topLevelItem(row + 1))
            return True
        return super().eventFilter(obj, event)

    # -- Page hooks ---------------------------------------------------------------------
    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def page_shown(self) -> None:
        self.search.setFocus()

    def load_sample(self) -> None:
        self.show_word("学")

    def is_ready(self) -> bool:
        return (
            self.ctx.dictionary is not None
            and not self._pending_search
            and not self._pending_detail
            and not self._timer.isActive()
        )

    def save_state(self) -> None:
        settings.save_splitter(self.splitter)

    def show_word(self, word: str) -> None:
        """Search for ``word`` and select its entry."""
        self.search.setText(word)
        self.run_search()

    # -- search -----------------------------------------------------------------------
    def _text_changed(self, _text: str) -> None:
        self._pending_search = True
        self._timer.start()

    def run_search(self) -> None:
        """Search now for the text in the box (results arrive from a worker)."""
        self._timer.stop()
        query = self.search.text().strip()
        dictionary = self.ctx.dictionary
        if dictionary is None:
            self._pending_search = True
            return
        if not query:
            self._pending_search = False
            self._set_results(query, [])
            return
        self._pending_search = True
        self.ctx.tasks.run(
            lambda progress, cancel: dictionary.search(query, limit=RESULT_LIMIT),
            label=self.tr("Searching the dictionary"), show_progress=False, key="dictionary-search",
            on_success=lambda entries: self._set_results(query, entries),
            on_failure=lambda exc: setattr(self, "_pending_search", False),
        )

    def _set_results(self, query: str, entries: list[Entry]) -> None:
        self._pending_search = False
        self._searched_for = query
        self.entries = list(entries)
        self.results.clear()
        items = [self._make_item(e) for e in self.entries]
        self.results.addTopLevelItems(items)
        if query and not entries:
            self.count_label.setText(self.tr("No results"))
        elif query:
            self.count_label.setText(self.tr("%n result(s)", "", len(entries)))
        else:
            self.count_label.clear()
        if items:
            self.results.setCurrentItem(items[0])
        else:
            self.selected_entry = None
            self.current = None
            self._show_hint()
            self._update_buttons()
        self.ready_changed.emit()

    def _make_item(self, entry: Entry) -> QTreeWidgetItem:
        prefs = self.ctx.prefs
        word = entry.simplified
        if entry.traditional != entry.simplified:
            word = f"{entry.simplified}｜{entry.traditional}"
        item = QTreeWidgetItem([
            word,
            pinyin_text(entry.syllables, prefs),
            entry.first_definition,
            levels_text(entry.levels, prefs).split(" · ")[0],  # the chosen standard first
        ])
        item.setToolTip(3, levels_text(entry.levels, prefs))
        item.setData(1, HTML_ROLE, pinyin_html(entry.syllables, prefs))
        item.setData(0, ENTRY_ROLE, entry)
        item.setFont(0, self._word_font)
        item.setToolTip(2, tooltip("; ".join(entry.definitions)))
        return item

    # -- detail -----------------------------------------------------------------------
    def _row_changed(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        entry: Entry = item.data(0, ENTRY_ROLE)
        self.selected_entry = entry
        self._update_buttons()
        dictionary = self.ctx.dictionary
        if dictionary is None:
            return
        word = entry.simplified

        def work(progress, cancel) -> WordDetail:
            entries = dictionary.lookup(word) or [entry]
            chars = tuple(dictionary.char_info(ch) for ch in dict.fromkeys(word))
            return WordDetail(word, tuple(entries), chars)

        self._pending_detail = True
        self.ctx.tasks.run(
            work, label=self.tr("Looking up"), show_progress=False, key="dictionary-detail",
            on_success=self._show_detail,
            on_failure=lambda exc: setattr(self, "_pending_detail", False),
        )

    def _show_detail(self, detail: WordDetail) -> None:
        self._pending_detail = False
        self.current = detail
        self.detail.setHtml(self.detail_html(detail))
        self.ready_changed.emit()

    def detail_html(self, d: WordDetail) -> str:
        """The detail pane for a word: readings, definitions, levels, characters."""
        prefs = self.ctx.prefs
        family = html.escape(prefs.chinese_font or default_chinese_family())
        zh = theme.css(family=family)
        first = d.entries[0]
        head = html.escape(first.simplified)
        if first.traditional != first.simplified:
            head += f' <span style="{theme.css("muted")}">({html.escape(first.traditional)})</span>'
        head_css = theme.css(family=family, size_pt=theme.html_font_pt(prefs, "headword"))
        parts = [f'<p style="{head_css}">{head}</p>']
        for e in d.entries:
            parts.append(
                f'<p style="{theme.css(size_pt=theme.html_font_pt(prefs, "entry"))}">'
                f"<b>{pinyin_html(e.syllables, prefs)}</b>"
                + (f" <span style='{zh}'>{html.escape(e.traditional)}</span>"
                   if e.traditional != first.traditional else "")
                + "</p>"
            )
            parts.append("<ol>" + "".join(f"<li>{html.escape(x)}</li>" for x in e.definitions)
                         + "</ol>")
            if e.classifiers:
                parts.append(f"<p><b>{self.tr('Classifiers:')}</b> <span style=\"{zh}\">"
                             + "、".join(self._word_link(c.split("[")[0].split("|")[-1], c)
                                        for c in e.classifiers) + "</span></p>")
            if e.variants:
                parts.append(f"<p><b>{self.tr('Variants:')}</b> <span style=\"{zh}\">"
                             + "、".join(self._word_link(v.split("[")[0].split("|")[-1], v)
                                        for v in e.variants) + "</span></p>")
        parts.append(f"<h3>{self.tr('HSK level')}</h3>")
        parts.append(self._levels_table(first.levels))
        for info in d.chars:
            if len(d.chars) > 1 or len(d.word) > 1:
                parts.append(f"<h3><span style=\"{zh}\">{html.escape(info.char)}</span></h3>")
            facts = []
            if info.frequency_rank is not None:
                facts.append(self.tr("Frequency rank {rank}").format(rank=info.frequency_rank))
            for std in Standard:
                if std in info.levels:
                    facts.append(self.tr("{standard} character level {level}").format(
                        standard=std.short, level=level_name(info.levels[std])))
            if info.writing_level_2025 is not None:
                facts.append(self.tr("HSK2025 writing level {level}").format(
                    level=level_name(info.writing_level_2025)))
            if facts:
                parts.append("<p>" + html.escape(" · ".join(facts)) + "</p>")
            if info.words:
                label = self.tr("Words with {char}:").format(char=html.escape(info.char))
                parts.append(f"<p><b>{label}</b> "
                             f"<span style=\"{zh}\">"
                             + "  ".join(self._word_link(w) for w in
                                         list(dict.fromkeys(x.simplified for x in info.words))[:24])
                             + "</span></p>")
        return "".join(parts)

    def _levels_table(self, levels: dict[Standard, int]) -> str:
        rows = []
        for std in Standard:
            lvl = levels.get(std)
            text = level_name(lvl) if lvl is not None else self.tr("not listed")
            weight = "bold" if std is self.ctx.prefs.standard else "normal"
            label = html.escape(std.display_name())
            rows.append(f"<tr><td style='font-weight:{weight}'>{label}</td>"
                        f"<td style='font-weight:{weight}'>{html.escape(text)}</td></tr>")
        return "<table cellpadding='2'>" + "".join(rows) + "</table>"

    @staticmethod
    def _word_link(word: str, label: str | None = None) -> str:
        target = QUrl.toPercentEncoding(word).data().decode()
        return f"<a href='word:{target}'>{html.escape(label or word)}</a>"

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "word":
            self.show_word(QUrl.fromPercentEncoding(url.path().encode()))

    def copy_selection(self) -> bool:
        if self.selected_entry is None:
            return False
        self._copy("line")
        return True

    def _show_hint(self) -> None:
        if self.ctx.corpus_unavailable:
            text = self.tr(
                "The reference dictionary is not built yet. Use File > Build Reference "
                "Dictionary to build it (it takes a few seconds)."
            )
        elif self.ctx.dictionary is None:
            text = self.tr("The dictionary is loading…")
        else:
            text = self.tr(
                "Type a word in characters (simplified or traditional), in pinyin with or "
                "without tones, or in English. Results appear as you type."
            )
        self.detail.setHtml(f'<p style="{theme.css("muted")}">{html.escape(text)}</p>')

    # -- copy ---------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        on = self.selected_entry is not None
        for b in (self.copy_hanzi, self.copy_pinyin, self.copy_line):
            b.setEnabled(on)

    def _copy(self, what: str) -> None:
        e = self.selected_entry
        if e is None:
            return
        prefs = self.ctx.prefs
        text = {
            "hanzi": e.simplified,
            "pinyin": pinyin_text(e.syllables, prefs),
            "line": entry_line(e, prefs),
        }[what]
        QGuiApplication.clipboard().setText(text)
        self.ctx.show_status(self.tr("Copied: {text}").format(text=text))

    # -- state ------------------------------------------------------------------------
    def _corpus_state_changed(self) -> None:
        if self.ctx.dictionary is None:
            self._show_hint()

    def _corpus_ready(self) -> None:
        if self.search.text().strip():
            self.run_search()
        else:
            self._show_hint()
        self.ready_changed.emit()

    def _apply_fonts(self) -> None:
        prefs = self.ctx.prefs
        self._word_font = theme.chinese_font(prefs, "table")

    def _preferences_changed(self, _prefs: Preferences) -> None:
        self._apply_fonts()
        selected = self.selected_entry
        self.results.clear()
        items = [self._make_item(e) for e in self.entries]
        self.results.addTopLevelItems(items)
        for item in items:
            if selected is not None and item.data(0, ENTRY_ROLE).id == selected.id:
                self.results.blockSignals(True)
                self.results.setCurrentItem(item)
                self.results.blockSignals(False)
        if self.current is not None:
            self.detail.setHtml(self.detail_html(self.current))


PAGE = PageSpec(
    key="dictionary",
    title=QT_TRANSLATE_NOOP("pages", "Dictionary"),
    factory=DictionaryPage,
    order=50,
    icon="book-a",
    group="lookup",
    tip=QT_TRANSLATE_NOOP("pages", "Look up words by characters, pinyin or English"),
)
