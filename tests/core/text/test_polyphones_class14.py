"""Issue 19, pyclass14: classroom readings the gloss work (words19, words17) found wrong in
benchmarks/words/senses.tsv, each fixed by a rule of its class (the word's place and its
neighbours), with sentences of the other reading that the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        # 行 xíng "all right?" closing a question, whatever stands before it
        ("明天不行的话，后天行吗？", "行", "xing2"),
        ("星期天行吗？", "行", "xing2"),
        ("这行吗？", "行", "xing2"),
        ("我明天再来，行吧？", "行", "xing2"),
        # ... and háng as a row or a trade
        ("是第三行吗？", "行", "hang2"),
        ("请大家看第五行。", "行", "hang2"),
        ("你是做哪行的？", "行", "hang2"),
        ("他干这行已经二十年了。", "行", "hang2"),
        ("这行字写得太小了。", "行", "hang2"),
        # 干一行，爱一行: the verb gàn and the trade háng
        ("干一行，爱一行。", "干", "gan4"),
        ("干一行，爱一行。", "行", "hang2"),
        ("代表团一行十人到了北京。", "行", "xing2"),  # a party
        # 干 gān: a thing soon dry (adverbs or a time between it and 干了)
        ("外面太阳很大，衣服一会儿就干了。", "干", "gan1"),
        ("雨停了，地面很快就干了。", "干", "gan1"),
        ("毛巾挂在外面，没多久就干了。", "干", "gan1"),
        # ... also after a verb of drying and the time (the integrator, thirteenth session)
        ("衣服晒了一会儿就干了。", "干", "gan1"),
        ("头发吹了几分钟就干了。", "干", "gan1"),
        ("床单晾了一天就干了。", "干", "gan1"),
        # ... and gàn: a person, work done, 干完
        ("他一会儿就干了。", "干", "gan4"),
        ("这点活儿我一会儿就干完了。", "干", "gan4"),
        ("你这个星期干了几天活儿？", "干", "gan4"),
        ("他干了一天活儿。", "干", "gan4"),
        ("他休息了一会儿就干了。", "干", "gan4"),
        ("他们吃了饭就干了起来。", "干", "gan4"),
        # 倒 dǎo: what can collapse or go bankrupt, adverbs or a time, 倒了 ending the clause
        ("他们公司去年倒了。", "倒", "dao3"),
        ("那家小饭馆去年就倒了。", "倒", "dao3"),
        ("这栋旧房子快倒了。", "倒", "dao3"),
        ("风太大，院子里的树倒了。", "倒", "dao3"),
        # ... and dào: pouring, dumping, reversing
        ("杯子里的水我已经倒了。", "倒", "dao4"),
        ("你帮我把垃圾倒了吧。", "倒", "dao4"),
        ("妈妈给客人倒了一杯茶。", "倒", "dao4"),
        ("请给我倒杯水。", "倒", "dao4"),
        ("他把车倒进了车库。", "倒", "dao4"),
        ("倒水的时候小心点儿。", "倒", "dao4"),
    ],
)
def test_class14_characters(engine, text: str, char: str, expected: str) -> None:
    assert reading_at(engine, text, char) == expected


def test_class14_second_trade(engine) -> None:
    """爱一行 after 干一行 is the trade too (the saying's second half)."""
    assert reading_at(engine, "干一行，爱一行。", "行", nth=1) == "hang2"


def _word(engine, text: str, word: str) -> tuple[str, ...]:
    """The readings of the token ``word`` in ``text``."""
    for tok in engine.annotate(text, tone_changes=False):
        if tok.text == word:
            return tuple(tok.pinyin)
    raise AssertionError(f"{word} not a token of {text}")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # 东西 dōngxī, the directions, before a direction, its sides or a length
        ("这条街是东西方向的。", "东西", ("dong1", "xi1")),
        ("这条路是东西走向的。", "东西", ("dong1", "xi1")),
        ("河的东西两岸都是田。", "东西", ("dong1", "xi1")),
        ("操场东西两边各有一棵大树。", "东西", ("dong1", "xi1")),
        ("这座城市东西长二十公里。", "东西", ("dong1", "xi1")),
        # ... dōngxi, things, elsewhere (两个人 is no pair of sides)
        ("我的东西很多。", "东西", ("dong1", "xi5")),
        ("她去超市买东西了。", "东西", ("dong1", "xi5")),
        ("这个东西方便吗？", "东西", ("dong1", "xi5")),
        ("这些东西两个人拿不了。", "东西", ("dong1", "xi5")),
        # 精神 jīngshen "lively" after 有/没 or a degree word
        ("你今天看起来很有精神。", "精神", ("jing1", "shen5")),
        ("你怎么没精神？", "精神", ("jing1", "shen5")),
        ("他今天特别精神。", "精神", ("jing1", "shen5")),
        ("孩子睡了一觉，又有精神了。", "精神", ("jing1", "shen5")),
        ("快打起精神来！", "精神", ("jing1", "shen5")),
        # ... jīngshén "spirit, mind": a noun's head or modifier
        ("我们要学习他的这种精神。", "精神", ("jing1", "shen2")),
        ("他最近精神压力很大。", "精神", ("jing1", "shen2")),
        ("这才是奥运会的真精神。", "精神", ("jing1", "shen2")),
        ("我们要学习他不怕困难的精神。", "精神", ("jing1", "shen2")),
        # 大意 dàyì "main idea" after a text (and 的)
        ("这篇文章的大意是什么？", "大意", ("da4", "yi4")),
        ("请说说这段话的大意。", "大意", ("da4", "yi4")),
        ("读完课文，写出每段的大意。", "大意", ("da4", "yi4")),
        ("他把文章大意讲了一遍。", "大意", ("da4", "yi4")),
        # ... dàyi "careless"
        ("你太大意了。", "大意", ("da4", "yi5")),
        ("考试的时候千万不能大意。", "大意", ("da4", "yi5")),
        ("这次是我大意了。", "大意", ("da4", "yi5")),
        ("他一时大意，把钥匙丢了。", "大意", ("da4", "yi5")),
        # 地道 dìdào "tunnel" after a verb of digging or going through, a measure, or
        # before a place in it
        ("战争的时候，村里的人挖了很多地道。", "地道", ("di4", "dao4")),
        ("他们从地道里钻了出来。", "地道", ("di4", "dao4")),
        ("这条地道有一百多米长。", "地道", ("di4", "dao4")),
        ("工人们正在修地道。", "地道", ("di4", "dao4")),
        # ... dìdao "authentic", also after a measure before 的
        ("这家店的北京菜很地道。", "地道", ("di4", "dao5")),
        ("他说一口地道的北京话。", "地道", ("di4", "dao5")),
        ("这是一条地道的北京胡同。", "地道", ("di4", "dao5")),
        ("地道的北京菜很好吃。", "地道", ("di4", "dao5")),
        ("地道战是一部老电影。", "地道战", ("di4", "dao4", "zhan4")),
    ],
)
def test_class14_words(engine, text: str, word: str, expected: tuple[str, ...]) -> None:
    assert _word(engine, text, word) == expected


