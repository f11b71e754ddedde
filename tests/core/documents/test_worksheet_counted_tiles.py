"""A word-order tile joins a number only to the word it counts (qa20): 三点四十还有一趟
gave the tile 四十还有 and 两点二十五的二等座 the tile 二十五的; a number stays with a
measure word or a unit (八点, 二十岁, 三公里, 二十分钟), not with a particle, an adverb or
a verb after it."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.worksheet import counted_tiles


@pytest.mark.parametrize(("words", "tiles"), [
    (["三", "点", "四十", "还有", "一", "趟"], ["三点", "四十", "还有", "一趟"]),
    (["两", "点", "二十五", "的", "二", "等", "座"], ["两点", "二十五", "的", "二等", "座"]),
    (["他", "考", "了", "九十", "也", "不", "高兴"],
     ["他", "考", "了", "九十", "也", "不", "高兴"]),
    (["我", "等", "了", "五十", "就", "走", "了"], ["我", "等", "了", "五十", "就", "走", "了"]),
    (["八", "和", "九", "都", "对"], ["八", "和", "九", "都", "对"]),
    (["他", "二十", "岁", "了"], ["他", "二十岁", "了"]),
    (["我们", "走", "了", "三", "公里"], ["我们", "走", "了", "三公里"]),
    (["我", "等", "了", "二十", "分钟"], ["我", "等", "了", "二十分钟"]),
    (["我们", "班", "有", "二十", "个", "学生"], ["我们", "班", "有", "二十个", "学生"]),
])
def test_a_number_joins_only_the_word_it_counts(words, tiles):
    assert counted_tiles(words) == tiles
