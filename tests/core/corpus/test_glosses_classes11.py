"""Verbs by the class of what they handle and adjectives by the class of their subject
(tenth session, words11a): the new noun classes, the "subject:" and "topic:" conditions,
the object found past a bare measure word, a 的 phrase or a noun before its head, the
object of "V了V", and a one-character verb + 了 + a person; each with sentences of its own
and a counter-example that keeps the other sense."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import _parsed_condition, load_noun_classes
from tests.core.corpus.test_glosses_classes import _first


@pytest.mark.parametrize(("name", "inside", "outside"), [
    ("people", ["歌手", "弟弟", "服务员", "中国人"], ["歌", "苹果"]),
    ("animals", ["小鸟", "熊猫", "黑狗"], ["牛肉", "鸡蛋"]),
    ("plants", ["树", "苹果树", "花"], ["花生"]),
    ("body", ["脸", "眼睛"], ["脸盆"]),
    ("sounds", ["声音", "音乐", "笑声"], ["音"]),
    ("water", ["河", "湖", "黄河"], ["河边"]),
    ("documents", ["报告", "作业", "短信", "介绍信"], ["信心"]),
    ("devices", ["手机", "空调", "洗衣机", "吸尘器"], ["机会"]),
    ("fire", ["蜡烛", "烟", "台灯"], ["灯笼"]),
    ("roads", ["路", "马路", "大桥", "教学楼"], ["路口"]),
    ("firms", ["工厂", "公司", "服装厂"], ["厂长"]),
    ("life", ["生活", "日子"], ["生日"]),
    ("tableware", ["杯子", "碗", "花瓶", "茶碗"], ["杯"]),
    ("courses", ["课", "数学课"], ["课本"]),
    ("lessons", ["课文", "语法", "数学题"], ["题目单"]),
    ("photos", ["照片", "老照片"], ["护照"]),
])
def test_the_new_noun_classes_hold_their_words(name, inside, outside) -> None:
    """Each class of the tenth session holds its words and the words ending like them,
    not words that only start like them."""
    cls = load_noun_classes()[name]
    assert all(cls.has(w) for w in inside), [w for w in inside if not cls.has(w)]
    assert not any(cls.has(w) for w in outside), [w for w in outside if cls.has(w)]


def test_subject_and_topic_conditions_parse_with_classes() -> None:
    """"subject:@people" and "topic:@photos" are conditions whose options are a class."""
    kind, options = _parsed_condition("subject:@people")
    assert kind == "subject" and "歌手" in options and "苹果" not in options
    kind, options = _parsed_condition("topic:@photos|相册")
    assert kind == "topic" and "照片" in options and "相册" in options


def test_an_adjective_is_read_by_its_subject_s_class(corpus, engine) -> None:
    """The nearest noun of a class or person before the adjective in its clause: a
    person is 高 "tall" and 红 "popular", an illness 重 "serious", meat 老 "tough", a
    sound 轻 "soft", a drink 淡 "tasteless", life 苦 "hardship"; a mountain or a demand is
    高 "high", a bag 重 "heavy" and 轻 "light", grandmother 老 "old", medicine 苦
    "bitter"."""
    assert _first(corpus, engine, "我哥哥比我爸爸还高。", "高") == "tall"
    assert _first(corpus, engine, "这座山很高。", "高") == "high"
    assert _first(corpus, engine, "他的要求很高。", "高") == "high"  # 他 owns the subject
    assert _first(corpus, engine, "那个演员最近很红。", "红") == "popular"
    assert _first(corpus, engine, "奶奶的病越来越重。", "重") == "serious (of an illness)"
    assert _first(corpus, engine, "这个包很重。", "重") == "heavy"
    assert _first(corpus, engine, "这只鸡炖得太老了。", "老") == "(of meat etc) tough"
    assert _first(corpus, engine, "我奶奶老了。", "老") == "old"
    assert _first(corpus, engine, "她说话的声音很轻。", "轻") == "soft"
    assert _first(corpus, engine, "这个包很轻。", "轻") == "light"
    assert _first(corpus, engine, "这杯咖啡太淡了。", "淡") == "tasteless"
    assert _first(corpus, engine, "他小时候的日子很苦。", "苦") == "hardship"
    assert _first(corpus, engine, "这种药很苦。", "苦") == "bitter"


def test_only_a_predicate_is_read_by_its_subject(corpus, engine) -> None:
    """Before a noun (一条红裙子) or 着 (红着脸) the adjective is no predicate of the
    person before it: 红 stays "red"."""
    assert _first(corpus, engine, "她买了一条红裙子。", "红") == "red"
    assert _first(corpus, engine, "他红着脸走了。", "红") == "red"


def test_a_clause_without_a_subject_reads_the_clause_before(corpus, engine) -> None:
    """这些鸡蛋放得太久，已经坏了: the eggs spoiled; 他的电脑 …，已经坏了: broken."""
    assert _first(corpus, engine, "这些鸡蛋放得太久，已经坏了。", "坏") == "spoiled"
    assert _first(corpus, engine, "他的电脑放了三年，已经坏了。", "坏") == "broken"


def test_a_verb_is_read_by_its_subject_s_class(corpus, engine) -> None:
    """A company 出 "to produce"."""
    assert _first(corpus, engine, "那家公司出了很多好产品。", "出") == "to produce"


def test_the_thing_handled_may_stand_before_the_verb_as_its_topic(corpus, engine) -> None:
    """这篇文章我已经打好了 "to type", 这张照片是在哪儿洗的 "to develop", a message or a
    phone in the clause before (…短信，可是他一直没回 "to answer"; 电话响了很久，可是没人接
    "to answer"); 我打好了 and 衣服我已经洗好了 keep "to hit" and "to wash"."""
    assert _first(corpus, engine, "这篇文章我已经打好了。", "打") == "to type"
    assert _first(corpus, engine, "我打好了。", "打") == "to hit"
    assert _first(corpus, engine, "这张照片是在哪儿洗的？", "洗") == "to develop (photographs)"
    assert _first(corpus, engine, "衣服我已经洗好了。", "洗") == "to wash"
    assert _first(corpus, engine, "我给他发了短信，可是他一直没回。", "回").startswith(
        "to answer")
    assert _first(corpus, engine, "电话响了很久，可是没人接。", "接") == "to answer (the phone)"


def test_a_verb_is_read_by_its_object_s_class(corpus, engine) -> None:
    """The object after the verb, past a bare measure word (换 + 件 + 衬衫), a 的 phrase
    (交了 + 这个月的 + 房租, 过着 + 幸福的 + 生活) or a noun before its head (上 + 三节 + 数学
    + 课), or after 把 when a place or a result follows the verb (把自行车停在门口): a
    fragile thing 打 "to break", a vehicle 停 "to park", an animal 放 "to release" (not when
    put somewhere), a road 修 "to build", fire 点 "to light", water 烧 "to boil", food 做
    "to make"; 车停了 stays "to stop"."""
    assert _first(corpus, engine, "他换了件衬衫。", "换") == "to change (clothes etc)"
    assert _first(corpus, engine, "他交了这个月的房租。", "交") == "to pay (money)"
    assert _first(corpus, engine, "他们过着幸福的生活。", "过") == "to live"
    assert _first(corpus, engine, "我们明天上三节数学课。", "上") == "to attend (class)"
    assert _first(corpus, engine, "他不小心把碗打了。", "打") == "to break"
    assert _first(corpus, engine, "他把自行车停在门口。", "停") == "to park (a car)"
    assert _first(corpus, engine, "车停了。", "停") == "to stop"
    assert _first(corpus, engine, "他把鸟放了。", "放") == "to release"
    assert _first(corpus, engine, "他把鸟放在笼子里。", "放") == "to put"
    assert _first(corpus, engine, "他们正在修一座新桥。", "修") == "to build"
    assert _first(corpus, engine, "他点了一根蜡烛。", "点") == "to light"
    assert _first(corpus, engine, "我先去烧一壶水。", "烧") == "to boil (water etc)"
    assert _first(corpus, engine, "我给大家做了一盘牛肉。", "做") == "to make (a meal, a dish)"


def test_a_class_word_is_no_one_character_option(corpus, engine) -> None:
    """A class's one-character words match an object whole: 牛肉 is no 牛 of the animals,
    so 把牛肉放了 is "to put", not "to release"."""
    assert _first(corpus, engine, "我把牛肉放了。", "放") == "to put"


def test_the_object_of_a_verb_said_twice(corpus, engine) -> None:
    """照了照 + 镜子 "to look at (one's reflection)"; 试了试 keeps its verb senses."""
    assert _first(corpus, engine, "他照了照镜子就出门了。", "照") == (
        "to look at (one's reflection)")
    assert _first(corpus, engine, "他试了试这双鞋。", "试").startswith("to ")


def test_a_one_character_verb_with_le_and_a_person(corpus, engine) -> None:
    """约 + 了 + 几个同学: the verb "to make an appointment", not "about"; before an
    amount 约 stays "about"."""
    assert _first(corpus, engine, "我昨天约了几个同学去打球。", "约") == (
        "to make an appointment")
    assert _first(corpus, engine, "这个城市约有三百万人。", "约") == "about"


def test_more_subjects_of_a_class(corpus, engine) -> None:
    """A person 小 "young" (his 个子, a body word, is 小 "small"), a sound 高 "loud", the
    wind 刮 "to blow", a throat 哑 "hoarse", clothes 破 "worn out" (a cup 破 "broken"),
    the heart 急 "worried" (a matter 急 "urgent")."""
    assert _first(corpus, engine, "我弟弟还小，不能一个人出门。", "小") == "young"
    assert _first(corpus, engine, "他个子很小。", "小") == "small"
    assert _first(corpus, engine, "电视的声音太高了。", "高") == "loud"
    assert _first(corpus, engine, "风刮得很大。", "刮") == "to blow (of the wind)"
    assert _first(corpus, engine, "他的嗓子哑了。", "哑") == "hoarse"
    assert _first(corpus, engine, "我的裤子破了。", "破") == "worn out"
    assert _first(corpus, engine, "他的杯子破了。", "破") == "broken"
    assert _first(corpus, engine, "妈妈等了半天，心里很急。", "急") == "worried"
    assert _first(corpus, engine, "这件事很急，你快去吧。", "急") == "urgent"


def test_a_noun_of_a_class_heads_the_object_though_it_is_also_a_verb(corpus, engine) -> None:
    """服务 + 费: 费 (a fee, also "to cost") heads the object, so 收 is "to collect"; 把 +
    衣服 + 收了 "to put away"."""
    assert _first(corpus, engine, "这家饭馆不收服务费。", "收") == "to collect"
    assert _first(corpus, engine, "下雨了，快把外面的衣服收了。", "收") == "to put away"


def test_second_round_of_class_lines(corpus, engine) -> None:
    """发 + 脾气 "to show (one's feeling)", 烫 + a shirt "to iron", 擦 + 药 "to apply", 太油
    "oily", a hand 巧 "skillful", 留 + 头发 "to keep", 把车倒出来 "to go backward", 倒 +
    两次车 "to change (trains or buses)"; 给我倒一杯水 stays "to pour"."""
    assert _first(corpus, engine, "昨天他又发脾气了。", "发") == "to show (one's feeling)"
    assert _first(corpus, engine, "请把这件衬衫烫一下。", "烫") == "to iron"
    assert _first(corpus, engine, "他在脸上擦了点儿药。", "擦") == "to apply (lotion etc)"
    assert _first(corpus, engine, "这道菜太油了。", "油") == "oily"
    assert _first(corpus, engine, "他的手很巧。", "巧") == "skillful"
    assert _first(corpus, engine, "他留着长头发。", "留") == "to keep (one's hair etc)"
    assert _first(corpus, engine, "他把车倒出来了。", "倒") == "to go backward (of a vehicle)"
    assert _first(corpus, engine, "他在北京倒了两次车。", "倒") == "to change (trains or buses)"
    assert _first(corpus, engine, "给我倒一杯水。", "倒") == "to pour"


def test_the_object_before_a_doer_or_bei(corpus, engine) -> None:
    """No object after the verb and a doer or 被 before it: the word standing first is
    the object (杯子被弟弟打了 "to break", 电视谁开的 "to turn on", 这些药医生开了很多 "to write
    out", 鸟被孩子们放了 "to release"); with no doer, 车停了 stays "to stop"."""
    assert _first(corpus, engine, "杯子被弟弟打了。", "打") == "to break"
    assert _first(corpus, engine, "电视谁开的？", "开") == "to turn on"
    assert _first(corpus, engine, "这些药医生开了很多。", "开").startswith("to write out")
    assert _first(corpus, engine, "鸟被孩子们放了。", "放") == "to release"
    assert _first(corpus, engine, "车停了。", "停") == "to stop"


def test_a_one_character_verb_with_le_and_things_counted(corpus, engine) -> None:
    """分 + 了 + 几个苹果 "to divide" (not "minute"), 泡 + 了 + 一杯绿茶 "to steep"; a unit of
    weight or a length of time is no count of things: 我重了两公斤 stays "heavy", 忙了一个上午
    "busy"."""
    assert _first(corpus, engine, "我给孩子们分了几个苹果。", "分") == "to divide"
    assert _first(corpus, engine, "她给我泡了一杯绿茶。", "泡") == "to steep (tea etc)"
    assert _first(corpus, engine, "我重了两公斤。", "重") == "heavy"
    assert _first(corpus, engine, "我今天忙了一个上午。", "忙") == "busy"  # a time counted


def test_errands_by_class(corpus, engine) -> None:
    """A ticket as topic 退 "to return (an item)", a device 装 "to install", 装不下 "to
    hold"."""
    assert _first(corpus, engine, "这张票能退吗？", "退") == "to return (an item)"
    assert _first(corpus, engine, "他把电视装好了。", "装") == "to install"
    assert _first(corpus, engine, "这个箱子太大，装不下这么多东西。", "装") == "to hold"


def test_a_demonstrative_before_the_doer_is_no_object(corpus, engine) -> None:
    """这个 + 衣服 + 我 + 教训好了: 这个 (an option of 教训's line for 教训这个孩子) is no
    object, so 教训 keeps "lesson"; 这个孩子我教训了一顿: the child is, "to lecture sb"."""
    assert _first(corpus, engine, "这个衣服我教训好了。", "教训") == "lesson"
    assert _first(corpus, engine, "这个孩子我教训了一顿。", "教训") == "to lecture sb"
