"""An adjective in the adverbial place leads with its adverb (突然下雨了 "suddenly; sudden",
认真地学习 "conscientiously"); in the adjective place it keeps its adjective (他很认真。)."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.adverbs import is_adjective_sense, is_phrase_adverb, ly_adverb
from tests.core.corpus.test_glosses_classes import _first


@pytest.mark.parametrize(("adjective", "adverb"), [
    ("sudden", "suddenly"), ("careful", "carefully"), ("strict", "strictly"),
    ("happy", "happily"), ("easy", "easily"), ("simple", "simply"), ("gentle", "gently"),
    ("terrible", "terribly"), ("scientific", "scientifically"), ("basic", "basically"),
    ("full", "fully"), ("dull", "dully"), ("true", "truly"), ("due", "duly"),
    ("public", "publicly"), ("shy", "shyly"), ("gay", "gaily"), ("good", "well"),
    ("fast", "fast"), ("hard", "hard"), ("early", "early"), ("late", "late"),
    ("grey", "greyly"), ("vague", "vaguely"), ("polite", "politely"),
])
def test_ly_adverb_forms_the_adverb(adjective: str, adverb: str) -> None:
    assert ly_adverb(adjective) == adverb


@pytest.mark.parametrize("word", ["friendly", "lively", "small", "tall", "whole", "just",
                                  "large", "loud voice", "to decide", "Internet", "ok"])
def test_ly_adverb_forms_none(word: str) -> None:
    assert ly_adverb(word) is None


def test_adjective_senses_and_nouns() -> None:
    attested = {"strictly", "quietly", "weekly", "partly", "apply", "patiently"}
    assert is_adjective_sense("strict", attested)
    assert is_adjective_sense("quiet", attested)
    assert is_adjective_sense("careful")  # an adjective's ending, attested or not
    assert is_adjective_sense("fast")
    for noun in ("week", "part", "apple", "patient", "student", "hospital", "table"):
        assert not is_adjective_sense(noun, attested), noun
    assert not is_adjective_sense("to decide", attested)
    assert not is_adjective_sense("courtesy", attested)


def test_phrase_adverbs() -> None:
    assert is_phrase_adverb("in detail")
    assert is_phrase_adverb("in a loud voice")
    assert is_phrase_adverb("without delay")
    assert not is_phrase_adverb("detailed")
    assert not is_phrase_adverb("in the course of a very long day")


@pytest.mark.parametrize(("text", "word", "first"), [
    ("昨天下午突然刮起了大风。", "突然", "suddenly"),      # before a verb
    ("老师严格要求我们。", "严格", "strictly"),
    ("请仔细看。", "仔细", "carefully"),                  # after 请
    ("大家一致同意。", "一致", "unanimously"),
    ("我们坚决反对。", "坚决", "firmly"),
    ("孩子们认真地写作业。", "认真", "conscientiously"),  # before 地
    ("学生们非常认真地听。", "认真", "conscientiously"),  # after a degree word, before 地
    ("他生气地走了。", "生气", "angrily"),               # a verb's entry, before 地
    ("他非常礼貌地跟客人打招呼。", "礼貌", "courteously"),  # a noun's entry, before 地
    ("这个问题请你详细地说明一下。", "详细", "in detail"),  # the entry's phrase adverb
    ("他彻底地打扫了房间。", "彻底", "thoroughly"),        # the entry's own adverb
    ("你可以直接去找校长。", "直接", "directly"),         # a sense with a note
    ("病了就要及时去医院。", "及时", "promptly"),          # leads with "timely"
])
def test_adverbial_place_leads_with_the_adverb(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


def test_adverb_then_adjective(corpus, engine) -> None:
    from tests.core.corpus.test_glosses_passive_bei import _short

    assert _short(corpus, engine, "他突然哭了。", "突然").startswith("suddenly; sudden")
    assert _short(corpus, engine, "他非常礼貌地说。", "礼貌").startswith(
        "courteously; courteous")


@pytest.mark.parametrize(("text", "word", "first"), [
    ("他很认真。", "认真", "conscientious"),             # the predicate
    ("这个消息太突然了。", "突然", "sudden"),
    ("认真的学生", "认真", "conscientious"),             # before 的
    ("这是我们的最终决定。", "最终", "final"),            # after 的, before a noun
    ("她的英语说得很流利。", "流利", "fluent"),           # after 得
    ("学生们都安静下来了。", "安静", "quiet"),            # what one becomes
    ("你先看看，合适再买。", "合适", "suitable"),         # the predicate of a condition
    ("你觉得有必要去吗？", "必要", "necessary"),          # the object of 有
    ("作业你全部做完了吗？", "全部", "whole"),            # an amount: no "wholly"
    ("奶奶慢慢地走进了房间。", "慢慢", "slowly"),         # leads with its adverb already
])
def test_adjective_place_keeps_the_adjective(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


def test_an_entry_adverb_of_another_sense_does_not_lead(corpus, engine) -> None:
    """自动's entry has "voluntarily" as its adverb, but before a verb a learner needs
    "automatically" (a curated line; the entry's own adverb is another sense)."""
    assert _first(corpus, engine, "电脑自动关机了。", "自动") == "automatically"
    assert _first(corpus, engine, "这扇门是自动的。", "自动") != "automatically"
