"""Issue 19, cpp20: 炸 zhá of deep-frying a food the collocations did not list
(collocations.FRIED_FOODS), and 卷 juǎn "curly" before what curls, after a degree word
or in 是卷的 (collocations); 儿 ér in CC-CEDICT's transliterated proper nouns
(erhua_names.er_of_transliteration: 塔塔儿, 克蕾儿); 劲 jìng "strong" before troops, weapons,
songs and dances (collocations) and in 加劲 before a stiffened member (rules.word_in_context);
哈 hā of 哈达 inside a transliterated name (特哈达, 哈达德; rules.word_in_context); 干 gān "dry"
before a landform naming a place or a mountain's 山 (莫干山, 干沟乡; rules._gan_class20). Each
class is held with sentences of the other reading."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.polyphones.collocations import collocation_reading
from chinese_teach.core.text.polyphones.erhua_names import er_of_transliteration
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deep-frying a food (the dev line and new foods; read zhà before)
        ("榨广椒是宜昌当地小吃，也被写作“炸广椒”。", "zha2"),
        ("我们晚上炸蘑菇吃吧。", "zha2"),
        ("奶奶会炸麻花。", "zha2"),
        ("姐姐炸了一锅酥肉。", "zha2"),
        ("他炸了两块猪排。", "zha2"),
        ("妈妈炸的香菇很好吃。", "zha2"),
        # blasting and bursting stay zhà
        ("工人们用炸药炸山修路。", "zha4"),
        ("敌机炸毁了桥梁。", "zha4"),
        ("孩子手里的气球炸了。", "zha4"),
    ],
)
def test_zha_of_a_fried_food(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "炸", nth=text.count("炸") - 1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # curly (read juàn before)
        ("卵圆尖卷螺为囊螺科尖卷螺属的动物。", "juan3"),
        ("他养了一只卷毛狗。", "juan3"),
        ("这只小狗的毛很卷。", "juan3"),
        ("这种螺的壳是卷的。", "juan3"),
        ("画上是一只卷尾巴的猴子。", "juan3"),
        # a volume or an exam paper stays juàn
        ("这本书一共有三卷。", "juan4"),
        ("老师把试卷发给了大家。", "juan4"),
        ("《隋书》卷四《帝纪第四》。", "juan4"),
    ],
)
def test_juan_curly(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "卷", nth=text.count("卷") - 1) == expected


def test_juan_curly_not_after_a_volume_number() -> None:
    # 第三卷毛诗: the third volume, a book's part, is no curl
    assert collocation_reading("卷", "第三", "毛诗正义") != "juan3"
    assert collocation_reading("卷", "一只", "毛狗") == "juan3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CC-CEDICT's transliterated proper nouns read 儿 as a syllable (were r5)
        ("战争中也速该崭露头角，击败了塔塔儿人。", "er2"),
        ("铁木真打败了塔塔儿部。", "er2"),
        ("我昨天给克蕾儿打了电话。", "er2"),
        # the erhua stays in everyday words
        ("周末我们一块儿去公园玩吧。", "r5"),
        ("这个小孩儿很爱笑。", "r5"),
    ],
)
def test_er_of_a_transliterated_proper_noun(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "儿") == expected


def test_er_of_transliteration_needs_a_proper_reading() -> None:
    tatar = ("ta3", "ta3", "r5")
    assert er_of_transliteration("塔塔儿", tatar, {tatar}, set()) == ("ta3", "ta3", "er2")
    assert er_of_transliteration("塔塔儿", tatar, set(), set()) is None  # no proper noun
    assert er_of_transliteration("塔塔儿", tatar, {tatar}, {"塔塔儿"}) is None  # a learner word
    assert er_of_transliteration("A圈儿", ("a5", "quan1", "r5"), {("a5", "quan1", "r5")},
                                 set()) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # strong, jìng (read jìn before: the phrase 劲歌, 的劲, the dictionary's 加劲)
        ("2010年5月，在新加坡“三蔡一妃皇牌劲歌演唱会”中演出。", "jing4"),
        ("我们一起去唱劲歌吧。", "jing4"),
        ("秦军的劲弩射程很远。", "jing4"),
        ("现代悬索桥一般均设有刚性梁（又称加劲梁）。", "jing4"),
        ("钢梁上焊了几根加劲肋。", "jing4"),
        # strength, jìn
        ("他的劲很大，一下就把箱子搬起来了。", "jin4"),
        ("大家再加劲，今天就能完成。", "jin4"),
        ("他使劲拉开了窗户。", "jin4"),
    ],
)
def test_jing_strong(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "劲") == expected


def test_jiajing_is_a_context_word() -> None:
    from chinese_teach.core.text.polyphones.rules import CONTEXT_WORDS, word_in_context

    assert "加劲" in CONTEXT_WORDS
    assert word_in_context("加劲", "称", "梁）。") == ("jia1", "jing4")
    assert word_in_context("加劲", "再", "，今天") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 哈达 inside a transliterated name: hā (read hǎ before)
        ("因此在萨拉曼卡被迫辞职后，特哈达被任命为总统。", "ha1"),
        ("黎巴嫩歌手哈达德很有名。", "ha1"),
        ("穆罕默德·哈达尔是一名学者。", "ha1"),
        # the ceremonial scarf: hǎ
        ("他给客人献上了一条洁白的哈达。", "ha3"),
        ("藏族人用哈达欢迎客人。", "ha3"),
    ],
)
def test_ha_of_a_transliterated_name(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "哈") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dry, gān: a landform naming a place, a mountain (read gàn before)
        ("目前，莫干山100号作为芦花荡饭店的一部分，对外营业。", "gan1"),
        ("他家住在干沟乡。", "gan1"),
        ("新疆有一条干沟公路。", "gan1"),
        ("远处是一座光秃秃的干山。", "gan1"),
        # doing, gàn
        ("他们干山货生意。", "gan4"),
        ("他们在河边干了一天活。", "gan4"),
    ],
)
def test_gan_dry_place(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "干") == expected
