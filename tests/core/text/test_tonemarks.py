"""The tone-mark and zhuyin port gives what pypinyin's own converters give, for any input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chinese_teach.core.library.corrections_io import SYLLABLES
from chinese_teach.core.text import tonemarks

tone_convert = pytest.importorskip("pypinyin.contrib.tone_convert")
bopomofo = pytest.importorskip("pypinyin.style.bopomofo").BopomofoConverter()

_BASES = sorted(SYLLABLES | {"ê", "yo", "lo", "lue", "nue", "lüe", "nü", "hm", "hng", "ng"})
_MARKED = "āáǎàēéěèōóǒòīíǐìūúǔùüǖǘǚǜńňǹḿếề"
_ALPHABET = "abcdefghijklmnopqrstuvwxyzüvê012345:' -" + _MARKED + "\u0304\u0301\u030c\u0300"


def _outcome(fn, *args):
    try:
        return fn(*args)
    except Exception as exc:  # the port must fail where pypinyin fails
        return type(exc)


def _theirs_tone3(s: str) -> str:
    return tone_convert.to_tone3(s, v_to_u=False, neutral_tone_with_five=True)


def _theirs_normal(s: str) -> str:
    return tone_convert.to_normal(s, v_to_u=False)


def _same(s: str) -> None:
    assert _outcome(tonemarks.to_tone, s) == _outcome(tone_convert.to_tone, s), s
    assert _outcome(tonemarks.to_tone3, s) == _outcome(_theirs_tone3, s), s
    assert _outcome(tonemarks.to_normal, s) == _outcome(_theirs_normal, s), s
    assert _outcome(tonemarks.to_bopomofo, s) == _outcome(bopomofo.to_bopomofo, s), s


def test_every_syllable_in_every_tone() -> None:
    for base in _BASES:
        for tone in "12345":
            numbered = base + tone
            _same(numbered)
            _same(tone_convert.to_tone(numbered))
        _same(base)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=12))
def test_any_text(s: str) -> None:
    _same(s)
