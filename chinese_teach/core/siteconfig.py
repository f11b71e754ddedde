"""Site configuration: defaults and locks that a school's IT department presets.

A site configuration is a TOML file named ``site.toml``. It is read, in this order
(later files override earlier ones, locks add up):

1. the system configuration directory:
   Linux ``/etc/chinese-teach/site.toml``,
   Windows ``%PROGRAMDATA%\\ChineseTeach\\site.toml``,
   macOS ``/Library/Application Support/ChineseTeach/site.toml``;
2. next to the installed program (``site.toml`` beside ``chinese-teach`` /
   ``chinese-teach.exe``; only for an installed bundle, not a source checkout);
3. the file named by the environment variable ``CHINESE_TEACH_SITE_CONFIG``.

Example::

    [defaults]
    standard = "hsk2021"        # hsk2 | hsk2021 | hsk2025
    pinyin_style = "marks"      # marks | numbers | zhuyin
    tone_changes = true         # show 一/不 with their changed tones
    tone_colours = true
    chinese_font = "LXGW WenKai"
    font_size = 20              # 10 to 48
    target_level = 3            # 1 to 7 (7 means levels 7-9)
    language = "zh_CN"          # interface language code
    document_language = "es"    # printed documents: en | zh_CN | es | fr | ru
    theme = "system"            # system | light | dark | high-contrast

    [locked]
    settings = ["standard", "pinyin_style"]

    [library]
    shared = '\\\\school-server\\chinese\\courses'

The keys of ``[defaults]`` are the names of the teacher's preferences. A default is
used where the teacher has chosen nothing; a *locked* setting always takes the site's
value (or the built-in default when the site gives none) and the teacher cannot change
it. ``[library] shared`` names a folder of course files (course exports) that every
teacher can open and import from; the app never writes there. The teacher's own data
always stays in the user's data directory.

A mistake in the file never stops the app: the bad value is skipped and described in
``SiteConfig.problems`` (shown by ``chinese-teach --self-test``).
"""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.errors import BadInputError
from chinese_teach.core.text.syllables import ToneStyle
from chinese_teach.core.textio import read_regular_file

FILE_NAME = "site.toml"
#: Largest site configuration read (a real one is a few hundred bytes).
MAX_FILE_BYTES = 256 * 1024
ENV_VAR = "CHINESE_TEACH_SITE_CONFIG"
#: File name endings of course files offered from the shared library.
COURSE_SUFFIXES = (".ctcourse", ".zip")
#: Pinyin styles a site may choose for display (``none`` is for exports only).
DISPLAY_STYLES = (ToneStyle.MARKS, ToneStyle.NUMBERS, ToneStyle.ZHUYIN)
#: Interface themes (the GUI's ``settings.THEMES``).
THEMES = ("system", "light", "dark", "high-contrast")


def _standard(value: Any) -> Standard:
    return Standard.parse(str(value))


def _pinyin_style(value: Any) -> ToneStyle:
    style = ToneStyle(str(value).strip().lower())
    if style not in DISPLAY_STYLES:
        raise ValueError(f"{value!r} is not one of marks, numbers, zhuyin")
    return style


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError(f"{value!r} is not true or false")


