"""The second-opinion measurements of the unsure marks (``benchmarks/pinyin/second_opinion.py``)."""

from __future__ import annotations

import re

import pytest

from benchmarks.pinyin.second_opinion import (
    class_disagrees,
    load_classes,
    opinion_column,
    reading_disagrees,
    word_at,
)

CLASSES = "NVADPCUQMFR"


def test_the_class_table_lists_two_readings_or_more_in_known_classes() -> None:
    table = load_classes()
    assert len(table) >= 80
    for char, readings in table.items():
        assert len(readings) >= 2, char
        for reading, classes in readings.items():
            assert re.fullmatch(r"[a-z]+[1-5]", reading), (char, reading)
            assert classes and classes <= set(CLASSES), (char, reading)


def test_word_at_places_each_character_in_its_tagged_word() -> None:
    at = word_at([("我", "r"), ("买", "v"), ("了", "u"), ("两打", "m")], "我买了两打")
    assert at[1] == (1, 1, {"V"}) and at[4] == (2, 3, {"M"})
    with pytest.raises(ValueError):
        word_at([("我", "r")], "我们")


def test_a_class_that_goes_with_another_reading_disagrees() -> None:
    table = load_classes()
    verb, adjective, measure = (1, 0, {"V"}), (1, 0, {"A"}), (2, 3, {"M"})
    assert class_disagrees(table, "好", "hao3", verb, 0)  # 好 as a verb is hào
    assert not class_disagrees(table, "好", "hao3", adjective, 0)
    assert class_disagrees(table, "好", "hao4", adjective, 0)
    assert class_disagrees(table, "打", "da3", measure, 4)  # 两打: the measure dá
    assert not class_disagrees(table, "打", "da3", (2, 3, {"V"}), 4)  # a verb word: no opinion
    assert not class_disagrees(table, "看", "kan4", verb, 0)  # kàn and kān are both verbs
    assert not class_disagrees(table, "人", "ren2", verb, 0)  # not in the table
    assert not class_disagrees(table, "好", "hao3", (1, 0, set()), 0)  # no class


def test_reading_opinions_compare_light_syllables_without_their_tone() -> None:
    assert reading_disagrees("kan4", "kan1")
    assert not reading_disagrees("zi5", "zi3")
    assert reading_disagrees("le5", "liao3")
    assert not reading_disagrees("kan4", "?")


def test_opinion_columns_follow_the_rows() -> None:
    rows = [("他好学", 1, "好学", 0, "hao3", "dictionary"), ("他好学", 0, "他", 0, "ta1", "model")]
    tags = {"他好学": [("他", "r"), ("好", "v"), ("学", "v")]}
    assert opinion_column(rows, tags, "class", load_classes()) == [1.0, 0.0]
    readings = {"他好学": ["ta1", "hao4", "xue2"]}
    assert opinion_column(rows, readings, "reading", {}) == [1.0, 0.0]
    assert opinion_column(rows, {}, "reading", {}) == [0.0, 0.0]
