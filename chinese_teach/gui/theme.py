"""The visual system of the window: colours, spacings, font sizes; light, dark, high contrast.

This module is the only place in ``chinese_teach/gui`` that names a colour, a
spacing or a font size (``tests/gui/test_theme_tokens.py`` fails on one set
anywhere else). Pages ask for what they mean: ``colour("muted")``,
``SPACING["m"]``, ``chinese_font(prefs, "list")``, ``set_role(button, "primary")``.

``apply_theme(app, choice)`` takes the Preferences value (``system``, ``light``,
``dark``, ``high-contrast``); ``system`` follows ``QStyleHints.colorScheme()`` and
keeps following it while the app runs (:class:`ThemeFollower`). Every theme uses
the Fusion style with its own palette and one style sheet built from the tokens
below, so the app looks the same on every platform.

Interface text is never fixed here: sizes are factors of the system font, so text
grows with the system font size (and with the display scaling Qt applies on
high-DPI). Chinese text in editors, lists and tables is at least
:data:`CHINESE_MIN_PX` pixels at 100 % in the teaching font.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget
from shiboken6 import isValid

THEMES: tuple[str, ...] = ("system", "light", "dark", "high-contrast")

#: Spacings in logical pixels (Qt multiplies them on high-DPI screens).
SPACING: dict[str, int] = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24}
#: Interface text sizes as factors of the system font's size.
FONT_SCALE: dict[str, float] = {"small": 0.9, "body": 1.0, "heading": 1.2, "title": 1.6}
#: Chinese text in editors, lists and tables never smaller than this (logical px, 100 %).
CHINESE_MIN_PX = 16
#: Chinese text size of each kind of widget, in logical pixels.
CHINESE_PX: dict[str, int] = {"list": 18, "table": 18, "field": 18, "editor": 20,
                              "headword": 40}
#: Sidebar icons and the icons of the start page's actions (logical px; SVG, sharp at 2×).
ICON_PX: dict[str, int] = {"nav": 20, "action": 24, "hero": 32}
#: Below this window width (logical px) the navigation shows its icons only.
COMPACT_NAV_BELOW = 1100
#: The word and its pinyin at the top of the reader's word pop-up (points).
POPUP_WORD_PT = 26
POPUP_PINYIN_PT = 14
#: Corner radius of buttons and cards.
RADIUS = 6


@dataclass(frozen=True, slots=True)
class Colours:
    """Every colour of one theme (``#rrggbb``). Text/background pairs meet WCAG AA."""

    window: str
    surface: str
    alt_surface: str
    text: str
    muted: str
    placeholder: str
    border: str
    accent: str
    accent_text: str
    accent_hover: str
    highlight: str
    highlighted_text: str
    sidebar: str
    sidebar_text: str
    sidebar_heading: str
    sidebar_selected: str
    sidebar_selected_text: str
    link: str
    link_visited: str
    error: str
    warning_bg: str
    warning_text: str
    warning_border: str
    focus: str
    disabled_text: str
    tooltip_bg: str
    tooltip_text: str
    #: level profile bars: within the target, above it, words in no list
    bar: str
    bar_above: str
    bar_none: str
    #: the grey desk around printed pages in previews, and the pages' shadow
    desk: str
    desk_shadow: str
    #: the word marked on an Anki card preview
    card_mark: str
    #: printed paper in previews (white in every theme: it is what prints)
    paper: str
    #: selected rows whose text is in tone colours: a light background keeps them readable
    tone_selection: str
    tone_selection_text: str


LIGHT = Colours(
    window="#f5f6f8", surface="#ffffff", alt_surface="#f0f2f5", text="#1f2328",
    muted="#57606a", placeholder="#6e7781", border="#c9ced6", accent="#a8201a",
    accent_text="#ffffff", accent_hover="#8c1a15", highlight="#f7d9d6",
    highlighted_text="#1f2328", sidebar="#eceef2", sidebar_text="#1f2328",
    sidebar_heading="#57606a", sidebar_selected="#f7d9d6", sidebar_selected_text="#7a1712",
    link="#0b5cad", link_visited="#6639ba", error="#b3261e", warning_bg="#fff3cd",
    warning_text="#664d03", warning_border="#e0c36b", focus="#0b5cad",
    disabled_text="#8c959f", tooltip_bg="#1f2328", tooltip_text="#ffffff",
    bar="#5b8bd6", bar_above="#e0793b", bar_none="#a0a0a0", desk="#8a8f98",
    desk_shadow="#5f646b", card_mark="#fff2b3", paper="#ffffff", tone_selection="#cfe3fb",
    tone_selection_text="#1f2328",
)

DARK = Colours(
    window="#202124", surface="#17181a", alt_surface="#26282b", text="#e8eaed",
    muted="#a8aeb4", placeholder="#9aa0a6", border="#4a4d52", accent="#f28b82",
    accent_text="#202124", accent_hover="#f6aea9", highlight="#5c2b29",
    highlighted_text="#ffffff", sidebar="#1a1b1e", sidebar_text="#e8eaed",
    sidebar_heading="#a8aeb4", sidebar_selected="#5c2b29", sidebar_selected_text="#ffffff",
    link="#8ab4f8", link_visited="#c58af9", error="#f28b82", warning_bg="#3d3200",
    warning_text="#ffe28a", warning_border="#7a6500", focus="#8ab4f8",
    disabled_text="#80868b", tooltip_bg="#2d2f33", tooltip_text="#e8eaed",
    bar="#7aa7f0", bar_above="#f0a05e", bar_none="#8a8f98", desk="#3a3d42",
    desk_shadow="#111214", card_mark="#5a4b00", paper="#ffffff", tone_selection="#cfe3fb",
    tone_selection_text="#1f2328",
)

HIGH_CONTRAST = Colours(
    window="#000000", surface="#000000", alt_surface="#1a1a1a", text="#ffffff",
    muted="#e0e0e0", placeholder="#c0c0c0", border="#ffffff", accent="#ffff00",
    accent_text="#000000", accent_hover="#ffff80", highlight="#1aebff",
    highlighted_text="#000000", sidebar="#000000", sidebar_text="#ffffff",
    sidebar_heading="#ffff00", sidebar_selected="#1aebff", sidebar_selected_text="#000000",
    link="#ffff00", link_visited="#00ffff", error="#ff8080", warning_bg="#000000",
    warning_text="#ffff00", warning_border="#ffff00", focus="#ffff00",
    disabled_text="#00ff00", tooltip_bg="#000000", tooltip_text="#ffffff",
    bar="#00ffff", bar_above="#ffff00", bar_none="#c0c0c0", desk="#404040",
    desk_shadow="#ffffff", card_mark="#404000", paper="#ffffff", tone_selection="#ffffff",
    tone_selection_text="#000000",
)

PALETTES: dict[str, Colours] = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}

