"""Issue 19, pyclass19: the classes of classroom_fresh12's misses (seen since the sixteenth
session of 2026-12-07), each fixed by a collocation or a word rule of its class
(``polyphones/class19.py``), with sentences of the other reading the rule must leave alone.
None of these sentences is a line of a benchmark set."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.polyphones.class19 import (
    CLASS19,
    potential_bu,
    student_word_split,
    word_in_context_class19,
)
from chinese_teach.core.text.polyphones.collocations import COLLOCATIONS, collocation_reading
from chinese_teach.core.text.polyphones.rules import CONTEXT_CHARS, CONTEXT_WORDS, word_in_context
from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        # 倒 dào, pouring; dǎo, falling
        ("阿姨给客人倒了两杯红酒。", "倒", "dao4"),
        ("你再倒点儿豆浆吧。", "倒", "dao4"),
        ("门口的花盆被风吹倒了。", "倒", "dao3"),
        # a verb's object after a measure word the filler lacked (支, 斤, 箱)
        ("外婆削了三斤萝卜。", "削", "xiao1"),
        ("他帮邻居看了一箱行李。", "看", "kan1"),
        # 落 là behind someone; luò falling
        ("爬山的时候她落在了大家后头。", "落", "la4"),
        ("一片树叶落在了他的头上。", "落", "luo4"),
        # 调 tiáo, something mixed by someone; diào, transferred
        ("这杯柠檬汁是姐姐调的。", "调", "tiao2"),
        ("王老师是去年调来的。", "调", "diao4"),
        # 为 wèi, for someone; wéi, "as" after a verb of naming in the passive
        ("商店为顾客准备了免费的茶。", "为", "wei4"),
        ("妈妈为全家人煮了一锅粥。", "为", "wei4"),
        ("他被评为三好学生。", "为", "wei2"),
        ("这座公园被定为了保护区。", "为", "wei2"),
        # 场 chǎng, a show or a game; cháng, a shower or an illness
        ("昨天有一场非常精彩的足球赛。", "场", "chang3"),
        ("昨晚下了一场特别大的雪。", "场", "chang2"),
        # 载 zǎi, recorded in a book; zài, loaded
        ("这本县志里载着很多老故事。", "载", "zai3"),
        ("那艘船载着很多游客。", "载", "zai4"),
        # 重 chóng, again; zhòng, heavy
        ("这首歌没录好，我们重唱一遍。", "重", "chong2"),
        ("这个书包真重。", "重", "zhong4"),
        # 还 huán, given back to someone; hái, still
        ("这把伞明天我给你还回去。", "还", "huan2"),
        ("他还在图书馆看书。", "还", "hai2"),
        ("用完的东西记得还。", "还", "huan2"),
        ("借的伞他已经还回来了。", "还", "huan2"),
        # 蒙 mēng, guessing; méng, covered
        ("这题他不会，就瞎蒙。", "蒙", "meng1"),
        ("妈妈用纱布蒙住了碗口。", "蒙", "meng2"),
        # 奔 bèn, nearing an age; bēn, running
        ("我舅舅快奔六十了。", "奔", "ben4"),
        ("小狗向我飞奔过来。", "奔", "ben1"),
        # 横 hèng, rude; héng, sideways
        ("那个门卫横得很。", "横", "heng4"),
        ("请把这根木头横着放。", "横", "heng2"),
        ("隔壁那个大叔横得要死。", "横", "heng4"),
        ("你对孩子横有什么用？", "横", "heng4"),
        # 粘 zhān, sticking to a thing; nián, sticky after a degree word
        ("这种胶带不粘手。", "粘", "zhan1"),
        ("这种糯米糕太粘了。", "粘", "nian2"),
        ("面团粘盆边了。", "粘", "zhan1"),
        ("这种胶带粘不牢。", "粘", "zhan1"),
        # 拧 nìng, stubborn; nǐng, twisting
        ("她的性子真拧。", "拧", "ning4"),
        ("他就是这种拧脾气。", "拧", "ning4"),
        ("他拧了一下水龙头。", "拧", "ning3"),
        # 撇 piě, the stroke; piē, casting aside
        ("大字的第二笔是撇。", "撇", "pie3"),
        ("那个撇写歪了。", "撇", "pie3"),
        ("他撇下我们自己走了。", "撇", "pie1"),
        # 过分 fèn after the segmenter's 不过 / 太过
        ("他说的话一点儿也不过分。", "分", "fen4"),
        ("这次考试只有八十分。", "分", "fen1"),
        # 长 cháng, an adjective complement after 得; zhǎng, growing
        ("这条围巾织得长一点儿。", "长", "chang2"),
        ("袖子你裁得长一些吧。", "长", "chang2"),
        ("这棵树长得真高。", "长", "zhang3"),
        # 创 chuāng, a wound; chuàng, to found
        ("护士给他的创口上了药。", "创", "chuang1"),
        ("她们创办了一个读书会。", "创", "chuang4"),
    ],
)
def test_class19_characters(engine, text: str, char: str, expected: str) -> None:
    assert reading_at(engine, text, char) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the potential complement's 不 light inside a dictionary word (合拢 is a word)
        ("他笑得合不拢嘴。", "he2 bu5 long3 zui3"),
        ("奶奶乐得嘴都合不拢了。", "he2 bu5 long3"),
        ("她平时很容易沉不住气。", "chen2 bu5 zhu4 qi4"),
        ("他一直拿不定主意。", "na2 bu5 ding4"),
        # 选 | 为了: wéi le; 为了 "in order to" elsewhere
        ("她被同学们选为了班长。", "xuan3 wei2 le5"),
        ("为了身体健康，他每天跑步。", "wei4 le5"),
        # 数数 shǔshu before what is counted; shǔshù "counting"
        ("你数数桌上有几本书。", "shu3 shu5"),
        ("弟弟学会数数了。", "shu3 shu4"),
        # 学 | 生词 xué shēngcí; 学生词典 xuésheng cídiǎn
        ("晚上我先学生词。", "xue2 sheng1 ci2"),
        ("我买了一本学生词典。", "xue2 sheng5 ci2 dian3"),
        # 报纸 | 上载: the locative and 载 zǎi
        ("那本杂志上载了他的小说。", "shang5 zai3"),
        # 挑起 a burden tiāo; 挑起 a quarrel tiǎo
        ("她早早挑起了家里的重担。", "tiao1 qi3"),
        ("他总是挑起争吵。", "tiao3 qi3"),
        # the locative 上 after 表
        ("请把分数填在这张表上。", "biao3 shang5"),
    ],
)
def test_class19_syllables(engine, text: str, expected: str) -> None:
    shown = " ".join(s for tok in engine.annotate(text, tone_changes=False) if tok.pinyin
                     for s in tok.pinyin)
    assert expected in shown, shown


def test_class19_word_helpers() -> None:
    """The whole-word readings of pyclass19 and what they leave alone."""
    assert word_in_context_class19("为了", "选", "班长") == ("wei2", "le5")
    assert word_in_context_class19("为了", "决定", "孩子留下") is None  # 决定 is not 定
    assert word_in_context_class19("上载", "报纸", "了一篇") == ("shang5", "zai3")
    assert word_in_context_class19("上载", "网站", "了一篇") is None
    assert word_in_context_class19("挑起", "", "了养家的重担") == ("tiao1", "qi3")
    assert word_in_context_class19("挑起", "", "了矛盾，重担") is None  # another clause
    assert word_in_context_class19("数数", "你", "这些钱") == ("shu3", "shu5")
    assert word_in_context_class19("数数", "会", "了") is None
    assert word_in_context_class19("不定", "拿", "主意") == ("bu5", "ding4")
    assert student_word_split("学生", "", "词，再学课文")
    assert not student_word_split("学生", "", "词典")
    assert not student_word_split("学生", "这个", "字写得好")
    assert not student_word_split("学生", "", "字写得很漂亮")
    assert word_in_context("为了", "评", "优秀") == ("wei2", "le5")
    for word in ("为了", "上载", "数数", "学生", "不定"):
        assert word in CONTEXT_WORDS, word


def test_potential_bu() -> None:
    """X不C… is light where C is a complement and X + C (or X + C…) is a word."""
    words = {"合拢", "沉住气", "拿定"}.__contains__
    assert potential_bu("合不拢嘴", words)
    assert potential_bu("沉不住气", words)
    assert not potential_bu("爱不释手", words)  # 释 is no complement
    assert not potential_bu("供不应求", {"供应"}.__contains__)
    assert not potential_bu("不见得", words)
    assert not potential_bu("阿不来提·阿不都热西提", {"阿来"}.__contains__)


def test_class19_collocations_are_tried_first() -> None:
    """Each class's pattern is ahead of the character's older ones, and the clause decides."""
    for char, pairs in CLASS19.items():
        assert COLLOCATIONS[char][:len(pairs)] == pairs, char
        assert char in CONTEXT_CHARS, char
    assert collocation_reading("倒", "给我", "杯茶") == "dao4"
    assert collocation_reading("倒", "被风吹", "了") == "dao3"
    assert collocation_reading("粘", "太", "牙了") != "zhan1"
    assert collocation_reading("粘", "糖", "牙") == "zhan1"
    assert collocation_reading("撇", "", "", clause_end=True) == "pie3"


@pytest.mark.parametrize(
    ("text", "spans", "word", "expected"),
    [
        ("他被选为了班长", [(0, 1), (1, 2), (2, 3), (3, 5), (5, 7)], 3, ("wei2", "le5")),
        ("你数数这些钱", [(0, 1), (1, 3), (3, 4), (4, 5), (5, 6)], 1, ("shu3", "shu5")),
        ("先学生词", [(0, 1), (1, 3), (3, 4)], 1, ("xue2", "sheng1")),
        ("拿不定主意", [(0, 1), (1, 3), (3, 5)], 1, ("bu5", "ding4")),
        ("贴个创可贴", [(0, 1), (1, 2), (2, 5)], 2, ("chuang1", "ke3", "tie1")),
        ("给我倒点茶", [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)], 2, ("dao4",)),
    ],
)
def test_class19_rules_on_the_fast_and_slow_paths(
    engine, text: str, spans: list[tuple[int, int]], word: int, expected: tuple[str, ...]
) -> None:
    """The new context words (为了, 数数, 学生, 不定, 上载) and the characters new in the
    collocations (创) are never kept as a context-free reading, and a run read word by word
    reads them as the fast path does."""
    reader = engine.reader
    for w in ("为了", "数数", "学生", "不定", "上载", "创"):
        assert reader._context_free_reading(w, reader.model) is False, w
    fast, slow = fast_and_slow(reader, text, spans)
    assert [(w.syllables, w.sources) for w in fast] == [
        (w.syllables, w.sources) for w in slow], text
    assert fast[word].syllables == expected, text
