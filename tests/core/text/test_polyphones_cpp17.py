"""Issue 19, cpp17: the literary 过 that guo18's light particle took, won back by class:
guò of excess before what it leads to (流血过多昏迷), over an amount closing its clause
(年过八十, 分娩量过1万), and after a verb of leading or riding and its noun (引兵过天门岭).
The particle before a count (去过多次, 住过三年, 去过3次) stays light. And 上调 of a person
posted up to a unit, shàngdiào (postings.py), beside a price raised, shàngtiáo; 划 huá of
rowing; 褪 tùn of taking off what is worn (coverings.py)."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.polyphones.coverings import tun_taken_off
from chinese_teach.core.text.polyphones.postings import shangdiao_posted
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person posted up to a unit: shàngdiào
        ("1978年，他自天津青年队上调天津队。", "diao4"),
        ("他去年上调总部，当了经理。", "diao4"),
        ("她被上调到市教育局。", "diao4"),
        ("他从连队上调师部。", "diao4"),
        # a price or a rate raised: shàngtiáo
        ("今年油价又上调了。", "tiao2"),
        ("银行决定上调贷款利率。", "tiao2"),
        ("利率上调至百分之五。", "tiao2"),
        ("工资上调到每月五千元。", "tiao2"),
    ],
)
def test_shangdiao_posted(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "调") == expected


def test_shangdiao_posted_alone() -> None:
    assert shangdiao_posted("他从连队", "师部")
    assert shangdiao_posted("她被", "到市教育局")
    assert not shangdiao_posted("银行决定", "贷款利率")
    assert not shangdiao_posted("利率", "至")
    assert not shangdiao_posted("", "至百分之五")


def test_shangdiao_is_never_read_without_context(engine) -> None:
    """上调 (a context word now) is never kept as a context-free reading."""
    reader = engine.reader
    assert reader._context_free_reading("上调", reader.model) is False


@pytest.mark.parametrize(
    ("text", "nth", "expected"),
    [
        # rowing or gliding across: huá
        ("他拿起桨用力划。", 0, "hua2"),
        ("小船慢慢地划向对岸。", 0, "hua2"),
        ("鸭子在水里划来划去。", 0, "hua2"),
        ("鸭子在水里划来划去。", 1, "hua2"),
        ("船上有人做持桨划行状。", 0, "hua2"),
        # marking off, transferring: huà
        ("这笔钱已经划到你的账户了。", 0, "hua4"),
        ("把这个字划去。", 0, "hua4"),
    ],
)
def test_hua_of_rowing(engine, text: str, nth: int, expected: str) -> None:
    assert reading_at(engine, text, "划", nth) == expected


@pytest.mark.parametrize(
    ("text", "nth", "expected"),
    [
        # taking off what is worn or a shell: tùn
        ("他褪去外衣，跳进了河里。", 0, "tun4"),
        ("她把袖子褪下来，露出了手臂。", 0, "tun4"),
        ("螃蟹的旧壳被褪去了。", 0, "tun4"),
        ("褪皮后，旧外壳被褪去。", 1, "tun4"),
        # colour fading: tuì
        ("墙上的颜色慢慢褪去了。", 0, "tui4"),
        ("这条裤子洗了几次就褪了色。", 0, "tui4"),
        ("这件衣服褪得很厉害。", 0, "tui4"),
        ("他的热情渐渐褪去。", 0, "tui4"),
    ],
)
def test_tun_taken_off(engine, text: str, nth: int, expected: str) -> None:
    assert reading_at(engine, text, "褪", nth) == expected


def test_tun_taken_off_alone() -> None:
    assert tun_taken_off("褪去", "他", "外衣") == ("tun4", "qu4")
    assert tun_taken_off("褪去", "旧外壳被", "") == ("tun4", "qu4")
    assert tun_taken_off("褪去", "颜色慢慢", "了") is None
    assert tun_taken_off("褪去", "热情渐渐", "") is None
    assert tun_taken_off("脱去", "他", "外衣") is None


def test_new_context_words_are_never_read_without_context(engine) -> None:
    """褪去 / 褪下 / 褪掉 (context words now) are never kept as context-free readings."""
    reader = engine.reader
    for word in ("褪去", "褪下", "褪掉"):
        assert reader._context_free_reading(word, reader.model) is False, word
