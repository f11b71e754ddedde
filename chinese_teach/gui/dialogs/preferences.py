"""The Preferences dialog: HSK standard, pinyin style, tone colours, Chinese font."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core import labels
from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.siteconfig import load_site_config
from chinese_teach.core.text import tonecolors
from chinese_teach.core.text.syllables import ToneStyle
from chinese_teach.gui import theme
from chinese_teach.gui.i18n import LANGUAGES
from chinese_teach.gui.settings import FONT_SIZE_RANGE, PINYIN_STYLES, Preferences, site_defaults
from chinese_teach.render import fonts

_SAMPLE = (("mā", 1), ("má", 2), ("mǎ", 3), ("mà", 4), ("ma", 5))


class PreferencesDialog(QDialog):
    """Edits a copy of the preferences; :meth:`preferences` returns the result."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._colours = list(prefs.colour_scheme)

        self.standard = QComboBox()
        self.standard.setObjectName("standard")
        for std in Standard:
            self.standard.addItem(std.display_name(), std)
        self.standard.setCurrentIndex(list(Standard).index(prefs.standard))

        self.pinyin_style = QComboBox()
        self.pinyin_style.setObjectName("pinyin_style")
        names = {
            ToneStyle.MARKS: self.tr("Tone marks (nǐ hǎo)"),
            ToneStyle.NUMBERS: self.tr("Tone numbers (ni3 hao3)"),
            ToneStyle.ZHUYIN: self.tr("Zhuyin (ㄋㄧˇ ㄏㄠˇ)"),
        }
        for style in PINYIN_STYLES:
            self.pinyin_style.addItem(names[style], style)
        self.pinyin_style.setCurrentIndex(PINYIN_STYLES.index(prefs.pinyin_style))

        self.tone_changes = QCheckBox(
            self.tr("Show 一 and 不 with their changed tones (yí gè, bú shì)")
        )
        self.tone_changes.setObjectName("tone_changes")
        self.tone_changes.setChecked(prefs.tone_changes)

        self.tone_colours = QCheckBox(self.tr("Colour pinyin by tone"))
        self.tone_colours.setObjectName("tone_colours")
        self.tone_colours.setChecked(prefs.tone_colours)

        self.scheme = QComboBox()
        self.scheme.setObjectName("scheme")
        for s in tonecolors.SCHEMES.values():
            if s.key != "black":
                self.scheme.addItem(self.tr(s.name), s.key)
        self.scheme.addItem(self.tr("Custom"), "custom")
        self.scheme.activated.connect(self._scheme_chosen)

        self.colour_buttons: list[QPushButton] = []
        colour_row = QHBoxLayout()
        for i in range(5):
            name = self.tr("Tone {n}").format(n=i + 1) if i < 4 else self.tr("Neutral")
            button = QPushButton(name)
            button.setObjectName(f"tone{i + 1}")
            button.clicked.connect(lambda _=False, i=i: self._pick_colour(i))
            self.colour_buttons.append(button)
            colour_row.addWidget(button)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.tone_colours.toggled.connect(self._refresh_colours)

        self.font_family = QComboBox()
        self.font_family.setObjectName("font_family")
        self.font_family.addItem(
            self.tr("Automatic ({family})").format(family=fonts.default_chinese_family()), ""
        )
        for family in fonts.available_chinese_families():
            self.font_family.addItem(family, family)
        index = self.font_family.findData(prefs.chinese_font)
        self.font_family.setCurrentIndex(max(index, 0))

        self.font_size = QSpinBox()
        self.font_size.setObjectName("font_size")
        self.font_size.setRange(*FONT_SIZE_RANGE)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(prefs.font_size)
        self._target_level = prefs.target_level

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("System language"), "")
        for lang in LANGUAGES.values():
            self.language.addItem(lang.native_name, lang.code)
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))
        # printed and exported documents: one setting for every export
        self.document_language = QComboBox()
        self.document_language.setObjectName("document_language")
        self.document_language.addItem(self.tr("Same as the interface"), "")
        for code, name in labels.LANGUAGES.items():
            self.document_language.addItem(name, code)
        self.document_language.setCurrentIndex(
            max(self.document_language.findData(prefs.document_language), 0))
        self.document_language.setToolTip(self.tr(
            "The language of the headings, labels and instructions printed on readers, "
            "worksheets, lesson plans and vocabulary lists (the Chinese text is not "
            "changed)"))
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for key, label in (("system", self.tr("Follow the system (light or dark)")),
                           ("light", self.tr("Light")), ("dark", self.tr("Dark")),
                           ("high-contrast", self.tr("High contrast"))):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(self.theme.findData(prefs.theme), 0))

        form = QFormLayout()
        form.addRow(self.tr("HSK standard:"), self.standard)
        form.addRow(self.tr("Pinyin:"), self.pinyin_style)
        form.addRow("", self.tone_changes)
        form.addRow("", self.tone_colours)
        form.addRow(self.tr("Colour scheme:"), self.scheme)
        form.addRow("", colour_row)
        form.addRow(self.tr("Preview:"), self.preview)
        form.addRow(self.tr("Chinese font:"), self.font_family)
        form.addRow(self.tr("Font size:"), self.font_size)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Document language:"), self.document_language)
        form.addRow(self.tr("Theme:"), self.theme)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._refresh_colours()
        self._lock_site_settings()

    def _lock_site_settings(self) -> None:
        """Disable the controls of settings the school's site configuration locks."""
        site = load_site_config()
        controls = {
            "standard": [self.standard],
            "pinyin_style": [self.pinyin_style],
            "tone_changes": [self.tone_changes],
            "tone_colours": [self.tone_colours],
            "colour_scheme": [self.scheme, *self.colour_buttons],
            "chinese_font": [self.font_family],
            "font_size": [self.font_size],
            "language": [self.language],
            "document_language": [self.document_language],
            "theme": [self.theme],
        }
        self.locked = {name for name in controls if site.is_locked(name)}
        for name in self.locked:
            for widget in controls[name]:
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set by your school's configuration"))

    # -- colours ---------------------------------------------------------------------
    def _scheme_chosen(self, index: int) -> None:
        key = self.scheme.itemData(index)
        if key in tonecolors.SCHEMES:
            self._colours = list(tonecolors.SCHEMES[key].colors)
        self._refresh_colours()

    def _pick_colour(self, i: int) -> None:
        colour = QColorDialog.getColor(QColor(self._colours[i]), self, self.tr("Tone colour"))
        if colour.isValid():
            self.set_colour(i, colour.name())

    def set_colour(self, i: int, colour: str) -> None:
        """Set the colour of tone ``i + 1`` (``#rrggbb``)."""
        self._colours[i] = QColor(colour).name()
        self._refresh_colours()

    def _refresh_colours(self) -> None:
        colours = tuple(self._colours)
        key = next((s.key for s in tonecolors.SCHEMES.values() if s.colors == colours), "custom")
        self.scheme.setCurrentIndex(max(self.scheme.findData(key), 0))
        on = self.tone_colours.isChecked() and "colour_scheme" not in getattr(self, "locked", ())
        for button, colour in zip(self.colour_buttons, colours, strict=True):
            theme.tint_text(button, colour)
            button.setEnabled(on)
        self.scheme.setEnabled(on)
        on = self.tone_colours.isChecked()
        spans = " ".join(
            f'<span style="{theme.css("text", colour_value=colours[t - 1] if on else None)}">'
            f'{s}</span>'
            for s, t in _SAMPLE
        )
        self.preview.setText(f"<big>{spans}</big>")

    def restore_defaults(self) -> None:
        """Reset every control to the defaults (the school's, where its site file sets them)."""
        d = site_defaults()
        self.standard.setCurrentIndex(list(Standard).index(d.standard))
        self.pinyin_style.setCurrentIndex(PINYIN_STYLES.index(d.pinyin_style))
        self.tone_changes.setChecked(d.tone_changes)
        self.tone_colours.setChecked(d.tone_colours)
        self._colours = list(d.colour_scheme)
        self.font_family.setCurrentIndex(max(self.font_family.findData(d.chinese_font or ""), 0))
        self.font_size.setValue(d.font_size)
        self.language.setCurrentIndex(max(self.language.findData(d.language), 0))
        self.document_language.setCurrentIndex(
            max(self.document_language.findData(d.document_language), 0))
        self.theme.setCurrentIndex(max(self.theme.findData(d.theme), 0))
        self._refresh_colours()

    def preferences(self) -> Preferences:
        """The preferences as edited."""
        return Preferences(
            standard=self.standard.currentData(),
            pinyin_style=self.pinyin_style.currentData(),
            tone_changes=self.tone_changes.isChecked(),
            tone_colours=self.tone_colours.isChecked(),
            colour_scheme=tuple(self._colours),  # type: ignore[arg-type]
            chinese_font=self.font_family.currentData() or "",
            font_size=self.font_size.value(),
            target_level=self._target_level,
            language=self.language.currentData() or "",
            document_language=self.document_language.currentData() or "",
            theme=self.theme.currentData() or "system",
        )
