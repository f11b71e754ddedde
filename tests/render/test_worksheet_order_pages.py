"""A word-order item never splits across pages (qa20): item 10 of a lesson's sheet had its
tiles at the foot of page 1 and its answer line (with its 。) at the top of page 2."""

from __future__ import annotations

import re

import pytest

from chinese_teach.core.documents.worksheet import (
    Grid,
    OrderItem,
    Section,
    Worksheet,
    WorksheetKind,
)
from chinese_teach.render.pages import RuleItem, TextItem
from chinese_teach.render.worksheet_pdf import layout_worksheet


def _sheet(n: int, tiles: int) -> Worksheet:
    words = tuple(["火车", "上海", "几点", "去", "的", "开", "今天", "我们"][:tiles])
    items = [OrderItem(words, "".join(words), "。") for _ in range(n)]
    section = Section("Word order", "Put the words in order.", order=items)
    return Worksheet(WorksheetKind.ORDER, "Word order", "class", 1, Grid.TIAN, [section])


@pytest.mark.parametrize(("n", "tiles"), [(14, 6), (15, 5), (16, 8), (17, 4), (20, 7)])
def test_an_order_items_tiles_and_answer_line_share_a_page(qapp, n, tiles):
    doc = layout_worksheet(_sheet(n, tiles))
    student = doc.pages[:doc.key_start]
    numbered = {}
    for p, page in enumerate(student):
        for it in page.items:
            if isinstance(it, TextItem) and re.match(r"\d+\.\s", it.text):
                numbered[int(it.text.split(".")[0])] = (p, it.y)
    rules = [(p, it.y1) for p, page in enumerate(student) for it in page.items
             if isinstance(it, RuleItem) and it.color == "#999999"]
    assert len(numbered) == n and len(rules) == n
    for k in range(1, n + 1):
        page, y = numbered[k]
        assert rules[k - 1][0] == page, (k, numbered[k], rules[k - 1])
        assert rules[k - 1][1] > y
