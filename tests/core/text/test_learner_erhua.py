"""An erhua 儿 the segmenter cut from its word is part of that word again (cut39)."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.learner_erhua import erhua_regroup


def words(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.is_word]


@pytest.mark.parametrize(("text", "expected"), [
    ("你帮我买个信封儿。", ["你", "帮", "我", "买", "个", "信封儿"]),
    ("这首歌儿真好听。", ["这", "首", "歌儿", "真", "好听"]),
    ("做饺子馅儿的时候要小心。", ["做", "饺子", "馅儿", "的", "时候", "要", "小心"]),
    ("他是我的儿子。", ["他", "是", "我", "的", "儿子"]),
])
def test_an_erhua_er_joins_its_word(engine, text, expected) -> None:
    assert words(engine, text) == expected


def test_erhua_regroup_rules() -> None:
    vocab = {"信封", "颜色", "饺子", "首", "儿子", "真", "新闻"}
    dictionary = vocab | {"馅儿", "歌儿", "儿", "儿童", "纸条", "条儿", "儿茶酚胺"}

    def regroup(ws: list[str], fixed=lambda w: False) -> list[str]:
        return erhua_regroup(ws, vocab=vocab, dictionary=dictionary, fixed=fixed)

    assert regroup(["信封", "儿"]) == ["信封儿"]
    assert regroup(["纸条", "儿"]) == ["纸条", "儿"]  # no learner word
    assert regroup(["苦", "儿"]) == ["苦", "儿"]  # one character
    assert regroup(["颜色", "儿真"]) == ["颜色儿", "真"]
    assert regroup(["饺子馅", "儿"]) == ["饺子", "馅儿"]
    assert regroup(["首歌", "儿真"]) == ["首", "歌儿", "真"]
    assert regroup(["帖木", "儿"]) == ["帖木", "儿"]  # neither a word nor a word's end
    assert regroup(["我", "儿子"]) == ["我", "儿子"]
    assert regroup(["村", "儿童团"]) == ["村", "儿童团"]  # 儿童 starts a word
    assert regroup(["新闻", "儿茶酚胺"]) == ["新闻", "儿茶酚胺"]  # a word of its own
    assert regroup(["信封", "儿"], fixed=lambda w: w == "儿") == ["信封", "儿"]
    same = ["我", "看", "书"]
    assert regroup(same) is same
