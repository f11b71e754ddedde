"""Readings for the kinds of error of classroom_fresh7.tsv once it was seen (sixth round,
second part): collocations, word readings, 得了 before a prize, 打的, 我校对, 数数, 好吃 and
看好 before an object, and 来/去 completing the complement of a two-character verb."""

from __future__ import annotations

import pytest

from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "char", "nth", "expected"),
    [
        ("外婆在家看外孙。", "看", 0, "kan1"),
        ("周末我们去医院看弟弟。", "看", 0, "kan4"),
        ("还有米饭，再盛一碗吧。", "盛", 0, "cheng2"),
        ("花园里的花盛开了。", "盛", 0, "sheng4"),
        ("我们在湖边照张相吧。", "相", 0, "xiang4"),
        ("这个答案被他猜中了。", "中", 0, "zhong4"),
        ("妹妹比赛得了冠军。", "得", 0, "de2"),
        ("妹妹比赛得了冠军。", "了", 0, "le5"),
        ("这么多饭你吃得了吗？", "了", 0, "liao3"),
        ("他把同学都供出来了。", "供", 0, "gong4"),
        ("护士抽了他的血。", "血", 0, "xie3"),
        ("他弹了一个下午吉他。", "弹", 0, "tan2"),
        ("她坐车吐了一路。", "吐", 0, "tu4"),
        ("他把瓜子皮吐了。", "吐", 0, "tu3"),
        ("小猫冷得直号。", "号", 0, "hao2"),
        ("他一下子勒住了马。", "勒", 0, "le4"),
        ("绳子勒得手很疼。", "勒", 0, "lei1"),
        ("请帮我校对一下。", "校", 0, "jiao4"),
        ("湖水很混。", "混", 0, "hun2"),
        ("他的中文说得很溜。", "溜", 0, "liu4"),
        ("太晚了，打的回去吧。", "的", 0, "di1"),
        ("这是我打的。", "的", 0, "de5"),
        ("院子里有一头驴在推磨。", "磨", 0, "mo4"),
        ("他喜欢看动画片儿。", "片", 0, "pian1"),
        ("雨后树林里长出了很多菌子。", "菌", 0, "jun4"),
        ("你来数数有几个人。", "数", 1, "shu5"),
        ("他的头发是卷的。", "卷", 0, "juan3"),
        ("这台旋床很旧了。", "旋", 0, "xuan4"),
        ("他用车吃掉了我的马。", "车", 0, "ju1"),
        ("小狗在院子里刨了一个坑。", "刨", 0, "pao2"),
        ("他拓了一张碑文。", "拓", 0, "ta4"),
        ("他一直不吱声。", "吱", 0, "zi1"),
        ("妹妹好吃甜的。", "好", 0, "hao4"),
        ("这家的面条很好吃。", "好", 0, "hao3"),
        ("你帮我看好行李。", "看", 0, "kan1"),
        ("大家都看好这支球队。", "看", 0, "kan4"),
        ("老师把作业的问题提出来了。", "来", 0, "lai5"),
        ("我们一起去吧。", "去", 0, "qu4"),
        ("晚上来我家吧。", "来", 0, "lai2"),
        ("地球绕着地轴转。", "转", 0, "zhuan4"),
        ("遵守纪律是学生应尽的责任。", "应", 0, "ying1"),
        ("她把书包往桌上一拽。", "拽", 0, "zhuai1"),
        ("他拽着我的胳膊。", "拽", 0, "zhuai4"),
        ("爬山的时候他落在了后面。", "落", 0, "la4"),
        ("树叶落在了地上。", "落", 0, "luo4"),
        ("院子里种满了花。", "种", 0, "zhong4"),
        ("这种花很香。", "种", 0, "zhong3"),
        ("沙滩上的贝壳数不清。", "数", 0, "shu3"),
        ("他姓曾，叫曾明。", "曾", 1, "zeng1"),
        ("他曾在这里工作。", "曾", 0, "ceng2"),
        ("他把床铺平了。", "铺", 0, "pu1"),
        ("这张床铺很软。", "铺", 0, "pu4"),
        ("请把桌子抹一下。", "抹", 0, "ma1"),
        ("她在脸上抹了点儿油。", "抹", 0, "mo3"),
        ("他的胡子长长了。", "长", 0, "zhang3"),
        ("他的胡子长长了。", "长", 1, "chang2"),
        ("她留着长长的头发。", "长", 0, "chang2"),
    ],
)
def test_kinds_of_error_of_the_seventh_classroom_set(
    engine, text: str, char: str, nth: int, expected: str
) -> None:
    assert reading_at(engine, text, char, nth) == expected


