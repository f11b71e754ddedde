"""Traditional text reads as well as simplified, and set phrases keep their dictionary reading."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.pinyin import ReadingCorrection


def _pinyin(engine, text: str) -> dict[str, tuple[str, ...]]:
    return {t.text: t.pinyin for t in engine.annotate(text) if t.pinyin}


@pytest.mark.parametrize(
    ("simplified", "traditional", "word", "reading"),
    [
        ("这条河很长。", "這條河很長。", "长", ("chang2",)),
        ("他长得很高。", "他長得很高。", "长", ("zhang3",)),
        ("我还没还书。", "我還沒還書。", "还", ("hai2",)),
        ("他看着我。", "他看著我。", "着", ("zhe5",)),
    ],
)
def test_traditional_reads_like_simplified(engine, simplified, traditional, word, reading):
    def syllables(text: str) -> list[str]:
        return [s for t in engine.annotate(text) for s in (t.pinyin or ("",) * len(t.text))]

    simp = syllables(simplified)
    assert simp == syllables(traditional)
    assert simp[simplified.index(word)] == reading[0]


def test_traditional_keeps_its_own_words(engine) -> None:
    assert _pinyin(engine, "他很著名。")["著名"] == ("zhu4", "ming2")
    tokens = engine.annotate("頭髮很長")
    assert "".join(t.text for t in tokens) == "頭髮很長"


def test_set_phrases_keep_the_dictionary_reading(engine) -> None:
    assert _pinyin(engine, "我们要为人民服务。")["为人民服务"][0] == "wei4"


def test_a_simplified_correction_applies_to_traditional_text(engine) -> None:
    before = engine.reader.corrections
    try:
        engine.set_corrections([ReadingCorrection("长", ("zhang3",), left="很")])
        assert _pinyin(engine, "這條河很長。")["長"] == ("zhang3",)
        assert engine.reader.corrections[0].word == "长"
    finally:
        engine.set_corrections(before)
