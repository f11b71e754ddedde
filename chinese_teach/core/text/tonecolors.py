"""Tone colour schemes shared by the preview, PDF, HTML, DOCX and Anki cards.

Colours are ``#rrggbb`` strings indexed by tone 1-5 (5 = neutral). CSS and
DOCX exporters use the class names ``tone1`` .. ``tone5``.
"""

from __future__ import annotations

from dataclasses import dataclass

from chinese_teach.core.text.syllables import tone_of


@dataclass(frozen=True, slots=True)
class ToneScheme:
    """A named set of five colours (tones 1, 2, 3, 4 and neutral)."""

    key: str
    name: str
    colors: tuple[str, str, str, str, str]

    def color(self, tone: int) -> str:
        """Colour for tone 1-5."""
        return self.colors[min(max(tone, 1), 5) - 1]

    def color_of(self, syllable: str) -> str:
        """Colour for a canonical syllable such as ``hao3``."""
        return self.color(tone_of(syllable))

    def css(self, prefix: str = ".tone") -> str:
        """CSS rules ``.tone1 { color: ... }`` for this scheme."""
        return "\n".join(f"{prefix}{i} {{ color: {c}; }}" for i, c in enumerate(self.colors, 1))


#: The scheme popularised by Pleco and used by many dictionaries: red, green, blue, purple, grey.
DEFAULT = ToneScheme("default", "Standard (red, green, blue, purple, grey)",
                     ("#e30000", "#02a01a", "#1a40e8", "#8a00c0", "#707070"))
#: MDBG / Dummitt style: red, orange, green, blue, black.
MDBG = ToneScheme("mdbg", "MDBG (red, orange, green, blue, black)",
                  ("#e30000", "#d88a00", "#00a000", "#0040e0", "#202020"))
#: Okabe-Ito colours, distinguishable with the common forms of colour blindness.
COLORBLIND = ToneScheme("colorblind", "Colour-blind safe (Okabe-Ito)",
                        ("#d55e00", "#009e73", "#0072b2", "#cc79a7", "#555555"))
#: Dark, saturated colours for high-contrast displays and photocopies.
HIGH_CONTRAST = ToneScheme("high-contrast", "High contrast",
                           ("#b00000", "#006000", "#0000a0", "#600080", "#000000"))
#: Everything black: for black-and-white printing.
BLACK = ToneScheme("black", "Black (no tone colours)", ("#000000",) * 5)

SCHEMES: dict[str, ToneScheme] = {
    s.key: s for s in (DEFAULT, MDBG, COLORBLIND, HIGH_CONTRAST, BLACK)
}


def scheme(key: str | None) -> ToneScheme:
    """The scheme called ``key`` (the default scheme when unknown)."""
    return SCHEMES.get(key or "", DEFAULT)


def custom(colors: list[str] | tuple[str, ...], name: str = "Custom") -> ToneScheme:
    """A teacher-edited scheme (five ``#rrggbb`` colours)."""
    cols = tuple(colors)
    if len(cols) != 5 or not all(isinstance(c, str) and c.startswith("#") for c in cols):
        raise ValueError("A tone colour scheme needs five colours written as #rrggbb.")
    return ToneScheme("custom", name, cols)  # type: ignore[arg-type]
