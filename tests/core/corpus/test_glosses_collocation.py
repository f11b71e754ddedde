"""A one-character verb's sense chosen by the object it governs (eighteenth session,
collo18): the dictionary words the verb forms with that object, or with objects sharing its
head character or its class, say which of the verb's senses it has (补 + 两节课: 补课 "to
make up for a missed lesson", so "to make up for"; 交 + 中国朋友: 交朋友 "to make friends").
Each with a counter-example that keeps the shown sense."""

from __future__ import annotations

from dataclasses import dataclass

from chinese_teach.core.corpus.glosses import shorten
from chinese_teach.core.corpus.glosses_collocation import (
    chosen_item,
    class_test,
    collocation_first,
    completes_a_verb,
    matching_compounds,
    object_head,
    object_nouns,
    verb_key,
)
from tests.core.corpus.test_glosses_classes import _first


@dataclass(frozen=True)
class _Word:
    simplified: str
    syllables: tuple[str, ...]
    senses: tuple[str, ...]
    proper: bool = False


_BU = ("to repair", "to patch", "to mend", "to make up for", "to fill (a vacancy)")
_BU_WORDS = [
    _Word("补课", ("bu3", "ke4"), ("to make up for missed lesson", "to reteach")),
    _Word("补牙", ("bu3", "ya2"), ("to fill a tooth",)),
    _Word("补鞋", ("bu3", "xie2"), ("to mend shoes",)),
    _Word("补丁", ("bu3", "ding5"), ("patch",)),
]


def _no_class(word: str, obj: str) -> bool:
    return False


def test_verb_key_reads_the_head_verb() -> None:
    assert verb_key("to make a telephone call") == "make"
    assert verb_key("to make friends") == "make friends"
    assert verb_key("to be hit by") == "be hit"
    assert verb_key("(of ships, vehicles etc) to start") == "start"  # notes are no words
    assert verb_key("to start (a car)") == "start"
    assert verb_key("flower") is None


def test_object_head_skips_a_noun_suffix() -> None:
    assert object_head("杯子") == "杯"
    assert object_head("病毒") == "毒"
    assert object_head("课") == "课"


def test_the_same_object_comes_before_a_shared_head() -> None:
    tiers = matching_compounds("补", "bu3", "课", _BU_WORDS, _no_class)
    assert [w.simplified for w in tiers[0]] == ["补课"]
    assert chosen_item(_BU, tiers) == "to make up for"
    tiers = matching_compounds("补", "bu3", "布鞋", _BU_WORDS, _no_class)
    assert [w.simplified for w in tiers[1]] == ["补鞋"]  # 布鞋: head 鞋
    assert chosen_item(_BU, tiers) == "to mend"


def test_a_class_needs_two_words_and_a_tie_decides_nothing() -> None:
    def dental(word: str, obj: str) -> bool:
        return word in {"牙", "鞋"} and obj == "门牙"

    tiers = matching_compounds("补", "bu3", "门牙", _BU_WORDS[1:2], lambda w, o: False)
    assert chosen_item(_BU, tiers) == "to fill (a vacancy)"  # 补牙 shares the head 牙
    tiers = matching_compounds("补", "bu3", "大牙齿", _BU_WORDS, dental)
    assert chosen_item(_BU, tiers) is None  # no word shares 齿, no class holds it
    tiers = [[], [], [_BU_WORDS[1], _BU_WORDS[2]]]
    assert chosen_item(_BU, tiers) is None  # one word each for "fill" and "mend": a tie
    assert chosen_item(_BU, [[], [], [_BU_WORDS[2]]]) is None  # one word of a class


@dataclass(frozen=True)
class _Class:
    name: str
    words: frozenset[str]

    def has(self, word: str) -> bool:
        return word in self.words


def test_class_test_reads_classes_that_are_not_too_wide() -> None:
    in_class = class_test([_Class("body", frozenset({"牙", "门牙", "手"})),
                           _Class("people", frozenset({"人", "孩子"}))])
    assert in_class("牙", "门牙")
    assert not in_class("牙", "课")
    assert not in_class("人", "孩子")  # people: too wide a class to tell senses apart


