"""The teacher's preferences: one typed record, one place that knows the keys.

Preferences are stored with QSettings in an INI file inside the data directory
(``data_dir()/settings.ini``), so that ``CHINESE_TEACH_HOME`` isolates tests and
portable installs completely. Window geometry and splitter positions live in the
same file under ``window/``.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field, fields, replace
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from chinese_teach import paths
from chinese_teach.core import labels
from chinese_teach.core.corpus.levels import DEFAULT_STANDARD, Standard
from chinese_teach.core.siteconfig import SiteConfig, load_site_config
from chinese_teach.core.text import tonecolors
from chinese_teach.core.text.syllables import ToneStyle

log = logging.getLogger("chinese_teach.gui.settings")

#: Pinyin styles a teacher can choose for display (``none`` is for exports only).
PINYIN_STYLES: tuple[ToneStyle, ...] = (ToneStyle.MARKS, ToneStyle.NUMBERS, ToneStyle.ZHUYIN)
FONT_SIZE_RANGE = (10, 48)


@dataclass(frozen=True, slots=True)
class Preferences:
    """Everything the teacher can choose in the Preferences dialog."""

    standard: Standard = DEFAULT_STANDARD
    pinyin_style: ToneStyle = ToneStyle.MARKS
    #: show 一/不 with their changed tones (yí gè, bú shì) rather than dictionary tones
    tone_changes: bool = True
    tone_colours: bool = True
    #: five ``#rrggbb`` colours for tones 1, 2, 3, 4 and neutral
    colour_scheme: tuple[str, str, str, str, str] = field(
        default_factory=lambda: tonecolors.DEFAULT.colors
    )
    #: Chinese font family; empty means the best installed teaching font
    chinese_font: str = ""
    #: point size of Chinese text in readers and the annotate page
    font_size: int = 20
    #: target level on the annotate page (words above it are listed)
    target_level: int = 3
    #: interface language code (``zh_CN``, ``fr``...); empty means the system's
    language: str = ""
    #: language of printed and exported documents (a code of ``core.labels``); empty
    #: means the interface language
    document_language: str = ""
    #: ``system`` (follows the OS light/dark setting), ``light``, ``dark`` or ``high-contrast``
    theme: str = "system"

    def __post_init__(self) -> None:
        # Qt hands enum values back as plain strings (combo box data): normalise them.
        object.__setattr__(self, "standard", Standard.parse(self.standard))
        object.__setattr__(self, "pinyin_style", ToneStyle(self.pinyin_style))
        object.__setattr__(self, "colour_scheme", tuple(self.colour_scheme))

    def tone_scheme(self) -> tonecolors.ToneScheme:
        """The colours to paint pinyin with (all black when tone colours are off)."""
        if not self.tone_colours:
            return tonecolors.BLACK
        for known in tonecolors.SCHEMES.values():
            if known.colors == self.colour_scheme:
                return known
        return tonecolors.custom(self.colour_scheme)

    def with_changes(self, **changes: Any) -> Preferences:
        """A copy with some fields replaced."""
        return replace(self, **changes)


#: field name -> QSettings key. The only place that knows the keys.
KEYS: dict[str, str] = {
    "standard": "display/hsk_standard",
    "pinyin_style": "display/pinyin_style",
    "tone_changes": "display/tone_change_yi_bu",
    "tone_colours": "display/tone_colours",
    "colour_scheme": "display/tone_colour_scheme",
    "chinese_font": "display/chinese_font",
    "font_size": "display/font_size",
    "target_level": "annotate/target_level",
    "language": "interface/language",
    "document_language": "documents/language",
    "theme": "interface/theme",
}
THEMES: tuple[str, ...] = ("system", "light", "dark", "high-contrast")
GEOMETRY_KEY = "window/geometry"
WINDOW_STATE_KEY = "window/state"
SPLITTER_PREFIX = "window/splitter/"
PAGE_KEY = "window/page"
PAGE_MODULE_KEY = "window/page_module"
NAV_KEY = "window/navigation"
RECENT_PREFIX = "recent/"


def document_language(prefs: Preferences, interface: str) -> str:
    """The language printed documents are written in: the teacher's choice, else the
    interface language ``interface`` when documents can be written in it, else English."""
    return (labels.normalise(prefs.document_language) or labels.normalise(interface)
            or labels.SOURCE)


def settings_path() -> str:
    """The INI file holding preferences and window state."""
    return str(paths.data_dir() / "settings.ini")


def open_settings() -> QSettings:
    """A QSettings object on the data directory's INI file."""
    return QSettings(settings_path(), QSettings.Format.IniFormat)


