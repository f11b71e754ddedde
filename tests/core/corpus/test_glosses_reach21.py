"""Conditions that reach (words21, twelfth session): the kinds of words21's batch's misses,
a word the sense file already marked whose curated line did not reach the sentence. Each
rule with sentences of its own (none of the batch's) and a counter-example that keeps the
other sense."""

from __future__ import annotations

from tests.core.corpus.test_glosses_classes import _first


def test_a_person_after_a_counted_word_does_not_make_it_a_preposition(corpus, engine) -> None:
    """"before-person" does not hold after a number: 一 + 对 + 老人 counts a pair; 对 +
    老人 without a number is still "towards"."""
    assert _first(corpus, engine, "门口站着一对老人。", "对") == "pair"
    assert _first(corpus, engine, "他对老人很好。", "对") == "towards"


def test_a_before_option_cut_apart_into_two_words(corpus, engine) -> None:
    """A "before:" option the cut split into two one-character words still holds (让 + 一 /
    让 for 一让, 算 + 一 / 个 for 一个), not for a piece of a longer word (上 of 天上)."""
    assert _first(corpus, engine, "请你让一让。", "让") == "to give way"
    assert _first(corpus, engine, "妈妈让我去买菜。", "让") == "to let"
    assert _first(corpus, engine, "在我们班，他也算一个高个子。", "算") == "to count as"
    assert _first(corpus, engine, "天上一个雷劈了下来。", "上") == "on"


def test_the_person_told_past_its_apposition_and_adverbs(corpus, engine) -> None:
    """"person-then-verb" reads past the person's apposition and adverbs (叫 + 你们 + 俩 +
    明天 + 早点儿 + 来 "to ask"); 叫 + 什么名字 stays "to be called"."""
    assert _first(corpus, engine, "老师叫你们俩明天早点儿来。", "叫") == "to ask (sb to do sth)"
    assert _first(corpus, engine, "他叫什么名字？", "叫") == "to be called"


def test_the_object_past_an_amount_and_a_modifier(corpus, engine) -> None:
    """After an amount (很多, 不少, 一个), a one-character modifier (新, 老 …) stands before
    the object: 交 + 了 + 很 / 多 + 新 + 朋友 "to make friends"; 作业交了 stays "to hand
    over"."""
    assert _first(corpus, engine, "他在大学里交了很多新朋友。", "交") == "to make friends"
    assert _first(corpus, engine, "作业交了吗？", "交") == "to hand over"


def test_an_amount_past_an_adverb_of_nearness(corpus, engine) -> None:
    """"before-amount" reads past 已经, 快, 差不多 …: 都 + 已经 + 十点 + 了 "already"; 都 + 是
    stays "all"."""
    assert _first(corpus, engine, "都已经十点了，他还没起床。", "都") == "already"
    assert _first(corpus, engine, "我们都是学生。", "都") == "all"


def test_the_object_past_a_longer_de_phrase(corpus, engine) -> None:
    """Where the word read as the object is a person (or no noun), the noun after a 的
    further on is the object: 做 + 了 + 我们 + 两年 + 的 + 班长 "to be"; 做 + 三个小时的 +
    作业 stays "to do"."""
    assert _first(corpus, engine, "她做了我们两年的班长。", "做") == "to be"
    assert _first(corpus, engine, "我做了三个小时的作业。", "做") == "to do"


def test_an_indirect_question_is_a_choice(corpus, engine) -> None:
    """"choice-later" holds for an indirect question past the next word (看 + 价格 + 怎么样
    "to depend on"); 要 + 看 + 电视 stays "to see"."""
    assert _first(corpus, engine, "买不买，还要看价格怎么样。", "看") == "to depend on"
    assert _first(corpus, engine, "我要看电视。", "看") == "to see"


def test_the_batch_kinds_lines(corpus, engine) -> None:
    """The curated lines of the batch's kinds, with counter-examples: 死 after an adjective
    of the class (not 快死了); 少 before a verb "less" (not 很少, 少了); 开 after a verb of
    moving "away"; 拉 + an instrument; 跑 of a liquid "to leak"; 周 counted after 跑 "lap";
    意思 in 一点儿 … 也没有 "interest"."""
    assert _first(corpus, engine, "这几天忙死了。", "死") == "extremely"
    assert _first(corpus, engine, "这条鱼快死了。", "死") == "to die"
    assert _first(corpus, engine, "你少吃点儿糖。", "少") == "less (of an action: 少喝 drink less)"
    assert _first(corpus, engine, "今天来的人很少。", "少") == "few"
    assert _first(corpus, engine, "请帮我把西瓜切开。", "开") == "(after a verb) away"
    assert _first(corpus, engine, "他会拉二胡。", "拉") == "to play (a bowed instrument)"
    assert _first(corpus, engine, "他用力拉门。", "拉") == "to pull"
    assert _first(corpus, engine, "瓶子没盖，酒精都跑了。", "跑") == "to leak (of a gas or liquid)"
    assert _first(corpus, engine, "小偷跑了。", "跑") == "to run away"
    assert _first(corpus, engine, "我每天绕着公园走三周。", "周") == "lap"
    assert _first(corpus, engine, "我学了三周汉语。", "周") == "week"
    assert _first(corpus, engine, "这本书一点儿意思也没有。", "意思") == "interest"
    assert _first(corpus, engine, "这个词是什么意思？", "意思") == "meaning"


def test_pianyi_by_its_clause(corpus, engine) -> None:
    """便宜 after 占 in its clause "a petty advantage", before a person "to let (sb) off
    lightly"; in a comparison or before 的 it stays "cheap"."""
    assert _first(corpus, engine, "小心别让人占了便宜。", "便宜") == "a petty advantage"
    assert _first(corpus, engine, "这次就便宜他了。", "便宜") == "to let (sb) off lightly"
    assert _first(corpus, engine, "这个比那个便宜。", "便宜") == "cheap"
    assert _first(corpus, engine, "便宜的东西不一定好。", "便宜") == "cheap"
