"""The teacher's corrections and segmentation edits, stored in the library and given to the engine.

A re-annotation never overwrites a correction, and deleting an edit takes effect at
once (no restart).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chinese_teach.core.library import Library
from chinese_teach.core.library.models import Correction, SegmentationEdit
from chinese_teach.core.text.tokens import Source

SENTENCE = "这条河很长，他长得很高。"


@pytest.fixture
def edits(engine, tmp_path: Path):
    """A private library; the shared engine is reset to no edits afterwards."""
    lib = Library.open(tmp_path / "library.sqlite")
    yield lib
    lib.close()
    engine.set_corrections([])
    engine.set_segmentation([], {})


def _readings(engine, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(t.text, t.pinyin) for t in engine.annotate(text) if t.pinyin]


def _syllable_at(engine, text: str, index: int) -> tuple[str, Source]:
    for tok in engine.annotate(text):
        if tok.pinyin and tok.start <= index < tok.end:
            k = index - tok.start
            return tok.pinyin[k], tok.sources[k]
    raise AssertionError(f"no reading at {index}")


def test_contextual_correction_beats_the_model_on_every_reannotation(engine, edits) -> None:
    # The engine reads 很长 as cháng; the teacher insists on zhǎng after 很 (a test of
    # precedence, not of Chinese): only that context changes.
    assert _syllable_at(engine, SENTENCE, 4)[0] == "chang2"
    assert _syllable_at(engine, SENTENCE, 7)[0] == "zhang3"
    edits.save_correction(Correction("长", ("zhǎng",), left="很"))
    edits.apply_to_engine(engine)
    for _ in range(3):  # annotating again never brings the model's choice back
        assert _syllable_at(engine, SENTENCE, 4) == ("zhang3", Source.CORRECTION)
    assert _syllable_at(engine, "一条很长的河", 3) == ("zhang3", Source.CORRECTION)
    assert _syllable_at(engine, "河长", 1)[1] is not Source.CORRECTION  # other context


def test_bare_correction_and_most_specific_context(engine, edits) -> None:
    edits.save_correction(Correction("长", ("zhang3",)))
    saved = edits.save_correction(Correction("长", ("chang2",), left="很", note="adjective"))
    edits.apply_to_engine(engine)
    assert _syllable_at(engine, SENTENCE, 4) == ("chang2", Source.CORRECTION)
    assert _syllable_at(engine, SENTENCE, 7) == ("zhang3", Source.CORRECTION)
    # Removing the specific one: the bare correction applies there too, at once.
    edits.delete_correction(saved.id)
    edits.apply_to_engine(engine)
    assert _syllable_at(engine, SENTENCE, 4) == ("zhang3", Source.CORRECTION)


def test_removing_a_correction_restores_the_engine_reading(engine, edits) -> None:
    before = _readings(engine, "我去银行。")
    saved = edits.save_correction(Correction("银行", ("yin2", "xing2")))
    edits.apply_to_engine(engine)
    assert ("银行", ("yin2", "xing2")) in _readings(engine, "我去银行。")
    edits.delete_correction(saved.id)
    edits.apply_to_engine(engine)
    assert _readings(engine, "我去银行。") == before


def _words(engine, text: str) -> list[str]:
    return [t.text for t in engine.segment(text)]


def test_merges_and_splits_apply_and_can_be_removed_without_restart(engine, edits) -> None:
    text = "我们去中国银行取钱，他长得很高。"
    plain = _words(engine, text)
    assert "中国银行" in plain and "长得" not in plain and "很高" not in plain
    merge = edits.save_segmentation_edit(SegmentationEdit("merge", "长得"))
    edits.save_segmentation_edit(SegmentationEdit("merge", "很高"))
    split = edits.save_segmentation_edit(SegmentationEdit("split", "中国银行", ("中国", "银行")))
    edits.apply_to_engine(engine)
    words = _words(engine, text)
    assert "长得" in words and "很高" in words
    assert words[2:4] == ["中国", "银行"]
    assert "".join(words) == text

    edits.delete_segmentation_edit(merge.id)
    edits.delete_segmentation_edit(split.id)
    edits.apply_to_engine(engine)
    words = _words(engine, text)
    assert "长得" not in words and "很高" in words and "中国银行" in words

    edits.apply_to_engine(engine)  # applying the same edits twice changes nothing
    assert _words(engine, text) == words
    for e in edits.segmentation_edits():
        edits.delete_segmentation_edit(e.id)
    edits.apply_to_engine(engine)
    assert _words(engine, text) == plain


def test_removing_a_merge_of_a_dictionary_word_keeps_the_word(engine, edits) -> None:
    seg = engine.segmenter
    freq, total = seg.table["中国"], seg.total
    edit = edits.save_segmentation_edit(SegmentationEdit("merge", "中国"))
    edits.apply_to_engine(engine)
    edits.delete_segmentation_edit(edit.id)
    edits.apply_to_engine(engine)
    assert seg.table["中国"] == freq and seg.total == total
    assert "中国" in _words(engine, "我爱中国。")
