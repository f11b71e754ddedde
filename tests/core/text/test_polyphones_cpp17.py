"""Issue 19, cpp17: the literary 过 that guo18's light particle took, won back by class:
guò of excess before what it leads to (流血过多昏迷), over an amount closing its clause
(年过八十, 分娩量过1万), and after a verb of leading or riding and its noun (引兵过天门岭).
The particle before a count (去过多次, 住过三年, 去过3次) stays light."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.polyphones.rules import Context, _guo
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # excess ("too") before what it leads to, a modal or a time clause
        ("程子华流血过多昏迷了两个多月。", "guo4"),
        ("他喝酒过多导致胃出血。", "guo4"),
        ("孩子吃糖过多会长蛀牙。", "guo4"),
        # ... while a count or a name after 多 keeps the particle
        ("我去过多次上海。", "guo5"),
        ("他在中国住过多年。", "guo5"),
        ("你去过多少国家？", "guo5"),
        # over an amount closing its clause
        ("他的爷爷年过八十，身体还很好。", "guo4"),
        ("这个村子的人口过千。", "guo4"),
        ("年门诊量超100万人次，年分娩量过1万，业务规模很大。", "guo4"),
        # ... while the particle's count ends with its measure
        ("他去过两次。", "guo5"),
        ("我在北京住过三年。", "guo5"),
        # leading or riding across
        ("将军引兵过天山。", "guo4"),
        ("爷爷牵牛过小桥。", "guo4"),
        ("我们坐船过长江。", "guo4"),
        # ... while the particle after a verb jieba tags a noun stays light
        ("我梦过你很多次。", "guo5"),
        ("他小时候病过一次。", "guo5"),
        ("他画过一幅山水画。", "guo5"),
        ("我学过一年法语。", "guo5"),
    ],
)
def test_literary_guo(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "过") == expected


def test_guo_over_an_amount_alone() -> None:
    """The rule on its own: a number closing the clause is "over"; a count is the
    particle's; digits after a noun are "over", after a verb the particle's count."""
    assert _guo(Context("过", "年", "八十", "爷爷年", "八十", clause_end=True)) == "guo4"
    assert _guo(Context("过", "去", "两", "他去", "两次", clause_end=True)) == "guo5"
    assert _guo(Context("过", "量", "", "分娩量", "", nouns=frozenset({"量"}),
                        number_after=True)) == "guo4"
    assert _guo(Context("过", "去", "", "他去", "", number_after=True)) == "guo5"
