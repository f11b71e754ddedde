"""几 after a round number kept in one token (二十几, 三十几) is a piece of its own, so a
learner finds 几 "several; … odd"; 好 + 几 before a unit, which the segmenter cut as 好 |
几天, names 好几 "several" (words41, issue 15)."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses_approximate_numbers import (
    number_and_ji,
    vague_amount_runs,
)
from tests.core.corpus.test_glosses_classes import _first


def test_number_and_ji() -> None:
    assert number_and_ji("二十几") == (2, 1)
    assert number_and_ji("一百几") == (2, 1)
    assert number_and_ji("十几") is None  # a dictionary word, 十 + 几 anyway
    assert number_and_ji("好几") is None
    assert number_and_ji("二十") is None


@pytest.mark.parametrize("text", ["村里的小学只有二十几个学生。", "昨天来了二十几个人。",
                                  "我们学校有三十几个外国学生。"])
def test_ji_named_inside_the_number(corpus, engine, text) -> None:
    assert _first(corpus, engine, text, "几") == "several"


def test_vague_amount_runs() -> None:
    unit = {"次", "个"}.__contains__
    assert vague_amount_runs(["等", "了", "好", "几", "天"], [False, True, True, True, True],
                             unit) == [(2, 3, "好几")]
    assert vague_amount_runs(["好", "几", "次"], [False, True, True], unit) == [(0, 1, "好几")]
    assert vague_amount_runs(["好", "几", "点"], [False, True, True], unit) == []  # no unit
    assert vague_amount_runs(["好", "几"], [False, True], unit) == []  # nothing after
    assert vague_amount_runs(["好", "几", "天"], [False, False, True], unit) == []


@pytest.mark.parametrize("text", ["有一次豆豆生病了，好几天不吃东西。", "他去过好几次北京。"])
def test_vague_amount_named(corpus, engine, text) -> None:
    assert _first(corpus, engine, text, "好几") == "several"
