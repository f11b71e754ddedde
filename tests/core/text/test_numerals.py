"""The value of a number in Chinese characters (qa21: numbers were glossed "(number)")."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.numerals import number_gloss, number_value


@pytest.mark.parametrize(("word", "value"), [
    ("四十八", 48), ("一百", 100), ("一九九八", 1998), ("二〇二六", 2026), ("三千零五十", 3050),
    ("两千〇一", 2001), ("三百五", 350), ("一万二", 12000), ("十", 10), ("十五", 15),
    ("一百零八", 108), ("两万", 20000), ("三亿五千万", 350_000_000), ("十二万三千", 123_000),
    ("一万零五百", 10_500), ("一千二百三十四", 1234),
])
def test_values(word, value) -> None:
    assert number_value(word) == value
    assert number_gloss(word) == str(value)


@pytest.mark.parametrize("word", ["几十", "十几", "三四十", "", "书"])
def test_no_value_no_gloss(word) -> None:
    assert number_value(word) is None
    assert number_gloss(word) == ""