def _int_in(low: int, high: int) -> Callable[[Any], int]:
    def convert(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{value!r} is not a whole number")
        if not low <= value <= high:
            raise ValueError(f"{value} is not between {low} and {high}")
        return value

    return convert


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{value!r} is not a non-empty text")
    return value.strip()


def _document_language(value: Any) -> str:
    from chinese_teach.core.labels import LANGUAGES, normalise

    if isinstance(value, str) and not value.strip():
        return ""  # documents follow the interface language
    code = normalise(str(value))
    if code is None:
        raise ValueError(f"{value!r} is not one of {', '.join(LANGUAGES)}")
    return code


def _theme(value: Any) -> str:
    if value not in THEMES:
        raise ValueError(f"{value!r} is not one of {', '.join(THEMES)}")
    return str(value)


def _colours(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) != 5:
        raise ValueError("give a list of five #rrggbb colours (tones 1-4 and neutral)")
    out = []
    for colour in value:
        text = str(colour).strip()
        if len(text) != 7 or not text.startswith("#"):
            raise ValueError(f"{colour!r} is not a #rrggbb colour")
        int(text[1:], 16)
        out.append(text.lower())
    return tuple(out)


#: Setting name -> converter that validates a value from the file. The names match the
#: fields of the GUI's ``Preferences`` record.
SETTINGS: dict[str, Callable[[Any], Any]] = {
    "standard": _standard,
    "pinyin_style": _pinyin_style,
    "tone_changes": _bool,
    "tone_colours": _bool,
    "colour_scheme": _colours,
    "chinese_font": _text,
    "font_size": _int_in(10, 48),
    "target_level": _int_in(1, 7),
    "language": _text,
    "document_language": _document_language,
    "theme": _theme,
}


@dataclass(slots=True)
class SiteConfig:
    """The merged site configuration: what IT preset, what it locked, the shared library."""

    #: setting name -> validated value (``Standard``, ``ToneStyle``, bool, int, str, tuple)
    defaults: dict[str, Any] = field(default_factory=dict)
    #: setting names the teacher cannot change
    locked: set[str] = field(default_factory=set)
    #: a read-only folder of course files on a network drive, or ``None``
    shared_library: Path | None = None
    #: the files that were read, in order
    sources: list[Path] = field(default_factory=list)
    #: readable descriptions of anything that was skipped
    problems: list[str] = field(default_factory=list)

    def is_locked(self, name: str) -> bool:
        """Whether the teacher may not change setting ``name``."""
        return name in self.locked

    def apply(self, values: dict[str, Any], builtin: dict[str, Any]) -> dict[str, Any]:
        """Merge the teacher's stored ``values`` over the site defaults over ``builtin``.

        Locked settings take the site's value, or the built-in default when the site
        gives none, whatever the teacher stored. Only names in ``builtin`` are returned.
        """
        out: dict[str, Any] = {}
        for name, default in builtin.items():
            site_value = self.defaults.get(name, default)
            if name in self.locked:
                out[name] = site_value
            else:
                out[name] = values.get(name, site_value)
        return out

    def summary(self) -> str:
        """One line for logs and the self-test."""
        if not self.sources:
            return "no site configuration"
        text = ", ".join(str(p) for p in self.sources)
        text += f" ({len(self.defaults)} defaults, {len(self.locked)} locked"
        if self.shared_library is not None:
            state = (f"{len(self.shared_courses())} course files"
                     if self.shared_library.is_dir() else "not reachable")
            text += f", shared library {self.shared_library} ({state})"
        if self.problems:
            text += f", {len(self.problems)} problems"
        return text + ")"

    def shared_courses(self) -> list[Path]:
        """Course files in the shared library, sorted by name (empty when it is unreachable)."""
        folder = self.shared_library
        if folder is None:
            return []
        try:
            found = [p for p in folder.iterdir()
                     if p.is_file() and p.suffix.lower() in COURSE_SUFFIXES]
        except OSError:
            return []
        return sorted(found, key=lambda p: p.name.lower())


def system_config_dir(platform: str | None = None) -> Path:
    """The system-wide configuration folder of this operating system."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "ChineseTeach"
    if platform == "darwin":
        return Path("/Library/Application Support/ChineseTeach")
    return Path("/etc/chinese-teach")


def site_config_locations() -> list[Path]:
    """Every place a site configuration is looked for, lowest precedence first."""
    places = [system_config_dir() / FILE_NAME]
    if getattr(sys, "frozen", False):
        places.append(Path(sys.executable).resolve().parent / FILE_NAME)
    explicit = os.environ.get(ENV_VAR)
    if explicit:
        places.append(Path(explicit).expanduser())
    return places


def _read_one(path: Path, config: SiteConfig) -> None:
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)  # a pipe would stop the app for ever
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError(f"larger than {MAX_FILE_BYTES // 1024} KB")
        # Windows Notepad saves UTF-8 with a byte-order mark, which TOML does not allow
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except FileNotFoundError:
        return
    except BadInputError as exc:
        config.problems.append(f"{path}: {exc}; the file is ignored")
        return
    except RecursionError:
        config.problems.append(f"{path}: cannot be read (nested too deeply); the file is ignored")
        return
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        config.problems.append(f"{path}: cannot be read ({exc}); the file is ignored")
        return
    config.sources.append(path)

    for section in data:
        if section not in ("defaults", "locked", "library"):
            config.problems.append(f"{path}: unknown section [{section}] ignored")

    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict):
        config.problems.append(f"{path}: [defaults] must be a table")
        defaults = {}
    for name, raw in defaults.items():
        convert = SETTINGS.get(name)
        if convert is None:
            config.problems.append(f"{path}: unknown setting {name!r} ignored "
                                   f"(known: {', '.join(SETTINGS)})")
            continue
        try:
            config.defaults[name] = convert(raw)
        except (ValueError, TypeError, RecursionError) as exc:
            config.problems.append(f"{path}: {name}: {exc}; ignored")

    locked = data.get("locked", {})
    names = locked.get("settings", []) if isinstance(locked, dict) else None
    if not isinstance(names, list):
        config.problems.append(f"{path}: [locked] settings must be a list of names")
        names = []
    for name in names:
        if isinstance(name, str) and name in SETTINGS:
            config.locked.add(name)
        else:
            config.problems.append(f"{path}: cannot lock unknown setting {name!r}")

    library = data.get("library", {})
    shared = library.get("shared") if isinstance(library, dict) else None
    if shared is not None:
        if isinstance(shared, str) and shared.strip():
            try:
                folder = Path(os.path.expandvars(shared.strip())).expanduser()
            except (RuntimeError, KeyError, ValueError) as exc:  # ~nosuchuser, NUL
                config.problems.append(f"{path}: [library] shared {shared!r} cannot be "
                                       f"used ({exc}); ignored")
                return
            if not folder.is_absolute():
                folder = path.parent / folder
            config.shared_library = folder
        else:
            config.problems.append(f"{path}: [library] shared must be a folder path")


def load_site_config(locations: Iterable[Path] | None = None) -> SiteConfig:
    """Read and merge the site configuration files (default: :func:`site_config_locations`).

    Missing files are skipped; a broken file or value is reported in ``problems``.
    """
    config = SiteConfig()
    seen: set[Path] = set()
    for path in locations if locations is not None else site_config_locations():
        key = Path(path).absolute()
        if key in seen:
            continue
        seen.add(key)
        try:
            _read_one(Path(path), config)
        except Exception as exc:
            config.problems.append(f"{path}: cannot be used ({type(exc).__name__}: {exc}); "
                                   "the rest of the file is ignored")
    return config
