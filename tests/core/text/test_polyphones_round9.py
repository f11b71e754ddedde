"""Readings of the ninth round (issue 19, branch pyclass9): the errors left in the seen
sets (只好倒车 dào, 似乎有点儿闷 mēn, 将就着 jiāngjiu, 脸刷地一下白了 shuà), and the kinds
of error of the new tuning file ``benchmarks/pinyin/classroom_tune9.tsv``."""

from __future__ import annotations

import pytest

from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "char", "nth", "expected"),
    [
        # 倒车: reversing after an adverb or before 入库; changing trains at a place
        ("车开不过去，只好倒车。", "倒", 0, "dao4"),
        ("他慢慢地倒车。", "倒", 0, "dao4"),
        ("倒车入库很难。", "倒", 0, "dao4"),
        ("我们要在上海倒车。", "倒", 0, "dao3"),
        # 闷: a clause about the air, with no one in it who could feel low
        ("天好像要下雨了，似乎有点儿闷。", "闷", 0, "men1"),
        ("这里太闷了，开开窗吧。", "闷", 0, "men1"),
        ("他心里有点儿闷。", "闷", 0, "men4"),
        ("我一个人在家很闷。", "闷", 0, "men4"),
        # 刷: swiftly (脸刷地一下白了, 刷的一声), or brushing (把墙刷白, 刷地板)
        ("他的脸刷地一下白了。", "刷", 0, "shua4"),
        ("刷的一声，他站了起来。", "刷", 0, "shua4"),
        ("他吓得脸色刷白。", "刷", 0, "shua4"),
        ("他把墙刷白了。", "刷", 0, "shua1"),
        ("他在刷地板。", "刷", 0, "shua1"),
    ],
)
def test_errors_left_in_the_seen_sets(engine, text: str, char: str, nth: int,
                                      expected: str) -> None:
    assert reading_at(engine, text, char, nth) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("这件衣服不太合适，你先将就着穿吧。", ("jiang1", "jiu5")),
    ("他将就着吃了点儿。", ("jiang1", "jiu5")),
])
def test_jiangjiu_before_zhe_stays_one_word(engine, text: str, expected) -> None:
    """将就 "to make do" is kept whole before 着 (the segmenter cut 将 | 就 | 着)."""
    words = [(t.text, t.pinyin) for t in engine.annotate(text) if t.pinyin]
    assert ("将就", expected) in words
    # the formal 将 + 就 "will ... about" keeps its readings
    formal = [t.pinyin for t in engine.annotate("我们将就这个问题进行讨论。") if t.pinyin]
    assert ("jiu4",) in formal


def test_ninth_round_rules_read_the_same_fast_and_slow(engine) -> None:
    """The new context rules are never kept as context-free readings, and a sentence reads
    the same on the fast path and on the slow one."""
    reader, model = engine.reader, engine.reader.model
    for word in ("刷", "闷", "倒车"):
        assert reader._context_free_reading(word, model) is False, word
    for text in ("车开不过去只好倒车", "他慢慢地倒车", "我们要在上海倒车", "倒车入库很难",
                 "似乎有点儿闷", "他的脸刷地一下白了", "他把墙刷白了", "你先将就着穿吧"):
        spans = [(t.start, t.end) for t in engine.segment(text)]
        fast, slow = fast_and_slow(reader, text, spans)
        assert [w.syllables for w in fast] == [w.syllables for w in slow], text
