"""Senses a clause decides (words23, thirteenth session): the kinds of words23's batch's
misses, HSK 2-5 words in two-clause sentences. Each line with sentences of its own (none of
the batch's) and a counter-example that keeps the other sense."""

from __future__ import annotations

from tests.core.corpus.test_glosses_classes import _first


def test_an_adjective_sense_after_a_degree_word(corpus, engine) -> None:
    """After a degree word (很, 太, 特别 …) 火, 神, 不幸 and 自觉 are the adjectives
    (popular, awesome, unfortunate, conscientious); elsewhere the noun stays first."""
    assert _first(corpus, engine, "这家饭馆最近很火，每天都要排队。", "火") == "hot (popular)"
    assert _first(corpus, engine, "火太大了，你把菜炒糊了。", "火") == "fire"
    assert _first(corpus, engine, "这个魔术真神，我一点儿也看不出来。", "神") == "(coll.) awesome"
    assert _first(corpus, engine, "她的童年非常不幸，很早就没了妈妈。", "不幸") == "unfortunate"
    assert _first(corpus, engine, "不幸的是，他没赶上那班飞机。", "不幸") == "misfortune"
    assert _first(corpus, engine, "这些学生都很自觉，老师不在也看书。", "自觉") == "conscientious"


def test_fierce_sun_only_with_the_sun_earlier(corpus, engine) -> None:
    """毒 after a degree word with 太阳 / 阳光 earlier is "fierce"; a mushroom that is very
    毒 keeps the dictionary's "poison"."""
    assert _first(corpus, engine, "中午的阳光太毒了，我们下午再去吧。", "毒") == "fierce"
    assert _first(corpus, engine, "这种蘑菇很毒，你千万别吃。", "毒") != "fierce"


def test_energy_after_having_or_lacking(corpus, engine) -> None:
    """精神 after 没 / 有 / 一点儿 is "vigor"; the spirit of a people keeps "spirit"."""
    assert _first(corpus, engine, "他今天没精神，一直在打哈欠。", "精神") == "vigor"
    assert _first(corpus, engine, "孩子们睡了一觉，现在很有精神。", "精神") == "vigor"
    assert _first(corpus, engine, "我们要学习他的这种精神，不怕困难。", "精神") == "spirit"


def test_a_clause_start_and_a_partner_earlier(corpus, engine) -> None:
    """无奈 first in a clause after a comma is "but unfortunately"; 接触 with 跟 / 和 earlier
    in its clause is "to contact"."""
    assert _first(corpus, engine, "他很想参加比赛，无奈腿受伤了。", "无奈") == (
        "(conjunction) but unfortunately")
    assert _first(corpus, engine, "他感到很无奈，什么也做不了。", "无奈") != (
        "(conjunction) but unfortunately")
    assert _first(corpus, engine, "我很少跟外国人接触，所以口语不好。", "接触") == "to contact"
    assert _first(corpus, engine, "请不要接触这些电线，很危险。", "接触") == "to touch"


def test_a_neighbour_kind_decides(corpus, engine) -> None:
    """一身 with clothes later is "a suit of clothes"; 编 with a story as object or topic
    is "to make up (a story)"; 拼 with a written word earlier is "to spell"; 品 after a
    manner adverb (慢慢地) is "to taste sth"; 进口 after a building is "entrance"."""
    assert _first(corpus, engine, "姐姐穿了一身红衣服，看起来很漂亮。", "一身") == (
        "a suit of clothes")
    assert _first(corpus, engine, "他跑完步，一身都是汗。", "一身") != "a suit of clothes"
    assert _first(corpus, engine, "你别编故事了，快说实话吧。", "编") == "to make up (a story)"
    assert _first(corpus, engine, "这个单词怎么拼？我总是写错。", "拼") == "to spell"
    assert _first(corpus, engine, "这种茶要细细地品，才知道它的味道。", "品") == "to taste sth"
    assert _first(corpus, engine, "我在医院进口等你，你到了给我打电话。", "进口") == "entrance"
    assert _first(corpus, engine, "这些水果都是进口的，所以很贵。", "进口") != "entrance"