#: Pairs (foreground, background) a reader must be able to read: checked at ≥4.5:1.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"), ("text", "surface"), ("text", "alt_surface"), ("muted", "window"),
    ("muted", "surface"), ("placeholder", "surface"), ("accent_text", "accent"),
    ("accent_text", "accent_hover"), ("highlighted_text", "highlight"),
    ("sidebar_text", "sidebar"), ("sidebar_heading", "sidebar"),
    ("sidebar_selected_text", "sidebar_selected"), ("link", "surface"),
    ("link_visited", "surface"), ("error", "surface"), ("error", "window"),
    ("warning_text", "warning_bg"), ("tooltip_text", "tooltip_bg"), ("accent", "surface"),
    ("text", "card_mark"), ("tone_selection_text", "tone_selection"),
)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


class _State:
    """The theme applied last (pages ask for its colours)."""

    name: str = "light"


def os_prefers_dark() -> bool:
    """True when the operating system asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def effective_theme(choice: str) -> str:
    """``light``, ``dark`` or ``high-contrast`` for a Preferences choice."""
    if choice == "system":
        return "dark" if os_prefers_dark() else "light"
    return choice if choice in PALETTES else "light"


def current_name() -> str:
    """The theme in use: ``light``, ``dark`` or ``high-contrast``."""
    return _State.name


def current() -> Colours:
    """The colours of the theme in use."""
    return PALETTES[_State.name]


def colour(name: str) -> str:
    """One colour of the theme in use, as ``#rrggbb`` (for HTML and painting)."""
    return getattr(current(), name)


def qcolour(name: str, alpha: int = 255) -> QColor:
    """One colour of the theme in use as a QColor."""
    c = QColor(colour(name))
    c.setAlpha(alpha)
    return c


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""

    def luminance(hex_colour: str) -> float:
        c = QColor(hex_colour)

        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def palette_for(colours: Colours) -> QPalette:
    """The QPalette of a theme."""
    c = colours
    palette = QPalette()
    for role, value in (
        (Role.Window, c.window), (Role.WindowText, c.text), (Role.Base, c.surface),
        (Role.AlternateBase, c.alt_surface), (Role.ToolTipBase, c.tooltip_bg),
        (Role.ToolTipText, c.tooltip_text), (Role.PlaceholderText, c.placeholder),
        (Role.Text, c.text), (Role.Button, c.alt_surface), (Role.ButtonText, c.text),
        (Role.BrightText, c.error), (Role.Link, c.link), (Role.LinkVisited, c.link_visited),
        (Role.Highlight, c.highlight), (Role.HighlightedText, c.highlighted_text),
        (Role.Light, c.surface), (Role.Midlight, c.alt_surface), (Role.Mid, c.border),
        (Role.Dark, c.desk_shadow), (Role.Shadow, c.desk_shadow), (Role.Accent, c.accent),
    ):
        palette.setColor(role, QColor(value))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(c.disabled_text))
    return palette


