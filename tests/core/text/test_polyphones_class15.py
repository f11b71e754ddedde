"""Issue 19, pyclass15: the session's classroom polyphones in shapes the rules had not
seen (a verb or a time between the deciding word and the character, a question, 把/被),
each fixed by a rule of its class, with sentences of the other reading it must leave alone."""

from __future__ import annotations

import pytest

from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at
from tests.core.text.test_polyphones_class14 import _word


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        # 干 gān: a span of time with a measure between the drying verb and 就干了
        ("衣服洗好以后晾了一个下午就干了。", "干", "gan1"),
        ("床单晒了两个小时就干了。", "干", "gan1"),
        ("头发吹了十分钟就干了。", "干", "gan1"),
        # ... gàn when a person does it in that time, or a task
        ("他休息了两个小时就干了。", "干", "gan4"),
        ("这点活儿两个小时就干完了。", "干", "gan4"),
        # 干 gàn: a question of time or manner after a person or a task
        ("这件事你打算什么时候干？", "干", "gan4"),
        ("我们怎么干？", "干", "gan4"),
        ("这些活儿什么时候干？", "干", "gan4"),
        # ... a thing asked about still dries
        ("衣服什么时候干？", "干", "gan1"),
        # 倒 dǎo: what went bankrupt after how long it ran
        ("那家超市开了不到一年就倒了。", "倒", "dao3"),
        ("这家公司办了三年就倒了。", "倒", "dao3"),
        # ... dào: a liquid poured, an adverb of all between
        ("他把杯子里的牛奶全倒了。", "倒", "dao4"),
        ("剩下的汤你倒了没有？", "倒", "dao4"),
        ("他开了一年车就倒了一次车。", "倒", "dao3"),
        # 种 zhòng before an amount of plants, and after 谁 + 的
        ("爷爷每年春天都在院子里种几棵树。", "种", "zhong4"),
        ("他家种了两亩玉米。", "种", "zhong4"),
        ("这些花是谁种的？", "种", "zhong4"),
        # ... zhǒng as a measure
        ("这几种水果里你最爱吃哪种？", "种", "zhong3"),
        ("这种苹果是从山东运来的。", "种", "zhong3"),
        ("这是谁说的那种话？", "种", "zhong3"),
        # 教 jiào "to make (someone feel)" before a person and a feeling
        ("这件事真教人难过。", "教", "jiao4"),
        # ... jiāo "to teach"
        ("你能教我怎么用筷子吗？", "教", "jiao1"),
        ("王老师在这所学校教了二十年书。", "教", "jiao1"),
        ("他教人写毛笔字。", "教", "jiao1"),
        # 不 after the particle 了 is no potential complement
        ("那家超市开了不到一年就倒了。", "不", "bu2"),
        ("我吃不到这么好的菜。", "不", "bu5"),
    ],
)
def test_class15_characters(engine, text: str, char: str, expected: str) -> None:
    assert reading_at(engine, text, char) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # 东西 dōngxī before a length in figures or 各 + a verb (each side)
        ("这个广场东西大约有五百米。", "东西", ("dong1", "xi1")),
        ("教学楼的东西各有一个楼梯。", "东西", ("dong1", "xi1")),
        # ... dōngxi before an amount that is no length
        ("我的东西大约有五十件。", "东西", ("dong1", "xi5")),
        ("你把桌子上的东西都拿走吧。", "东西", ("dong1", "xi5")),
        # 精神 jīngshen before a degree complement only an adjective takes
        ("孩子们早上都精神得很。", "精神", ("jing1", "shen5")),
        ("他的精神得到了放松。", "精神", ("jing1", "shen2")),
        ("我们要把这种精神传下去。", "精神", ("jing1", "shen2")),
        # 大意 dàyì after 把 before a verb of writing, or after a verb of summing up
        ("读完以后，请同学们把大意写在本子上。", "大意", ("da4", "yi4")),
        ("请你概括大意。", "大意", ("da4", "yi4")),
        ("他做事一向很大意，常常丢东西。", "大意", ("da4", "yi5")),
        ("开车的时候可千万别大意啊。", "大意", ("da4", "yi5")),
        # 地道 dìdào after a measure and a size + 的, or before a verb of digging
        ("游击队当年在这里挖过一条很长的地道。", "地道", ("di4", "dao4")),
        ("这些地道是当年打仗的时候挖的。", "地道", ("di4", "dao4")),
        # ... dìdao "authentic"
        ("你觉得这家店的川菜地道吗？", "地道", ("di4", "dao5")),
        ("那条街的地道小吃很有名。", "地道", ("di4", "dao5")),
        ("地道的北京菜是他挖空心思做出来的。", "地道", ("di4", "dao5")),
        ("这些地道后来都被填平了。", "地道", ("di4", "dao4")),
        ("这家店的地道小吃填饱了我的肚子。", "地道", ("di4", "dao5")),
    ],
)
def test_class15_words(engine, text: str, word: str, expected: tuple[str, ...]) -> None:
    assert _word(engine, text, word) == expected


@pytest.mark.parametrize(
    ("text", "spans", "word", "expected"),
    [
        ("广场东西大约有五百米", [(0, 2), (2, 4), (4, 6), (6, 7), (7, 9), (9, 10)], 1,
         ("dong1", "xi1")),
        ("都精神得很", [(0, 1), (1, 3), (3, 4), (4, 5)], 1, ("jing1", "shen5")),
        ("把大意写下来", [(0, 1), (1, 3), (3, 4), (4, 6)], 1, ("da4", "yi4")),
        ("地道是挖的", [(0, 2), (2, 3), (3, 4), (4, 5)], 0, ("di4", "dao4")),
        ("谁种的", [(0, 1), (1, 2), (2, 3)], 1, ("zhong4",)),
        ("真教人难过", [(0, 1), (1, 2), (2, 3), (3, 5)], 1, ("jiao4",)),
    ],
)
def test_class15_rules_on_the_fast_and_slow_paths(
    engine, text: str, spans: list[tuple[int, int]], word: int, expected: tuple[str, ...]
) -> None:
    """The new rules read context: none of their words is kept as a context-free reading,
    and a run read word by word (量一量 makes it slow) reads them as the fast path."""
    reader = engine.reader
    for w in ("干", "倒", "种", "教", "东西", "精神", "大意", "地道"):
        assert reader._context_free_reading(w, reader.model) is False, w
    for w in ("把大意", "都精神", "谁种", "真教"):
        assert reader._reading_of_parts(w, [(0, len(w) - 1), (len(w) - 1, len(w))],
                                        reader.model) is False, w
    fast, slow = fast_and_slow(reader, text, spans)
    assert [(w.syllables, w.sources) for w in fast] == [
        (w.syllables, w.sources) for w in slow], text
    assert fast[word].syllables == expected, text


def test_class15_asked_doer_directly() -> None:
    """A question of time or manner makes 干 the verb only after a person or a task."""
    from chinese_teach.core.text.polyphones.rules import _asked_doer

    assert _asked_doer("这件事你打算什么时候")
    assert _asked_doer("活儿什么时候")
    assert not _asked_doer("衣服什么时候")
    assert not _asked_doer("衣服一会儿就")
