"""Curated lines of words42 (issue 15): 怎么样 right after a proposed time suggests ("how
about?"), after a topic asked about it asks "how?"; 一下子 alone leads with "all at once"."""

from __future__ import annotations

import pytest

from tests.core.corpus.test_glosses_classes import _first


@pytest.mark.parametrize(("text", "first"), [
    ("房东：明天下午三点怎么样？", "how about?"),
    ("B：好啊，下个星期天怎么样？", "how about?"),
    ("这个电影怎么样？", "how?"),
    ("你最近身体怎么样？", "how?"),
    ("现在怎么样了？", "how?"),  # 现在 asks how things are
])
def test_how_about_after_a_time(corpus, engine, text, first) -> None:
    assert _first(corpus, engine, text, "怎么样") == first


def test_all_at_once(corpus, engine) -> None:
    assert _first(corpus, engine, "不要一下子跑太多。", "一下子") == "all at once"
