"""A word an HSK list holds whole stays one learner unit (cut39): 上个月 and 下个月 (HSK 2021
level 4) are one token, where 下个星期, which no list holds, keeps its measure word apart."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.learner import LearnerCut


def words(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.is_word]


@pytest.mark.parametrize(("text", "expected"), [
    ("我们下个月去旅游。", ["我们", "下个月", "去", "旅游"]),
    ("他上个月来了。", ["他", "上个月", "来", "了"]),
    ("我们下个星期去旅游。", ["我们", "下", "个", "星期", "去", "旅游"]),
])
def test_listed_month_words_stay_whole(engine, text, expected) -> None:
    assert words(engine, text) == expected


def test_a_listed_word_of_shang_ge_is_not_cut() -> None:
    vocab = {"上", "个", "月", "星期", "上个月"}
    cut = LearnerCut(vocab, vocab, lambda w: False, lambda w: False)
    assert cut.pieces("上个月") is None
    assert cut.pieces("上个星期") == (1, 1, 2)
    unlisted = LearnerCut(vocab - {"上个月"}, vocab, lambda w: False, lambda w: False)
    assert unlisted.pieces("上个月") == (1, 1, 1)


def test_pieces_of_a_split_word_are_marked(engine) -> None:
    """The engine marks a token that starts inside the segmenter's word (拉 | 肚子: 肚子), and
    no other (他 starts a word of its own), with one shared extras object per content."""
    toks = {t.text: t for t in engine.annotate("他昨天拉肚子了。") if t.is_word}
    assert toks["肚子"].extra.get("split_before") is True
    assert "split_before" not in toks["拉"].extra
    assert "split_before" not in toks["他"].extra
    again = {t.text: t for t in engine.annotate("她也拉肚子了。") if t.is_word}
    assert again["肚子"].extra is toks["肚子"].extra


@pytest.mark.parametrize(("text", "expected"), [
    ("这孩子动不动就哭。", ["这", "孩子", "动不动", "就", "哭"]),
    ("奶奶时不时给我打电话。", ["奶奶", "时不时", "给", "我", "打电话"]),
    ("你是不是新来的学生？", ["你", "是", "不", "是", "新", "来", "的", "学生"]),  # a question form
    ("你去不去？", ["你", "去", "不", "去"]),
])
def test_a_listed_a_not_a_word_is_one_token(engine, text, expected) -> None:
    assert words(engine, text) == expected
