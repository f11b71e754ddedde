"""Readings and word cuttings stored by the correction operations, without widgets."""

from __future__ import annotations

from chinese_teach.core.library import Library
from chinese_teach.ops.corrections import merge_words, save_reading, split_word, sync_engine


def test_save_reading_stores_the_context_and_reports_a_correction(lib: Library) -> None:
    result = save_reading(lib, "行", ("hang2",), "银", "")
    assert result.changes.corrections and not result.changes.lessons
    stored = [(c.word, c.pinyin, c.left, c.right) for c in lib.corrections()]
    assert stored == [("行", ("hang2",), "银", "")]


def test_a_new_reading_in_the_same_context_replaces_the_old(lib: Library) -> None:
    save_reading(lib, "行", ("hang2",), "银", "")
    save_reading(lib, "行", ("xing2",), "银", "")
    assert [c.pinyin for c in lib.corrections()] == [("xing2",)]


def test_merge_and_split_store_segmentation_edits(lib: Library) -> None:
    merged = merge_words(lib, "小", "马")
    split = split_word(lib, "河边")
    assert merged.value.kind == "merge" and merged.value.word == "小马"
    assert split.value.kind == "split" and split.value.parts == ("河", "边")
    assert merged.changes.corrections and split.changes.corrections
    assert {(e.kind, e.word) for e in lib.segmentation_edits()} == {
        ("merge", "小马"), ("split", "河边")}


def test_sync_engine_gives_the_stored_readings_and_cuttings_to_the_engine(lib: Library,
                                                                          engine) -> None:
    def read(text: str) -> list[tuple[str, tuple[str, ...] | None]]:
        return [(t.text, t.pinyin) for t in engine.annotate(text) if t.is_word]

    save_reading(lib, "行", ("xing2",), "银", "")
    split_word(lib, "银行")
    try:
        assert read("我去银行。")[-1] == ("银行", ("yin2", "hang2"))  # not yet given
        sync_engine(lib, engine)
        assert ("行", ("xing2",)) in read("我去银行。")
    finally:
        engine.set_corrections([])
        engine.set_segmentation([], {})
