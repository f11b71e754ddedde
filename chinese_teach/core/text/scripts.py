"""Simplified <-> traditional conversion that keeps pinyin aligned.

Conversion is word-aware (OpenCC's phrase tables: 头发 -> 頭髮, 发现 -> 發現,
干净 -> 乾淨, 干部 -> 幹部). Readers need one printed character per annotated
character, so :func:`convert_aligned` converts a whole paragraph (for context)
and then hands each token its slice; where a phrase rule would change the
length, the token is converted on its own, and failing that character by
character, so offsets never drift.

Variants: ``traditional`` follows the Taiwan standard forms (裡, 為, 麵), which
most traditional-character textbooks use; ``traditional-hk`` the Hong Kong forms.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from enum import StrEnum
from functools import lru_cache

from opencc import OpenCC


class Script(StrEnum):
    """Which characters a document prints."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    TRADITIONAL_HK = "traditional-hk"

    @property
    def label(self) -> str:
        return {
            Script.SIMPLIFIED: "Simplified",
            Script.TRADITIONAL: "Traditional (Taiwan standard)",
            Script.TRADITIONAL_HK: "Traditional (Hong Kong)",
        }[self]

    @classmethod
    def parse(cls, value: str | Script) -> Script:
        """Accept ``simplified``/``s``/``zh-hans``, ``traditional``/``t``/``zh-hant``, ``hk``."""
        if isinstance(value, Script):
            return value
        key = value.strip().lower()
        aliases = {
            "s": cls.SIMPLIFIED, "simplified": cls.SIMPLIFIED, "zh-hans": cls.SIMPLIFIED,
            "t": cls.TRADITIONAL, "traditional": cls.TRADITIONAL, "zh-hant": cls.TRADITIONAL,
            "tw": cls.TRADITIONAL, "traditional-tw": cls.TRADITIONAL,
            "hk": cls.TRADITIONAL_HK, "traditional-hk": cls.TRADITIONAL_HK,
        }
        if key not in aliases:
            raise ValueError(f"Unknown script {value!r}: use simplified or traditional.")
        return aliases[key]


_CONFIGS = {
    Script.SIMPLIFIED: "t2s",
    Script.TRADITIONAL: "s2tw",
    Script.TRADITIONAL_HK: "s2hk",
}
_lock = threading.Lock()


@lru_cache(maxsize=4)
def _converter(config: str) -> OpenCC:
    return OpenCC(config)


def convert(text: str, script: Script | str) -> str:
    """Convert ``text`` to ``script`` (phrase-aware; the length may change)."""
    return _convert(text, Script.parse(script))


@lru_cache(maxsize=8192)
def _convert(text: str, script: Script) -> str:
    # Cached: the live preview converts the same paragraphs after every key press.
    with _lock:  # the pure-Python converter keeps state while converting
        return _converter(_CONFIGS[script]).convert(text)


def _convert_same_length(text: str, script: Script) -> str:
    out = convert(text, script)
    if len(out) == len(text):
        return out
    return "".join(c if len(c := convert(ch, script)) == 1 else ch for ch in text)


def convert_aligned(pieces: Sequence[str], script: Script | str) -> list[str]:
    """Convert consecutive pieces of one text, each keeping its length.

    The pieces are converted together (so phrase rules see the context), then
    split back; a piece whose converted length differs is converted alone.
    """
    script = Script.parse(script)
    whole = "".join(pieces)
    converted = convert(whole, script)
    out: list[str] = []
    if len(converted) == len(whole):
        pos = 0
        for piece in pieces:
            out.append(converted[pos : pos + len(piece)])
            pos += len(piece)
        return out
    return [_convert_same_length(p, script) for p in pieces]


def converter_for(script: Script | str):
    """A one-argument function converting a word with its length kept (``None`` for
    simplified text printed as simplified)."""
    script = Script.parse(script)
    if script is Script.SIMPLIFIED:
        return None
    return lambda word: _convert_same_length(word, script)
