"""Senses decided by a word's place (sixteenth session, words37): an adjective's entry with
a later verb sense before its object (富有营养 "to be rich in"); a verb piece inside a
token read with the words before the token (去他家 + 看看 + 他 "to visit", 把 + 朋友 + 送到
"to see off", 给他 + 讲讲。 "to explain"); 大 said of a person compared with another
(我姐姐比我大 "old"). Each with a counter-example that keeps the other sense."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import CLAUSE_BREAK, is_person, shorten
from chinese_teach.core.corpus.glosses_adjective_verbs import (
    object_follows,
    person_compared,
    predicate_place,
    verb_sense_first,
)
from tests.core.corpus.test_glosses_classes import _first

_ADJECTIVES = {"rich", "wealthy", "clear", "definite", "active"}.__contains__
_NOUNS = {"营养", "情况", "水果", "房间", "力气", "苹果"}.__contains__
_VERBS = {"是", "有"}.__contains__


def test_verb_sense_first_needs_an_adjective_before_a_later_verb() -> None:
    assert verb_sense_first(["rich; wealthy", "to be rich in; to be replete with"],
                            _ADJECTIVES, shorten).startswith("to be rich in; to be replete with")
    assert verb_sense_first(["to enrich", "rich"], _ADJECTIVES, shorten) is None  # a verb
    assert verb_sense_first(["rich; wealthy"], _ADJECTIVES, shorten) is None  # no verb
    # 符合: no adjective before its verbs (a phrase "in keeping with")
    assert verb_sense_first(["in keeping with; in accordance with", "to agree with"],
                            _ADJECTIVES, shorten) is None


def test_object_follows_and_predicate_place() -> None:
    assert object_follows(("营养",), _NOUNS)
    assert object_follows(("我们", "的", "生活"), _NOUNS)
    assert object_follows(("了", "我", "的"), _NOUNS)  # 丰富 + 了 + 我的见识
    assert not object_follows(("的", "营养"), _NOUNS)
    assert not object_follows((), _NOUNS)
    assert predicate_place("能", (), _NOUNS, _VERBS)
    assert predicate_place("不", ("你",), _NOUNS, _VERBS)
    assert predicate_place("水果", ("种", "这"), _NOUNS, _VERBS)  # 这种水果 + 富有
    assert not predicate_place("水果", ("有", "我"), _NOUNS, _VERBS)  # 我有 … 水果: no subject
    assert not predicate_place("有", (), _NOUNS, _VERBS)  # 有 + 丰富 + 经验
    assert not predicate_place("很", (), _NOUNS, _VERBS)  # 很 + 稳定


@pytest.mark.parametrize(("text", "word", "first"), [
    ("这种水果富有营养。", "富有", "to be rich in"),
    ("你不清楚情况，就别乱说。", "清楚", "to understand thoroughly"),
    ("读书能充实我们的生活。", "充实", "to enrich"),
    ("这个游戏可以活跃课堂气氛。", "活跃", "to enliven"),
    ("这次旅行丰富了我的见识。", "丰富", "to enrich"),
    # the adjective stays: no object, a degree word, or 有 before a noun phrase
    ("他的家很富有。", "富有", "rich"),
    ("他的生活很充实。", "充实", "rich"),
    ("他有丰富的经验。", "丰富", "rich"),
    ("你的情况不符合要求。", "符合", "in keeping with"),
])
def test_an_adjective_before_its_object_is_the_verb(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "first"), [
    ("老王病了，我们一起去他家看看他吧。", "看", "to visit"),
    ("你有空来看看我。", "看", "to visit"),
    ("这道题我不会，你给我讲讲。", "讲", "to explain"),
    ("我把朋友送到了火车站。", "送", "to take (sb somewhere)"),
    ("她看了我一眼，没说话。", "眼", "a glance"),
    # the same tokens where the words before them choose nothing
    ("你去看看他在不在家。", "看", "to see"),
    ("我们去看看那个地方吧。", "看", "to see"),  # 去, but no person
    ("我在下一站下车。", "站", "station"),
    # 回家 alone would make 过 the particle: the word's own 年 decides (words37's first
    # version took it); 小 before 时 is no predicate of 我们 (not "young")
    ("春节的时候，人们都回家过年。", "过", "to spend (time)"),
    ("我们白等了一个小时。", "小", "small"),
])
def test_a_piece_of_a_token_reads_the_words_before_it(corpus, engine, text, word,
                                                      first) -> None:
    assert _first(corpus, engine, text, word) == first


def test_person_compared_reads_who_is_compared() -> None:
    def compared(prev: str, earlier: tuple[str, ...]) -> bool:
        return person_compared(prev, earlier, is_person, _NOUNS, CLAUSE_BREAK)

    assert compared("我", ("我", "比", "姐姐", "我"))  # 我姐姐比我 + 大
    assert compared("还", ("还", "我", "比", "其实", CLAUSE_BREAK, "年轻", "很", "他"))
    assert not compared("我", ("我", "比", "力气", "他"))  # 他力气比我大: his strength
    assert not compared("那个", ("那个", "比", "房间", "这个"))  # no person after 比
    assert not compared("我", ("我", "比"))  # no one compared before 比


@pytest.mark.parametrize(("text", "first"), [
    ("我姐姐比我大。", "old"),
    ("他看起来很年轻，其实比我还大。", "old"),
    ("你妹妹比你大还是比你小？", "old"),
    ("这个房间比那个大。", "big"),
    ("他力气比我大。", "big"),
    ("他压力很大。", "big"),
])
def test_da_said_of_a_person_compared_is_old(corpus, engine, text, first) -> None:
    assert _first(corpus, engine, text, "大") == first