def _as_bool(value: Any, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        if value.lower() in ("true", "1", "yes", "on"):
            return True
        if value.lower() in ("false", "0", "no", "off"):
            return False
    return default


def _as_int(value: Any, default: int, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


def _as_colours(value: Any, default: tuple[str, ...]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if isinstance(value, list | tuple) and len(value) == 5:
        cols = tuple(str(c).strip() for c in value)
        if all(len(c) == 7 and c.startswith("#") for c in cols):
            try:
                for c in cols:
                    int(c[1:], 16)
            except ValueError:
                return default
            return cols
    return default


def site_defaults(site: SiteConfig | None = None) -> Preferences:
    """The built-in preferences with the school's site configuration defaults applied
    (what "Restore Defaults" should give)."""
    site = site if site is not None else load_site_config()
    names = {f.name for f in fields(Preferences)}
    return replace(Preferences(), **{k: v for k, v in site.defaults.items() if k in names})


def enforce_site(prefs: Preferences, site: SiteConfig | None = None) -> Preferences:
    """``prefs`` with every setting the site locked set to the site's value."""
    site = site if site is not None else load_site_config()
    if not site.locked:
        return prefs
    base = site_defaults(site)
    names = {f.name for f in fields(Preferences)} & site.locked
    return replace(prefs, **{name: getattr(base, name) for name in names})


def load_preferences(store: QSettings | None = None,
                     site: SiteConfig | None = None) -> Preferences:
    """Read the preferences, falling back to the site's default, then the built-in one, for
    anything missing or invalid; settings the site locked always take the site's value."""
    store = store or open_settings()
    site = site if site is not None else load_site_config()
    for problem in site.problems:
        log.warning("site configuration: %s", problem)
    base = site_defaults(site)
    values: dict[str, Any] = {}
    for f in fields(Preferences):
        raw = store.value(KEYS[f.name])
        default = getattr(base, f.name)
        if raw is None:
            continue
        if f.name == "standard":
            with contextlib.suppress(ValueError):
                values[f.name] = Standard.parse(str(raw))
        elif f.name == "pinyin_style":
            try:
                style = ToneStyle(str(raw))
            except ValueError:
                continue
            if style in PINYIN_STYLES:
                values[f.name] = style
        elif f.name in ("tone_changes", "tone_colours"):
            values[f.name] = _as_bool(raw, default)
        elif f.name == "colour_scheme":
            values[f.name] = _as_colours(raw, default)
        elif f.name == "chinese_font":
            values[f.name] = str(raw)
        elif f.name == "font_size":
            values[f.name] = _as_int(raw, default, *FONT_SIZE_RANGE)
        elif f.name == "target_level":
            values[f.name] = _as_int(raw, default, 1, 7)
        elif f.name == "language":
            values[f.name] = str(raw).strip()[:20]
        elif f.name == "document_language":
            values[f.name] = labels.normalise(str(raw)) or ""
        elif f.name == "theme" and str(raw) in THEMES:
            values[f.name] = str(raw)
    return enforce_site(replace(base, **values), site)


def save_preferences(prefs: Preferences, store: QSettings | None = None) -> None:
    """Write every preference (so the INI file documents the current choices)."""
    store = store or open_settings()
    for f in fields(Preferences):
        value = getattr(prefs, f.name)
        if isinstance(value, Standard | ToneStyle):
            value = value.value
        elif isinstance(value, tuple):
            value = ",".join(value)
        store.setValue(KEYS[f.name], value)
    store.sync()


def remember_recent(kind: str, ident: str, store: QSettings | None = None) -> None:
    """Store the last ``kind`` (``lesson``, ``reader``) the teacher opened."""
    store = store or open_settings()
    store.setValue(RECENT_PREFIX + kind, ident)


def recent(kind: str, store: QSettings | None = None) -> str:
    """The id of the last ``kind`` opened ('' if none)."""
    store = store or open_settings()
    return str(store.value(RECENT_PREFIX + kind) or "")


def save_bytes(key: str, data: QByteArray, store: QSettings | None = None) -> None:
    """Store a geometry or splitter state."""
    store = store or open_settings()
    store.setValue(key, data)


def load_bytes(key: str, store: QSettings | None = None) -> QByteArray | None:
    """A stored geometry or splitter state, or ``None``."""
    store = store or open_settings()
    value = store.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore_splitter(splitter: Any, store: QSettings | None = None) -> None:
    """Restore the sizes of a QSplitter saved under its ``objectName()``."""
    data = load_bytes(SPLITTER_PREFIX + splitter.objectName(), store)
    if data is not None:
        splitter.restoreState(data)


def save_splitter(splitter: Any, store: QSettings | None = None) -> None:
    """Save the sizes of a QSplitter under its ``objectName()``."""
    save_bytes(SPLITTER_PREFIX + splitter.objectName(), splitter.saveState(), store)
