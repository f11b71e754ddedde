"""The curated table's frames of table20 (issue 15): the positions of
:mod:`chinese_teach.core.corpus.curated_positions` ("after-ordinal", "versus",
"after-thing") and the lines that read them or the older conditions, each beside a
sentence where the word keeps its other sense."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.curated_positions import (
    after_ordinal,
    after_thing,
    before_calendar,
    between_teams,
    have_object,
    modal_then_verb,
)
from chinese_teach.core.text.pieces import is_number
from tests.core.corpus.test_glosses_classes import _first


def test_after_ordinal() -> None:
    assert after_ordinal("第五", ("第五", "全班"), is_number)
    assert after_ordinal("五", ("五", "第", "全班"), is_number)
    assert after_ordinal("十", ("十", "第二", "排"), is_number)  # 第二 / 十: twentieth
    assert not after_ordinal("三", ("三", "来了"), is_number)  # 三名学生
    assert not after_ordinal("第", ("第",), is_number)
    assert not after_ordinal("", (), is_number)


def test_between_teams() -> None:
    assert between_teams("班", ("三", "班", "，"))
    assert between_teams("队", ("日本", "队"))
    assert between_teams("学校", ("他们", "学校"))
    assert between_teams("中国队", ("日本队",))
    assert not between_teams("队", ("这个", "结果", "很"))  # 他们队对这个结果很满意
    assert not between_teams("老师", ("我们", "班"))
    assert not between_teams("", ("班",))


def test_after_thing() -> None:
    nouns = {"实验", "考试", "老师"}.__contains__
    people = {"老师", "他"}.__contains__
    assert after_thing("实验", nouns, people) and after_thing("考试", nouns, people)
    assert not after_thing("老师", nouns, people) and not after_thing("他", nouns, people)
    assert not after_thing("", nouns, people)


@pytest.mark.parametrize(("text", "word", "first"), [
    # 就是 first in a clause, a drawback later in it
    ("这家饭馆的菜很好吃，就是价格有点儿贵。", "就是", "only"),
    # 让 + a person or thing, then how it feels or becomes
    ("这个消息让大家很高兴。", "让", "to make (sb feel or become sth)"),
    ("妈妈让我多喝水。", "让", "to let"),
    # 才 after a time clause
    ("下课以后，我才看到你的短信。", "才", "only then"),
    ("他才十岁。", "才", "only"),
    # 要看 + a clause with a question word, in a sentence that does not ask
    ("这要看你怎么想。", "看", "to depend on"),
    ("你要看什么电影？", "看", "to see"),
    # 会 after a degree word
    ("他很会做饭。", "会", "to be good at"),
    ("他会做饭。", "会", "can"),
    # 开始 in a sentence that turns later, not before the verb it begins
    ("开始我不习惯，后来慢慢习惯了。", "开始", "at first"),
    ("开始上课了，可是他还没来。", "开始", "to begin"),
    # 第 + a number + 名, cut apart; 名 counting people
    ("这次考试我考了全班第三名。", "名", "place (e.g. among winners)"),
    ("我们班来了三名新同学。", "名", "(measure word for people)"),
    # 里 after a number: the unit of length
    ("我家离学校有五里路。", "里", "li (a measure of length, about 500 m)"),
    ("教室里有很多人。", "里", "inside"),
    # 分 after a number in a game's score
    ("我们队领先五分。", "分", "point (score)"),
    # 什么 + a noun + 都
    ("我什么菜都爱吃。", "什么", "any"),
    ("你想吃什么菜？", "什么", "what?"),
    # 我来 + a verb + 吧 / 一下: an offer
    ("大家都累了，我来做饭吧。", "来", "to take it on (我来做: I'll do it)"),
    # 规矩 after a degree word
    ("这些学生都很规矩。", "规矩", "well-behaved"),
    ("在学校要守规矩。", "规矩", "rule"),
    # 烧 said of a person with no object, or before 退
    ("吃了药以后，他已经不烧了。", "烧", "to have a fever"),
    ("她的烧退了。", "烧", "fever"),
    ("他把信烧了。", "烧", "to burn"),
    # 对 between two sides of one kind
    ("明天一班对二班，我们去看吧。", "对", "against"),
    ("老师对我们很好。", "对", "towards"),
    # 说明 after a noun that names no person
    ("请仔细阅读考试说明。", "说明", "instructions"),
    ("这个实验说明了一个重要的道理。", "说明", "to show"),
    # 差不多 answering alone before more
    ("差不多，一只鸡一天下一个。", "差不多", "more or less"),
    # 厉害 after 得 of an unwanted happening
    ("他的手抖得很厉害。", "厉害", "severe"),
    # 是装的
    ("他没哭，他是装的。", "装", "to pretend"),
    ("这个箱子是装书的。", "装", "to pack"),
    # 听 + a person + 吹
    ("你别听他吹，他根本没去过。", "吹", "to boast"),
    # 找 + a person
    ("刚才有人找你。", "找", "to look for (sb)"),
    # 通过 of a law or a plan
    ("这条法律是去年通过的。", "通过", "to adopt (a law, a plan)"),
    ("他通过了考试。", "通过", "to pass (a test)"),
    # 拍 after a ball game cut apart
    ("我的网球拍坏了。", "拍", "racket"),
    # 费 after a noun naming what is paid for
    ("这个月水电费一共三百块。", "费", "fee"),
    # 关系 in 跟 … 有/没(有)关系; 跟 + a person's 关系 keeps "relation"
    ("这件事跟你没关系，别担心。", "关系", "connection (have to do with: 跟你没关系)"),
    ("我跟同屋的关系不太好。", "关系", "relation"),
    # 坏 before a person
    ("他不是坏孩子，只是有点儿调皮。", "坏", "bad"),
    # 嗓子 in a sentence about singing, not before pain
    ("她嗓子好，唱歌很好听。", "嗓子", "voice"),
    ("唱了一晚上歌，我的嗓子疼死了。", "嗓子", "throat"),
    # 难受 in a sentence about feelings
    ("他跟女朋友分手了，很难受。", "难受", "to feel bad"),
])
def test_table20_frames(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


def test_have_object() -> None:
    assert have_object("有", ("他", "都", "帮")) and have_object("遇到", ())
    assert have_object("没有", ("。",)) and have_object("克服", ("了",))
    assert not have_object("很", ()) and not have_object("的", ())  # 很困难, 的困难: other lines
    assert not have_object("有", ("着",))
    assert not have_object("", ())


def test_modal_then_verb() -> None:
    verbs = {"看", "用", "走", "说", "会", "能"}.__contains__
    assert modal_then_verb(("能", "看"), verbs)  # 先付费 + 才能 + 看
    assert modal_then_verb(("会", "说", "得", "好"), verbs)
    assert not modal_then_verb(("能",), verbs)  # 有 + 才能: the noun
    assert not modal_then_verb(("能", "。"), verbs)
    assert not modal_then_verb(("能", "了"), verbs)
    assert not modal_then_verb(("十", "岁"), verbs)
    assert not modal_then_verb((), verbs)


def test_before_calendar() -> None:
    assert before_calendar("周五") and before_calendar("月底") and before_calendar("周末")
    assert before_calendar("学期") and before_calendar("星期一")
    assert not before_calendar("书") and not before_calendar("") and not before_calendar("店")


@pytest.mark.parametrize(("text", "word", "first"), [
    # a noun's place: the object of 有 or of a verb of meeting a problem
    ("他是个热心肠，谁有困难他都帮。", "困难", "difficult situation"),
    ("他遇到困难从来不放弃。", "困难", "difficult situation"),
    ("这个问题很困难。", "困难", "difficult"),
    # a verb's noun after 的, which the default line leaves out
    ("她是学校合唱团的指挥。", "指挥", "conductor (of an orchestra)"),
    ("老师在前面指挥大家排队。", "指挥", "to direct"),
    ("考试前的准备很重要。", "准备", "preparation"),
    ("我们正在准备晚饭。", "准备", "to prepare"),
    # 精神 as the subject of 好; 这种精神 keeps "spirit"
    ("半年以后，他瘦了十公斤，精神也好多了。", "精神", "vigor"),
    ("你今天精神不错啊！", "精神", "vigor"),
    ("这种精神很好，大家都要学习。", "精神", "spirit"),
    # 差不多 after 得; of two alike, "about the same"
    ("作业写得差不多就行了，别太累了。", "差不多", "more or less"),
    ("他们兄弟俩长得差不多。", "差不多", "about the same"),
    # 厉害 said of the weather; of a skill after 得, "amazing"
    ("天阴得很厉害，快要下雨了。", "厉害", "severe"),
    ("他打篮球打得很厉害。", "厉害", "amazing"),
    # 本 + a word of the calendar; after a number, the measure word
    ("报名截止到本周五。", "本", "this"),
    ("这个优惠活动到本月底结束。", "本", "this"),
    ("我今天买了一本周刊。", "本", "(measure word for books)"),
    # 老 + a kin word of the grandparents, said of a stranger
    ("我家楼下住着一位姓王的老奶奶。", "奶奶", "granny (form of address for an old woman)"),
    ("我奶奶今年七十岁了。", "奶奶", "grandma"),
    # 才 + a modal + a verb, also inside the token 才能; 有 + 才能 keeps "talent"
    ("这个网站需要先付费才能看。", "才", "only then"),
    ("这个孩子很有画画的才能。", "才", "talent"),
    # 结果 alone before a comma, first in its clause
    ("结果，那壶酒被他喝了。", "结果", "in the end"),
    ("考试的结果，明天才能知道。", "结果", "outcome"),
    # 马马虎虎 answering alone before a particle
    ("“你最近工作怎么样？”“马马虎虎吧。”", "马马虎虎", "so-so"),
    ("他做事太马马虎虎了。", "马马虎虎", "careless"),
    # the sentence's domain: a vehicle and 油, the body and 酸, 针 and 线, a race's 成绩
    ("车开到一半突然没油了。", "油", "petrol"),
    ("炒菜的时候少放点儿油。", "油", "oil"),
    ("昨天锻炼得太累，今天全身都酸。", "酸", "sore"),
    ("这个苹果太酸了。", "酸", "sour"),
    ("你把针和线放在哪儿了？", "线", "thread"),
    ("坐地铁一号线可以到天安门。", "线", "line"),
    ("他的成绩提高了两秒。", "成绩", "performance records"),
    ("这次考试他的成绩很好。", "成绩", "grades"),
    # 退 of goods bought, its default; withdrawing, before 下来
    ("A：要是不合适，可以退吗？", "退", "to return (an item)"),
    ("他从公司退了下来。", "退", "to withdraw"),
    ("他的烧已经退了。", "退", "to withdraw"),
    ("他向后退了一步。", "退", "to retreat"),
    # 通过 of an application; by means of before a thing and a verb
    ("你的申请已经通过了，下周可以来取。", "通过", "to pass (an application, an inspection)"),
    ("我们通过网络学习汉语。", "通过", "by means of"),
    # a person's 厉害 that others fear; 骄傲 with a degree complement
    ("我们的数学老师很厉害，上课谁也不敢说话。", "厉害", "stern"),
    ("这个老师真厉害，什么问题都能回答。", "厉害", "amazing"),
    ("他骄傲得很，谁的话都不听。", "骄傲", "arrogant"),
    ("看到儿子考上了大学，爸爸很骄傲。", "骄傲", "proud"),
])
def test_table21_frames(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first
