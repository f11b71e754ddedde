"""Issue 19, cpp14: collocations written from the readings of CPP dev's text in half A
(even lines) and kept because they also fix readings of half B's text; each with a
sentence written here and counter-examples the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        # the generals (诸将), and 将 before 的: a noun
        ("他率领诸将出城迎敌。", "将", "jiang4"),
        ("他以空将的军阶退休。", "将", "jiang4"),
        ("诸将士听令。", "将", "jiang4"),  # 将士 is a word
        ("他将书放在桌子上。", "将", "jiang1"),
        ("我们将在明天出发。", "将", "jiang1"),
        # a chancellor: dismissed, appointed, or closing a clause after 为/国
        ("第二年，他被罢相。", "相", "xiang4"),
        ("他四十岁拜相。", "相", "xiang4"),
        ("后来他入朝为相，辅佐皇帝。", "相", "xiang4"),
        ("他做过赵国的国相。", "相", "xiang4"),
        ("这两个数互为相反数。", "相", "xiang1"),
        ("他们相互帮助。", "相", "xiang1"),
        # where one stands, and to sentence
        ("我们要了解孩子所处的环境。", "处", "chu3"),
        ("首恶全部处斩。", "处", "chu3"),
        ("这里有三处错误。", "处", "chu4"),
        ("他们俩处得很好。", "处", "chu3"),
        # surrendering to a dynasty or a state
        ("萧铣兵败降唐。", "降", "xiang2"),
        ("他后来降清，做了大官。", "降", "xiang2"),
        ("大势已去，不如降。", "降", "xiang2"),
        ("银行打算降日元存款利率。", "降", "jiang4"),
        ("气温降到五度。", "降", "jiang4"),
        ("天上降下大雪。", "降", "jiang4"),
        # a Xiongnu queen: the word table's reading, which the model no longer overrules
        ("颛渠阏氏是匈奴狐鹿姑单于的妻子。", "氏", "zhi1"),
        ("他是第五阏氏之子。", "氏", "zhi1"),
        ("王氏是这里的大姓。", "氏", "shi4"),
    ],
)
def test_cpp14_readings(engine, text: str, char: str, expected: str) -> None:
    assert reading_at(engine, text, char) == expected


@pytest.mark.parametrize(
    ("text", "spans", "word", "k", "expected"),
    [
        ("等诸将分道", [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)], 2, 0, "jiang4"),
        ("空将的军阶", [(0, 1), (1, 2), (2, 3), (3, 5)], 1, 0, "jiang4"),
        ("李宗闵罢相", [(0, 3), (3, 4), (4, 5)], 2, 0, "xiang4"),
        ("他所处的环境", [(0, 1), (1, 2), (2, 3), (3, 4), (4, 6)], 2, 0, "chu3"),
        ("全部处斩", [(0, 2), (2, 3), (3, 4)], 1, 0, "chu3"),
        ("兵败降唐", [(0, 2), (2, 3), (3, 4)], 1, 0, "xiang2"),
    ],
)
def test_cpp14_rules_on_the_fast_and_slow_paths(
    engine, text: str, spans: list[tuple[int, int]], word: int, k: int, expected: str
) -> None:
    """将, 相, 处 and 降 read their clause, so they are never kept as context-free
    readings; a run read word by word (量一量 makes it slow) reads them as the fast path."""
    reader = engine.reader
    for ch in "将相处降":
        assert reader._context_free_reading(ch, reader.model) is False, ch
    fast, slow = fast_and_slow(reader, text, spans)
    assert [(w.syllables, w.sources) for w in fast] == [
        (w.syllables, w.sources) for w in slow], text
    assert fast[word].syllables[k] == expected, text


def test_cpp14_clause_end_only() -> None:
    """为相 and 不如降 are read as a chancellor and a surrender only at a clause's end."""
    from chinese_teach.core.text.polyphones.collocations import collocation_reading

    assert collocation_reading("相", "入朝为", "", clause_end=True) == "xiang4"
    assert collocation_reading("相", "入朝为", "", clause_end=False) is None
    assert collocation_reading("降", "不如", "", clause_end=True) == "xiang2"
    assert collocation_reading("降", "不如", "", clause_end=False) is None
