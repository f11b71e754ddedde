"""A verb's later sense whose note names the noun before it in its clause leads (words41,
issue 15): 我的学生签证 … 就 + 到期了 "to expire (visa etc)", 这个坏习惯 + 是他小时候 + 养成的
"to form (a habit)"."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import shorten
from chinese_teach.core.corpus.glosses_noted_before import (
    has_later_noted_verb_sense,
    noted_before_first,
    nouns_before,
)
from tests.core.corpus.test_glosses_classes import _first

_DUE = ["to fall due (loan etc)", "to expire (visa etc)", "to mature (investment bond etc)"]


def test_noted_before_first() -> None:
    assert noted_before_first(_DUE, ["visa; to issue a visa"], shorten).startswith(
        "to expire (visa etc)")
    assert noted_before_first(_DUE, ["loan; to lend"], shorten) is None  # the first's own
    assert noted_before_first(_DUE, ["passport"], shorten) is None  # no note names it
    assert noted_before_first(_DUE, [], shorten) is None


def test_nouns_before() -> None:
    is_noun = {"签证", "学生", "问题"}.__contains__
    assert nouns_before(("就", "下个月", "签证", "学生", "的", "我"), "到期", is_noun) == [
        "签证", "学生"]
    assert nouns_before(("如果", "签证"), "到期", is_noun) == []  # not past a conjunction


def test_has_later_noted_verb_sense() -> None:
    assert has_later_noted_verb_sense(_DUE)
    assert not has_later_noted_verb_sense(["visa", "to issue a visa"])
    assert not has_later_noted_verb_sense(["to fall due (loan etc)"])


@pytest.mark.parametrize(("text", "word", "first"), [
    ("我的学生签证下个月五号就到期了。", "到期", "to expire (visa etc)"),
    ("这个坏习惯是他小时候养成的。", "养成", "to form (a habit)"),
    ("这家小公司去年被一家大公司收购了。", "收购", "to acquire (a company)"),
    ("这种新的货币明年开始发行。", "发行", "to issue (stocks, currency etc)"),
])
def test_noted_noun_before_the_verb(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


@pytest.mark.parametrize(("text", "word", "first"), [
    # no noun before it that a later note names: the entry's order stands
    ("我的护照下个月就到期了。", "到期", "to fall due (loan etc)"),
    ("他刚刚养成了一个好习惯。", "养成", "to form (a habit)"),  # the object after (words27)
])
def test_no_noted_noun_before(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first


def test_clause_before() -> None:
    from chinese_teach.core.corpus.glosses_noted_before import clause_before

    earlier = ("去", "得", ",", "了", "丢", "身份证", "的", "我", ",", "喂")
    assert clause_before(earlier, ",") == ["了", "丢", "身份证", "的", "我"]
    assert clause_before(("去", "得"), ",") == []


@pytest.mark.parametrize(("text", "word", "first"), [
    # the verb's own clause names no noun: the topic of the clause before (words42)
    ("我的身份证丢了，得去补办。", "补办", "to reapply for (a lost document, card etc)"),
    ("电脑太旧了，开机要五分钟。", "开机", "to boot up (a computer)"),
])
def test_noted_noun_in_the_clause_before(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first
