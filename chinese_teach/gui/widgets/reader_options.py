"""The Reader studio's options panel: every :class:`ReaderOptions` field as a control."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from chinese_teach.core.corpus.levels import Standard, level_name
from chinese_teach.core.documents.reader import (
    GlossaryMode,
    GlossMark,
    PinyinMode,
    ReaderOptions,
)
from chinese_teach.core.text.scripts import Script
from chinese_teach.core.text.syllables import ToneStyle
from chinese_teach.core.text.tonecolors import SCHEMES

_FILE = "__file__"


class ReaderOptionsPanel(QWidget):
    """Controls for a reader's options; emits :attr:`options_changed` on every change."""

    options_changed = Signal(object)  # ReaderOptions

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._options = ReaderOptions()
        self._updating = False
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.pinyin = self._combo([
            (self.tr("Every word"), PinyinMode.ALL),
            (self.tr("Words the class does not know"), PinyinMode.NEW),
            (self.tr("Words above the target level"), PinyinMode.ABOVE),
            (self.tr("No pinyin"), PinyinMode.NONE),
        ])
        form.addRow(self.tr("Pinyin on"), self.pinyin)
        self.standard = self._combo([(s.display_name(), s) for s in Standard])
        form.addRow(self.tr("Standard"), self.standard)
        self.target = QComboBox()
        form.addRow(self.tr("Target level"), self.target)
        self.known = QComboBox()
        form.addRow(self.tr("Known words"), self.known)
        self.first_only = QCheckBox(self.tr("only the first time a word appears"))
        form.addRow("", self.first_only)
        self.per_char = self._combo([(self.tr("each character"), True),
                                     (self.tr("each word"), False)])
        form.addRow(self.tr("Pinyin over"), self.per_char)
        self.tones = self._combo([
            (self.tr("tone marks (hǎo)"), ToneStyle.MARKS),
            (self.tr("tone numbers (hao3)"), ToneStyle.NUMBERS),
            (self.tr("zhuyin (ㄏㄠˇ)"), ToneStyle.ZHUYIN),
            (self.tr("no tones (hao)"), ToneStyle.NONE),
        ])
        form.addRow(self.tr("Tones"), self.tones)
        self.tone_changes = QCheckBox(self.tr("write 一 and 不 as spoken (yí gè, bú shì)"))
        form.addRow("", self.tone_changes)
        self.third_tone = QCheckBox(self.tr("Mark third-tone changes (nǐ hǎo → ní hǎo)"))
        self.third_tone.setObjectName("third_tone")
        self.third_tone.setToolTip(self.tr(
            "A dotted line under the pinyin of a third tone said as a second tone before "
            "another third tone. The pinyin itself is not changed."))
        form.addRow("", self.third_tone)
        self.scheme = self._combo([(s.name, key) for key, s in SCHEMES.items()])
        form.addRow(self.tr("Tone colours"), self.scheme)
        self.color_hanzi = QCheckBox(self.tr("colour the characters"))
        self.color_pinyin = QCheckBox(self.tr("colour the pinyin"))
        form.addRow("", self.color_hanzi)
        form.addRow("", self.color_pinyin)
        self.script = self._combo([(s.display_name(), s.value) for s in Script])
        form.addRow(self.tr("Characters"), self.script)
        self.font_family = QComboBox()
        form.addRow(self.tr("Font"), self.font_family)
        self.font_size = self._spin(8, 48, 1, " pt")
        form.addRow(self.tr("Size"), self.font_size)
        self.line_spacing = self._spin(0.8, 3.0, 0.1, "×")
        form.addRow(self.tr("Line spacing"), self.line_spacing)
        self.numbering = self._combo([(self.tr("none"), "none"),
                                      (self.tr("paragraphs"), "paragraph"),
                                      (self.tr("every 5th line"), "line")])
        self.numbering.setToolTip(self.tr(
            "PDF and Word number every 5th line. A web page has no fixed lines, "
            "so the HTML export numbers the sentences instead."))
        form.addRow(self.tr("Numbers"), self.numbering)
        self.glossary = self._combo([(self.tr("table at the end"), GlossaryMode.END),
                                     (self.tr("numbered notes"), GlossaryMode.NOTES),
                                     (self.tr("none"), GlossaryMode.NONE)])
        form.addRow(self.tr("Glossary"), self.glossary)
        self.mark = self._combo([(self.tr("not marked"), GlossMark.NONE),
                                 (self.tr("underlined"), GlossMark.UNDERLINE),
                                 (self.tr("numbered"), GlossMark.NUMBER)])
        form.addRow(self.tr("New words"), self.mark)
        self.page_size = self._combo([("A4", "A4"), ("Letter", "Letter")])
        form.addRow(self.tr("Paper"), self.page_size)
        self.margin = self._spin(5, 40, 1, " mm")
        form.addRow(self.tr("Margins"), self.margin)

        self.standard.currentIndexChanged.connect(self._fill_levels)
        self.known.activated.connect(self._known_activated)
        for w in (self.pinyin, self.standard, self.target, self.known, self.per_char,
                  self.tones, self.scheme, self.script, self.font_family, self.numbering,
                  self.glossary, self.mark, self.page_size):
            w.currentIndexChanged.connect(self._changed)
        for c in (self.tone_changes, self.third_tone, self.color_hanzi, self.color_pinyin,
                  self.first_only):
            c.toggled.connect(self._changed)
        for s in (self.font_size, self.line_spacing, self.margin):
            s.valueChanged.connect(self._changed)
        self._fill_fonts()
        self.set_options(self._options)

    # -- construction helpers ---------------------------------------------------------------
    @staticmethod
    def _combo(items: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        for label, data in items:
            box.addItem(label, data)
        return box

    @staticmethod
    def _spin(low: float, high: float, step: float, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setDecimals(1)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)
        return spin

    def _fill_fonts(self) -> None:
        from chinese_teach.render.fonts import available_chinese_families

        self.font_family.addItem(self.tr("Teaching font (default)"), "")
        for fam in available_chinese_families()[:40]:
            self.font_family.addItem(fam, fam)

    def retranslate_ui(self) -> None:
        """After a language switch: the level lists name the standard in the new language
        (a shown "{std} level {lvl}" cannot be split back into its parts reliably)."""
        self._fill_levels()

    def _fill_levels(self) -> None:
        std = self.standard.currentData() or Standard.HSK2021
        std = Standard.parse(std)
        was_updating, self._updating = self._updating, True
        target = self.target.currentData()
        known = self.known.currentData()
        self.target.clear()
        self.known.clear()
        for lvl in std.levels:
            self.target.addItem(self.tr("{std} level {lvl}").format(
                std=std.display_name(), lvl=level_name(lvl)), lvl)
            self.known.addItem(self.tr("{std} levels 1-{lvl}").format(
                std=std.display_name(), lvl=level_name(lvl)), f"{std.value}:{level_name(lvl)}")
        self.known.addItem(self.tr("Word list file…"), _FILE)
        self._select(self.target, target if target in std.levels else 3)
        if isinstance(known, str) and known and not known.startswith(std.value + ":") \
                and ":" in known and known != _FILE:
            known = f"{std.value}:{known.split(':', 1)[1]}"
        self._select_known(known or f"{std.value}:2")
        self._updating = was_updating

    def _select_known(self, spec: str) -> None:
        idx = self.known.findData(spec)
        if idx < 0 and spec and spec != _FILE:
            self.known.insertItem(self.known.count() - 1, spec.rsplit("/", 1)[-1], spec)
            idx = self.known.findData(spec)
        self.known.setCurrentIndex(max(0, idx))

    def _known_activated(self, index: int) -> None:
        if self.known.itemData(index) != _FILE:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Known words"), "", self.tr("Word lists (*.txt *.csv *.tsv)"))
        was, self._updating = self._updating, True
        if path:
            self._select_known(path)
        else:
            self._select_known(self._options.known or "hsk2021:2")
        self._updating = was
        self._changed()

    @staticmethod
    def _select(box: QComboBox, data: object) -> None:
        idx = box.findData(data)
        if idx >= 0:
            box.setCurrentIndex(idx)

    # -- state -----------------------------------------------------------------------------
    def set_options(self, opts: ReaderOptions) -> None:
        """Show ``opts`` without emitting :attr:`options_changed`."""
        self._updating = True
        self._options = opts
        self._select(self.standard, opts.standard)
        self._fill_levels()
        self._select(self.pinyin, opts.pinyin)
        self._select(self.target, opts.target_level)
        self._select_known(opts.known or f"{opts.standard.value}:2")
        self._select(self.per_char, opts.per_char)
        self.first_only.setChecked(opts.first_only)
        self._select(self.tones, opts.tone_style)
        self.tone_changes.setChecked(opts.tone_changes)
        self.third_tone.setChecked(opts.show_third_tone_sandhi)
        self._select(self.scheme, opts.tone_scheme)
        self.color_hanzi.setChecked(opts.color_hanzi)
        self.color_pinyin.setChecked(opts.color_pinyin)
        self._select(self.script, Script.parse(opts.script).value)
        if self.font_family.findData(opts.font_family) < 0:
            self.font_family.addItem(opts.font_family, opts.font_family)
        self._select(self.font_family, opts.font_family)
        self.font_size.setValue(opts.font_size)
        self.line_spacing.setValue(opts.line_spacing)
        self._select(self.numbering, opts.numbering)
        self._select(self.glossary, opts.glossary)
        self._select(self.mark, opts.gloss_mark)
        self._select(self.page_size, opts.page_size)
        self.margin.setValue(opts.margin_mm)
        self._sync_enabled()
        self._updating = False

    def options(self) -> ReaderOptions:
        """The options the controls show (teacher's glossary edits kept)."""
        known = self.known.currentData()
        if self.pinyin.currentData() != PinyinMode.NEW:
            known = ""  # the glossary then follows the target level
        return replace(
            self._options,
            pinyin=PinyinMode(self.pinyin.currentData()),
            standard=Standard.parse(self.standard.currentData()),
            target_level=int(self.target.currentData() or 3),
            known=known if known and known != _FILE else "",
            per_char=bool(self.per_char.currentData()),
            first_only=self.first_only.isChecked(),
            tone_style=ToneStyle(self.tones.currentData()),
            tone_changes=self.tone_changes.isChecked(),
            show_third_tone_sandhi=self.third_tone.isChecked(),
            tone_scheme=str(self.scheme.currentData()),
            color_hanzi=self.color_hanzi.isChecked(),
            color_pinyin=self.color_pinyin.isChecked(),
            script=str(self.script.currentData()),
            font_family=str(self.font_family.currentData() or ""),
            font_size=self.font_size.value(),
            line_spacing=self.line_spacing.value(),
            numbering=str(self.numbering.currentData()),
            glossary=GlossaryMode(self.glossary.currentData()),
            gloss_mark=GlossMark(self.mark.currentData()),
            page_size=str(self.page_size.currentData()),
            margin_mm=self.margin.value(),
        )

    def _sync_enabled(self) -> None:
        mode = self.pinyin.currentData()
        self.known.setEnabled(mode == PinyinMode.NEW)
        self.target.setEnabled(mode != PinyinMode.NEW)
        self.first_only.setEnabled(mode in (PinyinMode.NEW, PinyinMode.ABOVE))
        self.third_tone.setEnabled(mode != PinyinMode.NONE)

    def _changed(self, *_args: object) -> None:
        if self._updating:
            return
        self._sync_enabled()
        self._options = self.options()
        self.options_changed.emit(self._options)
