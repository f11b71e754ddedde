"""Display tokens: what a reader shows for each word, independent of the output format.

The render engine (PDF, PNG, on-screen preview), the HTML and the DOCX exporters all
draw lists of :class:`DisplayToken`. :func:`display_tokens` turns the text engine's
:class:`~chinese_teach.core.text.tokens.Token` list into them, so a page that only
annotates (Quick-annotate) needs no reader document at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from chinese_teach.core.text.syllables import (
    ToneStyle,
    base_of,
    join_word,
    measure_apart,
    render,
    tone_of,
)
from chinese_teach.core.text.tokens import Kind, Token

_VOWEL_STARTS = "aeoāáǎàēéěèōóǒò"


@dataclass(frozen=True, slots=True)
class DisplayToken:
    """One word (or run of other text) as a reader shows it.

    ``text`` is what is printed (already converted to the chosen script). ``ruby``
    holds the pinyin to print above it, one display string per syllable (for
    per-word pinyin the strings concatenate to the textbook spelling, apostrophes
    included); it is empty when no pinyin is shown. ``ruby_tones`` gives each ruby
    part's tone for colouring; ``tones`` gives each character's tone (empty: no
    colour). ``syllables`` is the canonical reading, kept even when the pinyin is
    hidden (pop-ups and tap-to-see use it). ``source`` is the simplified word the
    teacher's corrections are keyed on; ``start``/``end`` are offsets into the
    paragraph's source text. ``gloss`` is the word's number in the glossary.
    ``per_char`` True puts each ruby part over its own character (then there is
    one part per character); False centres the whole spelling over the word.
    ``third_tone`` is aligned with ``ruby``: True on a part whose written third
    tone is said as a rising tone before another third tone (nǐ hǎo said ní hǎo);
    it is filled only when the reader asks to show third-tone changes and the
    pinyin is shown, so every renderer marks exactly the parts flagged here.
    ``spelling`` is the word spelt alone where that is not the plain reading (a name's
    capitals: Lǐ Huá, Zhāng lǎoshī); :attr:`reading` gives it to the pop-ups.
    ``shape`` is the :class:`Shape` a reader build placed the token from (every token
    placed from one shape has the same fields but its offsets), ``None`` for a token
    made any other way (``dataclasses.replace`` included): an exporter may keep what it
    writes for a word under its shape instead of comparing every field. It takes no
    part in equality, hashing or ``repr``.
    """

    text: str
    kind: Kind
    ruby: tuple[str, ...] = ()
    ruby_tones: tuple[int, ...] = ()
    tones: tuple[int, ...] = ()
    syllables: tuple[str, ...] = ()
    source: str = ""
    start: int = 0
    end: int = 0
    gloss: int | None = None
    underline: bool = False
    meaning: str = ""
    level: int | None = None
    unsure: bool = False
    per_char: bool = True
    third_tone: tuple[bool, ...] = ()
    spelling: str = ""
    shape: Shape | None = field(default=None, init=False, compare=False, repr=False)

    @property
    def has_ruby(self) -> bool:
        return bool(self.ruby)

    @property
    def ruby_text(self) -> str:
        """The pinyin as one string (per-word spelling when the parts came from one)."""
        return "".join(self.ruby)

    @property
    def marks_third_tone(self) -> bool:
        """True when some pinyin part is to be marked as a third-tone change."""
        return any(self.third_tone)

    @property
    def reading(self) -> str:
        """The reading written with tone marks as the glossary spells the word (for
        pop-ups): a name capitalised (:attr:`spelling`), any other word as it is read."""
        if self.spelling:
            return self.spelling
        return _marks_reading(self.syllables) if self.syllables else ""


@lru_cache(maxsize=65536)
def _marks_reading(syllables: tuple[str, ...]) -> str:
    """``join_word(syllables, MARKS)``, cached: an HTML reader writes every word's
    reading into the page, and words repeat."""
    return join_word(syllables, ToneStyle.MARKS)


def word_ruby_parts(syllables: Sequence[str], style: ToneStyle | str) -> tuple[str, ...]:
    """Split a word's textbook spelling into one display part per syllable.

    ``["xi1", "an1"]`` -> ``("xī", "'ān")``; the parts concatenate to
    :func:`~chinese_teach.core.text.syllables.join_word`'s output, so each part can
    carry its own tone colour. Numbered and zhuyin styles put the space before the
    next syllable; an erhua ``r`` joins the syllable before it.
    """
    style = ToneStyle(style)
    parts: list[str] = []
    apart = measure_apart(syllables)
    for i, syl in enumerate(syllables):
        shown = render(syl, style)
        is_r = base_of(syl) == "r" and i > 0
        if style in (ToneStyle.ZHUYIN, ToneStyle.NUMBERS):
            if is_r:
                shown = shown.rstrip("5") if style is ToneStyle.NUMBERS else shown
            elif i:
                shown = " " + shown
        elif i and i in apart:  # 半个: bàn ge, 下个月 xià ge yuè (syllables.measure_apart)
            shown = " " + shown
        elif i and shown and shown[0] in _VOWEL_STARTS and not is_r:
            shown = "'" + shown
        parts.append(shown)
    if "".join(parts) != join_word(list(syllables), style):
        return (join_word(list(syllables), style),)
    return tuple(parts)


def capitalize_ruby(
    ruby: tuple[str, ...], caps: tuple[bool, ...] = (True,), *, word: bool = False
) -> tuple[str, ...]:
    """``("běi", "jīng")`` -> ``("Běi", "jīng")``; ``caps`` says which parts start with
    a capital (zhuyin and empty parts are unchanged). In a word spelling (``word``)
    a capital inside the word starts a new name part: ``Wáng Míng``."""
    out = []
    for i, part in enumerate(ruby):
        if i < len(caps) and caps[i] and part:
            body = part.lstrip(" '")
            lead = part[: len(part) - len(body)]
            if word and i > 0:
                lead = " "
            out.append(lead + body[:1].upper() + body[1:])
        else:
            out.append(part)
    return tuple(out)


def spelled_parts(syllables: Sequence[str], caps: Sequence[bool] | None = None,
                  title_at: int = 0) -> tuple[str, ...]:
    """A word as it is spelt alone (a glossary, a pop-up, a card's example line), one
    tone-marked part per syllable where they split so: proper names capitalised
    (Běijīng, Wáng Míng: ``caps`` says which syllables start a capital, a name's first
    only when it has fewer parts), a title after a surname apart (``title_at``: Wáng
    lǎoshī)."""
    if not syllables:
        return ()
    parts = word_ruby_parts(syllables, ToneStyle.MARKS)
    if not caps:
        return parts
    parts = capitalize_ruby(parts, tuple(caps) if len(parts) == len(caps) else (caps[0],),
                            word=True)
    if 0 < title_at < len(parts):
        parts = (*parts[:title_at], " " + parts[title_at].lstrip(" '"), *parts[title_at + 1:])
    return parts


def char_ruby_parts(syllables: Sequence[str], style: ToneStyle | str) -> tuple[str, ...]:
    """One display string per character (textbook per-character pinyin)."""
    return tuple(render(s, style) for s in syllables)


#: Each style's value, and each value itself (enum ``.value`` is slow in a loop over words).
_STYLE_VALUES: dict[object, str] = {
    **{s: s.value for s in ToneStyle}, **{s.value: s.value for s in ToneStyle}}


@lru_cache(maxsize=65536)
def _ruby_for(
    syls: tuple[str, ...], style: str, per_char: bool
) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """(ruby parts, ruby tones, character tones) for a reading; cached (words repeat)."""
    tones = tuple(tone_of(s) for s in syls)
    if per_char:
        return char_ruby_parts(syls, style), tones, tones
    ruby = word_ruby_parts(syls, style)
    return ruby, (tones if len(ruby) == len(tones) else (5,)), tones


def display_token(
    tok: Token,
    *,
    tone_style: ToneStyle | str = ToneStyle.MARKS,
    per_char: bool = True,
    shown: bool = True,
    text: str | None = None,
    mark_third_tone: bool = False,
    **extra: object,
) -> DisplayToken:
    """One display token for ``tok``; ``shown`` False keeps the reading but prints no
    pinyin; ``text`` replaces the printed text when it has the same length;
    ``mark_third_tone`` carries the engine's third-tone flags onto the pinyin parts
    (see :func:`third_tone_parts`); ``extra`` sets the other fields (meaning, level,
    gloss, underline)."""
    printed = text if text is not None and len(text) == len(tok.text) else tok.text
    if tok.kind is not Kind.HANZI or not tok.pinyin:
        return DisplayToken(printed, tok.kind, source=tok.text, start=tok.start, end=tok.end)
    syls = tuple(tok.pinyin)
    style = _STYLE_VALUES.get(tone_style) or ToneStyle(tone_style).value
    ruby, ruby_tones, tones = _ruby_for(syls, style, per_char)
    if not shown:
        ruby = ruby_tones = ()
    marks = third_tone_parts(tok, len(ruby)) if mark_third_tone and ruby else ()
    if _EXTRA_FIELDS.issuperset(extra):
        get = extra.get
        return _word_token(
            printed, ruby, ruby_tones, tones, syls, tok.text, tok.start, tok.end,
            get("gloss"), get("underline", False), get("meaning", ""), get("level"),
            bool(tok.unsure and any(tok.unsure)), per_char, marks,
        )
    return DisplayToken(
        printed,
        Kind.HANZI,
        ruby=ruby,
        ruby_tones=ruby_tones,
        tones=tones,
        syllables=syls,
        source=tok.text,
        start=tok.start,
        end=tok.end,
        unsure=bool(tok.unsure and any(tok.unsure)),
        per_char=per_char,
        third_tone=marks,
        **extra,  # type: ignore[arg-type]
    )


#: The fields :func:`display_token` takes as keywords (other keywords go through
#: the dataclass, which rejects unknown ones).
_EXTRA_FIELDS = frozenset({"gloss", "underline", "meaning", "level"})


class _Unfrozen:
    """:class:`DisplayToken`'s slots, in its order, without its frozen ``__setattr__``:
    :func:`placed` fills one with plain attribute stores (the interpreter's fast slot
    stores) and then makes it a :class:`DisplayToken` by assigning ``__class__``, which
    Python allows between classes of the same slot layout. A reader makes a display
    token for every word of its text (a million for a 1M-character text): this is a
    quarter of the time of setting the 16 slots through their descriptors."""

    __slots__ = DisplayToken.__slots__  # type: ignore[attr-defined]


def _word_token(  # noqa: PLR0917 (positional: called once per word of a reader)
    text: str, ruby: tuple[str, ...], ruby_tones: tuple[int, ...], tones: tuple[int, ...],
    syllables: tuple[str, ...], source: str, start: int, end: int, gloss: object,
    underline: object, meaning: object, level: object, unsure: bool, per_char: bool,
    third_tone: tuple[bool, ...],
) -> DisplayToken:
    """``DisplayToken(text, Kind.HANZI, ...)`` in half the time, through :func:`placed`:
    a reader makes one per word, and a frozen dataclass's ``__init__`` goes through
    ``object.__setattr__`` for every one of its 16 fields."""
    return placed((text, Kind.HANZI, ruby, ruby_tones, tones, syllables, source), start, end,
                  (gloss, underline, meaning, level, unsure, per_char, third_tone, ""))


class Shape:
    """A display token's fields but its offsets (:func:`shaped`), to place copies of it
    (:func:`place`). Compared and hashed by identity: a reader build makes one per
    distinct word shape and keeps it, so a dict keyed by shapes is a cheap look-up per
    token where the fields themselves are a 16-field key."""

    __slots__ = ("after", "before")

    def __init__(self, before: tuple, after: tuple) -> None:
        self.before = before
        self.after = after


#: A display token's fields before its offsets, and after them (see :func:`placed`).
_BEFORE = attrgetter("text", "kind", "ruby", "ruby_tones", "tones", "syllables", "source")
_AFTER = attrgetter("gloss", "underline", "meaning", "level", "unsure", "per_char",
                    "third_tone", "spelling")


def shaped(tok: DisplayToken) -> Shape:
    """``tok``'s fields but its offsets as one :class:`Shape`, to make copies of it
    elsewhere with :func:`place` (a reader shows the same word the same way every time it
    recurs)."""
    return Shape(_BEFORE(tok), _AFTER(tok))


def place(shape: Shape, start: int, end: int) -> DisplayToken:
    """:func:`placed` from ``shape``, the token marked with it (``DisplayToken.shape``)."""
    return placed(shape.before, start, end, shape.after, shape)


def placed(before: tuple, start: int, end: int, after: tuple,
           shape: Shape | None = None) -> DisplayToken:
    """The token of :func:`shaped`'s fields ``before`` and ``after`` at ``start``-``end``: equal to
    ``dataclasses.replace(tok, start=start, end=end)``, in a twentieth of its time;
    ``shape``, the :class:`Shape` of ``before`` and ``after``, if they come from one."""
    tok = _Unfrozen()
    (tok.text, tok.kind, tok.ruby, tok.ruby_tones, tok.tones, tok.syllables,
     tok.source) = before
    tok.start = start
    tok.end = end
    (tok.gloss, tok.underline, tok.meaning, tok.level, tok.unsure, tok.per_char,
     tok.third_tone, tok.spelling) = after
    tok.shape = shape
    tok.__class__ = DisplayToken  # type: ignore[assignment]
    return tok  # type: ignore[return-value]


def third_tone_parts(tok: Token, parts: int) -> tuple[bool, ...]:
    """The engine's per-syllable third-tone flags (``Token.extra["third_tone"]``) for
    ``parts`` pinyin parts; ``()`` when none is set or the parts do not follow the
    syllables (a per-word spelling kept whole), so nothing is marked by guesswork."""
    flags = tuple(bool(f) for f in (tok.extra.get("third_tone") or ()))
    if not any(flags) or len(flags) != parts:
        return ()
    return flags


def display_tokens(
    tokens: Sequence[Token],
    *,
    tone_style: ToneStyle | str = ToneStyle.MARKS,
    per_char: bool = True,
    show: Callable[[Token], bool] | None = None,
    convert: Callable[[str], str] | None = None,
    mark_third_tone: bool = False,
) -> list[DisplayToken]:
    """Turn annotated tokens into display tokens.

    ``show(token)`` decides whether a Chinese word gets pinyin (default: all);
    ``convert`` maps the printed text to another script (same length, so the pinyin
    stays aligned). Tones are always filled in: whether they are coloured is a
    choice of the output style. ``mark_third_tone`` keeps the third-tone change
    flags on the pinyin parts for renderers to mark.
    """
    style = ToneStyle(tone_style)
    return [
        display_token(
            tok, tone_style=style, per_char=per_char,
            shown=show is None or tok.kind is not Kind.HANZI or show(tok),
            text=convert(tok.text) if convert is not None else None,
            mark_third_tone=mark_third_tone,
        )
        for tok in tokens
    ]
