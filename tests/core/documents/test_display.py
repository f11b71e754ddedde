"""Display tokens made by the fast constructor equal the dataclass's own."""

from __future__ import annotations

import dataclasses

import pytest

from chinese_teach.core.documents.display import (
    DisplayToken,
    display_token,
    place,
    placed,
    shaped,
)
from chinese_teach.core.text.tokens import Kind, Source, Token


def _reference(tok: Token, **kw) -> DisplayToken:
    """What :func:`display_token` gave through ``DisplayToken(...)`` before."""
    fast = display_token(tok, **kw)
    fields = {f.name: getattr(fast, f.name) for f in dataclasses.fields(DisplayToken) if f.init}
    return DisplayToken(**fields)


@pytest.mark.parametrize("extra", [
    {}, {"meaning": "hello", "level": 1}, {"gloss": 3, "underline": True, "meaning": ""},
])
@pytest.mark.parametrize("per_char", [True, False])
def test_word_tokens_equal_the_dataclass_built(extra, per_char) -> None:
    tok = Token("你好", 4, 6, Kind.HANZI, ("ni3", "hao3"), ("ni3", "hao3"),
                (Source.DICTIONARY,) * 2, (False, True), {"third_tone": (True, False)})
    made = display_token(tok, per_char=per_char, mark_third_tone=True, **extra)
    assert made == _reference(tok, per_char=per_char, mark_third_tone=True, **extra)
    assert hash(made) == hash(_reference(tok, per_char=per_char, mark_third_tone=True, **extra))
    assert made.kind is Kind.HANZI and made.unsure is True and made.source == "你好"
    assert made.third_tone == (True, False)  # one ruby part per syllable either way
    assert made.meaning == extra.get("meaning", "") and made.gloss == extra.get("gloss")
    assert made.level == extra.get("level") and made.underline == extra.get("underline", False)
    assert (made.start, made.end, made.syllables) == (4, 6, ("ni3", "hao3"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "x"  # type: ignore[misc]


def test_an_unknown_field_is_still_refused() -> None:
    tok = Token("好", 0, 1, Kind.HANZI, ("hao3",), ("hao3",), (Source.DICTIONARY,), (False,))
    with pytest.raises(TypeError):
        display_token(tok, colour="red")


@pytest.mark.parametrize("tok", [
    Token("你好", 4, 6, Kind.HANZI, ("ni3", "hao3"), ("ni3", "hao3"),
          (Source.DICTIONARY,) * 2, (False, True), {"third_tone": (True, False)}),
    Token("，", 6, 7, Kind.PUNCT),
])
def test_a_placed_copy_equals_the_token_moved(tok) -> None:
    made = display_token(tok, mark_third_tone=True, text=tok.text)
    shape = shaped(made)
    moved = placed(shape.before, 30, 30 + len(tok.text), shape.after)
    assert moved == dataclasses.replace(made, start=30, end=30 + len(tok.text))
    assert moved.kind is made.kind and (moved.start, moved.end) == (30, 30 + len(tok.text))
    assert hash(moved) == hash(dataclasses.replace(made, start=30, end=30 + len(tok.text)))


def test_a_placed_copy_is_a_frozen_display_token_with_every_field() -> None:
    """:func:`placed` fills an unfrozen twin of the class and then gives it the class:
    the result must be a true, frozen :class:`DisplayToken` with all 16 fields set (a
    field added to the class and forgotten there would be unset here)."""
    made = DisplayToken("学生", Kind.HANZI, ("xué", "shēng"), (2, 1), (2, 1), ("xue2", "sheng1"),
                        "学生", 0, 2, 4, True, "student", 1, True, False, (False, False))
    shape = shaped(made)
    moved = placed(shape.before, 7, 9, shape.after)
    assert type(moved) is DisplayToken
    assert [getattr(moved, f.name) for f in dataclasses.fields(DisplayToken)] == [
        getattr(dataclasses.replace(made, start=7, end=9), f.name)
        for f in dataclasses.fields(DisplayToken)]
    assert repr(moved) == repr(dataclasses.replace(made, start=7, end=9))
    with pytest.raises(dataclasses.FrozenInstanceError):
        moved.start = 0  # type: ignore[misc]


def test_a_token_placed_from_a_shape_carries_it_and_equals_the_token_moved() -> None:
    """A token placed from a :class:`Shape` is marked with it (an exporter keys what it
    writes on it); the mark takes no part in equality, hashing or ``repr``, and a token
    changed by ``dataclasses.replace`` loses it (its fields may no longer be the shape's)."""
    made = DisplayToken("学生", Kind.HANZI, ("xué", "shēng"), (2, 1), (2, 1), ("xue2", "sheng1"),
                        "学生", 0, 2, 4, True, "student", 1, True, False, (False, False))
    shape = shaped(made)
    moved = place(shape, 7, 9)
    assert moved.shape is shape and made.shape is None
    assert type(moved) is DisplayToken
    assert [getattr(moved, f.name) for f in dataclasses.fields(DisplayToken) if f.compare] == [
        getattr(dataclasses.replace(made, start=7, end=9), f.name)
        for f in dataclasses.fields(DisplayToken) if f.compare]
    assert moved == dataclasses.replace(made, start=7, end=9)
    assert hash(moved) == hash(dataclasses.replace(made, start=7, end=9))
    assert repr(moved) == repr(dataclasses.replace(made, start=7, end=9))
    assert dataclasses.replace(moved, ruby=("x", "y")).shape is None
    assert place(shape, 7, 9) != place(shape, 8, 10)
    with pytest.raises(dataclasses.FrozenInstanceError):
        moved.shape = None  # type: ignore[misc]
