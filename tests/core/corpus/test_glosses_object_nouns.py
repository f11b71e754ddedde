"""A word that is a verb and a noun is the noun as the object ending its clause after a verb
of handing over, receiving or waiting (交 + 罚款), and as the head of a counted noun phrase
ending its clause (一个 + 学生 + 组织): words41, issue 15."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses_object_nouns import (
    HANDED_OBJECT_VERBS,
    counted_head_place,
)
from tests.core.corpus.test_glosses_classes import _first

_PARTICLES = frozenset({"了", "吗", "呢", "吧", "的"})


def _place(before: tuple[str, ...], rest: tuple[str, ...] = ()) -> bool:
    return counted_head_place(before, rest, noun_like={"学生", "工作", "银行"}.__contains__,
                              measure_place={"个", "次", "家", "这个", "的"}.__contains__,
                              particles=_PARTICLES)


def test_counted_head_place() -> None:
    assert _place(("学生", "个", "一", "是"))
    assert _place(("工作", "学生", "个", "一", "是"))
    assert not _place(("学生", "个", "一", "有"))  # 有一个学生 + 发言: a second verb
    assert _place(("学生", "次", "一", "了", "参加"), ("吗",))
    assert not _place(("学生", "个", "一", "是"), ("了", "一次"))  # more of the clause
    assert not _place(("学生", "这个"))  # a subject: nothing governs the phrase
    assert not _place(("工作", "的", "他"))  # 他的工作 + 调动了: no measure word
    assert not _place(("银行", "家", "一", "在"))  # 在 + 一家银行 + 工作: a coverb
    assert not _place(("个", "一", "是"))  # right after the measure word: the noun place's
    assert not _place(("学生", "工作", "学生", "个", "是"))  # more than two nouns between


def test_handed_object_verbs() -> None:
    assert {"交", "收到", "等"} <= HANDED_OBJECT_VERBS and "有" not in HANDED_OBJECT_VERBS


@pytest.mark.parametrize(("text", "word", "first"), [
    ("这里禁止吸烟，违反的人要交罚款。", "罚款", "penalty"),
    ("我们刚刚收到通知。", "通知", "notice"),
    ("签证的事我还在等通知。", "通知", "notice"),
    ("学生会是一个学生组织。", "组织", "organization"),
    ("我上个月参加了一次汉语培训。", "培训", "training"),
])
def test_the_noun(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "first"), [
    ("在这里停车要罚款。", "罚款", "to fine"),  # no verb before it: the entry's order
    ("我们学校每年都组织一次运动会。", "组织", "to organize"),
    ("他的工作调动了，下个月要搬到广州去住。", "调动", "to transfer"),
    ("我哥哥在一家银行工作。", "工作", "to work"),
    ("暑假我想找一个地方实习。", "实习", "to intern"),
])
def test_the_verb_stays(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first
