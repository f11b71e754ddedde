"""一/不 tone changes as textbooks print them, and third-tone flags."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.sandhi import apply_yi_bu, third_tone_flags


def change(chars: str, syllables: str, words: list[str]) -> list[str]:
    ends, pos = set(), 0
    for w in words:
        pos += len(w)
        ends.add(pos - 1)
    return apply_yi_bu(chars, syllables.split(), ends)


@pytest.mark.parametrize(
    ("chars", "syllables", "words", "expected"),
    [
        ("一个", "yi1 ge4", ["一个"], "yi2 ge4"),
        ("一起", "yi1 qi3", ["一起"], "yi4 qi3"),
        ("一天", "yi1 tian1", ["一", "天"], "yi4 tian1"),
        ("一年", "yi1 nian2", ["一", "年"], "yi4 nian2"),
        ("一百", "yi1 bai3", ["一百"], "yi4 bai3"),
        ("第一", "di4 yi1", ["第一"], "di4 yi1"),
        ("十一", "shi2 yi1", ["十一"], "shi2 yi1"),
        ("统一", "tong3 yi1", ["统一"], "tong3 yi1"),
        ("一月", "yi1 yue4", ["一月"], "yi1 yue4"),
        ("看一看", "kan4 yi1 kan4", ["看", "一", "看"], "kan4 yi5 kan4"),
        ("一二三", "yi1 er4 san1", ["一", "二", "三"], "yi1 er4 san1"),
        # 数一数二: "the first", yī (a word of its own or cut in four)
        ("数一数二", "shu3 yi1 shu3 er4", ["数一数二"], "shu3 yi1 shu3 er4"),
        ("数一数二", "shu3 yi1 shu3 er4", ["数", "一", "数", "二"], "shu3 yi1 shu3 er4"),
        ("数一数", "shu3 yi1 shu3", ["数", "一", "数"], "shu3 yi5 shu3"),
        ("不是", "bu4 shi4", ["不是"], "bu2 shi4"),
        ("不好", "bu4 hao3", ["不", "好"], "bu4 hao3"),
        ("是不是", "shi4 bu4 shi4", ["是", "不", "是"], "shi4 bu5 shi4"),
        ("对不起", "dui4 bu5 qi3", ["对不起"], "dui4 bu5 qi3"),
    ],
)
def test_yi_bu(chars: str, syllables: str, words: list[str], expected: str) -> None:
    assert change(chars, syllables, words) == expected.split()


def test_third_tone_flags() -> None:
    assert third_tone_flags(["ni3", "hao3"]) == [True, False]
    assert third_tone_flags(["wo3", "hen3", "hao3"]) == [True, True, False]
    assert third_tone_flags(["hao3"]) == [False]
    assert third_tone_flags([]) == []


def test_engine_writes_no_third_tone_sandhi(engine) -> None:
    toks = [t for t in engine.annotate("你好") if t.pinyin]
    assert toks[0].pinyin == ("ni3", "hao3")
