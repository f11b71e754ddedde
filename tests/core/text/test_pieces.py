"""pieces.py: numbers and the fewest listed pieces of a word."""

from __future__ import annotations

from itertools import product

from chinese_teach.core.text.pieces import NUMERALS, fewest_pieces, is_number


def test_is_number_is_true_only_for_words_of_numeral_characters() -> None:
    alphabet = ["一", "十", "两", "几", "〇", "个", "岁", "a", " ", "\u3007"]
    for length in range(4):
        for chars in product(alphabet, repeat=length):
            word = "".join(chars)
            assert is_number(word) == (bool(word) and all(ch in NUMERALS for ch in word)), word
    assert is_number("三百五") and is_number("两千") and not is_number("")
    assert not is_number("二十岁") and not is_number("一个")


def test_fewest_pieces_prefers_the_lightest_heaviest_piece() -> None:
    levels = {"星期": 1, "六": 1, "星": 3, "期六": 5, "关上": 1, "门": 1, "关": 2, "上门": 4}
    assert fewest_pieces("星期六", levels.get) == ((2, 1), 1)
    assert fewest_pieces("关上门", levels.get) == ((2, 1), 1)
    assert fewest_pieces("星期", levels.get) is None
    assert fewest_pieces("星期", levels.get, whole=True) == ((2,), 1)
