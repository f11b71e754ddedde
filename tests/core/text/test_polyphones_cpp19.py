"""Issue 19, cpp19: 儿 ér in a name or a written word (polyphones/erhua_names.py).

儿 before a name's head (叶儿遗址, 金爪儿（学名：）, 杏花儿镇) is ér unless its word is an HSK
word (这儿村里) or a listed word of three characters or more (锦鸡儿属, jǐnjīr); a word that
starts with 儿 (儿茶酚胺) reads it ér; a lone 儿 after a one-character verb, numeral or
function word (脱 | 儿 | 赤, 二 | 儿) or inside a word read character by character (阿儿浑) is
ér, after a noun or a measure (这盘儿菜) the erhua."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.polyphones.erhua_names import (
    NAMED_ER,
    er_of_name,
    er_starts_word,
    takes_no_erhua,
)
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before its head
        ("叶儿遗址的历史年代为新石器时代至青铜时代。", "er2"),
        ("金爪儿（学名：）是报春花科珍珠菜属的植物。", "er2"),
        ("柳条儿遗址位于河北省。", "er2"),
        ("石头儿村是一个小村庄。", "er2"),
        ("杏花儿镇以杏树闻名。", "er2"),
        # a word starting with 儿
        ("研究发现血液中儿茶酚胺水平升高。", "er2"),
        ("服用儿茶酚类药物要小心。", "er2"),
        # the erhua stays: an HSK word before the head, a listed genus, no head after it
        ("这儿村里人不多。", "r5"),
        ("咱们一块儿村口见吧。", "r5"),
        ("长叶矮锦鸡儿（学名：）为豆科锦鸡儿属下的一个变型。", "r5"),
        ("把那张纸条儿给我。", "r5"),
        ("他在小卖部儿买了水。", "r5"),
    ],
)
def test_er_of_a_name_or_a_written_word(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "儿", nth=text.count("儿") - 1) == expected


def test_named_er_heads() -> None:
    assert NAMED_ER.search("叶儿遗址")
    assert NAMED_ER.search("金爪儿（学名：）")
    assert NAMED_ER.search("杏花儿镇")
    assert not NAMED_ER.search("纸条儿给我")
    assert not NAMED_ER.search("一会儿山上")


def test_er_of_name_keeps_learner_and_listed_words() -> None:
    assert er_of_name("叶儿", frozenset({"这儿"}), {"锦鸡儿"})
    assert not er_of_name("这儿", frozenset({"这儿"}), {"锦鸡儿"})
    assert not er_of_name("锦鸡儿", frozenset(), {"锦鸡儿"})


def test_er_starts_word() -> None:
    assert er_starts_word("儿茶酚胺", set())
    assert er_starts_word("儿茶", {"儿茶"})
    assert not er_starts_word("儿真", set())  # 颜色 | 儿真: a 儿 glued to the next character
    assert not er_starts_word("儿", set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("也速该击败了脱儿豁察儿。", "er2"),
        ("阿儿浑派出了使者。", "er2"),
        ("蔑儿乞部落住在河边。", "er2"),
        ("他的二儿在城里读书。", "er2"),
        ("他的先祖名叫脱儿赤。", "er2"),
        ("你慢慢儿走。", "r5"),
        ("这盘儿菜真香。", "r5"),
        ("给我来一份儿炒饭。", "r5"),
        ("他个儿不高。", "r5"),
    ],
)
def test_er_after_a_word_without_erhua(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "儿") == expected


def test_takes_no_erhua() -> None:
    assert takes_no_erhua("二", frozenset())
    assert takes_no_erhua("都", frozenset())
    assert takes_no_erhua("脱", frozenset({"脱"}))
    assert not takes_no_erhua("盘", frozenset({"脱"}))
