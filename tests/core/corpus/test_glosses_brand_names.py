"""Senses the nineteenth session's words40 reads (issue 15): a word marked as a name whose
every CC-CEDICT name sense is a company or a brand (山水 "Sansui, Japanese company", 乐天
"Lotte") glossed as its common word, unless the next word is the firm or a product."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses_brand_names import brand_may_stand, brand_only_names
from tests.core.corpus.test_glosses_classes import _first


def test_brand_only_names() -> None:
    assert brand_only_names(["Sansui, Japanese company"])
    assert brand_only_names(["Lay's (brand)"])
    assert brand_only_names(["Volkswagen (automobile manufacturer)"])
    assert not brand_only_names(["Asahi (Japanese place name, company name etc)"])
    assert not brand_only_names(["Hongqi district of Xinxiang"])
    assert not brand_only_names(["Sansui, Japanese company", "surname Shan"])
    assert not brand_only_names([])


def test_brand_may_stand() -> None:
    assert brand_may_stand(("汽车",)) and brand_may_stand(("公司", "的"))
    assert not brand_may_stand(("很", "美")) and not brand_may_stand(())


@pytest.mark.parametrize(("text", "word", "first"), [
    ("他是一个很乐天的人，从来不发愁。", "乐天", "carefree"),
    ("这里的山水很美，我们每年都来。", "山水", "water from a mountain"),
])
def test_brand_entry_leaves_the_common_word(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "first"), [
    # "verb-place" after 怎么, 一起, 主要 (VERB_LEADERS): the noun-and-verb word is the verb
    ("这些苹果我们三个人怎么分？", "分", "to divide"),
    ("这块蛋糕我们俩一起分吧。", "分", "to divide"),
    ("这家公司的产品主要出口到欧洲。", "出口", "to export"),
    ("他考了九十分。", "分", "point (score)"),  # after a number: the unit
    ("请从这个出口出去。", "出口", "exit"),
    # learner defaults and frames of the session's curated lines
    ("一旦下雨，比赛就取消。", "一旦", "once (sth happens, then...)"),
    ("如果遇到危险，可以打110报警。", "报警", "to report sth to the police"),
    ("坐飞机去北京要多长时间？", "时间", "(duration of) time"),
    ("我没有时间。", "时间", "(concept of) time"),
    ("出门的时候一定要带伞。", "一定", "must"),
    ("他一定会来的。", "一定", "surely"),
    ("他今天穿了一件花衬衫。", "花", "fancy pattern"),
    ("公园里的花很漂亮。", "花", "flower"),
    ("写完以后别忘了保存文件。", "保存", "to save (a file etc)"),
    ("这些照片我一直保存着。", "保存", "to keep"),
    ("这对兄弟的感情特别好。", "感情", "affection"),
    ("白衬衫配黑裤子，很简单也很好看。", "配", "to match"),
    # no garment, so not "to match"; 配钥匙 "to make a key" leads (collo20's own word)
    ("我们配一把钥匙吧。", "配", "to make a key"),
    ("手机的声音太大了，关小一点儿。", "声音", "sound"),
    ("这位歌手的声音很特别。", "声音", "voice"),
    ("他们在外面吵得我一晚上没睡好。", "吵", "to make a noise"),
    ("他们俩又吵起来了。", "吵", "to quarrel"),
    ("我对足球一直不太感冒。", "感冒", "(coll.) to be interested in (often used in the negative)"),
    ("我感冒了，头很疼。", "感冒", "to catch cold"),
])
def test_words40_places_and_lines(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


def test_fen_of_defen_stays_the_point(corpus) -> None:
    """得 is "must" before a verb, but 得分 gets points: its part 分 is no verb."""
    from chinese_teach.core.corpus.glosses import glosser

    parts = dict(glosser(corpus).parts("得分", ("de2", "fen1")))
    assert parts["分"].startswith("minute; point (score)")
