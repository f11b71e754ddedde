"""Issue 19, guo18: the aspect particle 过 is printed light, as 现代汉语词典 writes it (·guo:
吃过饭再去, 他去年来过北京) and HSK textbooks print it (qùguo); 过 the verb, inside its words
and as a complement of motion keeps guò."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.polyphones.rules import Context, _guo
from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "nth", "expected"),
    [
        # the particle after a verb: before an object, 了, 吗, an amount, the clause end
        ("我去过北京。", 0, "guo5"),
        ("你吃过饭了吗？", 0, "guo5"),
        ("吃过饭再去。", 0, "guo5"),
        ("他去过两次。", 0, "guo5"),
        ("这种水果我没吃过。", 0, "guo5"),
        ("她曾经在那家公司工作过。", 0, "guo5"),
        ("你听说过这件事吗？", 0, "guo5"),
        ("我们见过面。", 0, "guo5"),  # 见过 | 面: inside a word the dictionary lacks
        ("我游过泳。", 0, "guo5"),  # a motion verb's verb-object word split by 过
        # the verb guò: clause start, after a pronoun, a noun, an adverb or a modal
        ("过了一会儿，他又来了。", 0, "guo4"),
        ("我们过马路吧。", 0, "guo4"),
        ("弟弟背着妹妹过了小河。", 0, "guo4"),
        ("已经过了十点了。", 0, "guo4"),
        ("再过几天就好了。", 0, "guo4"),
        ("时间过得真快。", 0, "guo4"),
        # a complement: directional, of motion (past, across), "too far"
        ("大水没过了小路。", 0, "guo4"),
        ("一阵旋风刮过操场。", 0, "guo4"),
        ("他转过身来。", 0, "guo4"),
        ("他睡过了头。", 0, "guo4"),
        ("跳过这一题。", 0, "guo4"),
        ("那辆车轧过了一块石头。", 0, "guo4"),
        ("我们熬过了最冷的冬天。", 0, "guo4"),
        ("他逃过了这一难。", 0, "guo4"),
        ("她背过身去哭了。", 0, "guo4"),  # the body turned
        ("他趟着水过了河。", 0, "guo4"),  # the second verb, after a verb with 着
        ("他们在他去世后过着快乐的生活。", 0, "guo4"),  # 过着: living
        ("消耗了过多的糖类。", 0, "guo4"),  # "too", after 了
        ("飞机在降落前下滑道过低而坠毁。", 0, "guo4"),  # "too" before 而
        ("二人挨肩而过。", 0, "guo4"),
        ("江水甚至能淹过甲板。", 0, "guo4"),
        ("他们一家在国外过新年。", 0, "guo4"),
        # ... while an adjective's character starting a word leaves the particle
        ("他念过大学。", 0, "guo5"),
        ("你去过多少国家？", 0, "guo5"),
        # the particle splitting a verb-object word
        ("他没着过急。", 0, "guo5"),
        ("他们从来没吵过架。", 0, "guo5"),
        ("他开过车。", 0, "guo5"),
        # words the dictionary writes with 过
        ("他经过我家门口。", 0, "guo4"),
        ("我们通过了考试。", 0, "guo4"),
        ("他打不过我。", 0, "guo4"),
        ("穿过公园就到了。", 0, "guo4"),
        ("过年的时候很热闹。", 0, "guo4"),
        ("他晕过去了。", 0, "guo4"),
        ("请把簸箕拿过来。", 0, "guo4"),
    ],
)
def test_guo_particle_and_verb(engine, text: str, nth: int, expected: str) -> None:
    assert reading_at(engine, text, "过", nth) == expected


def test_guo_rule_alone() -> None:
    """The rule on its own: the particle after a verb, guò before 来/去 and 得, after a
    pronoun, an adverb and a motion verb, and at the start of a clause."""
    assert _guo(Context("过", "去", "北京", "我去", "北京")) == "guo5"
    assert _guo(Context("过", "来", "", "他来", "", clause_end=True)) == "guo5"
    assert _guo(Context("过", "拿", "来", "拿", "来")) == "guo4"
    assert _guo(Context("过", "日子", "得", "日子", "得很好")) == "guo4"
    assert _guo(Context("过", "他", "了", "他", "了河")) == "guo4"
    assert _guo(Context("过", "再", "几", "再", "几天")) == "guo4"
    assert _guo(Context("过", "刮", "操场", "旋风刮", "操场")) == "guo4"
    assert _guo(Context("过", "开", "车", "他开", "车")) == "guo5"
    assert _guo(Context("过", "", "了", "", "了一会儿")) == "guo4"


@pytest.mark.parametrize(
    ("text", "spans", "word", "expected"),
    [
        ("我去过北京", [(0, 1), (1, 2), (2, 3), (3, 5)], 2, ("guo5",)),
        ("我们见过面", [(0, 2), (2, 4), (4, 5)], 1, ("jian4", "guo5")),
        ("我们过马路", [(0, 2), (2, 3), (3, 5)], 1, ("guo4",)),
        ("旋风刮过操场", [(0, 2), (2, 3), (3, 4), (4, 6)], 2, ("guo4",)),
    ],
)
def test_guo_on_the_fast_and_slow_paths(
    engine, text: str, spans: list[tuple[int, int]], word: int, expected: tuple[str, ...]
) -> None:
    """过 (new in ``RULES``) is never kept as a context-free reading, alone or as a part of
    a word read part by part (见过), and a run read word by word (量一量 makes it slow)
    reads it as the fast path does."""
    reader = engine.reader
    assert reader._context_free_reading("过", reader.model) is False
    assert reader._context_free_reading("见过", reader.model) is False
    assert reader._reading_of_parts("见过", [(0, 1), (1, 1)], reader.model) is False
    fast, slow = fast_and_slow(reader, text, spans)
    assert [(w.syllables, w.sources) for w in fast] == [
        (w.syllables, w.sources) for w in slow], text
    assert fast[word].syllables == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "可是过了一个月，他就不想学了。",
        "但是过了几天，他又来找我。",
        "后来过了很多年，我们才见面。",
        "然后过了十分钟，车就来了。",
        "所以过了一会儿，她又打电话来。",
        "于是过了一年，他回国了。",
        "如果过了八点，商店就关门了。",
        "要是过了十二点，你就别等我了。",
        "而且过了今天，票就没有了。",
    ],
)
def test_guo_after_a_connective_is_the_verb(engine, text: str) -> None:
    """A connective opening the clause leaves no verb before 过: time passes, guò (qa18 read
    可是过了一个月 as the particle guo)."""
    assert reading_at(engine, text, "过") == "guo4"
