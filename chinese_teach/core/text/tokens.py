"""Tokens: the text engine's output, shared by every document and exporter.

Joining ``token.text`` for all tokens gives back the input exactly; offsets are
character offsets into the input string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What a token is made of."""

    HANZI = "hanzi"
    LATIN = "latin"
    NUMBER = "number"
    PUNCT = "punct"
    SPACE = "space"
    NEWLINE = "newline"
    OTHER = "other"


class Source(StrEnum):
    """Where a reading came from, strongest first."""

    CORRECTION = "correction"
    DICTIONARY = "dictionary"
    RULE = "rule"
    MODEL = "model"
    FALLBACK = "fallback"


@dataclass(frozen=True, slots=True)
class Token:
    """One word (or one run of non-Chinese text) of the input.

    ``pinyin`` has one canonical syllable per character for HANZI tokens
    (``yin2``; 5 = neutral) and is ``None`` otherwise. It is the reading to show
    (with 一/不 tone changes when the caller asked for them); ``citation`` is the
    dictionary reading without those changes. ``unsure`` marks characters whose
    reading the engine is not confident about, so the teacher checks them first.
    """

    text: str
    start: int
    end: int
    kind: Kind
    pinyin: tuple[str, ...] | None = None
    citation: tuple[str, ...] | None = None
    sources: tuple[Source, ...] | None = None
    unsure: tuple[bool, ...] | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_hanzi(self) -> bool:
        return self.kind is Kind.HANZI

    @property
    def is_word(self) -> bool:
        """A token that a glossary or level analysis counts (Chinese words)."""
        return self.kind is Kind.HANZI

    def to_json(self) -> dict:
        """The shape used by ``chinese-teach annotate --format json/jsonl``."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "pinyin": list(self.pinyin) if self.pinyin is not None else None,
        }


#: A run of the characters :func:`is_hanzi_char` accepts (the same ranges), matched in
#: one step where a whole text is split.
HANZI_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U000323af\uf900-\ufaff\u3007]+")


def is_hanzi_char(ch: str) -> bool:
    """True for CJK ideographs (URO, Ext A-G, compatibility) and 〇."""
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x323AF
        or 0xF900 <= cp <= 0xFAFF
        or cp == 0x3007
    )


#: One tuple object for each distinct small tuple of flags or sources (:func:`shared`).
_SHARED: dict[tuple, tuple] = {}
_SHARED_MAX = 4096


def shared(value: tuple) -> tuple:
    """The one kept object equal to ``value`` (a tuple of sources or flags).

    A long text has a token per word, and most tokens' ``sources``, ``unsure`` and
    third-tone flags are one of a few dozen tuples: keeping one of each saves the
    memory and, for tuples of :class:`Source` members (which the garbage collector
    never stops tracking), the collector's passes over them."""
    found = _SHARED.get(value)
    if found is None:
        if len(_SHARED) >= _SHARED_MAX:
            return value
        found = _SHARED[value] = value
    return found


_new = object.__new__
_set_text, _set_start, _set_end, _set_kind = (
    Token.text.__set__, Token.start.__set__, Token.end.__set__, Token.kind.__set__)  # type: ignore[attr-defined]
_set_pinyin, _set_citation, _set_sources, _set_unsure, _set_extra = (
    Token.pinyin.__set__, Token.citation.__set__, Token.sources.__set__,  # type: ignore[attr-defined]
    Token.unsure.__set__, Token.extra.__set__)  # type: ignore[attr-defined]


#: ``(new, set_text, set_start, set_end, set_kind, set_pinyin, set_citation, set_sources,
#: set_unsure, set_extra)``: what :func:`hanzi_token` calls, for the engine's loop that
#: makes a token per word (:meth:`~.engine.TextEngine._run_tokens`) without a call of
#: its own per word (about a quarter of a token's making).
TOKEN_MAKING = (_new, _set_text, _set_start, _set_end, _set_kind, _set_pinyin, _set_citation,
                _set_sources, _set_unsure, _set_extra)


def hanzi_token(  # noqa: PLR0917 (positional: called once per word of a text)
    text: str, start: int, end: int, pinyin: tuple[str, ...], citation: tuple[str, ...],
    sources: tuple[Source, ...], unsure: tuple[bool, ...], extra: dict,
) -> Token:
    """``Token(text, start, end, Kind.HANZI, pinyin, citation, sources, unsure, extra)``
    in half the time: the engine makes one per word, and a frozen dataclass's
    ``__init__`` goes through ``object.__setattr__`` for every field."""
    tok = _new(Token)
    _set_text(tok, text)
    _set_start(tok, start)
    _set_end(tok, end)
    _set_kind(tok, Kind.HANZI)
    _set_pinyin(tok, pinyin)
    _set_citation(tok, citation)
    _set_sources(tok, sources)
    _set_unsure(tok, unsure)
    _set_extra(tok, extra)
    return tok


def plain_token(text: str, start: int, end: int, kind: Kind) -> Token:
    """``Token(text, start, end, kind)`` for a token without readings, made as
    :func:`hanzi_token` makes one (punctuation, Latin words, numbers, spaces)."""
    tok = _new(Token)
    _set_text(tok, text)
    _set_start(tok, start)
    _set_end(tok, end)
    _set_kind(tok, kind)
    _set_pinyin(tok, None)
    _set_citation(tok, None)
    _set_sources(tok, None)
    _set_unsure(tok, None)
    _set_extra(tok, {})
    return tok
