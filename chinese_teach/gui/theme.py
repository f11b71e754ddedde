"""Colours of the window: light, dark (following the OS by default) and high contrast.

``apply_theme(app, choice)`` takes the Preferences value (``system``, ``light``,
``dark``, ``high-contrast``). ``system`` follows ``QStyleHints.colorScheme()`` and
keeps following it while the app runs (:class:`ThemeFollower`). Dark and high
contrast use the Fusion style with their own palette, so they look the same on
every platform; light restores the platform's own style and palette.

Text size is never fixed here: the interface font is the system's, so text grows
with the system font size (and with the display scaling Qt applies on high-DPI).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES: tuple[str, ...] = ("system", "light", "dark", "high-contrast")

#: A thick, bright outline around the focused control (high contrast only; the other
#: themes keep the style's own focus frame, which Fusion draws in the highlight colour).
HIGH_CONTRAST_SHEET = """
QAbstractButton:focus, QComboBox:focus, QLineEdit:focus, QAbstractSpinBox:focus,
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus, QTabBar:focus {
    border: 3px solid #ffff00;
}
"""

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


class _Original:
    """The platform's style and palette, kept to go back to the light theme."""

    style: str | None = None
    palette: QPalette | None = None


def os_prefers_dark() -> bool:
    """True when the operating system asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def effective_theme(choice: str) -> str:
    """``light``, ``dark`` or ``high-contrast`` for a Preferences choice."""
    if choice == "system":
        return "dark" if os_prefers_dark() else "light"
    return choice if choice in THEMES else "light"


def _palette(colours: dict[Role, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(disabled_text))
    return palette


def dark_palette() -> QPalette:
    """A dark palette with readable contrast (text on base at least 12:1)."""
    return _palette({
        Role.Window: "#202124", Role.WindowText: "#e8eaed", Role.Base: "#17181a",
        Role.AlternateBase: "#26282b", Role.ToolTipBase: "#2d2f33",
        Role.ToolTipText: "#e8eaed", Role.PlaceholderText: "#9aa0a6", Role.Text: "#e8eaed",
        Role.Button: "#2d2f33", Role.ButtonText: "#e8eaed", Role.BrightText: "#ff6b6b",
        Role.Link: "#8ab4f8", Role.LinkVisited: "#c58af9", Role.Highlight: "#3d6fb4",
        Role.HighlightedText: "#ffffff", Role.Light: "#3c4043", Role.Midlight: "#303134",
        Role.Mid: "#5f6368", Role.Dark: "#111214", Role.Shadow: "#000000",
    }, "#80868b")


def high_contrast_palette() -> QPalette:
    """White and yellow on black, as the usual OS high-contrast schemes."""
    return _palette({
        Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
        Role.AlternateBase: "#1a1a1a", Role.ToolTipBase: "#000000",
        Role.ToolTipText: "#ffffff", Role.PlaceholderText: "#c0c0c0", Role.Text: "#ffffff",
        Role.Button: "#000000", Role.ButtonText: "#ffffff", Role.BrightText: "#ffff00",
        Role.Link: "#ffff00", Role.LinkVisited: "#00ffff", Role.Highlight: "#1aebff",
        Role.HighlightedText: "#000000", Role.Light: "#ffffff", Role.Midlight: "#c0c0c0",
        Role.Mid: "#ffffff", Role.Dark: "#ffffff", Role.Shadow: "#ffffff",
    }, "#00ff00")


def apply_theme(app: QApplication, choice: str) -> str:
    """Apply a theme choice to the whole application; returns the theme applied."""
    if _Original.style is None:
        _Original.style = app.style().name()
        _Original.palette = QPalette(app.palette())
    theme = effective_theme(choice)
    if theme == "light" and app.property("chinese_teach_theme") in (None, "light"):
        app.setProperty("chinese_teach_theme", theme)
        return theme  # the platform's look is already there: no re-polish at start-up
    if theme == "light":
        style = QStyleFactory.create(_Original.style)
        if style is not None:
            app.setStyle(style)
        app.setPalette(_Original.palette or QPalette())
        app.setStyleSheet("")
    else:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if theme == "dark" else high_contrast_palette())
        app.setStyleSheet(HIGH_CONTRAST_SHEET if theme == "high-contrast" else "")
    app.setProperty("chinese_teach_theme", theme)
    return theme


class ThemeFollower(QObject):
    """Keeps the ``system`` theme in step with the OS colour scheme while the app runs."""

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        self.app = app
        self.choice = choice
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._os_changed)
        self.applied = apply_theme(app, choice)

    def set_choice(self, choice: str) -> str:
        """Apply a new Preferences choice."""
        self.choice = choice
        self.applied = apply_theme(self.app, choice)
        return self.applied

    def _os_changed(self, _scheme=None) -> None:
        if self.choice == "system":
            self.applied = apply_theme(self.app, self.choice)
