"""Cuts that hid or split the word a learner looks up (issue 15, cut22): a doubled character
before a noun suffix (种 | 种子), a verb-object word of HSK 1-6 after a string no dictionary
has (向右 | 转弯), a learner verb and 了 where the pair is a word of HSK 7-9 only (吹 | 了),
a surname that is also an adverb before a one-character verb (白 | 送, no name), and a place's
name of a learner word and 都 before a verb (花 | 都 | 开). 很快活 and the shapes of 很大方 are
cut by words18's regroup step (很 | 快活, 很 | 大方): held here too."""

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
        ("公园里的花都开了。", ["公园", "里", "的", "花", "都", "开", "了"]),
        ("春天到了，花都开了。", ["春天", "到", "了", "花", "都", "开", "了"]),
        ("我们去花都。", ["我们", "去", "花都"]),
        ("成都是一座美丽的城市。", ["成都", "是", "一", "座", "美丽", "的", "城市"]),
        ("他想起小时候的事，心里很快活。",
         ["他", "想起", "小时候", "的", "事", "心里", "很", "快活"]),
        ("这件衣服的颜色很大方。", ["这", "件", "衣服", "的", "颜色", "很", "大方"]),
        ("她今天穿得很大方。", ["她", "今天", "穿", "得", "很", "大方"]),
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


def test_a_place_name_with_an_adverb_is_split_before_a_verb_only(engine) -> None:
    regroup = engine.learner.regroup
    assert regroup(["的", "花都", "开", "了"]) == ["的", "花", "都", "开", "了"]
    assert regroup(["去", "花都"]) == ["去", "花都"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("春天是种种子的季节。", "zhong4"), ("春天种种子。", "zhong4"), ("这种种子很好。", "zhong3"),
     ("一种种子。", "zhong3")],
)
def test_zhong_before_zhongzi_is_the_verb(engine, text: str, expected: str) -> None:
    """种 cut off before 种子 is "to sow" (zhòng); after 这 or a numeral it is the measure
    word (zhǒng)."""
    [zhong] = [t for t in engine.annotate(text) if t.text == "种"]
    assert zhong.pinyin == (expected,)


def test_zhong_before_zhongzi_on_the_fast_and_slow_paths(engine) -> None:
    """种 reads its neighbours, so it is never kept as a context-free reading; a run read
    word by word reads it as the fast path does."""
    from tests.core.text.fast_slow import fast_and_slow

    reader = engine.reader
    assert reader._context_free_reading("种", reader.model) is False
    fast, slow = fast_and_slow(reader, "春天是种种子的季节", [(0, 2), (2, 3), (3, 4), (4, 6),
                                                        (6, 7), (7, 9)])
    assert [(w.syllables, w.sources) for w in fast] == [(w.syllables, w.sources) for w in slow]
    assert fast[2].syllables == ("zhong4",)
