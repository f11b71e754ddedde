"""The seventh round's collocations from the kinds of error of CPP dev (terms of
encyclopaedic text, cooking verbs, a colloquial adjective), each with a sentence written
here and a counter-example the frame must leave alone."""

from __future__ import annotations

import pytest

from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        # nouns of encyclopaedic text
        ("他戴着一顶冠帽。", "冠", "guan1"),
        ("他获得了冠军。", "冠", "guan4"),
        ("守军从城上投下擂石。", "擂", "lei2"),
        ("他在擂台上比武。", "擂", "lei4"),
        ("寺前立着一座石幢。", "幢", "chuang2"),
        ("这幢楼很高。", "幢", "zhuang4"),
        ("院子里有一个柴火垛。", "垛", "duo4"),
        ("城墙上的垛口很多。", "垛", "duo3"),
        ("树枝咔喳一声断了。", "喳", "cha1"),
        ("山西玄参是一种草本植物。", "参", "shen1"),
        ("全党参加了会议。", "参", "can1"),
        ("他被任命为都指挥使。", "都", "du1"),
        ("他们都指挥过军队。", "都", "dou1"),
        ("屋檐下有精美的斗栱。", "斗", "dou3"),
        ("他被任命为将作大匠。", "将", "jiang4"),
        ("他将作品交给老师。", "将", "jiang1"),
        ("乐评人很喜欢这张专辑。", "乐", "yue4"),
        ("大家都乐了。", "乐", "le4"),
        ("星系的晕中有很多暗物质。", "晕", "yun4"),
        ("他晕了过去。", "晕", "yun1"),
        ("他被削去官职。", "削", "xue1"),
        ("他削了一个苹果。", "削", "xiao1"),
        # cooking: frying for a time or until done
        ("把鱼再炸两分钟。", "炸", "zha2"),
        ("把鸡翅炸至金黄。", "炸", "zha2"),
        ("他们炸了三座碉堡。", "炸", "zha4"),
        # stunned, confused
        ("这道题把我给搞蒙了。", "蒙", "meng1"),
        # the offices and generals of the dynasties
        ("他升任大理少卿。", "少", "shao4"),
        ("他加太子少保。", "少", "shao4"),
        ("他任少监。", "少", "shao4"),
        ("他很少监督别人。", "少", "shao3"),
        ("他很少保护自己。", "少", "shao3"),
        ("他任丞相长史。", "长", "zhang3"),
        ("魏将张郃率军来援。", "将", "jiang4"),
        ("他大破秦将。", "将", "jiang4"),
        ("秦将统一六国。", "将", "jiang1"),
        ("资金将用于建设。", "将", "jiang1"),
        # a plant genus (现代汉语词典 juǎnbǎi; pypinyin's phrase reads juàn)
        ("这是一种卷柏。", "卷", "juan3"),
        # administering an office of the Song; deterring; returning home
        ("他勾当皇城司。", "勾", "gou1"),
        ("他干了不少坏勾当。", "勾", "gou4"),
        ("政府采取措施阻吓犯罪。", "吓", "he4"),
        ("他被吓了一跳。", "吓", "xia4"),
        ("他终于还故乡了。", "还", "huan2"),
        ("他还在故乡。", "还", "hai2"),
        # the templates of river, building and frog articles
        ("河道平均比降2‰。", "降", "jiang4"),
        ("他比降职前更忙。", "降", "jiang4"),
        ("门上有挑梁支撑的阳台。", "挑", "tiao3"),
        ("他挑了一担水。", "挑", "tiao1"),
        ("雄蛙有单咽下外声囊。", "咽", "yan1"),
        ("他把药片咽下了。", "咽", "yan4"),
        # the lunar mansions of the old astronomy, and falling to a value
        ("奎宿属于西方七宿。", "宿", "xiu4"),
        ("它是西方七宿之一。", "宿", "xiu4"),
        ("我在他家住了一宿。", "宿", "xiu3"),
        ("参宿四是一颗红超巨星。", "参", "shen1"),
        ("炮口可降至-4度。", "降", "jiang4"),
        # pouring in, more alike, recorded
        ("倒入黄油和糖浆。", "倒", "dao4"),
        ("房子倒了。", "倒", "dao3"),
        ("反而更像英国的车。", "更", "geng4"),
        ("南京地方志有载此山。", "载", "zai3"),
        ("这辆车载着货物。", "载", "zai4"),
        ("《人民画报》曾载文介绍他。", "载", "zai3"),
        ("连续相变的理论。", "相", "xiang4"),
        ("评论应先审核。", "应", "ying1"),
        ("他是领率机关的干部。", "率", "shuai4"),
    ],
)
def test_seventh_round_collocations(engine, text: str, char: str, expected: str) -> None:
    assert reading_at(engine, text, char) == expected


