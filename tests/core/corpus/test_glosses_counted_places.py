"""Senses decided by a word's place (eighteenth session, words39): a one-character word
counted by a measure word with its predicate next (这个站 + 下车 "station"); a verb-led word
after an ordinal that 的 leads to (他的第一 + 反应 "reaction"); an amount with 多 between
its measure word and its unit (四个多小时 + 就能到 "just"); a negated word the cut joined
(并 + 不难 "(not) at all"); and the curated frames of the session (很少 + a verb "seldom",
太好了 "so", 累坏了 "to the utmost", 电 + 费 "fee", 足球 + 迷 "fan", 菜 + 凉了 "cold" …).
Each with a counter-example that keeps the other sense."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses_counted_places import (
    counted_about,
    counted_before_predicate,
    counted_token,
    negated_next,
    ordinal_noun_place,
)
from tests.core.corpus.test_glosses_classes import _first

_MEASURES = {"把", "张", "个"}.__contains__
_VERBS = {"下车", "打", "坏"}.__contains__
_NOUNS = {"下车", "桌子"}.__contains__


def test_negated_next() -> None:
    assert negated_next("不难") and negated_next("不") and negated_next("没有")
    assert not negated_next("很") and not negated_next("")


def test_counted_before_predicate() -> None:
    assert counted_before_predicate(("下车",), _NOUNS, _VERBS)  # a verb, a noun too
    assert counted_before_predicate(("已经", "坏", "了"), _NOUNS, _VERBS)
    assert counted_before_predicate(("是",), _NOUNS, _VERBS)
    assert not counted_before_predicate(("得", "很", "好"), _NOUNS, _VERBS)  # 这个画得很好
    assert not counted_before_predicate(("桌子",), _NOUNS, _VERBS)  # describes a noun
    assert not counted_before_predicate(("的",), _NOUNS, _VERBS)
    assert not counted_before_predicate((), _NOUNS, _VERBS)


def test_counted_token() -> None:
    assert counted_token("这个", _MEASURES) and counted_token("一把", _MEASURES)
    assert not counted_token("这次", _MEASURES)  # a measure word of doing
    assert not counted_token("我们", _MEASURES) and not counted_token("个", _MEASURES)


def test_counted_about_and_ordinal_noun_place() -> None:
    assert counted_about(("小时", "多", "个", "四"), _MEASURES)
    assert not counted_about(("小时", "多", "很", "四"), _MEASURES)
    assert not counted_about(("小时", "个", "四"), _MEASURES)
    assert ordinal_noun_place("第一", ("第一", "的", "他"), ())
    assert ordinal_noun_place("第二", ("第二", "是"), ())
    assert ordinal_noun_place("第一", ("第一",), ("是",))
    assert not ordinal_noun_place("第一", ("第一", "他"), ("到",))  # 他第一到
    assert not ordinal_noun_place("一", ("一", "的"), ())


@pytest.mark.parametrize(("text", "word", "first"), [
    # a counted one-character word with its predicate next is the thing counted
    ("我们可以在这个站下车。", "站", "station"),
    ("这个盖打不开了，你帮我一下。", "盖", "lid"),
    ("他站在门口。", "站", "to stand"),  # no measure word before: the verb
    # an ordinal that 的 or 是 leads to: a noun's place
    ("这是我们的第二选择。", "选择", "choice"),
    ("听到这个消息，他的第一反应是给妈妈打电话。", "反应", "reaction"),
    ("你应该选择一个好学校。", "选择", "to select"),
    # an amount with 多 between its measure word and its unit
    ("现在坐高铁，四个多小时就能到。", "就", "just"),
    # 并 before a negated word the cut joined
    ("学汉字并不难。", "并", "(not) at all (before a negative)"),
])
def test_places_read_by_words39(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "first"), [
    ("他很少看电视。", "少", "seldom"),
    ("这里的人很少。", "少", "few"),
    ("天气这么热，我们去游泳吧。", "这么", "so"),
    ("太好了，谢谢你！", "太", "so"),
    ("这件衣服太贵了。", "太", "too (much)"),
    ("天一黑，路灯就亮了。", "一", "as soon as"),
    ("加一撮盐就行了。", "一", "one"),
    ("坐了一天的车，大家都累坏了。", "坏", "to the utmost (累坏了: utterly worn out)"),
    ("他不小心把杯子打坏了。", "坏", "broken"),
    ("这个月的电费是多少？", "费", "fee"),
    ("坐出租车太费钱了。", "费", "to cost"),
    ("我们班的同学都是足球迷。", "迷", "fan"),
    ("他迷上了电子游戏。", "迷", "to be crazy about"),
    ("菜都凉了，我去热一下吧。", "凉", "cold"),
    ("汤太烫了，凉一凉再喝。", "凉", "to let sth cool down"),
    ("山上的雪还没化。", "化", "to melt"),
    ("考试没考好，他心里很难受。", "难受", "to feel bad"),
    ("大家都是朋友，你别不好意思。", "不好意思", "to feel embarrassed"),
    ("不好意思，我来晚了。", "不好意思", "to be sorry (for inconveniencing sb)"),
    ("把水烧开以后再放面条。", "开", "to boil"),
    ("外婆带我去地里摘黄瓜和西红柿。", "摘", "to pick (flowers, fruit etc)"),
    ("他把眼镜摘了下来。", "摘", "to take off (glasses, hat etc)"),
])
def test_curated_frames_of_words39(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "first"), [
    # frames a word of the clause names
    ("我跟他是大学同学。", "跟", "and"),
    ("你跟着我走。", "跟", "to follow"),
    ("他考了二百六十多分，顺利通过了。", "通过", "to pass (a test)"),
    ("我通过朋友找到了这份工作。", "通过", "via"),
    ("他坚持说自己没错。", "坚持", "to insist (on)"),
    ("他每天坚持跑步。", "坚持", "to persevere with"),
    ("医生正在给病人看病。", "看病", "to see a patient"),
    ("他领导我们完成了这个项目。", "领导", "to lead"),
    ("这个问题我得问一下领导。", "领导", "leader"),
    ("很多人参加了这次志愿活动。", "志愿", "volunteer (work)"),
    # a time or a person in the clause
    ("我们在火车上认识了一个新朋友。", "认识", "to get to know"),
    ("我认识他。", "认识", "to know"),
    ("这些小羊是今年春天生的。", "生", "to be born"),
    ("这块肉是生的。", "生", "raw"),
    ("他是我的老同学。", "老", "old (long-standing)"),
    # looks and staff
    ("她笑起来特别好看。", "笑", "to smile"),
    ("你别笑我。", "笑", "to laugh"),
    ("他被公司开除了。", "开除", "to fire (an employee)"),
    # the body and being away
    ("那个小孩很有才，画得比大人还好。", "才", "talent"),
    ("我的眼睛有点儿红，是不是上火了？", "上火", "to suffer from excessive internal heat (TCM)"),
    ("出门在外，一定要注意安全。", "出门", "away from home"),
    ("他早上七点出门。", "出门", "to go out"),
])
def test_frames_of_words39(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first
