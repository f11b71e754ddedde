"""Syllable styles: canonical numbered form, tone marks, numbers, zhuyin."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.syllables import join_word, normalize, render, to_marks, to_zhuyin


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("Lu:4", "lv4"),
        ("lü4", "lv4"),
        ("lǜ", "lv4"),
        ("le", "le5"),
        ("YIN2", "yin2"),
        ("hǎo", "hao3"),
    ],
)
def test_normalize(raw: str, canonical: str) -> None:
    assert normalize(raw) == canonical


def test_render_styles() -> None:
    assert render("lv4", "marks") == "lǜ"
    assert render("lv4", "numbers") == "lü4"
    assert render("le5", "marks") == "le"
    assert render("hao3", "none") == "hao"
    assert to_zhuyin("yin2") == "ㄧㄣˊ"
    assert to_zhuyin("le5") == "˙ㄌㄜ"


def test_words_are_written_as_textbooks_write_them() -> None:
    assert join_word(["yin2", "hang2"], "marks") == "yínháng"
    assert join_word(["yi4", "dian3", "r5"], "marks") == "yìdiǎnr"
    assert join_word(["xi1", "an1"], "marks") == "xī'ān"
    assert join_word(["yin2", "hang2"], "numbers") == "yin2 hang2"


@pytest.mark.parametrize(
    ("syllable", "marked"),
    [("ng2", "ńg"), ("ng4", "ǹg"), ("m2", "ḿ"), ("n3", "ň"), ("hng4", "hǹg"), ("hm2", "hḿ")],
)
def test_vowelless_syllables_carry_their_tone_mark(syllable: str, marked: str) -> None:
    assert to_marks(syllable) == marked
    assert normalize(marked) == syllable
