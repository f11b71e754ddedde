"""Themes: dark follows the OS, high contrast, light restores the platform look; text scales."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QPushButton

from chinese_teach.gui import theme

Role = QPalette.ColorRole


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_palettes_are_readable():
    for palette, minimum in ((theme.dark_palette(), 7.0), (theme.high_contrast_palette(), 15.0)):
        assert _contrast(palette.color(Role.Text), palette.color(Role.Base)) >= minimum
        assert _contrast(palette.color(Role.WindowText), palette.color(Role.Window)) >= minimum
        assert _contrast(palette.color(Role.HighlightedText),
                         palette.color(Role.Highlight)) >= 4.5


def test_system_theme_follows_the_os(qapp, monkeypatch):
    follower = theme.ThemeFollower(qapp, "system")
    try:
        monkeypatch.setattr(theme, "os_prefers_dark", lambda: True)
        follower._os_changed()
        assert follower.applied == "dark" and theme.current_name() == "dark"
        assert qapp.palette().color(Role.Window).lightness() < 60
        assert qapp.property("chinese_teach_fusion")
        assert theme.DARK.accent in qapp.styleSheet()
        monkeypatch.setattr(theme, "os_prefers_dark", lambda: False)
        follower._os_changed()
        assert follower.applied == "light"
        assert qapp.palette().color(Role.Window) == QColor(theme.LIGHT.window)
        # an explicit choice is not overridden by the OS
        follower.set_choice("high-contrast")
        monkeypatch.setattr(theme, "os_prefers_dark", lambda: True)
        follower._os_changed()
        assert follower.applied == "high-contrast"
        assert qapp.palette().color(Role.Window) == QColor("#000000")
        assert "3px solid" in qapp.styleSheet()
    finally:
        follower.set_choice("light")
    assert theme.LIGHT.accent in qapp.styleSheet() and "3px solid" not in qapp.styleSheet()
    assert qapp.palette().color(Role.Window) == QColor(theme.LIGHT.window)


def test_primary_buttons_stand_out_from_secondary_ones(qapp, qtbot):
    theme.apply_theme(qapp, "light")
    primary, secondary = QPushButton("Export"), QPushButton("Cancel")
    theme.set_role(primary, "primary")
    for b in (primary, secondary):
        qtbot.addWidget(b)
        b.resize(120, 36)
        b.show()
    shot_p, shot_s = primary.grab().toImage(), secondary.grab().toImage()
    centre = (60, 6)
    assert shot_p.pixelColor(*centre).name() == theme.LIGHT.accent
    assert shot_s.pixelColor(*centre).name() == theme.LIGHT.surface


def test_theme_preference_is_stored(gui_home):
    from chinese_teach.gui import settings

    prefs = settings.load_preferences().with_changes(theme="dark", language="fr")
    settings.save_preferences(prefs)
    again = settings.load_preferences()
    assert (again.theme, again.language) == ("dark", "fr")
    store = settings.open_settings()
    store.setValue(settings.KEYS["theme"], "neon")
    assert settings.load_preferences(store).theme == "system"


def test_preferences_dialog_applies_language_and_theme(window, qapp):
    from chinese_teach.gui import i18n
    from chinese_teach.gui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.ctx.prefs, window)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    try:
        window.ctx.set_preferences(dialog.preferences(), save=False)
        assert i18n.current_language() == "es"
        assert window.menuBar().actions()[0].text() == "&Archivo"
        assert qapp.property("chinese_teach_theme") == "dark"
    finally:
        window.ctx.set_preferences(window.ctx.prefs.with_changes(language="en", theme="light"),
                                   save=False)
    assert window.menuBar().actions()[0].text() == "&File"
    assert qapp.property("chinese_teach_theme") == "light"


def test_page_text_scales_with_the_system_font(window, qapp):
    """Pages built under a larger system font show larger text (no fixed sizes)."""
    base = QFont(qapp.font())
    bigger = QFont(base)
    bigger.setPointSizeF(base.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    try:
        for spec in window.specs:
            page = spec.factory(window.ctx)
            widgets = page.findChildren(QLabel) + page.findChildren(QPushButton)
            assert widgets, spec.key
            for widget in widgets:
                # small print may be a little smaller than the body text, never fixed
                assert widget.font().pointSizeF() >= 0.8 * bigger.pointSizeF(), (
                    spec.key, widget.objectName(), type(widget).__name__)
            page.deleteLater()
    finally:
        qapp.setFont(base)
