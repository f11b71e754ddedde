"""A word-order item keeps a number with the word it counts as one tile (qa19): the tiles
"八 / 十 / 分 / 点" made 八点十分 and 十点八分 both right, and the key gave one; with
"八点 / 十分" only one order is a time."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.worksheet import _order_item
from chinese_teach.core.text.pieces import is_number


@pytest.mark.parametrize(("piece", "tiles"), [
    ("我八点十分起床", {"八点", "十分"}),
    ("一碗米饭两块钱", {"一碗", "两块"}),
    ("他哥哥今年二十二岁", {"二十二岁"}),
    ("我买了三本书", {"三本"}),
    ("今天是十二月七日", {"十二月", "七日"}),
    ("我们班有两个老师", {"两个"}),
    ("二〇二六年我去中国", {"二〇二六年"}),
    ("她每天学习两个小时", {"两个"}),
])
def test_a_number_and_what_it_counts_are_one_tile(piece, tiles, engine):
    item = _order_item(piece, engine)
    assert item is not None
    assert "".join(item.words) == item.answer == piece
    assert tiles <= set(item.words), item.words
    assert not any(is_number(w) for w in item.words[:-1]), item.words
