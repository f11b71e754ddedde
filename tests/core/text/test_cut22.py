"""Cuts that hid or split the word a learner looks up (issue 15, cut22): a doubled character
before a noun suffix (种 | 种子), a verb-object word of HSK 1-6 after a string no dictionary
has (向右 | 转弯), a learner verb and 了 where the pair is a word of HSK 7-9 only (吹 | 了),
and a surname that is also an adverb before a one-character verb (白 | 送, no name)."""

from __future__ import annotations

import pytest


def _cut(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.is_hanzi]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("春天是种种子的季节。", ["春天", "是", "种", "种子", "的", "季节"]),
        ("他遇到了种种困难。", ["他", "遇到", "了", "种种", "困难"]),
        ("前面路口向右转弯。", ["前面", "路口", "向", "右", "转弯"]),
        ("到了第二个路口向左转弯。", ["到", "了", "第二", "个", "路口", "向", "左", "转弯"]),
        ("向右转。", ["向", "右", "转"]),
        ("他又在吹了，别信他。", ["他", "又", "在", "吹", "了", "别", "信", "他"]),
        ("算了，别去了。", ["算了", "别", "去", "了"]),
        ("这件衣服是白送的。", ["这", "件", "衣服", "是", "白", "送", "的"]),
        ("这是常去的地方。", ["这", "是", "常", "去", "的", "地方"]),
    ],
)
def test_the_learner_word_is_cut_whole(engine, text: str, words: list[str]) -> None:
    assert _cut(engine, text) == words


@pytest.mark.parametrize(("text", "name"), [("我叫白送。", "白送"), ("白老师来了。", "白老师")])
def test_a_surname_adverb_stays_a_name_where_the_sentence_calls_for_one(
    engine, text: str, name: str
) -> None:
    [tok] = [t for t in engine.annotate(text) if t.text == name]
    assert tok.extra.get("name")


def test_the_regrouped_words_are_read_as_words(engine) -> None:
    [turn] = [t for t in engine.annotate("前面路口向右转弯。") if t.text == "转弯"]
    assert turn.pinyin == ("zhuan3", "wan1")
    [seed] = [t for t in engine.annotate("春天是种种子的季节。") if t.text == "种子"]
    assert seed.pinyin == ("zhong3", "zi5")


def test_the_segmenter_words_are_moved_only_for_these_classes(engine) -> None:
    regroup = engine.learner.regroup
    assert regroup(["春天", "是", "种种", "子"]) == ["春天", "是", "种", "种子"]
    assert regroup(["看看", "书"]) == ["看看", "书"]  # no noun suffix after the doubled word
    assert regroup(["路口", "向右转", "弯"]) == ["路口", "向右", "转弯"]
    words = ["我们", "今天", "很", "忙"]
    assert regroup(words) is words  # nothing moved: the same list
