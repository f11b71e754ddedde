"""My corrections' edits as operations: replace, delete and restore, share as a file,
without widgets."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from chinese_teach.core.library import Library
from chinese_teach.core.library.models import Correction, SegmentationEdit
from chinese_teach.ops import corrections as ops


def _readings(lib: Library) -> list[tuple[str, tuple[str, ...], str]]:
    return [(c.word, c.pinyin, c.left) for c in lib.corrections()]


def test_an_edit_of_the_context_replaces_the_old_correction(lib: Library) -> None:
    old = ops.add_correction(lib, Correction("行", ("hang2",), "银")).value
    ops.replace_correction(lib, old, replace(old, left="步"))
    assert _readings(lib) == [("行", ("hang2",), "步")]


def test_an_edit_of_the_reading_keeps_the_entry(lib: Library) -> None:
    old = ops.add_correction(lib, Correction("行", ("hang2",), "银")).value
    result = ops.replace_correction(lib, old, replace(old, pinyin=("xing2",)))
    assert _readings(lib) == [("行", ("xing2",), "银")] and result.changes.corrections


def test_a_renamed_word_cutting_replaces_the_old(lib: Library) -> None:
    old = ops.add_segmentation(lib, SegmentationEdit("merge", "长得")).value
    ops.replace_segmentation(lib, old, replace(old, word="长大"))
    assert [e.word for e in lib.segmentation_edits()] == ["长大"]


def test_delete_then_restore_brings_everything_back(lib: Library) -> None:
    c = ops.add_correction(lib, Correction("还", ("huan2",), right="书")).value
    e = ops.add_segmentation(lib, SegmentationEdit("split", "中国银行", ("中国", "银行"))).value
    deleted = ops.delete_entries(lib, [c, e])
    assert lib.corrections() == [] and lib.segmentation_edits() == []
    assert deleted.changes.corrections
    assert ops.restore_entries(lib, deleted.value).value == 2
    assert _readings(lib) == [("还", ("huan2",), "")]
    assert [e.parts for e in lib.segmentation_edits()] == [("中国", "银行")]


def test_a_shared_file_is_merged_into_another_library(lib: Library, tmp_path: Path) -> None:
    ops.add_correction(lib, Correction("得", ("dei3",), right="去"))
    out = tmp_path / "corrections.json"
    written = ops.export_corrections_file(lib, out)
    assert written.changes.files == (out,)
    assert json.loads(out.read_text(encoding="utf-8"))
    other = Library.open(tmp_path / "other.sqlite")
    try:
        merged = ops.import_corrections_file(other, out)
        assert merged.value.corrections_added == 1 and merged.changes.corrections
        assert _readings(other) == [("得", ("dei3",), "")]
    finally:
        other.close()
