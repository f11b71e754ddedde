"""Quick annotate operations, without widgets: annotated paragraphs and their cache, the
level profile, a word's entries, opening a text file."""

from __future__ import annotations

from pathlib import Path

import pytest

from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.errors import Cancelled, ChineseTeachError
from chinese_teach.core.progress import CancelToken
from chinese_teach.core.text.analyze import level_index
from chinese_teach.ops import annotate as annotate_ops
from chinese_teach.ops.annotate import (
    ParagraphAnnotator,
    annotate_paragraphs,
    look_up,
    open_text,
    profile_text,
)


def test_paragraphs_are_annotated_each_with_its_tokens(engine) -> None:
    out = annotate_paragraphs(engine, ["我要去银行。", "", "你好。"], tone_changes=True)
    assert list(out) == ["我要去银行。", "", "你好。"]
    assert out[""] == []
    bank = next(t for t in out["我要去银行。"] if t.text == "银行")
    assert bank.pinyin == ("yin2", "hang2")


def test_paragraphs_are_read_in_blocks_with_their_own_tokens(engine, monkeypatch) -> None:
    """The engine reads :data:`BLOCK` paragraphs per call (the model once per block):
    each paragraph gets the tokens it gets alone, in order, empty ones and repeats
    included, and progress is reported before each block."""
    monkeypatch.setattr(annotate_ops, "BLOCK", 2)
    paragraphs = ["他长大以后当了银行行长。", "", "还了钱就去长城。", "他长大以后当了银行行长。",
                  "我们学习汉语。"]
    blocks: list[int] = []
    real = engine.annotate_many

    def spy(texts, **kwargs):
        blocks.append(len(texts))
        return real(texts, **kwargs)

    monkeypatch.setattr(engine, "annotate_many", spy)
    reports: list[tuple[int, int]] = []
    out = annotate_paragraphs(engine, paragraphs, True,
                              progress=lambda p: reports.append((p.done, p.total)))
    assert blocks == [1, 2, 1]  # the empty paragraph is not sent
    assert list(out) == ["他长大以后当了银行行长。", "", "还了钱就去长城。", "我们学习汉语。"]
    fields = [(t.text, t.pinyin, t.sources, t.unsure, t.extra) for t in out[paragraphs[0]]]
    assert fields == [(t.text, t.pinyin, t.sources, t.unsure, t.extra)
                      for t in engine.annotate(paragraphs[0])]
    assert [done for done, _ in reports] == [0, 2, 4]


def test_tone_changes_are_in_the_pinyin_only_when_asked(engine) -> None:
    def together(tone_changes: bool) -> tuple[str, ...]:
        tokens = annotate_paragraphs(engine, ["我们一起去。"], tone_changes)["我们一起去。"]
        return next(t for t in tokens if t.text == "一起").pinyin

    assert together(True) == ("yi4", "qi3")
    assert together(False) == ("yi1", "qi3")


def test_annotation_stops_when_cancelled(engine) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        annotate_paragraphs(engine, ["我要去银行。"], True, cancel=token)


def test_the_annotator_asks_only_for_paragraphs_it_has_not_seen(engine) -> None:
    annotator = ParagraphAnnotator()
    text = ["我要去银行。", "我要去银行。", "今天天气很好。"]
    assert annotator.missing(text, True) == ["我要去银行。", "今天天气很好。"]
    annotator.store(annotate_paragraphs(engine, annotator.missing(text, True), True), True)
    assert annotator.missing(text, True) == []
    assert annotator.missing(text, False) == ["我要去银行。", "今天天气很好。"]
    assert [t.text for t in annotator.cached("我要去银行。", True)][:2] == ["我", "要"]
    assert annotator.cached("我要去银行。", False) is None


def test_cache_keeps_the_current_text_past_its_limit(monkeypatch) -> None:
    annotator = ParagraphAnnotator()
    current = [f"第{i}段。" for i in range(5)]
    annotator.store({p: [] for p in ["旧的。", *current]}, True)
    monkeypatch.setattr(annotate_ops, "CACHE_LIMIT", 6)
    annotator.store({"新的。": []}, True, keep=current)
    assert annotator.missing([*current, "新的。"], True) == []
    assert annotator.missing(["旧的。"], True) == ["旧的。"]


def test_profile_covers_every_paragraph(corpus, engine) -> None:
    levels = level_index(corpus)
    paragraphs = list(annotate_paragraphs(
        engine, ["我是学生。", "这本书的内容很有意思，而且可以了解中国的文化。"], True).values())
    whole = profile_text(paragraphs, levels, Standard.HSK2021, target=1)
    first = profile_text(paragraphs[:1], levels, Standard.HSK2021, target=1)
    assert whole.word_count > first.word_count > 0
    assert sum(whole.words_per_level.values()) == whole.word_count
    above = [w for w, _ in whole.above_target]
    assert "了解" in above and "我" not in above


def test_look_up_gives_the_dictionary_entries(dictionary) -> None:
    entries = look_up(dictionary, "银行")
    assert entries and any("bank" in d for d in entries[0].definitions)
    assert look_up(dictionary, "不是一个词语吧") == []


def test_open_text_reads_a_text_file_and_refuses_a_binary_one(tmp_path: Path) -> None:
    text = tmp_path / "story.txt"
    text.write_text("这条河很长。\n", encoding="utf-8")
    assert open_text(text).strip() == "这条河很长。"
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ChineseTeachError):
        open_text(binary)