def dark_palette() -> QPalette:
    """The dark theme's palette."""
    return palette_for(DARK)


def high_contrast_palette() -> QPalette:
    """White and yellow on black, as the usual OS high-contrast schemes."""
    return palette_for(HIGH_CONTRAST)


def light_palette() -> QPalette:
    """The light theme's palette."""
    return palette_for(LIGHT)


def font_pt(role: str, base: QFont | None = None) -> float:
    """Point size of interface text of ``role`` (``small``, ``body``, ``heading``, ``title``)."""
    base = base if base is not None else QApplication.font()
    size = base.pointSizeF() if base.pointSizeF() > 0 else base.pixelSize() * 0.75
    return round(size * FONT_SCALE[role], 1)


def style_sheet(colours: Colours, base: QFont | None = None) -> str:
    """The one application style sheet: buttons, navigation, titles, cards, banner."""
    c = colours
    s = SPACING
    focus_width = 3 if c is HIGH_CONTRAST else 2
    return f"""
QPushButton {{
    background: {c.surface}; color: {c.text}; border: 1px solid {c.border};
    border-radius: {RADIUS}px; padding: {s['xs'] + 1}px {s['m']}px; min-height: 1.4em;
}}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:pressed {{ background: {c.alt_surface}; }}
QPushButton:disabled {{ color: {c.disabled_text}; border-color: {c.border}; }}
QPushButton:focus {{ border: {focus_width}px solid {c.focus}; }}
QPushButton[role="primary"] {{
    background: {c.accent}; color: {c.accent_text}; border: 1px solid {c.accent};
    font-weight: bold;
}}
QPushButton[role="primary"]:hover {{ background: {c.accent_hover}; }}
QPushButton[role="primary"]:disabled {{
    background: {c.alt_surface}; color: {c.disabled_text}; border-color: {c.border};
}}
QPushButton[role="primary"]:focus {{ border: {focus_width}px solid {c.focus}; }}
QPushButton[role="link"] {{
    background: transparent; border: none; color: {c.link}; text-align: left;
    padding: {s['xs']}px {s['xs']}px; text-decoration: underline;
}}
QPushButton[role="link"]:focus {{ border: {focus_width}px solid {c.focus}; }}
QPushButton[role="action"] {{
    text-align: left; padding: {s['s']}px {s['m']}px;
}}
QListWidget#sidebar {{
    background: {c.sidebar}; color: {c.sidebar_text}; border: none;
    border-right: 1px solid {c.border}; padding: {s['s']}px {s['xs']}px; outline: none;
}}
QListWidget#sidebar::item {{
    padding: {s['s'] - 2}px {s['s']}px; border-radius: {RADIUS}px; color: {c.sidebar_text};
}}
QListWidget#sidebar::item:selected {{
    background: {c.sidebar_selected}; color: {c.sidebar_selected_text};
}}
QListWidget#sidebar::item:disabled {{
    color: {c.sidebar_heading}; padding-top: {s['m']}px; padding-bottom: {s['xs']}px;
}}
QListWidget#sidebar:focus {{ border-right: {focus_width}px solid {c.focus}; }}
QToolButton#nav_collapse {{ border: none; padding: {s['xs']}px; }}
QWidget#nav_column {{ background: {c.sidebar}; }}
QLabel[role="title"] {{ font-size: {font_pt('title', base)}pt; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {font_pt('heading', base)}pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="error"] {{ color: {c.error}; }}
QLabel[role="warning"] {{
    background: {c.warning_bg}; color: {c.warning_text};
    border: 1px solid {c.warning_border}; border-radius: {RADIUS - 2}px;
    padding: {s['xs']}px {s['s']}px;
}}
QFrame[role="card"] {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: {RADIUS + 2}px;
}}
QFrame[role="card"] QLabel {{ background: transparent; }}
QLabel#library_banner {{
    background: {c.warning_bg}; color: {c.warning_text};
    border-bottom: 1px solid {c.warning_border}; padding: {s['s'] - 2}px {s['m'] - 2}px;
}}
QLineEdit {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: {RADIUS - 2}px;
    padding: 2px {s['xs']}px;
}}
QLineEdit:focus {{ border: {focus_width}px solid {c.focus}; }}
QLineEdit:disabled {{ color: {c.disabled_text}; }}
QLineEdit[invalid="true"] {{ border: {focus_width}px solid {c.error}; }}
""" + (_high_contrast_focus(c) if c is HIGH_CONTRAST else "")


