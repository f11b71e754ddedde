"""Simplified <-> traditional conversion that keeps pinyin aligned.

Conversion is word-aware (OpenCC's phrase tables: 头发 -> 頭髮, 发现 -> 發現,
干净 -> 乾淨, 干部 -> 幹部). Readers need one printed character per annotated
character, so :func:`convert_aligned` converts a whole paragraph (for context)
and then hands each token its slice; where a phrase rule would change the
length, the token is converted on its own, and failing that character by
character, so offsets never drift.

``as-written`` (the default) prints the characters the teacher wrote: traditional input
stays traditional, simplified stays simplified (:func:`written_script` tells which).

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

    AS_WRITTEN = "as-written"
    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    TRADITIONAL_HK = "traditional-hk"

    def display_name(self, lang: str | None = None) -> str:
        """The option's name in ``lang`` (None: the message language, which is the
        interface language in the GUI)."""
        from chinese_teach.core.labels import label

        return label(f"script.{self.value}", lang)

    @property
    def label(self) -> str:
        """The option's name in English."""
        return {
            Script.AS_WRITTEN: "As written (simplified or traditional)",
            Script.SIMPLIFIED: "Simplified",
            Script.TRADITIONAL: "Traditional (Taiwan standard)",
            Script.TRADITIONAL_HK: "Traditional (Hong Kong)",
        }[self]

    @classmethod
    def parse(cls, value: str | Script) -> Script:
        """Accept ``as-written``/``original``, ``simplified``/``s``/``zh-hans``,
        ``traditional``/``t``/``zh-hant``, ``hk``."""
        if isinstance(value, Script):
            return value
        key = value.strip().lower()
        aliases = {
            "as-written": cls.AS_WRITTEN, "as written": cls.AS_WRITTEN,
            "original": cls.AS_WRITTEN, "keep": cls.AS_WRITTEN,
            "s": cls.SIMPLIFIED, "simplified": cls.SIMPLIFIED, "zh-hans": cls.SIMPLIFIED,
            "t": cls.TRADITIONAL, "traditional": cls.TRADITIONAL, "zh-hant": cls.TRADITIONAL,
            "tw": cls.TRADITIONAL, "traditional-tw": cls.TRADITIONAL,
            "hk": cls.TRADITIONAL_HK, "traditional-hk": cls.TRADITIONAL_HK,
        }
        if key not in aliases:
            raise ValueError(
                f"Unknown script {value!r}: use as-written, simplified or traditional.")
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
    """Convert ``text`` to ``script`` (phrase-aware; the length may change); ``as-written``
    leaves it as it is."""
    script = Script.parse(script)
    if script is Script.AS_WRITTEN:
        return text
    changing = changing_chars(_CONFIGS[script])
    if changing is None:
        return _convert(text, script)
    if changing.isdisjoint(text):
        return text  # no table entry could change a character of it (most simplified text)
    return _convert_line(text, script, changing)


@lru_cache(maxsize=32768)
def _convert_line(text: str, script: Script, changing: frozenset[str]) -> str:
    """:func:`convert` of a text that holds a character some entry changes, kept: a
    reader converts each paragraph to simplified, then asks again for the whole text's
    script (:func:`written_script`), and the live preview does both at every edit. A
    text that comes out unchanged (most: 有, 老 and 么 are in the tables for phrases)
    is kept as itself, no copy. (32,768 lines: a book of 20,000 paragraphs, whose
    second pass in :func:`written_script` found none of 8,192 kept in the order met.)"""
    converter = _converter(_CONFIGS[script])
    try:
        split = converter.split_chars_re.split
    except AttributeError:  # another converter than the one read by changing_chars
        return _convert(text, script)
    # The converter works on the stretches between its separators one by one (its own
    # ``convert``): only the stretches holding a character some entry changes go
    # through it, each kept for the next time it is met.
    parts = split(text)
    for i in range(0, len(parts), 2):
        if not changing.isdisjoint(parts[i]):
            parts[i] = _convert_stretch(parts[i], script)
    out = "".join(parts)
    return text if out == text else out


@lru_cache(maxsize=4)
def changing_chars(config: str) -> frozenset[str] | None:
    """Every character that some entry of the conversion's tables changes (where the
    entry and its replacement differ, or every character of an entry whose length
    changes): text with none of them comes out of the conversion as it went in. None
    when the converter's tables cannot be read (then every text is converted)."""
    try:
        converter = _converter(config)
        with _lock:
            converter.convert("")  # loads the tables
        stack = list(converter._dict_chain_data)
        chars: set[str] = set()
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
                continue
            for key, value in item[2].items():
                if len(key) != len(value):
                    chars.update(key)
                else:
                    chars.update(a for a, b in zip(key, value, strict=True) if a != b)
        return frozenset(chars)
    except (AttributeError, IndexError, TypeError):
        return None


def written_script(text: str) -> Script:
    """``TRADITIONAL`` when ``text`` has more characters that only traditional writing uses
    (們, 銀, 裡) than ones only simplified uses (们, 银, 里), else ``SIMPLIFIED``; a character
    both scripts share (我, 天) counts for neither."""
    # Line by line: the converter works between blanks and punctuation, so this is the
    # whole text's conversion, and a reader's paragraphs are converted (and cached) so.
    to_simplified = "\n".join(convert(line, Script.SIMPLIFIED) for line in text.split("\n"))
    if to_simplified == text:
        return Script.SIMPLIFIED  # no character only traditional writing uses
    to_traditional = "\n".join(convert(line, Script.TRADITIONAL) for line in text.split("\n"))
    if len(to_simplified) != len(text) or len(to_traditional) != len(text):
        to_simplified = _convert_same_length(text, Script.SIMPLIFIED)
        to_traditional = _convert_same_length(text, Script.TRADITIONAL)
    traditional_only = sum(a != b for a, b in zip(text, to_simplified, strict=True))
    simplified_only = sum(a != b for a, b in zip(text, to_traditional, strict=True))
    return Script.TRADITIONAL if traditional_only > simplified_only else Script.SIMPLIFIED


def resolve_script(script: Script | str, text: str) -> Script:
    """The script a document of ``text`` prints: ``as-written`` becomes the text's own."""
    script = Script.parse(script)
    return written_script(text) if script is Script.AS_WRITTEN else script


@lru_cache(maxsize=8192)
def _convert(text: str, script: Script) -> str:
    # Cached: the live preview converts the same paragraphs after every key press.
    with _lock:  # the pure-Python converter keeps state while converting
        return _converter(_CONFIGS[script]).convert(text)


@lru_cache(maxsize=8192)
def _convert_stretch(text: str, script: Script) -> str:
    """One stretch between the converter's separators, as its ``convert`` converts it."""
    converter = _converter(_CONFIGS[script])
    with _lock:  # the pure-Python converter keeps state while converting
        return converter._convert(text, converter._dict_chain_data)


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
    simplified text printed as simplified, and for text printed as written)."""
    script = Script.parse(script)
    if script in (Script.SIMPLIFIED, Script.AS_WRITTEN):
        return None
    return lambda word: _convert_same_length(word, script)
