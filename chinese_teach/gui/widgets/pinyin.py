"""Pinyin in the teacher's chosen style and tone colours, as plain text or HTML."""

from __future__ import annotations

import html

from chinese_teach.core.corpus.levels import Standard, level_name
from chinese_teach.core.text.syllables import join_word, tone_of
from chinese_teach.gui import theme
from chinese_teach.gui.settings import Preferences


def pinyin_text(syllables: tuple[str, ...] | list[str], prefs: Preferences) -> str:
    """A word's pinyin as textbooks write it (``yínháng``) in the chosen style."""
    return join_word(list(syllables), prefs.pinyin_style)


def pinyin_pieces(
    syllables: tuple[str, ...] | list[str], prefs: Preferences
) -> list[tuple[str, int]]:
    """The word's written pinyin cut into one piece per syllable, with each tone.

    Apostrophes and spaces that :func:`join_word` adds stay with the following syllable.
    """
    syls = list(syllables)
    pieces: list[tuple[str, int]] = []
    previous = ""
    for i, syl in enumerate(syls):
        upto = join_word(syls[: i + 1], prefs.pinyin_style)
        piece = upto[len(previous):] if upto.startswith(previous) else upto
        pieces.append((piece, tone_of(syl)))
        previous = upto
    return pieces


def pinyin_html(syllables: tuple[str, ...] | list[str], prefs: Preferences) -> str:
    """The word's pinyin as HTML, each syllable in its tone colour (if colours are on)."""
    scheme = prefs.tone_scheme()
    out = []
    for piece, tone in pinyin_pieces(syllables, prefs):
        text = html.escape(piece)
        if prefs.tone_colours:
            out.append(f'<span style="{theme.css(colour_value=scheme.color(tone))}">{text}</span>')
        else:
            out.append(text)
    return "".join(out)


def levels_text(levels: dict[Standard, int], prefs: Preferences) -> str:
    """Levels with their standard named, the chosen standard first: ``HSK2021 3 · HSK2.0 2``."""
    order = [prefs.standard, *[s for s in Standard if s is not prefs.standard]]
    return " · ".join(f"{s.short} {level_name(levels[s])}" for s in order if s in levels)