def _high_contrast_focus(c: Colours) -> str:
    """A thick, bright frame around the focused control (high contrast only; the other
    themes keep Fusion's focus frame, drawn in the highlight colour)."""
    return f"""
QAbstractButton:focus, QComboBox:focus, QLineEdit:focus, QAbstractSpinBox:focus,
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus, QTabBar:focus {{
    border: 3px solid {c.focus};
}}
"""


def apply_theme(app: QApplication, choice: str) -> str:
    """Apply a theme choice to the whole application; returns the theme applied."""
    theme = effective_theme(choice)
    if not app.property("chinese_teach_fusion"):  # a style sheet hides the style's name
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setProperty("chinese_teach_fusion", True)
    _State.name = theme
    app.setPalette(palette_for(PALETTES[theme]))
    app.setStyleSheet(style_sheet(PALETTES[theme], app.font()))
    app.setProperty("chinese_teach_theme", theme)
    return theme


def set_role(widget: QWidget, role: str) -> QWidget:
    """Give a widget a role of the style sheet (``primary``, ``title``, ``card``...)."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    return widget


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field whose content cannot be used (a red frame from the theme)."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def chinese_font(prefs, role: str) -> QFont:
    """The teaching font for Chinese text in a widget of ``role`` (``list``, ``table``,
    ``field``, ``editor``, ``headword``): the teacher's family, at least
    :data:`CHINESE_MIN_PX`; editors also follow the teacher's font size."""
    from chinese_teach.render.fonts import chinese_font as family_font

    font = family_font(getattr(prefs, "chinese_font", "") or None)
    px = CHINESE_PX[role]
    if role == "editor":  # the reader text size the teacher chose, a little smaller
        px = max(px, round((getattr(prefs, "font_size", 20) - 4) * 4 / 3))
    font.setPixelSize(max(CHINESE_MIN_PX, px))
    return font


def use_chinese_fonts(prefs, widgets: dict[str, list[QWidget]]) -> None:
    """Give each widget the teaching font of its role (``{"list": [...], ...}``): for the
    lists, tables and editors where teachers read and type Chinese."""
    for role, group in widgets.items():
        font = chinese_font(prefs, role)
        for widget in group:
            widget.setProperty("chinese_role", role)
            widget.setFont(font)


def reapply_chinese_fonts(root: QWidget, prefs) -> None:
    """Set the teaching font again on the widgets under ``root`` given one by
    :func:`use_chinese_fonts`: with a style sheet in force, Qt drops an item view's own
    font when the view moves into another window (a page into the main window)."""
    for widget in (root, *root.findChildren(QWidget)):
        role = widget.property("chinese_role")
        if role in CHINESE_PX:
            widget.setFont(chinese_font(prefs, role))


def html_font_pt(prefs, role: str) -> float:
    """Point size for Chinese (or pinyin) text in a page's HTML views (``headword``,
    ``entry``, ``pinyin``, ``note``), from the teacher's font size."""
    size = getattr(prefs, "font_size", 20)
    return {"headword": size + 14, "entry": max(size - 2, 12), "word": 20,
            "pinyin": 14, "note": font_pt("small")}.get(role, float(size))


def css(colour_name: str | None = None, *, colour_value: str | None = None,
        size_pt: float | None = None, family: str | None = None, bold: bool = False) -> str:
    """CSS declarations for a page's rich text: a theme colour (or ``colour_value``, a
    colour the teacher chose, such as a tone colour), a size, a font family."""
    parts = []
    value = colour_value or (colour(colour_name) if colour_name else None)
    if value:
        parts.append(f"color:{value}")
    if size_pt is not None:
        parts.append(f"font-size:{size_pt:g}pt")
    if family:
        parts.append("font-family:'{}'".format(family.replace("'", "")))
    if bold:
        parts.append("font-weight:bold")
    return "; ".join(parts)


def tint_text(widget: QWidget, colour_value: str | None) -> None:
    """Show a button's text in a colour the teacher chose (a tone colour), bold."""
    widget.setStyleSheet(f"color: {colour_value}; font-weight: bold;" if colour_value else "")


