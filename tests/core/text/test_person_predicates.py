"""A given name that a learner list has as a word (李 + 国庆 "National Day") is a name at
the start of a sentence before what only a person is: an age, 的 + a relative, 是 + my
friend ending the clause (words37, issue 15)."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.names import full_name, given_name_length
from chinese_teach.core.text.person_predicates import (
    listed_given_name_stands,
    person_predicated,
)

#: 国庆, 头发 and 衬衫 are dictionary words and learner words.
COMMON = {"国庆", "头发", "衬衫"}.__contains__
LISTED = COMMON


def names(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.extra.get("name")]


@pytest.mark.parametrize("rest", [
    "今年十二岁。", "九岁。", "今年35岁", "的妈妈是医生。", "的哥哥在北京工作。",
    "也是我的朋友。", "是我们班的同学。", "是我的好朋友", "也是我的朋友，他…",
])
def test_what_only_a_person_is(rest: str) -> None:
    assert person_predicated(rest)


@pytest.mark.parametrize("rest", [
    "也是我的朋友送的。",  # a thing given by a friend
    "的时候商店里人很多。", "很长。", "今年很多。", "说明天考试。", "的颜色很好看。", "",
])
def test_what_a_thing_may_be_too(rest: str) -> None:
    assert not person_predicated(rest)


def test_a_describing_surname_character_or_a_word_before_takes_no_listed_given_name() -> None:
    assert listed_given_name_stands("李", None, "今年十二岁。")
    assert not listed_given_name_stands("白", None, "的奶奶今年八十岁。")  # white hair
    assert not listed_given_name_stands("高", None, "的哥哥是我的朋友。")  # tall
    assert not listed_given_name_stands("李", "和", "今年十二岁。")  # not the sentence start
    assert not listed_given_name_stands("李", None, None)


def test_the_name_functions_read_the_rest_of_the_clause() -> None:
    assert given_name_length(["李", "国庆", "今年"], 0, COMMON, after=None, listed=LISTED,
                             rest="今年十二岁。") == 1
    assert given_name_length(["李", "国庆", "今年"], 0, COMMON, after=None,
                             listed=LISTED) == 0  # 今年 alone: not for a learner's word
    assert given_name_length(["白", "头发", "的"], 0, COMMON, after=None, listed=LISTED,
                             rest="的奶奶今年八十岁。") == 0
    assert full_name("周国庆", COMMON, after=None, nxt="的", listed=LISTED, rest="的妈妈是医生。")
    assert not full_name("周国庆", COMMON, after=None, nxt="的", listed=LISTED, rest="的时候")


@pytest.mark.parametrize(("text", "expected"), [
    ("李国庆今年十二岁。", ["李国庆"]),
    ("周国庆的妈妈是医生。", ["周国庆"]),
    ("张国庆也是我的朋友。", ["张国庆"]),
    ("王海洋今年九岁。", ["王海洋"]),
    ("杨春天是我的好朋友。", ["杨春天"]),
    ("今年国庆我们去北京旅行。", ["北京"]),
    ("白头发的奶奶今年八十岁。", []),
    ("高个子的哥哥是我的朋友。", []),
    ("白衬衫也是我的朋友送的。", []),
])
def test_in_sentences(engine, text, expected) -> None:
    assert names(engine, text) == expected
