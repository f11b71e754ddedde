"""Syllable styles: canonical numbered form, tone marks, numbers, zhuyin."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.display import word_ruby_parts
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


@pytest.mark.parametrize(("syllables", "marks", "plain"), [
    (["ban4", "ge5"], "bàn ge", "ban ge"),  # 半个, a dictionary word the cut keeps whole
    (["liang3", "ge5"], "liǎng ge", "liang ge"),
    (["shi2", "ji3", "ge5"], "shíjǐ ge", "shiji ge"),
    (["yi2", "ge4"], "yí gè", "yi ge"),
    (["xia4", "ge5", "yue4"], "xià ge yuè", "xia ge yue"),  # 下个月, one dictionary word
    (["shang4", "ge5", "xing1", "qi1"], "shàng ge xīngqī", "shang ge xingqi"),
])
def test_a_number_and_ge_write_ge_apart(syllables, marks, plain) -> None:
    """qa21: 半个 printed bànge; numbers and measure words are separate units (GB/T
    16159), as the cut writes 一 | 个: yí ge."""
    assert join_word(syllables, "marks") == marks
    assert join_word(syllables, "none") == plain
    assert "".join(word_ruby_parts(syllables, "marks")) == marks


@pytest.mark.parametrize("syllables", [["ba1", "ge1"], ["zhe4", "ge5"], ["yi2", "ge4", "ge4"]])
def test_other_words_ending_in_ge_stay_joined(syllables) -> None:
    assert " " not in join_word(syllables, "marks")
