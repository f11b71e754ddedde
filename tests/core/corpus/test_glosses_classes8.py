"""Classes of words whose learner sense their sentence chooses, fixed in the seventh
session's eighth round (words8) from the seventh held-out sense part's misses once it was
seen: each with sentences of its own and a counter-example that keeps the other sense."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import token_glosses
from tests.core.corpus.test_glosses_classes import _first


def test_learner_defaults_of_common_words(corpus, engine) -> None:
    """或 "or", 网 "internet", 家长 "parent", 组 "group" lead (CC-CEDICT leads with
    "maybe", "net", "head of a household", "to form")."""
    assert _first(corpus, engine, "你喝茶或咖啡都可以。", "或") == "or"
    assert _first(corpus, engine, "我家没有网。", "网") == "internet"
    assert _first(corpus, engine, "每个学生的家长都来了。", "家长") == "parent"
    assert _first(corpus, engine, "我们组的同学都很好。", "组") == "group"


def test_an_amount_of_time_and_de_before_the_object(corpus, engine) -> None:
    """打 + 三个小时 + 的 + 篮球 "to play", 开 + 了 + 三天 + 的 + 药 "to prescribe": the
    object is found past a length of time + 的; 打 + 电话 keeps "to make (a call)"."""
    assert _first(corpus, engine, "他打了三个小时的篮球。", "打").startswith("to play")
    assert _first(corpus, engine, "医生给他开了三天的药。", "开").startswith("to write out")
    assert _first(corpus, engine, "我每天打两个小时的游戏。", "打").startswith("to play")
    assert _first(corpus, engine, "我给他打电话。", "打").startswith("to make")


def test_the_object_or_the_next_word_picks_the_verb(corpus, engine) -> None:
    """打 + 水 "to fetch", 接 … 电话 "to answer", 办 + 晚会 "to hold", 改 + 作文 "to
    correct", 背 + 单词 "to learn by heart", 让 + 座位 "to give up", 收 + 进来 "to take in",
    低 + 头 "to lower", 这一点 "point", 想 + 点 + 什么 "to order", 你看怎么办 "to think";
    接 + a person, 八点, 让 + a person, 看书 keep their senses."""
    assert _first(corpus, engine, "你帮我打一壶热水吧。", "打").startswith("to fetch")
    assert _first(corpus, engine, "他没接我的电话。", "接").startswith("to answer")
    assert _first(corpus, engine, "我去机场接他。", "接").startswith("to meet")
    assert _first(corpus, engine, "我们下周办一个晚会。", "办").startswith("to hold")
    assert _first(corpus, engine, "我帮你改一下作文。", "改") == "to correct"
    assert _first(corpus, engine, "我每天背十个生词。", "背") == "to learn by heart"
    recite = _first(corpus, engine, "我已经背了二十个单词。", "背")
    assert recite in ("to recite", "to learn by heart")
    assert _first(corpus, engine, "他给一位老奶奶让了座位。", "让").startswith("to give up")
    assert _first(corpus, engine, "妈妈让我去买菜。", "让") == "to let"
    assert _first(corpus, engine, "快下雨了，把衣服收进来。", "收") == "to take in"
    assert _first(corpus, engine, "他低着头走路。", "低") == "to lower"
    assert _first(corpus, engine, "这一点我同意。", "点") == "point"
    assert _first(corpus, engine, "我八点起床。", "点") == "o'clock"
    assert _first(corpus, engine, "你想点什么？", "点").startswith("to order")
    assert _first(corpus, engine, "这件事你看怎么办？", "看") == "to think"
    assert _first(corpus, engine, "我在看书。", "看") != "to think"


def test_a_person_next_picks_the_verb(corpus, engine) -> None:
    """气 + a person "to make angry", 求 + a person "to beg", 该 + a person + 了 "turn",
    给 + me + 看看 at the start "to let", 算 + a person + 请客 "to count as"; 给妈妈打电话
    stays "for", 该走了 "should"."""
    assert _first(corpus, engine, "别气他了。", "气") == "to make angry"
    assert _first(corpus, engine, "我求他帮我。", "求") == "to request"
    assert _first(corpus, engine, "现在该他了。", "该") == "to be (sb's) turn"
    assert _first(corpus, engine, "我们该走了。", "该") != "to be (sb's) turn"
    assert _first(corpus, engine, "给我尝尝你做的菜。", "给") == "to let"
    assert _first(corpus, engine, "我给妈妈打电话。", "给") != "to let"
    assert _first(corpus, engine, "这次算你请客。", "算") == "to count as"


def test_after_a_degree_word_or_bie(corpus, engine) -> None:
    """很行 "capable", 太响 "loud", 别急 "anxious", 别管 "to mind"; 行 alone stays "OK",
    电话响了 stays "to ring"."""
    assert _first(corpus, engine, "你的汉语真行。", "行") == "capable"
    assert _first(corpus, engine, "行，我们走吧。", "行") != "capable"
    assert _first(corpus, engine, "音乐太响了。", "响") == "loud"
    assert _first(corpus, engine, "电话响了。", "响") == "to ring"
    assert _first(corpus, engine, "你别急，我马上来。", "急") == "anxious"
    assert _first(corpus, engine, "你别管我。", "管") == "to mind"


def test_adverbs_of_manner_and_degree(corpus, engine) -> None:
    """乱 + a verb "at random", 饿死了 "extremely", 够 + an adjective … 的 "really",
    轻点儿 + a verb "softly", 从来 + a negation "never", 容易 + an illness "likely to";
    房间很乱, 钱够了 and 这个问题很容易 keep their senses."""
    assert _first(corpus, engine, "你不要乱说。", "乱") == "at random"
    assert _first(corpus, engine, "他的房间很乱。", "乱") != "at random"
    assert _first(corpus, engine, "今天饿死了。", "死") == "extremely"
    assert _first(corpus, engine, "这儿够远的。", "够") == "really"
    assert _first(corpus, engine, "钱够了。", "够") != "really"
    assert _first(corpus, engine, "请轻点儿关门。", "轻") == "softly"
    assert _first(corpus, engine, "他从来不迟到。", "从来") == "never (with a negative)"
    assert _first(corpus, engine, "老人很容易生病。", "容易") == "likely to"
    assert _first(corpus, engine, "这个问题很容易。", "容易") != "likely to"


def test_frames_that_pick_a_sense(corpus, engine) -> None:
    """还是 + 别 "had better", 还是 in a question "or", 头三天 "first", 号 of shoes "size",
    住在十二层 "floor", 最近的医院 "nearest", 上面写的 "above-mentioned", 过去问问 "to go
    over", 身高差不多 "about the same", 车 … 加油 "to refuel", 快起来 "to get up", 住的饭店
    "hotel", 睡着 "asleep"; 他还是学生, 最近很忙, 过去的事, 大家加油 keep their senses."""
    assert _first(corpus, engine, "你还是别去了。", "还是") == "had better"
    assert _first(corpus, engine, "你要大的还是小的？", "还是") == "or"
    assert _first(corpus, engine, "头三天我住在朋友家。", "头") == "first"
    assert _first(corpus, engine, "你的鞋穿多少号的？", "号") == "size"
    assert _first(corpus, engine, "今天几号？", "号") != "size"
    assert _first(corpus, engine, "他住在十二层。", "层").startswith("floor")
    assert _first(corpus, engine, "最近的医院在哪儿？", "最近") == "nearest"
    assert _first(corpus, engine, "我最近很忙。", "最近") != "nearest"
    assert _first(corpus, engine, "上面写的是我的名字。", "上面") == "above-mentioned"
    assert _first(corpus, engine, "你过去问问他。", "过去") == "to go over"
    assert _first(corpus, engine, "过去的事就别说了。", "过去") != "to go over"
    assert _first(corpus, engine, "我和哥哥身高差不多。", "差不多") == "about the same"
    assert _first(corpus, engine, "我的车该加油了。", "加油") == "to refuel"
    assert _first(corpus, engine, "大家加油！", "加油") != "to refuel"
    assert _first(corpus, engine, "快起来，要迟到了。", "起来") == "to get up"
    assert _first(corpus, engine, "我们住的饭店很干净。", "饭店") == "hotel"
    assert _first(corpus, engine, "他一躺下就睡着了。", "着").startswith("asleep")


def test_a_list_goes_on_across_the_enumeration_comma(corpus, engine) -> None:
    """像 + 北京、上海 + 这样: the words after 、 are still in the clause ("such as");
    像他爸爸 stays "to resemble"."""
    assert _first(corpus, engine, "像北京、上海这样的大城市，人都很多。", "像") == "such as"
    assert _first(corpus, engine, "像苹果、香蕉这样的水果我都喜欢。", "像") == "such as"
    assert _first(corpus, engine, "他长得像他爸爸。", "像") != "such as"


def test_a_surname_with_a_title_keeps_its_parts(corpus, engine) -> None:
    """王太太 stays one name ("Mrs Wang") and shows its parts: 王 as a surname (never
    "king") and 太太 with its own gloss."""
    toks = engine.annotate("王太太是我们的邻居。")
    gloss = token_glosses(toks, corpus)[0]
    assert toks[0].text == "王太太" and gloss.name and gloss.short == "Mrs Wang"
    assert gloss.parts[0] == ("王", "(surname) Wang")
    assert _first(corpus, engine, "王太太是我们的邻居。", "太太") == "married woman"
    assert _first(corpus, engine, "张老师的课很有意思。", "老师") == "teacher"
