"""HSK standards: three documents, always named.

* ``hsk2``    HSK 2.0 (2009/2012 word lists, levels 1-6)
* ``hsk2021`` GF0025-2021, the national grading standard ("HSK 3.0", levels 1-6 and the 7-9 band)
* ``hsk2025`` the 2025 examination syllabus (levels 1-6 and the 7-9 band)

Levels 7, 8 and 9 form one undifferentiated band in the 2021 and 2025 documents:
it is stored as 7 and always shown as "7-9".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

BAND = 7


class Standard(StrEnum):
    """An HSK word-list standard."""

    HSK2 = "hsk2"
    HSK2021 = "hsk2021"
    HSK2025 = "hsk2025"

    @property
    def label(self) -> str:
        """Human name of the standard in English, e.g. ``HSK 3.0 (2021 standard)`` (also
        how stored known-word descriptions name it)."""
        return _LABELS[self]

    def display_name(self, lang: str | None = None) -> str:
        """The standard's name in ``lang`` (None: the message language, which is the
        interface language in the GUI), e.g. ``HSK 3.0（2021 版标准）``."""
        from chinese_teach.core.labels import label

        return label(f"standard.{self.value}", lang)

    @property
    def short(self) -> str:
        """Short name used in tags and compact level badges."""
        return _SHORT[self]

    @property
    def levels(self) -> tuple[int, ...]:
        """The levels of this standard, in order (7 is the 7-9 band)."""
        return (1, 2, 3, 4, 5, 6) if self is Standard.HSK2 else (1, 2, 3, 4, 5, 6, BAND)

    @property
    def has_chars(self) -> bool:
        """HSK 2.0 graded no characters separately."""
        return self is not Standard.HSK2

    @classmethod
    def parse(cls, value: str | Standard) -> Standard:
        """Accept ``hsk2021``, ``2021``, ``3.0``, ``HSK 2.0`` and similar spellings."""
        if isinstance(value, Standard):
            return value
        key = value.strip().lower().replace(" ", "").replace("hsk", "")
        aliases = {
            "2": cls.HSK2, "2.0": cls.HSK2, "20": cls.HSK2,
            "2021": cls.HSK2021, "3": cls.HSK2021, "3.0": cls.HSK2021, "30": cls.HSK2021,
            "2025": cls.HSK2025, "syllabus": cls.HSK2025,
        }
        if key in aliases:
            return aliases[key]
        raise ValueError(
            f"Unknown HSK standard {value!r}: use hsk2 (HSK 2.0), hsk2021 (2021 standard) "
            "or hsk2025 (2025 syllabus)."
        )


_LABELS = {
    Standard.HSK2: "HSK 2.0",
    Standard.HSK2021: "HSK 3.0 (2021 standard)",
    Standard.HSK2025: "HSK 2025 syllabus",
}
_SHORT = {Standard.HSK2: "HSK2.0", Standard.HSK2021: "HSK2021", Standard.HSK2025: "HSK2025"}

DEFAULT_STANDARD = Standard.HSK2021


def level_name(level: int | None) -> str:
    """``3`` -> ``"3"``, ``7`` -> ``"7-9"``, ``None`` -> ``"-"``."""
    if level is None:
        return "-"
    return "7-9" if level == BAND else str(level)


@dataclass(frozen=True, slots=True)
class Level:
    """A level in a named standard, e.g. HSK 3.0 (2021 standard) level 3."""

    standard: Standard
    level: int

    def __str__(self) -> str:
        return f"{self.standard.short} {level_name(self.level)}"

    @property
    def tag(self) -> str:
        """An Anki-style tag: ``HSK2021::3``, ``HSK2021::7-9``."""
        return f"{self.standard.short}::{level_name(self.level)}"

    @classmethod
    def parse(cls, value: str) -> Level:
        """Parse ``hsk2021:3`` (the CLI's ``--known`` form)."""
        std, _, lvl = value.partition(":")
        if not lvl:
            raise ValueError(f"Expected STANDARD:LEVEL such as hsk2021:3, got {value!r}.")
        level = BAND if lvl in ("7-9", "7", "8", "9") else int(lvl)
        return cls(Standard.parse(std), level)