@pytest.mark.parametrize(
    ("text", "spans", "word", "expected"),
    [
        ("衣服一会儿就干了", [(0, 2), (2, 5), (5, 6), (6, 7), (7, 8)], 3, ("gan1",)),
        ("干一行", [(0, 1), (1, 3)], 0, ("gan4",)),
        ("干一行", [(0, 1), (1, 3)], 1, ("yi1", "hang2")),
        ("后天行吗", [(0, 2), (2, 3), (3, 4)], 1, ("xing2",)),
        ("公司去年倒了", [(0, 2), (2, 4), (4, 5), (5, 6)], 2, ("dao3",)),
        ("这条街是东西方向的", [(0, 1), (1, 2), (2, 3), (3, 4), (4, 6), (6, 8), (8, 9)], 4,
         ("dong1", "xi1")),
        ("很有精神", [(0, 1), (1, 2), (2, 4)], 2, ("jing1", "shen5")),
        ("文章的大意", [(0, 2), (2, 3), (3, 5)], 2, ("da4", "yi4")),
        ("挖地道", [(0, 1), (1, 3)], 1, ("di4", "dao4")),
    ],
)
def test_class14_rules_on_the_fast_and_slow_paths(
    engine, text: str, spans: list[tuple[int, int]], word: int, expected: tuple[str, ...]
) -> None:
    """The new rules read context, so none of their words is kept as a context-free
    reading; a run read word by word (量一量 makes it slow) reads them as the fast path."""
    reader = engine.reader
    for w in ("干", "行", "倒", "东西", "精神", "大意", "地道", "一行"):
        assert reader._context_free_reading(w, reader.model) is False, w
    for w in ("买东西", "他精神", "写大意", "挖地道"):
        assert reader._reading_of_parts(w, [(0, 1), (1, 2)], reader.model) is False, w
    fast, slow = fast_and_slow(reader, text, spans)
    assert [(w.syllables, w.sources) for w in fast] == [
        (w.syllables, w.sources) for w in slow], text
    assert fast[word].syllables == expected, text


def test_class14_word_rules_directly() -> None:
    """The word rules read the text before and after the word, as word_in_context gets it."""
    from chinese_teach.core.text.polyphones.rules import word_in_context

    assert word_in_context("东西", "是", "方向的") == ("dong1", "xi1")
    assert word_in_context("东西", "的", "很多") is None
    assert word_in_context("精神", "有", "", before="很有") == ("jing1", "shen5")
    assert word_in_context("精神", "有", "压力", before="很有") is None
    assert word_in_context("精神", "真", "", before="奥运会的真") is None
    assert word_in_context("大意", "的", "", before="文章的") == ("da4", "yi4")
    assert word_in_context("大意", "的", "", before="他的") is None
    assert word_in_context("大意", "说话", "", before="他说话") is None
    assert word_in_context("地道", "挖", "", before="挖") == ("di4", "dao4")
    assert word_in_context("地道", "条", "的胡同", before="一条") is None
    assert word_in_context("地道", "很", "口味", before="很") is None
