"""A noun's later sense whose note or modifier names another noun of its sentence leads
(words42, issue 15): 厨余垃圾 … 桶 "(trash) can", 这栋楼的三单元 "(in a residential building)
entrance or staircase", 这盆花 "flower pot", 手机流量 "mobile data"."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import shorten
from chinese_teach.core.corpus.glosses_named_neighbours import (
    has_named_later_sense,
    named_things,
    neighbour_sense_first,
)
from tests.core.corpus.test_glosses_classes import _first

_BUCKET = ["bucket", "(trash) can", "barrel (of oil etc)"]


def test_named_things() -> None:
    assert named_things("(trash) can") == {"trash"}
    assert named_things("(in a residential building) entrance or staircase") == {
        "residential", "building"}
    assert named_things("flower pot") == {"flower"}
    assert named_things("(of water etc) clear") == set()  # a subject's note: another rule
    assert named_things("bucket") == set()
    # no field's list, no degree or negation as a modifier (秒杀, 美, 难)
    assert named_things("(sports or online gaming) rapid dispatch of an opponent") == set()
    assert named_things("very satisfactory") == set()
    assert named_things("not good") == set()


def test_neighbour_sense_first() -> None:
    assert neighbour_sense_first(_BUCKET, ["trash; refuse"], shorten).startswith("(trash) can")
    assert neighbour_sense_first(_BUCKET, ["water; river"], shorten) is None
    assert neighbour_sense_first(["to draw", "flower pot"], ["flower"], shorten) is None  # a verb
    assert has_named_later_sense(_BUCKET)
    assert not has_named_later_sense(["(trash) can", "bucket"])


@pytest.mark.parametrize(("text", "word", "first"), [
    ("妈妈：剩菜剩饭是厨余垃圾，放绿色的桶。", "桶", "(trash) can"),
    ("我住在这栋楼的三单元。", "单元", "(in a residential building) entrance or staircase"),
    ("这盆花的叶子黄了，可能是水浇多了。", "盆", "flower pot"),
    ("我用手机流量看视频。", "流量", "mobile data"),
    ("他提着一桶水回来了。", "桶", "bucket"),  # no noun the later senses name
    # no noun named: 特别 "especially; very", 不 "not", 网上 "online" are none
    ("晚上的风景特别美。", "美", "beautiful"),
    ("这次考试不太难。", "难", "difficult (to...)"),
    ("这件衣服在网上秒杀，只要九十九块。", "秒杀", "(Internet) flash sale"),
])
def test_sense_named_by_a_neighbour(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first