@pytest.mark.parametrize(
    ("text", "spans", "word", "expected"),
    [
        ("投下擂石", [(0, 2), (2, 3), (3, 4)], 1, "lei2"),
        ("一座石幢", [(0, 2), (2, 3), (3, 4)], 2, "chuang2"),
        ("麦秸垛", [(0, 2), (2, 3)], 1, "duo4"),
        ("咔喳一声", [(0, 1), (1, 2), (2, 4)], 1, "cha1"),
        ("都指挥使", [(0, 1), (1, 3), (3, 4)], 0, "du1"),
        ("冠帽", [(0, 1), (1, 2)], 0, "guan1"),
        ("太子少保", [(0, 2), (2, 3), (3, 4)], 1, "shao4"),
        ("赵府长史", [(0, 2), (2, 4)], 1, "zhang3"),
        ("勾当三班院", [(0, 2), (2, 3), (3, 4), (4, 5)], 0, "gou1"),
        ("阻吓犯罪", [(0, 1), (1, 2), (2, 4)], 1, "he4"),
        ("比降两", [(0, 1), (1, 2), (2, 3)], 1, "jiang4"),
        ("有挑梁", [(0, 1), (1, 2), (2, 3)], 1, "tiao3"),
        ("单咽下外声囊", [(0, 1), (1, 3), (3, 4), (4, 6)], 1, "yan1"),
        ("奎宿", [(0, 1), (1, 2)], 1, "xiu4"),
        ("可降至", [(0, 1), (1, 2), (2, 3)], 1, "jiang4"),
        ("反而更像", [(0, 2), (2, 3), (3, 4)], 1, "geng4"),
        ("有载此山", [(0, 1), (1, 2), (2, 3), (3, 4)], 1, "zai3"),
    ],
)
def test_seventh_round_collocations_on_the_fast_and_slow_paths(
    engine, text: str, spans: list[tuple[int, int]], word: int, expected: str
) -> None:
    """A character with a collocation reads its clause, so it is never kept as a
    context-free reading, and a run read word by word (量一量 makes it slow) reads it as
    the kept-reading path does."""
    reader = engine.reader
    for ch in "冠擂幢垛喳参都少吓降挑宿更载倒":
        assert reader._context_free_reading(ch, reader.model) is False, ch
    for context_word in ("勾当", "咽下"):
        assert reader._context_free_reading(context_word, reader.model) is False, context_word
    fast, slow = fast_and_slow(reader, text, spans)
    assert [(w.syllables, w.sources) for w in fast] == [
        (w.syllables, w.sources) for w in slow], text
    assert fast[word].syllables[0] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a character of a name, 儿 is ér
        ("瑚儿的妻子来了。", "er2"),
        ("浪孛儿罕来了。", "er2"),
        # after a noun, a measure word or an everyday word, the erhua stays
        ("这盘儿菜真香。", "r5"),
        ("他唱了一首歌儿。", "r5"),
        ("院子里有只狗儿。", "r5"),
    ],
)
def test_er_after_a_name_character(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "儿") == expected


def test_er_after_a_name_character_on_the_fast_and_slow_paths(engine) -> None:
    reader = engine.reader
    assert reader._context_free_reading("儿", reader.model) is False
    for text, expected in (("瑚儿", "er2"), ("盘儿", "r5")):
        fast, slow = fast_and_slow(reader, text, [(0, 1), (1, 2)])
        assert [(w.syllables, w.sources) for w in fast] == [
            (w.syllables, w.sources) for w in slow], text
        assert fast[1].syllables == (expected,), text
