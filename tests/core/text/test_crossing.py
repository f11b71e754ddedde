"""Cuts across the segmenter's words that hide learner words (请把手机关了: 把手 | 机关)."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.crossing import Uncrosser


def words(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.is_word]


@pytest.mark.parametrize(("text", "expected"), [
    ("请把手机关了。", ["请", "把", "手机", "关", "了"]),  # jieba: 把手 | 机关
    ("我买了一本中文书。", ["我", "买", "了", "一", "本", "中文", "书"]),  # 中 | 文书
    ("图书馆里有很多中文书。", ["图书馆", "里", "有", "很", "多", "中文", "书"]),
    ("我唱歌唱得不好。", ["我", "唱歌", "唱", "得", "不", "好"]),  # 唱 | 歌唱
    # the piece left over joins a one-character word after it: 关 + 上
    ("请把手机关上。", ["请", "把", "手机", "关上"]),
])
def test_a_boundary_that_hides_learner_words_is_moved(engine, text, expected) -> None:
    assert words(engine, text) == expected


@pytest.mark.parametrize(("text", "word"), [
    ("他在政府机关工作。", "机关"),  # no learner word across its boundaries
    ("门把手坏了。", "把手"),
    ("他是中国内地的演员。", "中国"),  # an easy word is never split (中 | 国内 | 地)
    ("一行人走进了饭馆。", "一行"),  # numbers stay with their measure word
])
def test_words_that_are_right_stay(engine, text, word) -> None:
    assert word in words(engine, text)


def test_the_readings_follow_the_moved_words(engine) -> None:
    toks = {t.text: t.pinyin for t in engine.annotate("请把手机关上。")}
    assert toks["手机"] == ("shou3", "ji1")
    assert toks["关上"] == ("guan1", "shang4")
    assert [t.text for t in engine.segment("请把手机关了。")] == [
        t.text for t in engine.annotate("请把手机关了。")]


def _uncrosser(levels: dict[str, int], dictionary: set[str], fixed=frozenset()) -> Uncrosser:
    return Uncrosser(set(levels), dictionary, levels.get, lambda w: None,
                     lambda w: w in fixed)


LEVELS = {"把手": 7, "机关": 6, "把": 3, "手机": 1, "关": 1, "了": 1, "请": 1,
          "中": 1, "中文": 1, "书": 1, "政府": 4, "工作": 1, "小说": 4, "出版": 5}


def test_uncross_rule_on_its_own() -> None:
    u = _uncrosser(LEVELS, {"把手", "机关", "文书"})
    assert u.uncross(["请", "把手", "机关", "了"]) == ["请", "把", "手机", "关", "了"]
    assert u.uncross(["中", "文书"]) == ["中文", "书"]
    untouched = ["他", "政府", "机关", "工作"]
    assert u.uncross(untouched) is untouched


def test_a_hard_word_among_hard_words_is_left_alone() -> None:
    """In a sentence with other words above HSK 4 (a newspaper's), the boundary stays."""
    u = _uncrosser(LEVELS, {"把手", "机关", "文书"})
    assert u.uncross(["小说", "出版", "中", "文书"]) == ["小说", "出版", "中", "文书"]


def test_names_and_teachers_merges_are_never_moved() -> None:
    u = _uncrosser(LEVELS, {"把手", "机关", "文书"}, fixed={"文书"})
    assert u.uncross(["中", "文书"]) == ["中", "文书"]
