"""The dialogs of My corrections: a reading correction (the pinyin checked as it is
typed) and a word-cutting edit (keep a word whole, or split it into parts).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.errors import BadInputError
from chinese_teach.core.library.corrections_io import check_context, check_word, parse_pinyin
from chinese_teach.core.library.models import Correction, SegmentationEdit
from chinese_teach.core.text.syllables import ToneStyle, render
from chinese_teach.gui import theme
from chinese_teach.gui.settings import Preferences
from chinese_teach.gui.widgets.pinyin import pinyin_text


def tone_marks(syllables: tuple[str, ...]) -> str:
    """Syllables written with tone marks (``yín háng``), as the teacher types them."""
    return " ".join(render(s, ToneStyle.MARKS) for s in syllables)


class CorrectionDialog(QDialog):
    """Add or edit a reading correction; the pinyin is checked as it is typed."""

    def __init__(self, parent: QWidget | None, existing: Correction | None,
                 taken: set[tuple[str, str, str]], prefs: Preferences) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit reading") if existing else self.tr("Add reading"))
        self._existing = existing
        self._taken = taken - ({(existing.word, existing.left, existing.right)}
                               if existing else set())
        self._prefs = prefs
        self.result_correction: Correction | None = None
        font = theme.chinese_font(prefs, "field")
        self.word_edit = QLineEdit(existing.word if existing else "")
        self.pinyin_edit = QLineEdit(tone_marks(existing.pinyin) if existing else "")
        self.pinyin_edit.setPlaceholderText(self.tr("one syllable per character: yín háng "
                                                    "or yin2 hang2"))
        self.left_edit = QLineEdit(existing.left if existing else "")
        self.right_edit = QLineEdit(existing.right if existing else "")
        for edit in (self.word_edit, self.left_edit, self.right_edit):
            edit.setFont(font)
        self.left_edit.setPlaceholderText(self.tr("anywhere"))
        self.right_edit.setPlaceholderText(self.tr("anywhere"))
        self.note_edit = QLineEdit(existing.note if existing else "")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Word:"), self.word_edit)
        form.addRow(self.tr("Pinyin:"), self.pinyin_edit)
        form.addRow(self.tr("Only after:"), self.left_edit)
        form.addRow(self.tr("Only before:"), self.right_edit)
        form.addRow(self.tr("Note:"), self.note_edit)
        self.buttons = _frame(self, form, self.message)
        for edit in (self.word_edit, self.pinyin_edit, self.left_edit, self.right_edit,
                     self.note_edit):
            edit.textChanged.connect(self.validate)
        self.validate()

    def validate(self) -> bool:
        """Check the fields; show what is wrong (or the reading) and enable OK."""
        self.result_correction = None
        word = self.word_edit.text().strip()
        try:
            check_word(word)
            syllables = parse_pinyin(self.pinyin_edit.text(), word)
            left = check_context(self.left_edit.text(), "left")
            right = check_context(self.right_edit.text(), "right")
            if (word, left, right) in self._taken:
                raise BadInputError(self.tr(
                    "There is already a correction of {word} in this context.").format(
                        word=word))
        except BadInputError as exc:
            self.message.setText(str(exc) if self.word_edit.text() or
                                 self.pinyin_edit.text() else "")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return False
        note = self.note_edit.text().strip()[:5000]
        created = self._existing.created if self._existing else ""
        self.result_correction = Correction(word, syllables, left, right, note, created=created)
        self.message.setText(self.tr("{word} will be read {pinyin}.").format(
            word=word, pinyin=pinyin_text(syllables, self._prefs)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True


class SegmentationDialog(QDialog):
    """Add a word-cutting edit: keep a word whole, or split it into given pieces."""

    def __init__(self, parent: QWidget | None, prefs: Preferences,
                 existing: SegmentationEdit | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit word cutting") if existing
                            else self.tr("Add word cutting"))
        self.result_edit: SegmentationEdit | None = None
        self._existing = existing
        self.word_edit = QLineEdit(existing.word if existing else "")
        self.word_edit.setFont(theme.chinese_font(prefs, "field"))
        self.keep_radio = QRadioButton(self.tr("Keep it whole"))
        self.split_radio = QRadioButton(self.tr("Split it into:"))
        self.keep_radio.setChecked(existing is None or existing.kind == "merge")
        self.split_radio.setChecked(not self.keep_radio.isChecked())
        group = QButtonGroup(self)
        group.addButton(self.keep_radio)
        group.addButton(self.split_radio)
        self.parts_edit = QLineEdit(" ".join(existing.parts) if existing else "")
        self.parts_edit.setFont(self.word_edit.font())
        self.parts_edit.setPlaceholderText(self.tr("pieces separated by spaces: 中国 银行"))
        self.message = QLabel()
        self.message.setObjectName("message")
        form = QFormLayout()
        form.addRow(self.tr("Word:"), self.word_edit)
        form.addRow(self.keep_radio)
        form.addRow(self.split_radio, self.parts_edit)
        self.buttons = _frame(self, form, self.message)
        self.word_edit.textChanged.connect(self.validate)
        self.parts_edit.textChanged.connect(self.validate)
        self.keep_radio.toggled.connect(self.validate)
        self.parts_edit.textEdited.connect(lambda _t: self.split_radio.setChecked(True))
        self.validate()

    def validate(self) -> bool:
        """Check the word and pieces; enable OK when they make a valid edit."""
        self.result_edit = None
        word = self.word_edit.text().strip()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            check_word(word)
            if len(word) < 2:
                raise BadInputError(self.tr("A word of one character cannot be kept whole "
                                            "or split."))
            if self.keep_radio.isChecked():
                edit = SegmentationEdit("merge", word)
            else:
                parts = tuple(self.parts_edit.text().split())
                if len(parts) < 2 or "".join(parts) != word:
                    raise BadInputError(self.tr(
                        "The pieces must spell {word}, in order.").format(word=word))
                edit = SegmentationEdit("split", word, parts)
        except BadInputError as exc:
            self.message.setText(str(exc) if word else "")
            ok.setEnabled(False)
            return False
        self.message.setText("")
        if self._existing is not None:
            edit.created = self._existing.created
        self.result_edit = edit
        ok.setEnabled(True)
        return True


def ask_correction(parent: QWidget, existing: Correction | None,
                   taken: set[tuple[str, str, str]], prefs: Preferences) -> Correction | None:
    """The correction the teacher enters (``existing`` edited, or a new one whose word and
    context are not among ``taken``), or None when cancelled."""
    dialog = CorrectionDialog(parent, existing, taken, prefs)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_correction


def ask_segmentation(parent: QWidget, existing: SegmentationEdit | None,
                     prefs: Preferences) -> SegmentationEdit | None:
    """The word cutting the teacher enters, or None when cancelled."""
    dialog = SegmentationDialog(parent, prefs, existing)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_edit


def _frame(dialog: QDialog, form: QFormLayout, message: QLabel) -> QDialogButtonBox:
    """Lay out ``dialog``: its ``form``, the ``message`` that says what is wrong (or what
    the edit will do), and OK/Cancel; returns the buttons."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addWidget(buttons)
    return buttons