def test_new_context_rules_read_the_same_fast_and_slow(engine) -> None:
    """The new context rules are never kept as context-free readings (characters the new
    collocations read, 来/去, the words 我校 片儿 数数 好吃 看好 床铺), and a sentence reads the
    same whether its run takes the fast path or the slow one (量一量 makes the run slow)."""
    reader, model = engine.reader, engine.reader.model
    for word in ("盛", "相", "号", "混", "溜", "磨", "度", "吱", "拽", "应", "种", "落", "抹", "来",
                 "去", "我校", "片儿", "数数", "好吃", "看好", "床铺"):
        assert reader._context_free_reading(word, model) is False, word
    for text in ("你再盛一碗吧", "我们照张相吧", "他考试得了第一名", "请帮我校对一下",
                 "我们打的去吧", "你来数数有几个", "弟弟好吃零食", "你看好行李",
                 "他把问题提出来了", "他看动画片儿", "他说得很溜", "驴在拉磨",
                 "他把书拿回去了", "我们一起去吧", "那片地种的都是西瓜", "他落在了后面",
                 "她把床铺好了", "他把桌子抹干净了", "晚上来我家吧", "他回去了"):
        spans = [(t.start, t.end) for t in engine.segment(text)]
        fast, slow = fast_and_slow(reader, text, spans)
        assert [w.syllables for w in fast] == [w.syllables for w in slow], text


@pytest.mark.parametrize(
    ("text", "nth", "expected"),
    [
        ("他们家买房子了。", 0, "zi5"),  # the segmenter's 买房子 read 买房 | 子
        ("他的鞋带子松了。", 0, "zi5"),  # the segmenter's 鞋带 | 子
        ("他是天子。", 0, "zi3"),  # 天子 tiānzǐ is a word of its own
        ("在这三个子分期中。", 0, "zi3"),  # 三个 | 子分期 is no 个子 gèzi
    ],
)
def test_zi_split_from_its_noun_is_light(engine, text: str, nth: int, expected: str) -> None:
    assert reading_at(engine, text, "子", nth) == expected


def test_zi_rule_reads_the_same_fast_and_slow(engine) -> None:
    reader, model = engine.reader, engine.reader.model
    assert reader._context_free_reading("子", model) is False
    # 买房子 is cut 买 | 房子 since the seventh round (房子 is far more frequent than 买房),
    # so its reading no longer depends on the split 子: it is kept, and light
    found = reader._context_free_reading("买房子", model)
    assert found is False or found.syllables == ("mai3", "fang2", "zi5")
    for text in ("我想买房子", "他的鞋带子松了", "这种花叫鸡冠花"):
        spans, pos = [], 0
        for word in engine.segmenter.cut(text):  # the segmenter's words (买房子), not recut
            spans.append((pos, pos + len(word)))
            pos += len(word)
        fast, slow = fast_and_slow(reader, text, spans)
        assert [w.syllables for w in fast] == [w.syllables for w in slow], text


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        ("她闷闷不乐地走了。", "地", "de5"),  # the segmenter's 闷闷不乐 | 地走了
        ("这块地走了很多人。", "地", "di4"),
        ("他供职于安徽地矿局。", "地", "di4"),  # 安徽 | 地矿局: not after an idiom
        ("他无缘无故地被骂了。", "地", "de5"),
        ("门上有一道缝儿。", "儿", "r5"),  # 缝儿 only in pypinyin's phrases (er)
    ],
)
def test_di_after_an_adverb_and_erhua_of_a_phrase_word(
    engine, text: str, char: str, expected: str
) -> None:
    assert reading_at(engine, text, char) == expected


def test_di_leading_a_word_reads_the_same_fast_and_slow(engine) -> None:
    reader, model = engine.reader, engine.reader.model
    assert reader._context_free_reading("地走了", model) is False
    for text in ("他闷闷不乐地走了", "这块地走了很多人"):
        spans, pos = [], 0
        for word in engine.segmenter.cut(text):
            spans.append((pos, pos + len(word)))
            pos += len(word)
        fast, slow = fast_and_slow(reader, text, spans)
        assert [w.syllables for w in fast] == [w.syllables for w in slow], text