# -- the classroom windows ------------------------------------------------------------------
#: the chalkboard colours of a classroom window's own controls (render.classroom paints the
#: chalkboard itself in the same green)
CHALKBOARD_BUTTONS = {"background": "#2a4d3d", "checked": "#3f6b56", "text": "#f4f4ee",
                      "border": "#5c7a6b", "disabled": "#7f9a8c"}


def classroom_font(base: QFont, px: float) -> QFont:
    """``base`` at ``px`` pixels: a classroom window (the projector, the presenter view)
    sizes its text from the screen's height, not from the theme's point sizes."""
    font = QFont(base)
    font.setPixelSize(max(1, round(px)))
    return font


def chalkboard_buttons(widget: QWidget, dark: bool) -> None:
    """Give the buttons under ``widget`` dark chalkboard colours (no bright strip under
    the word the class reads), or back the theme's."""
    if not dark:
        widget.setStyleSheet("")
        return
    c = CHALKBOARD_BUTTONS
    widget.setStyleSheet(f"QPushButton {{ background: {c['background']}; color: {c['text']}; "
                         f"border: 1px solid {c['border']}; }}"
                         f" QPushButton:checked {{ background: {c['checked']}; }}"
                         f" QPushButton:disabled {{ color: {c['disabled']}; }}")


def classroom_family(prefs) -> str:
    """The family of the teaching font the classroom windows draw Chinese in."""
    return chinese_font(prefs, "headword").family()


def hidden_css() -> str:
    """Inline style that hides an element in QTextBrowser (which ignores ``display``)."""
    return "display:none; font-size:1px"


def card_preview_css(family: str) -> str:
    """Style of an Anki card preview on screen (the exported card has its own CSS)."""
    fam = family.replace("'", "")
    return (
        f".ct-hanzi, .ct-ex-hanzi, .ct-kai {{ font-family: '{fam}'; }}\n"
        ".ct-hanzi { font-size: 36pt; } .ct-pinyin { font-size: 18pt; }\n"
        f".ct-note, .ct-strokes-hint, .ct-ask {{ color: {colour('muted')}; "
        f"font-size: {font_pt('small'):g}pt; }}\n"
        f".ct-word {{ font-weight: bold; background-color: {colour('card_mark')}; }}\n"
    )


def tone_selection_palette(palette: QPalette) -> QPalette:
    """``palette`` with a light selection that keeps tone-coloured text readable."""
    palette.setColor(Role.Highlight, qcolour("tone_selection"))
    palette.setColor(Role.HighlightedText, qcolour("tone_selection_text"))
    return palette


def ensure_pair_contrast(colours: Colours) -> list[tuple[str, str, float]]:
    """The pairs of :data:`TEXT_PAIRS` below 4.5:1 in ``colours`` (empty when all pass)."""
    names = {f.name for f in fields(Colours)}
    out = []
    for fg, bg in TEXT_PAIRS:
        assert fg in names and bg in names, (fg, bg)
        ratio = contrast(getattr(colours, fg), getattr(colours, bg))
        if ratio < 4.5:
            out.append((fg, bg, ratio))
    return out


class ThemeFollower(QObject):
    """Keeps the ``system`` theme in step with the OS colour scheme while the app runs,
    and rebuilds the style sheet when the system font changes (titles scale with it)."""

    #: the follower in charge (one per application: a new window's replaces the last)
    current: ThemeFollower | None = None

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        previous = ThemeFollower.current
        if previous is not None and isValid(previous):
            previous.retire()
        ThemeFollower.current = self
        self.app = app
        self.choice = choice
        self._base_pt = font_pt("body", app.font())
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._os_changed)
        app.installEventFilter(self)
        self.applied = apply_theme(app, choice)

    def retire(self) -> None:
        """Stop following (another window's follower takes over)."""
        self.app.removeEventFilter(self)
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._os_changed)
        self.deleteLater()

    def set_choice(self, choice: str) -> str:
        """Apply a new Preferences choice."""
        self.choice = choice
        self.applied = apply_theme(self.app, choice)
        return self.applied

    def _os_changed(self, _scheme=None) -> None:
        if self.choice == "system":
            self.applied = apply_theme(self.app, self.choice)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.app and event.type() == QEvent.Type.ApplicationFontChange:
            base = font_pt("body", self.app.font())
            if base != self._base_pt:  # titles follow a new system font size, once
                self._base_pt = base
                self.app.setStyleSheet(style_sheet(current(), self.app.font()))
        return False
