"""空 kòng "free time" after 一点(儿) before 都/也 + 没 (一点儿空都没有), and the split
verb-object word that is not one: a character ending a longer word (今天 | 一点儿 | 空) is
no verb of 天空, while a verb starting a word keeps its split object (睡好 | 了 | 觉)."""

from __future__ import annotations

import pytest

from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        ("我今天一点儿空都没有。", "空", "kong4"),
        ("他连一点儿空都没有。", "空", "kong4"),
        ("我一点空也没有。", "空", "kong4"),
        ("你有空吗？", "空", "kong4"),
        ("我没有空。", "空", "kong4"),
        ("瓶子是空的。", "空", "kong1"),
        ("今天的天空很蓝。", "空", "kong1"),
        ("我今天睡了一大觉。", "觉", "jiao4"),
        ("他出了一趟差。", "差", "chai1"),
    ],
)
def test_kong_after_a_little_and_no_split_word_across_a_word_s_end(engine, text, char,
                                                                   expected) -> None:
    assert reading_at(engine, text, char) == expected


def test_the_kong_rule_on_the_fast_and_the_slow_path(engine) -> None:
    text = "我今天一点儿空都没有"
    spans = [(0, 1), (1, 3), (3, 6), (6, 7), (7, 8), (8, 10)]
    fast, slow = fast_and_slow(engine.reader, text, spans)
    assert [r.syllables for r in fast] == [r.syllables for r in slow]
    assert fast[3].syllables == ("kong4",)
