"""The curated table's frames of table20 (issue 15): the positions of
:mod:`chinese_teach.core.corpus.curated_positions` ("after-ordinal", "versus",
"after-thing") and the lines that read them or the older conditions, each beside a
sentence where the word keeps its other sense."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.curated_positions import (
    after_ordinal,
    after_thing,
    between_teams,
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
