"""benchmarks.pinyin.error_cells: the layer a reading came from and the dictionary spans that
would read a character as a label (cpp21)."""

from __future__ import annotations

from benchmarks.pinyin.error_cells import decided_by, signals


def test_decided_by_names_the_layer(engine) -> None:
    reader = engine.reader
    assert decided_by(reader, "了", "rule") == "rule"
    assert decided_by(reader, "将", "model") == "model"
    assert decided_by(reader, "挣脱", "dictionary") == "cedict-one"
    assert decided_by(reader, "东西", "dictionary") == "word-table"


def test_signals_find_a_dictionary_span_reading_the_label(engine) -> None:
    reader = engine.reader
    assert "cedict:银行" in signals(reader, "我去银行", 3, "hang2")
    assert signals(reader, "我去银行", 3, "xing2") == []
