"""Issue 19, pyclass17: the readings the thirteenth batch of classroom_tune9.tsv found wrong
(先量好窗户 liáng, 工作累不累 lèi, 自行车倒了好几辆 dǎo, 在公司已经干了五年了 gàn, 手流了好多血
xiě), each fixed by a rule of its class, with sentences of the other reading the rule must
leave alone."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.polyphones.rules import Context, _a_not_a
from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        # 量 liáng before the result of measuring: 好, 完, 准, 出
        ("你先量完腰围再去买裤子。", "量", "liang2"),
        ("裁缝量好尺寸就开始做衣服了。", "量", "liang2"),
        ("请你帮我量准一点儿。", "量", "liang2"),
        # ... liàng: the noun, inside its words
        ("这种药的用量好像太大了。", "量", "liang4"),
        ("他的饭量好大。", "量", "liang4"),
        # 累 in A不A reads as the second 累
        ("你们学校的老师累不累？", "累", "lei4"),
        ("你今天上课累不累啊？", "累", "lei4"),
        # 倒了 + a count of standing things: fell
        ("门口的摩托车倒了好几辆。", "倒", "dao3"),
        ("地震的时候，老房子倒了一大片。", "倒", "dao3"),
        # ... poured: counted in containers
        ("他给客人倒了好几杯茶。", "倒", "dao4"),
        ("服务员倒了两杯水。", "倒", "dao4"),
        # 干了 + years, months, weeks: worked so long
        ("他在我们学校已经干了八年了。", "干", "gan4"),
        ("她在那家饭馆已经干了三个多月。", "干", "gan4"),
        ("我爸爸当老师干了一辈子。", "干", "gan4"),
        # ... gān: the time before 干, a thing drying
        ("衣服晒了一天就干了。", "干", "gan1"),
        ("毛巾晾了三个小时才干。", "干", "gan1"),
        ("他的衣服已经干了。", "干", "gan1"),
        # 血 xiě after 流了/出了 + an amount, closing the clause
        ("他摔了一跤，腿上流了不少血。", "血", "xie3"),
        ("伤口出了这么多血，快去医院。", "血", "xie3"),
        # ... xuè in its words
        ("你知道自己的血型吗？", "血", "xue4"),
        ("医生说他的血压有点高。", "血", "xue4"),
    ],
)
def test_class17_characters(engine, text: str, char: str, expected: str) -> None:
    assert reading_at(engine, text, char) == expected


def test_class17_amount_after_le_is_no_split_object(engine) -> None:
    """好几/好多/好些 after 了 is an amount, never the object of a split word (倒了好几辆 is
    not 倒好 dàohǎo), while a real object still makes one (还了钱 huán)."""
    assert reading_at(engine, "车倒了好几辆。", "倒") == "dao3"
    assert reading_at(engine, "这本书我还了好几次。", "还") == "huan2"
    assert reading_at(engine, "他昨天还了钱。", "还") == "huan2"


def test_class17_a_not_a_helper() -> None:
    """The first A of A不A takes the second's reading; anything else declines."""
    ctx = Context("累", "工作", "不", "工作", "不累", clause_end=True)
    assert _a_not_a(ctx) == "lei4"
    assert _a_not_a(Context("累", "工作", "了", "工作", "了", clause_end=True)) is None
    assert _a_not_a(Context("累", "", "不", "", "不", clause_end=True)) is None


@pytest.mark.parametrize(
    ("text", "spans", "word", "expected"),
    [
        ("先量好窗户", [(0, 1), (1, 2), (2, 3), (3, 5)], 1, ("liang2",)),
        ("工作累不累", [(0, 2), (2, 3), (3, 4), (4, 5)], 1, ("lei4",)),
        ("自行车倒了好几辆", [(0, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8)], 1, ("dao3",)),
        ("已经干了五年了", [(0, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7)], 1, ("gan4",)),
        ("手流了好多血", [(0, 1), (1, 2), (2, 3), (3, 5), (5, 6)], 4, ("xie3",)),
    ],
)
def test_class17_rules_on_the_fast_and_slow_paths(
    engine, text: str, spans: list[tuple[int, int]], word: int, expected: tuple[str, ...]
) -> None:
    """The characters of the new rules (累 and 血 are new in ``RULES``) are never kept as a
    context-free reading, and a run read word by word (量一量 makes it slow) reads the new
    rules as the fast path does."""
    reader = engine.reader
    for w in ("量", "累", "倒", "干", "血"):
        assert reader._context_free_reading(w, reader.model) is False, w
    fast, slow = fast_and_slow(reader, text, spans)
    assert [(w.syllables, w.sources) for w in fast] == [
        (w.syllables, w.sources) for w in slow], text
    assert fast[word].syllables == expected, text
