"""Segmentation keeps every character, with exact offsets, whatever the input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chinese_teach.core.text.tokens import Kind


def test_teaching_words_come_out_whole(engine) -> None:
    words = [t.text for t in engine.segment("我要去银行取钱。") if t.is_word]
    assert "银行" in words


def test_names_of_textbook_characters_come_out_whole(engine) -> None:
    from chinese_teach.core.text.lexicon import textbook_names

    assert {"小明", "玛丽", "大卫", "李明"} <= set(textbook_names())
    words = [t.text for t in engine.segment("小明和玛丽去商店，李明没去。") if t.is_word]
    assert words[:3] == ["小明", "和", "玛丽"]  # not 小 + 明, not 和玛丽
    assert "李明" in words
    assert [t.text for t in engine.segment("我们明明知道。") if t.is_word][1] == "明明"


def test_traditional_text_segments_into_words(engine) -> None:
    words = [t.text for t in engine.segment("我要去銀行，這條河很長。") if t.is_word]
    assert "銀行" in words


def test_non_chinese_runs_are_their_own_tokens(engine) -> None:
    tokens = engine.segment("我有3个iPhone 😀!\n好")
    kinds = [(t.text, t.kind) for t in tokens]
    assert ("3", Kind.NUMBER) in kinds
    assert ("iPhone", Kind.LATIN) in kinds
    assert ("\n", Kind.NEWLINE) in kinds


_alphabet = st.sampled_from(
    list("我要去银行这条河很长了着得地还都的一不") + list("abc XYZ123，。！？“”\n\r\t") +
    ["😀", "𠮷", "\u0301", "\u200f", "\x00", "\u3000"]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=_alphabet, max_size=80) | st.text(max_size=40))
def test_tokens_tile_the_input(engine, text: str) -> None:
    tokens = engine.annotate(text)
    assert "".join(t.text for t in tokens) == text
    pos = 0
    for t in tokens:
        assert t.start == pos and t.end == pos + len(t.text)
        pos = t.end
        if t.is_hanzi:
            assert t.pinyin is not None and len(t.pinyin) == len(t.text)
        else:
            assert t.pinyin is None


def _jieba_over(seg):
    """jieba's own tokenizer over the segmenter's counts (its dict built from the table)."""
    import jieba

    tk = jieba.Tokenizer()
    tk.FREQ, tk.total = dict(seg.table.items()), seg.total
    tk.initialized = True
    return tk


@pytest.fixture(scope="module")
def jieba_tk(engine):
    return _jieba_over(engine.segmenter)


def test_our_dictionary_cut_gives_jiebas_words(engine, jieba_tk) -> None:
    """The segmenter's cut equals jieba's cut without HMM over the same counts, also
    after a teacher's merge."""
    from chinese_teach.core.text.segment import _JIEBA_BLOCK

    seg, tk = engine.segmenter, jieba_tk
    runs_ = [
        "我要去银行取钱这条河很长", "小明和玛丽去商店", "他长大以后想当医生",
        "结婚的和尚未结婚的", "研究生命起源", "南京市长江大桥", "我们中出了一个叛徒",
        "一丘之貉为人民服务", "鿕一丁", "的的确确", "乒乓球拍卖完了",
    ]
    sample = Path(__file__).resolve().parents[3] / "benchmarks" / "pinyin" / "cpp_dev_sample.tsv"
    for line in sample.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            runs_ += [r for r in _JIEBA_BLOCK.findall(line.split("\t")[0].replace("▁", ""))]
    assert len(runs_) > 500
    for run in runs_:
        assert seg._best_cut(run) == list(tk.cut(run, HMM=False)), run
    for word in ("长江大", "银行取钱", "AA制", "卡拉OK歌", "一丘"):
        assert seg.suggest_freq(word) == tk.suggest_freq(word, False), word
    seg.add_word("长江大", 50)
    tk.add_word("长江大", seg.table["长江大"])
    tk.total = seg.total
    try:
        for run in ("南京市长江大桥", "长江大河"):
            assert seg._best_cut(run) == list(tk.cut(run, HMM=False)), run
    finally:
        seg.remove_word("长江大")
        tk.FREQ["长江大"] = 0
        tk.total = seg.total
    # The kept answers of the look-ups follow the merge and its removal.
    assert seg._best_cut("南京市长江大桥") == list(tk.cut("南京市长江大桥", HMM=False))
    assert "长江大" not in seg._best_cut("长江大河")


_mixed = st.text(alphabet=st.sampled_from(
    list("我要去银行这条河很长了着得地还都的一不卡拉制恤") + list("AOKTab09+#&._%-") +
    list(" \t\r\n\u3000，。") + ["𠮷", "㐂", "\u3007", "\uf900", "😀", "é"]
), max_size=40)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_mixed)
def test_the_dictionary_cut_is_jiebas_on_any_text(engine, jieba_tk, text: str) -> None:
    """Letters, digits, blanks and characters outside jieba's blocks are cut as
    ``jieba.cut(text, HMM=False)`` cuts them."""
    assert engine.segmenter.dictionary_cut(text) == list(jieba_tk.cut(text, HMM=False))


def test_the_hanzi_run_pattern_accepts_exactly_the_hanzi_characters() -> None:
    from chinese_teach.core.text.tokens import HANZI_RUN, is_hanzi_char

    for cp in [*range(0x3000, 0x10000), *range(0x1F000, 0x33000)]:
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        assert bool(HANZI_RUN.fullmatch(ch)) == is_hanzi_char(ch), hex(cp)
