"""Issue 19, pyclass16: the readings the fifteenth session left (老人倒了 dǎo, 他们早就干了 gàn,
这行就这么办 xíng, 东西边 dōngxī, 衣服什么时候能干 gān), each fixed by a rule of its class, with
sentences of the other reading that the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        # 倒 dǎo: a person, then a time, an adverb of suddenness or a place, then 倒了
        ("老人倒了。", "倒", "dao3"),
        ("比赛快结束的时候，这位选手突然倒了。", "倒", "dao3"),
        ("爷爷前天在楼梯上倒了。", "倒", "dao3"),
        ("他下车就倒了。", "倒", "dao3"),
        # ... dào: poured for someone, after 把, before an amount in a container
        ("客人的茶我给你倒了。", "倒", "dao4"),
        ("他把脏水倒了。", "倒", "dao4"),
        ("服务员给我倒了两杯果汁。", "倒", "dao4"),
        ("妈妈给孩子们每人倒了一碗汤。", "倒", "dao4"),
        # 干 gàn: a person, then a time or an adverb, then 干了 closing the clause
        ("那件事他们早就干了。", "干", "gan4"),
        ("这些活儿老李昨天就干了。", "干", "gan4"),
        ("你让我做的事，我已经干了。", "干", "gan4"),
        # ... gān: a thing, or nothing named, then the same adverbs
        ("毛巾晒了一上午，已经干了。", "干", "gan1"),
        ("院子里的雪水早就干了。", "干", "gan1"),
        ("他的衣服早就干了。", "干", "gan1"),
        # 干 gān: a thing and a question of when, then a modal
        ("这双鞋什么时候能干？", "干", "gan1"),
        ("墙上的油漆要多久才会干呢？", "干", "gan1"),
        ("我的头发什么时候才能干啊？", "干", "gan1"),
        # ... gàn: a person or a task asked about, or a result after 干
        ("这个活儿你们什么时候能干？", "干", "gan4"),
        ("小王什么时候能干完？", "干", "gan4"),
        ("这么多工作他多久才能干完？", "干", "gan4"),
        # 行 xíng "all right" before 就这么/就这样/就按 + a verb
        ("这行就这么办。", "行", "xing2"),
        ("那行就这样吧，我们明天再说。", "行", "xing2"),
        ("那行就按老师说的做。", "行", "xing2"),
        # ... háng: a row after a numeral, one's trade
        ("这一行就这么写。", "行", "hang2"),
        ("我们这行就这么干，没什么特别的。", "行", "hang2"),
        ("你们那行就这样吗？", "行", "hang2"),
        ("请把第二行就这么改。", "行", "hang2"),
        # 东西 dōngxī before a side or a part
        ("操场的东西边都有一排大树。", "西", "xi1"),
        ("这个国家的东西部差别很大。", "西", "xi1"),
        ("大楼东西侧各有一个停车场。", "西", "xi1"),
        # ... dōngxi: things, before 边 … 边, 面包, 部分
        ("他拿着东西边走边吃。", "西", "xi5"),
        ("你买的东西面包店里都有。", "西", "xi5"),
        ("这些东西部分是新的。", "西", "xi5"),
        ("把东西放到门边。", "西", "xi5"),
    ],
)
def test_class16_characters(engine, text: str, char: str, expected: str) -> None:
    assert reading_at(engine, text, char) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这件衬衫什么时候能干？", ("neng2", "gan1")),
        ("洗好的床单多久能干？", ("neng2", "gan1")),
        # ... 能干 "capable" elsewhere, and after a person asked about
        ("他很能干。", ("neng2", "gan4")),
        ("她是一个能干的女孩。", ("neng2", "gan4")),
    ],
)
def test_class16_neng_gan(engine, text: str, expected: tuple[str, ...]) -> None:
    start = text.index("能干")
    got = [reading_at(engine, text, ch, text[:start + k].count(ch))
           for k, ch in enumerate("能干")]
    assert tuple(got) == expected


def test_class16_modal_hui_is_no_split_filler(engine) -> None:
    """会 between two characters is the modal, not the filler of 一会 (才会干 is no 才干),
    while 一会 still keeps a split verb-object word (散了一会步 sàn)."""
    assert reading_at(engine, "地上的水要多久才会干？", "干") == "gan1"
    assert reading_at(engine, "我们在湖边散了一会步。", "散") == "san4"


@pytest.mark.parametrize(
    ("text", "spans", "word", "expected"),
    [
        ("衣服什么时候能干", [(0, 2), (2, 4), (4, 6), (6, 8)], 3, ("neng2", "gan1")),
        ("他很能干", [(0, 1), (1, 2), (2, 4)], 2, ("neng2", "gan4")),
        ("广场的东西边各有一个门", [(0, 2), (2, 3), (3, 5), (5, 6), (6, 7), (7, 8), (8, 9),
                                (9, 10), (10, 11)], 2, ("dong1", "xi1")),
        ("中国东西部的气候", [(0, 2), (2, 5), (5, 6), (6, 8)], 1, ("dong1", "xi1", "bu4")),
        ("老人突然倒了", [(0, 2), (2, 4), (4, 5), (5, 6)], 2, ("dao3",)),
        ("他们早就干了", [(0, 2), (2, 4), (4, 5), (5, 6)], 2, ("gan4",)),
        ("那行就这么定了", [(0, 1), (1, 2), (2, 3), (3, 5), (5, 6), (6, 7)], 1, ("xing2",)),
    ],
)
def test_class16_rules_on_the_fast_and_slow_paths(
    engine, text: str, spans: list[tuple[int, int]], word: int, expected: tuple[str, ...]
) -> None:
    """The new context word 能干 is never kept as a context-free reading (nor is a word
    holding 东西), and a run read word by word (量一量 makes it slow) reads the new rules as
    the fast path does."""
    reader = engine.reader
    for w in ("能干", "东西", "东西部", "倒", "干", "行"):
        assert reader._context_free_reading(w, reader.model) is False, w
    for w, parts in (("很能干", [(0, 1), (1, 3)]), ("都能干", [(0, 1), (1, 3)]),
                     ("东西部", [(0, 2), (2, 3)])):
        assert reader._reading_of_parts(w, parts, reader.model) is False, w
    fast, slow = fast_and_slow(reader, text, spans)
    assert [(w.syllables, w.sources) for w in fast] == [
        (w.syllables, w.sources) for w in slow], text
    assert fast[word].syllables == expected, text


def test_class16_helpers_directly() -> None:
    """Who falls, who has done it, what dries: the helpers of the rules."""
    from chinese_teach.core.text.polyphones.rules import _asked_when_dry, _person

    assert _person("他们") and _person("小王") and _person("那个运动员") and _person("老人")
    assert not _person("") and not _person("衣服") and not _person("小时")
    assert _asked_when_dry("", frozenset())  # the thing was named in the clause before
    assert _asked_when_dry("衣服", frozenset({"衣服"}))
    assert not _asked_when_dry("这些活儿他", frozenset({"活儿"}))
    assert not _asked_when_dry("这件事", frozenset({"事"}))
