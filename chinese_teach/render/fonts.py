"""Register the bundled Chinese font with Qt and choose the teaching font.

Qt's fallback under ``LANG=C.UTF-8`` picks Noto Sans CJK JP (Japanese glyph
shapes), so the app always names a Chinese family explicitly.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from chinese_teach import paths

BUNDLED_FONT_FILES = ("LXGWWenKai-Regular.ttf",)
#: Preferred families, best first: Kai-style teaching fonts, then Noto CJK SC, then system.
PREFERRED_FAMILIES = (
    "LXGW WenKai",
    "霞鹜文楷",
    "Noto Serif CJK SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "SimSun",
)


@lru_cache(maxsize=1)
def register_bundled_fonts() -> tuple[str, ...]:
    """Add the fonts under ``resources/fonts`` to Qt's database; returns their families.

    Needs a QGuiApplication. Safe to call more than once.
    """
    families: list[str] = []
    for name in BUNDLED_FONT_FILES:
        path = paths.resource("fonts", name)
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(families)


def available_chinese_families() -> list[str]:
    """Installed families that can show simplified Chinese, preferred ones first."""
    register_bundled_fonts()
    installed = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    preferred = [f for f in PREFERRED_FAMILIES if f in installed]
    return preferred + sorted(f for f in installed if f not in preferred)


def default_chinese_family() -> str:
    """The teaching font to use when the teacher has not chosen one."""
    families = available_chinese_families()
    return families[0] if families else QFont().defaultFamily()


def chinese_font(family: str | None = None, point_size: float = 14.0) -> QFont:
    """A QFont for Chinese text, with the Chinese family first and no Japanese fallback."""
    fam = family or default_chinese_family()
    font = QFont(fam)
    font.setFamilies([fam, *[f for f in PREFERRED_FAMILIES if f != fam]])
    font.setPointSizeF(point_size)
    return font
