"""Tokens: the text engine's output, shared by every document and exporter.

Joining ``token.text`` for all tokens gives back the input exactly; offsets are
character offsets into the input string.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NoReturn


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


class Extras(dict):
    """A token's extra fields (``third_tone``, ``name``, ``name_title``, ``split_before``:
    :func:`split_before_extras`), read-only so that
    tokens can share one object: a long text's words have a few dozen distinct extras
    (the all-False third-tone flags of each length, mostly), and a dict per token cost
    the 747k tokens of a million characters 119 MB of peak memory (issue 23, speed15).
    Read it as a dict; to change a token's extras give it new ones (:func:`with_extra`)."""

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("a token's extras are shared and read-only: use tokens.with_extra")

    __setitem__ = __delitem__ = __ior__ = _refuse  # type: ignore[assignment]
    update = setdefault = pop = popitem = clear = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple:
        return (Extras, (dict(self),))


#: The extras of a token that has none (punctuation, Latin words, numbers, spaces).
NO_EXTRAS = Extras()


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
    extra: dict = field(default_factory=lambda: NO_EXTRAS, compare=False, hash=False)

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


#: The shared :class:`Extras` of a word by its third-tone flags (no name).
_THIRD_TONE_EXTRAS: dict[tuple[bool, ...], Extras] = {}


def third_tone_extras(flags: tuple[bool, ...]) -> Extras:
    """The one kept ``Extras(third_tone=flags)`` (a new one past :data:`_SHARED_MAX`)."""
    found = _THIRD_TONE_EXTRAS.get(flags)
    if found is None:
        found = Extras(third_tone=flags)
        if len(_THIRD_TONE_EXTRAS) < _SHARED_MAX:
            _THIRD_TONE_EXTRAS[flags] = found
    return found


#: The shared :class:`Extras` of a piece the learner cut split from the word before it,
#: by the extras it has otherwise (:func:`split_before_extras`).
_SPLIT_BEFORE_EXTRAS: dict[int, tuple[Extras, Extras]] = {}


def split_before_extras(extra: Extras) -> Extras:
    """``extra`` with ``split_before`` set: the token starts inside a word of the segmenter
    that the learner cut split (肚子 of 拉 | 肚子, 懂 of 听 | 懂), so that the glosser can
    name the word its pieces make (:mod:`.corpus.split_words`). One kept object per
    ``extra`` object (the shared third-tone extras), so tokens keep sharing them."""
    found = _SPLIT_BEFORE_EXTRAS.get(id(extra))
    if found is not None and found[0] is extra:
        return found[1]
    made = Extras(extra, split_before=True)
    if len(_SPLIT_BEFORE_EXTRAS) < _SHARED_MAX:
        _SPLIT_BEFORE_EXTRAS[id(extra)] = (extra, made)
    return made


def with_extra(token: Token, **fields: object) -> None:
    """Give ``token`` its extras with ``fields`` set (its others kept, in their order):
    the one change a token allows after it is made (:func:`.names.mark_names` marks names
    this way), as its extras may be shared with other tokens."""
    object.__setattr__(token, "extra", Extras({**token.extra, **fields}))


def without_extra(token: Token, *names: str) -> None:
    """Give ``token`` its extras without the fields ``names`` (its others kept, in their
    order): :func:`.glosses.unmark_common_word_names` takes a name's marks away this way.
    A token without any of them keeps its extras."""
    if any(n in token.extra for n in names):
        object.__setattr__(token, "extra", Extras(
            {k: v for k, v in token.extra.items() if k not in names}))


class _TokenDraft:
    """A :class:`Token` being made: the same slots, set by a plain ``__init__``, after
    which the object becomes a ``Token`` (``__class__`` assignment, allowed between
    classes of the same slots). A frozen dataclass's ``__init__`` goes through
    ``object.__setattr__`` for every field; this costs a third of that, and the engine
    makes one token per word of a text."""

    __slots__ = Token.__slots__

    def __init__(  # noqa: PLR0917 (positional: called once per word of a text)
        self, text: str, start: int, end: int, kind: Kind, pinyin: tuple[str, ...] | None,
        citation: tuple[str, ...] | None, sources: tuple[Source, ...] | None,
        unsure: tuple[bool, ...] | None, extra: dict,
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.pinyin = pinyin
        self.citation = citation
        self.sources = sources
        self.unsure = unsure
        self.extra = extra
        self.__class__ = Token  # type: ignore[assignment]


#: ``new_token(text, start, end, kind, pinyin, citation, sources, unsure, extra)``: the
#: ``Token`` of those fields, every one given (the engine's loop that makes a token per
#: word, :meth:`~.engine.TextEngine._run_tokens`, calls it directly).
new_token: Callable[..., Token] = _TokenDraft  # type: ignore[assignment]


def hanzi_token(  # noqa: PLR0917 (positional: called once per word of a text)
    text: str, start: int, end: int, pinyin: tuple[str, ...], citation: tuple[str, ...],
    sources: tuple[Source, ...], unsure: tuple[bool, ...], extra: dict,
) -> Token:
    """``Token(text, start, end, Kind.HANZI, pinyin, citation, sources, unsure, extra)``,
    made by :data:`new_token`."""
    return new_token(text, start, end, Kind.HANZI, pinyin, citation, sources, unsure, extra)


def plain_token(text: str, start: int, end: int, kind: Kind) -> Token:
    """``Token(text, start, end, kind)`` for a token without readings, made by
    :data:`new_token` (punctuation, Latin words, numbers, spaces)."""
    return new_token(text, start, end, kind, None, None, None, None, NO_EXTRAS)


def join_touching_runs(
    tokens: list[Token],
    words: Callable[[str], bool],
    part: Callable[[Token], bool],
    make: Callable[[list[Token]], Token],
    *,
    max_parts: int,
    max_chars: int,
) -> list[Token]:
    """``tokens`` with each run of touching tokens that together spell a word joined into
    one token by ``make``: the longest run from each token, of at most ``max_parts``
    tokens and ``max_chars`` characters, whose tokens all pass ``part`` and whose text
    passes ``words`` (a class's known 每天 over the cutter's 每 | 天; a name the text has
    named over 李 | 华). ``tokens`` itself when nothing is joined (most texts)."""
    out: list[Token] | None = None
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        end = 0
        if part(tok):
            text, j = tok.text, i + 1
            while j < n and j - i < max_parts and len(text) + len(tokens[j].text) <= max_chars:
                nxt = tokens[j]
                if not part(nxt) or nxt.start != tokens[j - 1].end:
                    break
                text += nxt.text
                j += 1
                if words(text):
                    end = j
        if end:
            if out is None:
                out = tokens[:i]
            out.append(make(tokens[i:end]))
            i = end
            continue
        if out is not None:
            out.append(tok)
        i += 1
    return out if out is not None else tokens
