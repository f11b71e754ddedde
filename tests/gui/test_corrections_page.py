"""My corrections: list, search, add, edit, delete with undo, import/export; every change
reaches the engine at once and the Quick-annotate page shows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from chinese_teach.core.library.models import Correction, SegmentationEdit
from chinese_teach.gui.dialogs.correction_dialogs import CorrectionDialog, SegmentationDialog


@pytest.fixture
def page(window, qtbot):
    page = window.show_page("corrections")
    qtbot.waitUntil(lambda: window.ctx.engine is not None, timeout=20000)
    yield page  # the library is private to the test; the engine is shared: reset it
    window.ctx.engine.set_corrections([])
    window.ctx.engine.set_segmentation([], {})


def _reading(engine, text: str, index: int) -> str:
    for tok in engine.annotate(text):
        if tok.pinyin and tok.start <= index < tok.end:
            return tok.pinyin[index - tok.start]
    raise AssertionError(index)


def _column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_page_is_registered() -> None:
    from chinese_teach.gui.pages import load_page_specs

    assert "corrections" in [s.key for s in load_page_specs()]


def test_add_edit_delete_undo_reach_the_engine(window, page, qtbot) -> None:
    engine, lib = window.ctx.engine, window.ctx.library
    text = "这条河很长。"
    assert _reading(engine, text, 4) == "chang2"
    page.ask_correction = lambda existing: Correction("长", ("zhang3",), left="很", note="test")
    page.add_button.click()
    # Saved, given to the engine, listed: all without a restart.
    qtbot.waitUntil(lambda: page.readings.rowCount() == 1, timeout=5000)
    assert _reading(engine, text, 4) == "zhang3"
    assert _column(page.readings, 0) == ["长"]
    assert _column(page.readings, 1) == ["zhǎng"]  # the preferred style (marks)
    assert _column(page.readings, 2) == ["很"] and _column(page.readings, 4) == ["test"]
    assert "Readings (1)" in page.tabs.tabText(0)

    # Edit the context: the old correction is replaced, not duplicated.
    page.readings.selectRow(0)
    page.ask_correction = lambda existing: Correction(
        "长", ("zhang3",), left="", right="大", note=existing.note, created=existing.created)
    page.edit_button.click()
    qtbot.waitUntil(lambda: _column(page.readings, 3) == ["大"], timeout=5000)
    assert [(c.left, c.right) for c in lib.corrections()] == [("", "大")]
    assert _reading(engine, text, 4) == "chang2"
    assert _reading(engine, "他长大了。", 1) == "zhang3"

    page.readings.selectRow(0)
    page.delete_button.click()
    qtbot.waitUntil(lambda: page.readings.rowCount() == 0, timeout=5000)
    assert lib.corrections() == [] and page.undo_button.isEnabled()
    page.undo_button.click()
    qtbot.waitUntil(lambda: page.readings.rowCount() == 1, timeout=5000)
    restored = lib.corrections()[0]
    assert (restored.word, restored.right, restored.note) == ("长", "大", "test")
    assert not page.undo_button.isEnabled()


def test_quick_annotate_follows_a_new_correction(window, page, qtbot) -> None:
    annotate = window.show_page("annotate")
    annotate.editor.setPlainText("我去银行。")
    qtbot.waitUntil(lambda: annotate.is_ready() and bool(annotate.tokens), timeout=30000)
    bank = next(t for t in annotate.tokens[0] if t.text == "银行")
    assert bank.pinyin == ("yin2", "hang2")
    window.ctx.library.save_correction(Correction("银行", ("yin2", "xing2")))

    def shown() -> tuple:
        toks = annotate.tokens[0] if annotate.tokens else []
        return next((t.pinyin for t in toks if t.text == "银行"), ())

    qtbot.waitUntil(lambda: shown() == ("yin2", "xing2"), timeout=30000)


def test_segmentation_edits_listed_and_removed_without_restart(window, page, qtbot) -> None:
    engine = window.ctx.engine
    text = "他长得很高。"
    assert "长得" not in [t.text for t in engine.segment(text)]
    page.ask_segmentation = lambda existing: SegmentationEdit("merge", "长得")
    page.add_cut_button.click()
    qtbot.waitUntil(lambda: page.cuts.rowCount() == 1, timeout=5000)
    assert "长得" in [t.text for t in engine.segment(text)]
    assert _column(page.cuts, 1) == ["keep whole"]
    page.tabs.setCurrentWidget(page.cuts)
    page.cuts.selectRow(0)
    # Edit it into a different word: the old merge is undone, the new one applies.
    page.ask_segmentation = lambda existing: SegmentationEdit("merge", "很高",
                                                              created=existing.created)
    page.edit_button.click()
    qtbot.waitUntil(lambda: _column(page.cuts, 0) == ["很高"], timeout=5000)
    words = [t.text for t in engine.segment(text)]
    assert "很高" in words and "长得" not in words
    page.cuts.selectRow(0)
    page.delete_button.click()
    qtbot.waitUntil(lambda: page.cuts.rowCount() == 0, timeout=5000)
    assert "很高" not in [t.text for t in engine.segment(text)]


def test_search_filters_both_tables(window, page, qtbot) -> None:
    lib = window.ctx.library
    lib.save_correction(Correction("银行", ("yin2", "hang2")))
    lib.save_correction(Correction("长", ("zhang3",), note="grow"))
    lib.save_segmentation_edit(SegmentationEdit("split", "中国银行", ("中国", "银行")))
    qtbot.waitUntil(lambda: page.readings.rowCount() == 2, timeout=5000)
    page.search.setText("银行")
    assert _column(page.readings, 0) == ["银行"] and page.cuts.rowCount() == 1
    page.search.setText("háng")
    assert _column(page.readings, 0) == ["银行"] and page.cuts.rowCount() == 0
    page.search.setText("grow")
    assert _column(page.readings, 0) == ["长"]
    assert "1 of 3" in page.status.text()
    page.search.clear()
    assert page.readings.rowCount() == 2


def test_correction_dialog_checks_as_you_type(window, qtbot) -> None:
    dialog = CorrectionDialog(None, None, {("长", "很", "")}, window.ctx.prefs)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.word_edit.setText("银行")
    dialog.pinyin_edit.setText("yin2")
    assert not ok.isEnabled() and "2 syllable" in dialog.message.text()
    dialog.pinyin_edit.setText("yín hang9")
    assert not ok.isEnabled() and "not a pinyin syllable" in dialog.message.text()
    dialog.pinyin_edit.setText("yin2hang2")
    assert ok.isEnabled() and "yínháng" in dialog.message.text()
    assert dialog.result_correction == Correction("银行", ("yin2", "hang2"))
    dialog.word_edit.setText("bank")
    assert not ok.isEnabled()
    dialog.word_edit.setText("长")
    dialog.pinyin_edit.setText("zhǎng")
    dialog.left_edit.setText("很")
    assert not ok.isEnabled() and "already" in dialog.message.text()
    dialog.left_edit.setText("")
    assert ok.isEnabled() and dialog.result_correction.pinyin == ("zhang3",)

    seg = SegmentationDialog(None, window.ctx.prefs)
    qtbot.addWidget(seg)
    ok = seg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    seg.word_edit.setText("中国银行")
    assert ok.isEnabled() and seg.result_edit == SegmentationEdit("merge", "中国银行")
    seg.split_radio.setChecked(True)
    seg.parts_edit.setText("中国 银")
    assert not ok.isEnabled()
    seg.parts_edit.setText("中国 银行")
    assert seg.result_edit == SegmentationEdit("split", "中国银行", ("中国", "银行"))
    edit = SegmentationDialog(None, window.ctx.prefs,
                              SegmentationEdit("split", "中国银行", ("中国", "银行"), 7, "d"))
    qtbot.addWidget(edit)
    assert edit.split_radio.isChecked() and edit.parts_edit.text() == "中国 银行"
    edit.keep_radio.setChecked(True)
    assert edit.result_edit == SegmentationEdit("merge", "中国银行", created="d")


def test_export_then_import_reports_conflicts(window, page, qtbot, tmp_path: Path,
                                              messages) -> None:
    lib = window.ctx.library
    lib.save_correction(Correction("银行", ("yin2", "hang2")))
    lib.save_segmentation_edit(SegmentationEdit("merge", "长得"))
    out = tmp_path / "mine.json"
    page.ask_export_path = lambda: out
    page.export_button.click()
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [c["word"] for c in doc["corrections"]] == ["银行"]
    # Change the file: one new reading, one that differs from the teacher's own.
    doc["corrections"].append({"word": "长", "pinyin": ["zhang3"], "left": "很"})
    doc["corrections"][0]["pinyin"] = ["yin2", "xing2"]
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    page.ask_import_path = lambda: out
    page.import_button.click()
    kind, text = messages[-1]
    assert kind == "information" and "Added 1 readings" in text
    assert "银行: kept your yin2 hang2, not yin2 xing2" in text
    qtbot.waitUntil(lambda: page.readings.rowCount() == 2, timeout=5000)
    assert {c.word: c.pinyin for c in lib.corrections()}["银行"] == ("yin2", "hang2")

    bad = tmp_path / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    page.ask_import_path = lambda: bad
    page.import_button.click()
    assert messages[-1][0] == "warning" and "not valid JSON" in messages[-1][1]


def test_course_import_brings_corrections_and_reports_conflicts(window, page, qtbot,
                                                                tmp_path: Path,
                                                                messages) -> None:
    from chinese_teach.core.library import Library
    from chinese_teach.core.library.exchange import export_course

    lib = window.ctx.library
    lib.save_correction(Correction("我们", ("wo3", "men5")))
    # Another teacher's library: the same sample course, their own reading of 我们.
    with Library.open(tmp_path / "other.sqlite") as other:
        from chinese_teach.core.library.sample import create_sample_course

        create_sample_course(other)
        other.save_correction(Correction("我们", ("wo3", "men2")))
        course = other.courses()[0]
        out = export_course(other, course.id, tmp_path / "course.zip")
    assert window.desktop.import_course(out)
    kind, text = messages[-1]
    assert kind == "information" and "我们: kept your wo3 men5, not wo3 men2" in text
    assert [c.pinyin for c in lib.corrections()] == [("wo3", "men5")]


def test_reader_studio_and_my_corrections_stay_in_step(window, page, qtbot) -> None:
    readers = window.show_page("readers")
    readers.editor.setPlainText("我去银行。")
    qtbot.waitUntil(readers.is_ready, timeout=30000)

    def ruby(word: str) -> tuple:
        for para in readers.doc.paragraphs:
            for tok in para:
                if tok.text == word:
                    return tok.ruby
        return ()

    assert ruby("银行") == ("yín", "háng")
    # A reading chosen in the studio's word pop-up is listed in My corrections...
    readers.store_reading("银行", ("yin2", "xing2"), "去", "。")
    qtbot.waitUntil(lambda: page.readings.rowCount() == 1, timeout=5000)
    assert _column(page.readings, 0) == ["银行"] and _column(page.readings, 2) == ["去"]
    # ... and deleting it there gives the studio's preview its reading back.
    page.readings.selectRow(0)
    page.delete_button.click()
    qtbot.waitUntil(lambda: readers.is_ready() and ruby("银行") == ("yín", "háng"),
                    timeout=30000)
    page.undo_button.click()
    qtbot.waitUntil(lambda: readers.is_ready() and ruby("银行") == ("yín", "xíng"),
                    timeout=30000)
