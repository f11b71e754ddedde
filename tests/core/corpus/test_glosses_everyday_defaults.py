"""Learner defaults and curated conditions of words41 (issue 15): common HSK 1-5 words whose
CC-CEDICT first sense misleads a learner (预订 "to place an order", 宣传 "propaganda", 调查
"investigation" for a class survey), and the frames that choose a later sense (很落后
"backward", 是认真的 "serious", 苹果烂了 "rotten", 家庭的一员 "member", 座位有人 "occupied")."""

from __future__ import annotations

import pytest

from tests.core.corpus.test_glosses_classes import _first


@pytest.mark.parametrize(("text", "word", "first"), [
    ("A：您好，我预订了一个房间，姓李。", "预订", "to book ahead"),
    ("这个广告的宣传效果很好。", "宣传", "publicity"),
    ("学校正在宣传节约用水。", "宣传", "to publicize"),
    ("老师在班里做了一个关于学生睡眠的调查。", "调查", "survey"),
    ("警察正在调查这个案子。", "调查", "to investigate"),
    ("他跑到终点的时候已经累得不行了。", "终点", "end point"),
    ("老师的脸色很难看，我们都不敢说话了。", "脸色", "look"),
    ("公司里新来了一位经理，姓马，四十多岁。", "姓", "to be surnamed"),
    ("他们公司的待遇很好，每年都有年终奖。", "待遇", "pay"),
])
def test_learner_defaults(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "first"), [
    ("以前这个村子很落后，现在好多了。", "落后", "backward"),
    ("这次比赛我们落后了两分。", "落后", "to fall behind"),
    ("你说的是认真的吗？", "认真", "serious"),
    ("他学习很认真。", "认真", "conscientious"),
    ("这些苹果烂了，不能吃了。", "烂", "rotten"),
    ("肉煮得很烂。", "烂", "soft"),
    ("宠物也是家庭的一员。", "员", "member"),
    ("请问这个座位有人吗？", "有人", "occupied (as in restroom)"),
    ("外面有人找你。", "有人", "someone"),
])
def test_curated_frames(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


def test_everyone_alone(corpus) -> None:
    from chinese_teach.core.corpus.glosses import glosser

    assert glosser(corpus).short("大家") == "everyone"  # not "; influential family"
