"""The ninth round's readings from the text of CPP dev outside its targets: a length or a
weight before its number, a rate after a word, and two words the model misread; each with
a sentence written here and a counter-example the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        # a length before its number, in digits after the run or in characters
        ("这条河长88千米。", "长", "chang2"),
        ("跑道长500米，宽45米。", "长", "chang2"),
        ("过渡段长约0.5公里。", "长", "chang2"),
        ("这座桥长二十米。", "长", "chang2"),
        ("他长得很高。", "长", "zhang3"),
        ("他是我们的班长。", "长", "zhang3"),
        # long, after a numeral and a measure word
        ("山顶有一条长的跑道。", "长", "chang2"),
        ("门后为一条长甬道。", "长", "chang2"),
        ("一条长得很粗的蛇。", "长", "zhang3"),
        # a weight before its number
        ("这座桥使用了重963吨的钢梁。", "重", "zhong4"),
        ("这块石头重达455公斤。", "重", "zhong4"),
        ("他重写了一遍。", "重", "chong2"),
        # a rate after a word, closing the clause or before what a rate does
        ("这部电影获得了很高的认可率，", "率", "lv4"),
        ("磁化率大致与温度成反比。", "率", "lv4"),
        ("粮食自给率在下降。", "率", "lv4"),
        ("他率大军南下。", "率", "shuai4"),
        ("他做事很轻率。", "率", "shuai4"),
        ("他兼任太子左卫率。", "率", "shuai4"),
        ("他任左清道率府长史。", "率", "shuai4"),
        # answering an invitation, and "should" before a verb
        ("他应凤姐之请，来到了荣国府。", "应", "ying4"),
        ("他应李烈钧征召赴江西。", "应", "ying4"),
        ("证伪主义应采用试错法。", "应", "ying1"),
        ("其他人犯应根据罪行大小处理。", "应", "ying1"),
        ("他应了一声。", "应", "ying4"),
        # recorded, after a book's title
        ("《水经注》载：河南有一座山。", "载", "zai3"),
        ("这辆卡车载了五吨货。", "载", "zai4"),
        # land after 之 or before its amount; the shape of an upturned measure; sedges
        ("这里是兵家必争之地。", "地", "di4"),
        ("于是，他购地16亩建了一座学校。", "地", "di4"),
        ("他高兴地说。", "地", "de5"),
        ("墓形如覆斗，底边长173米。", "斗", "dou3"),
        ("他们在院子里斗蛐蛐。", "斗", "dou4"),
        ("红鳞扁莎是莎草科扁莎属的植物。", "莎", "suo1"),
        # the office of a general and the commander's flag
        ("他改任虎牙郎将。", "将", "jiang4"),
        ("舰队升起将旗。", "将", "jiang4"),
        ("他将旗帜插在山顶。", "将", "jiang1"),
        ("新郎将新娘抱了起来。", "将", "jiang1"),
        # words the dictionary lacks
        ("梁武帝天监五年，他来到建康。", "监", "jian1"),
        ("船只在海滩上搁浅数日。", "数", "shu4"),
        ("儿童长时间玩游戏对眼睛不好。", "长", "chang2"),
        ("机车轴重按25吨设计。", "重", "zhong4"),
    ],
)
def test_ninth_round_readings(engine, text: str, char: str, expected: str) -> None:
    assert reading_at(engine, text, char) == expected


@pytest.mark.parametrize(
    ("text", "spans", "word", "k", "expected"),
    [
        ("河长88千米", [(0, 1), (1, 2)], 1, 0, "chang2"),
        ("长约0.5公里", [(0, 1), (1, 2)], 0, 0, "chang2"),
        ("桥长二十米", [(0, 1), (1, 2), (2, 4), (4, 5)], 1, 0, "chang2"),
        ("一条长甬道", [(0, 2), (2, 3), (3, 5)], 1, 0, "chang2"),
        ("虎牙郎将", [(0, 2), (2, 3), (3, 4)], 2, 0, "jiang4"),
        ("使用了重963吨", [(0, 2), (2, 3), (3, 4)], 2, 0, "zhong4"),
        ("认可率，", [(0, 2), (2, 3)], 1, 0, "lv4"),
        ("自给率在下降", [(0, 3), (3, 4), (4, 6)], 0, 2, "lv4"),
        ("应凤姐之请", [(0, 1), (1, 3), (3, 4), (4, 5)], 0, 0, "ying4"),
        ("应采用", [(0, 1), (1, 3)], 0, 0, "ying1"),
        ("必争之地", [(0, 2), (2, 3), (3, 4)], 2, 0, "di4"),
        ("购地16亩", [(0, 1), (1, 2)], 1, 0, "di4"),
        ("如覆斗", [(0, 1), (1, 2), (2, 3)], 2, 0, "dou3"),
        ("红鳞扁莎", [(0, 2), (2, 3), (3, 4)], 2, 0, "suo1"),
    ],
)
def test_ninth_round_rules_on_the_fast_and_slow_paths(
    engine, text: str, spans: list[tuple[int, int]], word: int, k: int, expected: str
) -> None:
    """长, 重, 率, 应, 载, 地, 斗 and 莎 read their clause and the number after it, so
    they are never kept as context-free readings; a run read word by word (量一量 makes it
    slow) reads them as the kept-reading path does (载 alone in its run is checked above:
    the slow path puts 量一量 before it)."""
    reader = engine.reader
    for ch in "长重率应载地斗莎":
        assert reader._context_free_reading(ch, reader.model) is False, ch
    fast, slow = fast_and_slow(reader, text, spans)
    assert [(w.syllables, w.sources) for w in fast] == [
        (w.syllables, w.sources) for w in slow], text
    assert fast[word].syllables[k] == expected, text


def test_number_after_the_run_only() -> None:
    """The number marker is given only when digits follow the run: a number inside the
    clause further on does not make 重 a weight (重新 is a word, 重 alone here repeats)."""
    from chinese_teach.core.text.polyphones.collocations import collocation_reading

    assert collocation_reading("长", "河", "", number_after=True) == "chang2"
    assert collocation_reading("长", "河", "", number_after=False) is None
    assert collocation_reading("长", "河", "流很急", number_after=True) is None
