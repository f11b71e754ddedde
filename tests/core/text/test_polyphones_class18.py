"""Issue 19, pyclass18: the classes of the misses of classroom_fresh10 and classroom_fresh11
(seen since the eighteenth session), each fixed by a rule or a collocation of its class
(``collocations.CLASS18``, the ``_class18`` functions of ``rules.py``), with sentences of the
other reading the rule must leave alone. None of these sentences is a line of a benchmark set."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.polyphones.collocations import collocation_reading
from chinese_teach.core.text.polyphones.rules import (
    CONTEXT_WORDS,
    Context,
    _de_class18,
    _doubled_second,
    _shang_class18,
    word_in_context,
    word_in_context_class18,
)
from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        # 中 zhòng as a verb's result; zhōng elsewhere
        ("老师一眼就看穿了，他说中了我的想法。", "中", "zhong4"),
        ("这一箭射中了靶心。", "中", "zhong4"),
        ("我们在雨中走了很久。", "中", "zhong1"),
        # 吐 tù + 了 + a length or a count; tǔ spitting out
        ("他喝多了，吐了一晚上。", "吐", "tu4"),
        ("她坐车的时候吐了好几次。", "吐", "tu4"),
        ("他晕船吐得特别厉害。", "吐", "tu4"),
        ("小金鱼吐出了很多小泡。", "吐", "tu3"),
        # 钻 zuān before a direction; the drill zuàn
        ("小松鼠钻到树洞里去了。", "钻", "zuan1"),
        ("爸爸买了一把新电钻。", "钻", "zuan4"),
        # 炸 zhá of a cook's dish; zhà of a blast
        ("外婆炸的丸子最好吃。", "炸", "zha2"),
        ("轮胎突然炸了。", "炸", "zha4"),
        # 殷红 yān; 殷勤 yīn
        ("地上有一片殷红的花瓣。", "殷", "yan1"),
        ("她对客人非常殷勤。", "殷", "yin1"),
        # 令 lǐng, a ream of paper
        ("学校买了十令复印纸。", "令", "ling3"),
        ("老师命令我们马上出发。", "令", "ling4"),
        # 吁 xū, a sigh; 呼吁 yù
        ("看完成绩，她吁了一口长气。", "吁", "xu1"),
        ("他轻轻地吁了一声。", "吁", "xu1"),
        ("我们呼吁大家节约用水。", "吁", "yu4"),
        # 吱 zī, to make a sound; zhī, the creak
        ("你要是需要帮忙，就吱一声。", "吱", "zi1"),
        ("椅子吱的一声响了。", "吱", "zhi1"),
        # 打 dá, dozens after a numeral
        ("妈妈买了两打鸡蛋和一打纸杯。", "打", "da2"),
        ("我们两个打网球吧。", "打", "da3"),
        # 眼泡 pāo; 泡 pào a blister or a bubble
        ("他没睡好，眼泡有点儿肿。", "泡", "pao1"),
        ("走了一天路，脚上起了一个泡。", "泡", "pao4"),
        # 更 gèng before an adjective; 三更 gēng
        ("我觉得这条路更近。", "更", "geng4"),
        ("半夜三更的，你去哪儿？", "更", "geng1"),
        # 尽 jìn + 自己; 尽快 jǐn
        ("每个人都要尽自己的一份力。", "尽", "jin4"),
        ("请你尽快告诉我。", "尽", "jin3"),
        # 种 zhòng + 满; 这种 zhǒng
        ("湖边种满了桃树。", "种", "zhong4"),
        ("这种花很香。", "种", "zhong3"),
        # 散 sǎn of bound things; sàn of a crowd
        ("她的辫子都散了。", "散", "san3"),
        ("妹妹扎的小辫又散了。", "散", "san3"),
        ("桌子一晃，积木全散了。", "散", "san3"),
        ("电影结束了，人都散了。", "散", "san4"),
        # 折 shé, snapped; zhé, folded or a discount
        ("他的胳膊也折了。", "折", "she2"),
        ("这把旧伞的伞骨全折了。", "折", "she2"),
        ("这双鞋打七折。", "折", "zhe2"),
        # 缝 féng, the verb closing its clause; fèng, a crack
        ("衣服开线了，你能帮我缝吗？", "缝", "feng2"),
        ("硬币掉进了沙发缝里。", "缝", "feng4"),
        ("裤子开线了，你帮我缝一缝。", "缝", "feng2"),
        # 扇 shān, fanning; shàn, the measure word
        ("她热得拿着本子不停地扇。", "扇", "shan1"),
        ("这扇门坏了。", "扇", "shan4"),
        # 削 xiāo before its result; 削弱 xuē
        ("把这个梨削一下再吃。", "削", "xiao1"),
        ("这会削弱我们的力量。", "削", "xue1"),
        # 和 huó after 面/泥; hé "and"
        ("面和好了，我们开始包饺子吧。", "和", "huo2"),
        ("我买了面和鸡蛋。", "和", "he2"),
        ("叶子的表面和成熟的果实都是红色的。", "和", "he2"),
        # 劲 jìn, strength; 强劲 jìng
        ("他用了好大的劲才拧开瓶盖。", "劲", "jin4"),
        ("这是一个很强劲的对手。", "劲", "jing4"),
        # 脏 zāng before a noun; 心脏 zàng
        ("快把脏袜子拿去洗。", "脏", "zang1"),
        ("心脏是人体很重要的器官。", "脏", "zang4"),
        # 晕车晕得 yùn; 晕得站不起来 yūn
        ("弟弟晕车晕得很厉害。", "晕", "yun4"),
        ("他头晕得站不起来。", "晕", "yun1"),
        # 长 cháng after a softened negation; zhǎng of growing
        ("这条河不算长。", "长", "chang2"),
        ("这件外套的袖子有些长。", "长", "chang2"),
        ("小狗长得很快。", "长", "zhang3"),
        # 倒 dào between 得 and an adjective; dǎo, fell
        ("你想得倒挺好，可是没那么容易。", "倒", "dao4"),
        ("大风把树吹倒了。", "倒", "dao3"),
        # 当天 dàng, the same day; 当天 dāng, that day
        ("这家店的蛋糕当天就能送到。", "当", "dang4"),
        ("那天我们去了公园，当天的天气很好。", "当", "dang1"),
        # 得 děi first in its clause before a verb of doing; dé of a prize
        ("作业太多了，得抓紧写。", "得", "dei3"),
        ("她在比赛中得了第二名。", "得", "de2"),
        # ... and the complement marker after a state
        ("我冷得用被子把自己包了起来。", "得", "de5"),
        # 发夹 fà
        ("她头上别着一个蓝色的发夹。", "发", "fa4"),
    ],
)
def test_class18_characters(engine, text: str, char: str, expected: str) -> None:
    assert reading_at(engine, text, char) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a doubled verb's second syllable is light before the one it is done to
        ("宝宝醒了，你去哄哄她。", "hong3 hong5"),
        ("你有空的时候教教我画画吧。", "jiao1 jiao5"),
        ("太热了，帮我扇扇吧。", "shan1 shan5"),
        # 地下 after a doubled adverb closing its clause; 床底下去 dǐxia qù
        ("小雨淅淅沥沥地下。", "de5 xia4"),
        ("雨哗哗地下。", "de5 xia4"),
        ("小猫钻到桌底下去了。", "di3 xia5 qu4"),
        # 缝一缝: both verbs féng
        ("衣服破了，我来缝一缝吧。", "feng2 yi1 feng2"),
        # the potential complement's 不, light in the dictionary's phrase
        ("他急得说不出话来。", "shuo1 bu5 chu1 hua4 lai2"),
        # 上 after an event in a clause opened by 在
        ("在上周的演讲比赛上，他得了第一名。", "shang5"),
    ],
)
def test_class18_syllables(engine, text: str, expected: str) -> None:
    shown = " ".join(s for tok in engine.annotate(text, tone_changes=False) if tok.pinyin
                     for s in tok.pinyin)
    assert expected in shown, shown


def test_class18_word_in_context_helpers() -> None:
    """The whole-word readings of pyclass18 and what they leave alone."""
    assert word_in_context_class18("哄哄", "快", "他吧") == ("hong3", "hong5")
    assert word_in_context_class18("哄哄", "一", "他") is None  # after a numeral: not a verb
    assert word_in_context_class18("当天", "快递", "就能到") == ("dang4", "tian1")
    assert word_in_context_class18("当天", "开学", "的天气") is None
    assert word_in_context_class18("地下", "淅淅沥沥", "") == ("de5", "xia4")
    assert word_in_context_class18("地下", "停在", "") is None
    assert word_in_context_class18("下去", "床底", "了") == ("xia5", "qu4")
    assert word_in_context_class18("下去", "坚持到底", "") is None
    assert word_in_context("当天", "", "可以送到") == ("dang4", "tian1")
    for word in ("哄哄", "教教", "当天", "地下", "下去"):
        assert word in CONTEXT_WORDS, word


def test_class18_rule_helpers() -> None:
    """得 after a state, 得 first in a clause, the doubled 扇 and 上 after an event."""
    assert _de_class18(Context("得", "热", "用", "他热", "用手扇")) == "de5"
    assert _de_class18(Context("得", "", "磨", "", "磨一磨")) == "dei3"
    assert _de_class18(Context("得", "", "了", "", "了第一名")) != "dei3"
    assert _doubled_second(Context("扇", "扇", "吧", "帮我扇", "吧")) == "shan5"
    assert _doubled_second(Context("扇", "扇", "窗户", "一扇", "窗户")) is None
    at_event = Context("上", "比赛", "", "在学校的比赛", "", clause_end=True)
    assert _shang_class18(at_event) == "shang5"
    assert _shang_class18(Context("上", "比赛", "了", "在学校比赛", "了")) == "shang4"
    # the collocations see the clause: 面 + 和好 is kneading, 面 + 和馒头 is "and"
    assert collocation_reading("和", "把面", "好") == "huo2"
    assert collocation_reading("和", "把面", "馒头都买了") != "huo2"


@pytest.mark.parametrize(
    ("text", "spans", "word", "expected"),
    [
        ("快递当天就能到", [(0, 2), (2, 4), (4, 5), (5, 6), (6, 7)], 1, ("dang4", "tian1")),
        ("你去哄哄她", [(0, 1), (1, 2), (2, 4), (4, 5)], 2, ("hong3", "hong5")),
        ("小雨淅淅沥沥地下", [(0, 2), (2, 6), (6, 8)], 2, ("de5", "xia4")),
        ("钻到床底下去了", [(0, 1), (1, 2), (2, 4), (4, 6), (6, 7)], 3, ("xia5", "qu4")),
        ("一令白纸", [(0, 1), (1, 2), (2, 3), (3, 4)], 1, ("ling3",)),
        ("他的眼泡肿了", [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6)], 3, ("pao1",)),
        ("用了很大的劲", [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6)], 5, ("jin4",)),
        ("殷红色的", [(0, 1), (1, 3), (3, 4)], 0, ("yan1",)),
    ],
)
def test_class18_rules_on_the_fast_and_slow_paths(
    engine, text: str, spans: list[tuple[int, int]], word: int, expected: tuple[str, ...]
) -> None:
    """The new context words (当天, 哄哄, 地下, 下去) and the characters new in the
    collocations (令, 泡, 劲, 殷) are never kept as a context-free reading, and a run read word
    by word (量一量 makes it slow) reads them as the fast path does."""
    reader = engine.reader
    for w in ("当天", "哄哄", "教教", "地下", "下去", "令", "泡", "劲", "殷"):
        assert reader._context_free_reading(w, reader.model) is False, w
    fast, slow = fast_and_slow(reader, text, spans)
    assert [(w.syllables, w.sources) for w in fast] == [
        (w.syllables, w.sources) for w in slow], text
    assert fast[word].syllables == expected, text
