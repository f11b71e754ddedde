"""The lesson editor's vocabulary panel: the lesson's words and the proposed new words.

Left, the accepted vocabulary in teaching order (drag or Up/Down to reorder, Remove,
type a word to add it), with the meaning every output of the lesson prints: the
teacher's, else the sense the word has in the lesson's texts (四口人: 口 "measure
word for family members"), else the dictionary's. Right, the words of the lesson's
texts that the class does not know before this lesson, ranked by level (the standard
named) then frequency, each with the meaning the lesson would print; Accept moves them
into the vocabulary. Below: coverage of the
texts against the 95% / 98% comfort thresholds, and the later lessons a change here affects.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.labels import label
from chinese_teach.core.library.models import LessonRef, VocabItem
from chinese_teach.core.text.syllables import ToneStyle, join_word, normalize
from chinese_teach.gui.i18n import current_language
from chinese_teach.gui.safetext import plain_label
from chinese_teach.gui.widgets.level_column import show_levels


def parse_pinyin(text: str, chars: int) -> tuple[str, ...] | bool | None:
    """Canonical syllables typed by the teacher (``hao3 xue2`` or ``hǎo xué``); None when
    empty (= the dictionary's); False when it is not one syllable per character."""
    parts = text.replace("'", " ").split()
    if not parts:
        return None
    try:
        syllables = tuple(normalize(p) for p in parts)
    except (ValueError, KeyError):
        return False
    if len(syllables) != chars or not all(s and s[-1] in "12345" for s in syllables):
        return False
    return syllables

ITEM_ROLE = Qt.ItemDataRole.UserRole
#: The column of the meaning the lesson prints: the teacher's own (typed there), else the
#: sense the word has in the lesson's texts or the dictionary's, shown greyed.
MEANING_COLUMN = 3
#: The column of the pinyin the lesson prints: the teacher's own, else (greyed) the reading
#: of the word the lesson's outputs print (the sheets, the deck, the plan).
PINYIN_COLUMN = 2
#: the meaning a word prints when the teacher gives none (on the meaning cell)
SUGGESTED_ROLE = Qt.ItemDataRole.UserRole + 1
#: the proposals' columns of the corpus frequency and the count in the texts (hidden:
#: in the rows' tooltips) and of the meaning
PROPOSAL_HIDDEN_COLUMNS = (2, 3)
PROPOSAL_MEANING_COLUMN = 4


class _MeaningDelegate(QStyledItemDelegate):
    """Edits the teacher's own meaning or pinyin: the editor starts with it (empty when
    there is none) and shows the one printed otherwise as its placeholder."""

    def createEditor(self, parent, option, index):
        """A line edit whose placeholder is the suggested meaning or pinyin."""
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setPlaceholderText(str(index.data(SUGGESTED_ROLE) or ""))
        return editor

    def setEditorData(self, editor, index) -> None:
        """The teacher's own meaning or pinyin, not the greyed suggestion."""
        v = index.siblingAtColumn(0).data(ITEM_ROLE)
        if isinstance(editor, QLineEdit):
            own = ""
            if isinstance(v, VocabItem) and index.column() == PINYIN_COLUMN:
                own = join_word(list(v.pinyin), ToneStyle.MARKS) if v.pinyin else ""
            elif isinstance(v, VocabItem):
                own = v.meaning or ""
            editor.setText(own)
        else:
            super().setEditorData(editor, index)


class _VocabTree(QTreeWidget):
    """Accepted words; internal drag-and-drop reorders and reports it."""

    reordered = Signal()
    #: the viewport's width changed (the columns are fitted to it again)
    resized = Signal()

    def dropEvent(self, event) -> None:
        super().dropEvent(event)
        self.reordered.emit()

    def viewportEvent(self, event) -> bool:
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.resized.emit()
        return handled


#: letters of meaning the vocabulary list keeps room for beside its word, level and pinyin
MEANING_LETTERS = 20


class LessonVocabPanel(QWidget):
    """Accept, remove, add and reorder a lesson's words; see the module docstring."""

    #: the vocabulary changed (list[VocabItem])
    vocab_changed = Signal(object)
    #: a message for the teacher (bad pinyin typed)
    error = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._levels: dict[str, str] = {}
        self._meanings: dict[str, str] = {}
        self._pinyins: dict[str, str] = {}

        self.vocab_tree = _VocabTree()
        self.vocab_tree.setObjectName("vocab_tree")
        self.vocab_tree.setHeaderLabels([self.tr("Word"), self.tr("Level"),
                                         self.tr("Pinyin"), self.tr("Meaning")])
        self.vocab_tree.headerItem().setToolTip(2, self.tr(
            "Your pinyin for this word in this lesson; empty: the dictionary's. Double-click "
            "to type it (hao3 or hǎo)."))
        self.vocab_tree.headerItem().setToolTip(MEANING_COLUMN, self.tr(
            "What the reader, lesson plan, worksheets and deck print: your meaning if you "
            "gave one, else (greyed) the sense the word has in this lesson's texts (after a "
            "number, a measure word), else the dictionary's. Double-click to give your own."))
        self.vocab_tree.setItemDelegateForColumn(MEANING_COLUMN,
                                                 _MeaningDelegate(self.vocab_tree))
        self.vocab_tree.setItemDelegateForColumn(PINYIN_COLUMN,
                                                 _MeaningDelegate(self.vocab_tree))
        # the meaning takes the width left: no sideways scrolling, a long meaning is cut
        # with "…" and shown whole in its tooltip
        self.vocab_tree.header().setStretchLastSection(True)
        self.vocab_tree.header().setSectionResizeMode(MEANING_COLUMN,
                                                      QHeaderView.ResizeMode.Stretch)
        self.vocab_tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.vocab_tree.setToolTip(self.tr(
            "Double-click Pinyin or Meaning to give this lesson your own (e.g. hao3 or hǎo); "
            "leave empty to use the dictionary's."))
        self.vocab_tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.vocab_tree.itemChanged.connect(self._item_edited)
        self._filling = False
        self.vocab_tree.setRootIsDecorated(False)
        self.vocab_tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.vocab_tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.vocab_tree.reordered.connect(self._emit)
        self.vocab_tree.resized.connect(self._fit_columns)
        self.add_edit = QLineEdit()
        self.add_edit.setObjectName("vocab_add")
        self.add_edit.setPlaceholderText(self.tr("Add a word…"))
        self.add_edit.returnPressed.connect(self._add_typed)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("vocab_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setObjectName("vocab_up")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setObjectName("vocab_down")
        self.down_button.clicked.connect(lambda: self.move_selected(+1))

        self.proposal_tree = QTreeWidget()
        self.proposal_tree.setObjectName("proposal_tree")
        self.proposal_tree.setHeaderLabels(
            [self.tr("New word"), self.tr("Level"), self.tr("Frequency"), self.tr("In text"),
             self.tr("Meaning")])
        # the corpus frequency and the count in the texts only rank the list (both are in
        # each row's tooltip): the room goes to the meaning, as the lesson would print it
        for column in PROPOSAL_HIDDEN_COLUMNS:
            self.proposal_tree.setColumnHidden(column, True)
        self.proposal_tree.setRootIsDecorated(False)
        self.proposal_tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for column in (0, 1):  # as wide as their contents; the meaning takes the rest
            self.proposal_tree.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.proposal_tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.proposal_tree.itemDoubleClicked.connect(lambda *_: self.accept_selected())
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setObjectName("accept_proposals")
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_all_button = QPushButton(self.tr("Accept all"))
        self.accept_all_button.setObjectName("accept_all_proposals")
        self.accept_all_button.clicked.connect(self.accept_all)
        self.proposal_note = QLabel()
        self.proposal_note.setWordWrap(True)

        self.coverage_label = QLabel()
        self.coverage_label.setObjectName("coverage_label")
        self.coverage_label.setWordWrap(True)
        self.affected_label = plain_label(QLabel())  # shows lesson titles
        self.affected_label.setObjectName("affected_label")
        self.affected_label.setWordWrap(True)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("<b>Vocabulary of this lesson</b>")))
        lv.addWidget(self.vocab_tree)
        row = QHBoxLayout()
        row.addWidget(self.add_edit, 1)
        for b in (self.up_button, self.down_button, self.remove_button):
            row.addWidget(b)
        lv.addLayout(row)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("<b>Proposed new words</b> (from the lesson's texts)")))
        rv.addWidget(self.proposal_tree)
        rv.addWidget(self.proposal_note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.accept_button)
        row.addWidget(self.accept_all_button)
        rv.addLayout(row)
        split = QSplitter()
        split.setObjectName("vocab_split")
        self.split = split
        split.addWidget(left)
        split.addWidget(right)
        # the vocabulary, with its meanings, gets the larger share of the width
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.coverage_label)
        layout.addWidget(self.affected_label)

    # -- side by side or one above the other ----------------------------------------------
    def _vocab_width_wanted(self) -> int:
        """The width the vocabulary list wants: its word, level and pinyin whole and room
        for a meaning of about twenty letters (a learner gloss's first sense)."""
        tree = self.vocab_tree
        header = tree.header()
        columns = sum(max(tree.sizeHintForColumn(c), header.sectionSizeHint(c))
                      for c in (0, 1, PINYIN_COLUMN))
        meaning = MEANING_LETTERS * tree.fontMetrics().averageCharWidth()
        frame = 2 * tree.frameWidth() + tree.verticalScrollBar().sizeHint().width()
        left = self.split.widget(0).minimumSizeHint().width()
        return max(left, columns + meaning + frame)

    def _side_by_side_width(self) -> int:
        """The width the two lists need side by side: the vocabulary as it wants
        (:meth:`_vocab_width_wanted`), the proposals at their least."""
        return self._vocab_width_wanted() + self.split.widget(1).minimumSizeHint().width() + \
            self.split.handleWidth() + self.layout().contentsMargins().left() + \
            self.layout().contentsMargins().right()

    def _choose_orientation(self, width: int) -> None:
        """Side by side when ``width`` gives the vocabulary list the room it wants (its
        pinyin whole, see :meth:`_vocab_width_wanted`), else the proposals under it (a
        1366 × 768 laptop at 150 %; a 1920 × 1080 screen at 150 % with a long pinyin)."""
        wide = width >= self._side_by_side_width()
        want = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != want:
            self.split.setOrientation(want)
        if wide:  # the splitter's 3 : 2 share may give the vocabulary less than it wants
            sizes = self.split.sizes()
            wanted = self._vocab_width_wanted()
            if sum(sizes) > 0 and sizes[0] < wanted:
                self.split.setSizes([wanted, sum(sizes) - wanted])

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider list: below the side-by-side width the proposals go
        under the vocabulary (a 1366 × 768 laptop at 150 %), nothing scrolls sideways."""
        hint = super().minimumSizeHint()
        margins = self.layout().contentsMargins()
        one = max(self.split.widget(i).minimumSizeHint().width() for i in (0, 1))
        return QSize(min(hint.width(), one + margins.left() + margins.right()),
                     hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._choose_orientation(event.size().width())
        super().resizeEvent(event)

    # -- data --------------------------------------------------------------------------
    def set_vocab(self, items: Sequence[VocabItem]) -> None:
        """Show the lesson's vocabulary (no signal)."""
        self.vocab_tree.clear()
        for v in items:
            self.vocab_tree.addTopLevelItem(self._vocab_item(v))
        self.set_levels({})
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Word, level and pinyin as wide as they are; the meaning takes the rest (the
        whole meaning is its cell's tooltip)."""
        tree = self.vocab_tree
        for column in (0, 1, 2):
            tree.resizeColumnToContents(column)
        # a long pinyin (gōnggòngqìchē) never pushes the meaning out of a narrow table:
        # word, level and pinyin take at most 65 % of it, the pinyin cut with "…"
        room = int(tree.viewport().width() * 0.65) - tree.columnWidth(0) - tree.columnWidth(1)
        if tree.columnWidth(PINYIN_COLUMN) > room:
            # the pinyin goes first: a level "not in HSK2021" is cut with "…" before it is
            # (its whole label stays in the cell's tooltip), never below the header's width
            least_level = tree.header().sectionSizeHint(1)
            spare = tree.columnWidth(1) - least_level
            if spare > 0:
                tree.setColumnWidth(1, tree.columnWidth(1) - min(
                    spare, tree.columnWidth(PINYIN_COLUMN) - room))
                room = (int(tree.viewport().width() * 0.65) - tree.columnWidth(0)
                        - tree.columnWidth(1))
        if tree.columnWidth(PINYIN_COLUMN) > room:
            least = tree.fontMetrics().horizontalAdvance("xiǎo…")  # one syllable and "…"
            tree.setColumnWidth(PINYIN_COLUMN, max(room, least))
        if self.isVisible():  # the words changed: the lists may now want another layout
            self._choose_orientation(self.width())

    def _show_meaning(self, item: QTreeWidgetItem) -> None:
        """The meaning cell: the teacher's own, else the suggested meaning, greyed."""
        v = item.data(0, ITEM_ROLE)
        own = v.meaning if isinstance(v, VocabItem) else None
        self._show_own_or_suggested(item, MEANING_COLUMN, own or "",
                                    self._meanings.get(item.text(0), ""))

    def _show_pinyin(self, item: QTreeWidgetItem) -> None:
        """The pinyin cell: the teacher's own, else the reading the lesson prints, greyed
        (it showed nothing, so a teacher never saw which reading her sheets would print)."""
        v = item.data(0, ITEM_ROLE)
        own = (join_word(list(v.pinyin), ToneStyle.MARKS)
               if isinstance(v, VocabItem) and v.pinyin else "")
        self._show_own_or_suggested(item, PINYIN_COLUMN, own,
                                    self._pinyins.get(item.text(0), ""))

    def _show_own_or_suggested(self, item: QTreeWidgetItem, column: int, own: str,
                               suggested: str) -> None:
        """A cell that shows the teacher's own text, else the suggestion in grey italics
        (kept in SUGGESTED_ROLE, so that committing it untouched saves nothing)."""
        was, self._filling = self._filling, True
        item.setData(column, SUGGESTED_ROLE, suggested)
        item.setText(column, own or suggested)
        item.setToolTip(column, own or suggested)
        font = item.font(column)
        font.setItalic(not own)
        item.setFont(column, font)
        role = QPalette.ColorRole.Text if own else QPalette.ColorRole.PlaceholderText
        item.setForeground(column, self.vocab_tree.palette().brush(role))
        self._filling = was

    def _show_proposal_meaning(self, item: QTreeWidgetItem) -> None:
        """A proposed word's meaning: the one the lesson prints once it is accepted."""
        meaning = self._meanings.get(item.text(0), "")
        item.setText(PROPOSAL_MEANING_COLUMN, meaning)
        item.setToolTip(PROPOSAL_MEANING_COLUMN, meaning)

    def _vocab_item(self, v: VocabItem) -> QTreeWidgetItem:
        was = self._filling
        self._filling = True
        item = QTreeWidgetItem([v.word, self._levels.get(v.word, ""), "", ""])
        item.setData(0, ITEM_ROLE, v)
        self._show_pinyin(item)
        self._show_meaning(item)
        item.setFlags((item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled) | Qt.ItemFlag.ItemIsEditable)
        self._filling = was
        return item

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        """The teacher typed a pinyin or meaning for this lesson (column 2 / 3)."""
        if self._filling or column not in (2, 3):
            return
        v = item.data(0, ITEM_ROLE)
        if not isinstance(v, VocabItem):
            return
        if column == MEANING_COLUMN:
            typed = item.text(MEANING_COLUMN).strip() or None
            if typed == v.meaning or (typed is not None and v.meaning is None and typed
                                      == item.data(MEANING_COLUMN, SUGGESTED_ROLE)):
                self._show_meaning(item)  # nothing new typed over what was shown
                return
            new = VocabItem(v.word, v.pinyin, typed)
            item.setData(0, ITEM_ROLE, new)
            self._show_meaning(item)
        else:
            typed = item.text(PINYIN_COLUMN).strip()
            syllables = parse_pinyin(typed, len(v.word))
            if syllables is False:
                self._show_pinyin(item)
                self.error.emit(self.tr("Write one pinyin syllable per character of {word}, "
                                        "e.g. hao3 or hǎo.").format(word=v.word))
                return
            if syllables == v.pinyin or (not v.pinyin and typed == item.data(
                    PINYIN_COLUMN, SUGGESTED_ROLE)):
                self._show_pinyin(item)  # nothing new typed over what was shown
                return
            new = VocabItem(v.word, syllables, v.meaning)
            item.setData(0, ITEM_ROLE, new)
            self._show_pinyin(item)
        item.setData(0, ITEM_ROLE, new)
        self._emit()

    def vocab(self) -> list[VocabItem]:
        """The vocabulary in the order shown."""
        out = []
        for i in range(self.vocab_tree.topLevelItemCount()):
            v = self.vocab_tree.topLevelItem(i).data(0, ITEM_ROLE)
            out.append(v if isinstance(v, VocabItem) else VocabItem(
                self.vocab_tree.topLevelItem(i).text(0)))
        return out

    def set_item_field(self, word: str, column: int, text: str) -> None:
        """Type ``text`` into the Pinyin (2) or Meaning (3) cell of ``word`` (as a teacher)."""
        for i in range(self.vocab_tree.topLevelItemCount()):
            item = self.vocab_tree.topLevelItem(i)
            if item.text(0) == word:
                item.setText(column, text)

    def words(self) -> list[str]:
        return [v.word for v in self.vocab()]

    def set_levels(self, levels: dict[str, str]) -> None:
        """Level labels (``HSK2021 2``) of the vocabulary words."""
        self._levels.update(levels)
        # the standard once, in the header ("HSK2021 level", the reader glossary's words,
        # in the language of the level labels), the bare level in each row
        for tree in (self.vocab_tree, self.proposal_tree):
            show_levels(tree, 1, lambda word: self._levels.get(word, ""), self.tr("Level"),
                        lambda standard: label("column.level_short", standard=standard))
        self._fit_columns()  # a level "not in HSK2021" is wider than the header

    def set_meanings(self, meanings: dict[str, str]) -> None:
        """The meaning each vocabulary word prints when the lesson gives none (the text's
        sense or the dictionary's); a meaning typed for this lesson is shown instead."""
        self._meanings.update(meanings)
        was = self._filling
        self._filling = True
        for i in range(self.vocab_tree.topLevelItemCount()):
            self._show_meaning(self.vocab_tree.topLevelItem(i))
        for i in range(self.proposal_tree.topLevelItemCount()):
            self._show_proposal_meaning(self.proposal_tree.topLevelItem(i))
        self._filling = was
        self._fit_columns()

    def set_pinyins(self, pinyins: dict[str, str]) -> None:
        """The pinyin each vocabulary word prints when the lesson gives none (shown greyed);
        a pinyin typed for this lesson is shown instead."""
        self._pinyins.update(pinyins)
        for i in range(self.vocab_tree.topLevelItemCount()):
            self._show_pinyin(self.vocab_tree.topLevelItem(i))
        self._fit_columns()

    def set_proposals(self, proposals: Sequence) -> None:
        """Show proposals (objects with word, level_label, freq, count), already ranked."""
        self.proposal_tree.clear()
        taken = set(self.words())
        shown = 0
        for p in proposals:
            self._levels[p.word] = p.level_label
            if p.word in taken:
                continue
            item = QTreeWidgetItem([p.word, p.level_label, f"{p.freq:,}", str(p.count), ""])
            item.setData(0, ITEM_ROLE, p.word)
            self._show_proposal_meaning(item)
            tip = self.tr("{n} times in the lesson's texts; frequency in the corpus: {freq}"
                          ).format(n=p.count, freq=f"{p.freq:,}")
            for column in (0, 1):
                item.setToolTip(column, tip)
            self.proposal_tree.addTopLevelItem(item)
            shown += 1
        self.proposal_note.setText(
            self.tr("Every word of the texts is known or already in the vocabulary.")
            if not shown else self.tr("{n} words the class does not know yet.").format(n=shown))
        self.set_levels({})

    def proposed_words(self) -> list[str]:
        return [self.proposal_tree.topLevelItem(i).text(0)
                for i in range(self.proposal_tree.topLevelItemCount())]

    def set_coverage(self, text: str) -> None:
        self.coverage_label.setText(text)

    def set_affected(self, refs: Sequence[LessonRef]) -> None:
        """Later lessons whose known words (readers, decks) depend on this vocabulary."""
        if not refs:
            self.affected_label.setText(self.tr("No later lesson depends on this vocabulary."))
            return
        names = ", ".join(f"{r.position + 1}. {r.title}" for r in refs[:8])
        more = len(refs) - 8
        if more > 0:
            names += self.tr(" and {n} more").format(n=more)
        self.affected_label.setText(
            self.tr("Changing this vocabulary changes what the class knows in the later "
                    "lessons (their readers and decks): {names}").format(names=names))

    # -- edits -------------------------------------------------------------------------
    def _emit(self) -> None:
        self.vocab_changed.emit(self.vocab())

    def add_words(self, words: Sequence[str]) -> None:
        """Append words not already in the vocabulary, and drop them from the proposals."""
        have = set(self.words())
        added = False
        for raw in words:
            w = raw.strip()
            if w and w not in have:
                self.vocab_tree.addTopLevelItem(self._vocab_item(VocabItem(w)))
                have.add(w)
                added = True
        self.set_levels({})
        for i in reversed(range(self.proposal_tree.topLevelItemCount())):
            if self.proposal_tree.topLevelItem(i).text(0) in have:
                self.proposal_tree.takeTopLevelItem(i)
        if added:
            self._emit()

    def _add_typed(self) -> None:
        text = self.add_edit.text()
        self.add_edit.clear()
        self.add_words([w for w in text.replace("，", ",").replace(",", " ").split() if w])

    def accept_selected(self) -> None:
        self.add_words([i.text(0) for i in self.proposal_tree.selectedItems()])

    def accept_all(self) -> None:
        self.add_words(self.proposed_words())

    def remove_selected(self) -> None:
        items = self.vocab_tree.selectedItems()
        if not items:
            return
        for item in items:
            self.vocab_tree.takeTopLevelItem(self.vocab_tree.indexOfTopLevelItem(item))
        self._emit()

    def move_selected(self, step: int) -> None:
        item = self.vocab_tree.currentItem()
        if item is None:
            return
        i = self.vocab_tree.indexOfTopLevelItem(item)
        j = i + step
        if not 0 <= j < self.vocab_tree.topLevelItemCount():
            return
        self.vocab_tree.takeTopLevelItem(i)
        self.vocab_tree.insertTopLevelItem(j, item)
        self.vocab_tree.setCurrentItem(item)
        self._emit()


def _verdict(fraction: float) -> str:
    if fraction >= 0.98:
        return QCoreApplication.translate("LessonEditor", "comfortable, at least 98%")
    if fraction >= 0.95:
        return QCoreApplication.translate("LessonEditor", "readable with help, at least 95%")
    return QCoreApplication.translate("LessonEditor", "below the 95% comfort threshold")


def coverage_sentence(title: str, before: float, after: float) -> str:
    """``“Text”: 76.2% known before this lesson (...); 100.0% with its vocabulary (...)``,
    in the interface language (its decimal comma too: ``76,2``)."""
    locale = QLocale(current_language())
    return QCoreApplication.translate(
        "LessonEditor",
        "“{title}”: {before}% of the words known before this lesson ({verdict_before}); "
        "{after}% with this lesson's vocabulary ({verdict_after}).",
    ).format(
        title=title or QCoreApplication.translate("LessonEditor", "(untitled)"),
        before=locale.toString(before * 100, "f", 1), verdict_before=_verdict(before),
        after=locale.toString(after * 100, "f", 1), verdict_after=_verdict(after))