def test_another_reading_s_words_decide_nothing() -> None:
    words = [_Word("补课", ("bu4", "ke4"), ("to make up for missed lesson",))]
    assert matching_compounds("补", "bu3", "课", words, _no_class) == [[], [], []]


def test_collocation_first_moves_a_sense_the_learner_would_not_see() -> None:
    found = collocation_first("补", "bu3", _BU, "to repair; to patch; …", objects=["课"],
                              compounds=_BU_WORDS, in_class=_no_class, shorten=shorten)
    assert found == "to make up for; to repair"
    # the sense shown first already: nothing to move
    assert collocation_first("补", "bu3", _BU, "to make up for; to repair", objects=["课"],
                             compounds=_BU_WORDS, in_class=_no_class, shorten=shorten) is None
    # nor shown second: the learner reads it already
    assert collocation_first("补", "bu3", _BU, "to repair; to make up for", objects=["课"],
                             compounds=_BU_WORDS, in_class=_no_class, shorten=shorten) is None
    # a preposition's gloss is not a verb's to move (跟 + 别人 "with")
    assert collocation_first("补", "bu3", _BU, "with; and", objects=["课"],
                             compounds=_BU_WORDS, in_class=_no_class, shorten=shorten) is None
    assert collocation_first("补", "bu3", _BU, "to repair; to patch", objects=[],
                             compounds=_BU_WORDS, in_class=_no_class, shorten=shorten) is None


def _gloss(word: str) -> str:
    return {"很多": "many", "两": "two", "节": "(measure word for class periods)",
            "中国": "China", "朋友": "friend", "课": "class", "桌子": "table",
            "上": "on; above", "的": "of", "杯子": "cup", "吃饭": "to eat",
            "毛衣": "(wool) sweater", "件": "(measure word for clothes)"}.get(word, "")


def _noun(word: str) -> bool:
    return word in {"朋友", "课", "桌子", "杯子", "吃饭", "毛衣"}


def _number(word: str) -> bool:
    return word in {"两", "三"}


def test_object_nouns_reads_past_amounts_and_stops_at_a_place() -> None:
    assert object_nouns(("了", "两", "节", "课"), _gloss, _noun, _number) == ["课"]
    assert object_nouns(("了", "很多", "中国", "朋友"), _gloss, _noun, _number) == [
        "中国", "朋友"]
    assert object_nouns(("桌子", "上", "的", "杯子"), _gloss, _noun, _number) == []
    assert object_nouns(("吃饭",), _gloss, _noun, _number) == []  # a verb's gloss
    assert object_nouns(("一", "件", "毛衣"), _gloss, _noun, lambda w: w == "一") == ["毛衣"]
    assert object_nouns(("中国",), _gloss, _noun, _number) == []  # no noun ends it


def test_a_result_after_its_verb_is_left_alone() -> None:
    def gloss(word: str) -> str:
        return {"蒙": "to cover", "存": "to deposit", "要": "to want"}.get(word, "")

    assert completes_a_verb("住", "蒙", gloss)  # 蒙住了眼睛: 住手 "to stop" says nothing
    assert completes_a_verb("进", "存", gloss)
    assert not completes_a_verb("回", "要", gloss)  # 要回家: 回 is the verb
    assert not completes_a_verb("补", "蒙", gloss)  # no result
    assert not completes_a_verb("住", "", gloss)


def test_sentences(corpus, engine) -> None:
    assert _first(corpus, engine, "老师周末给我们补了两节课。", "补") == "to make up for"
    assert _first(corpus, engine, "他还交了很多中国朋友。", "交") == "to make friends"
    assert _first(corpus, engine, "我每天早上浇一次花。", "浇") == "to water"
    # no object: the shown sense stays
    assert _first(corpus, engine, "衣服破了，妈妈帮我补一补。", "补") == "to repair"
    # a result after its verb: the object is the verb's
    assert _first(corpus, engine, "他用布蒙住了眼睛。", "住") != "to stop"
    # a preposition before a person is no verb before its object
    assert _first(corpus, engine, "他从来不跟别人吵架。", "跟") == "with"
