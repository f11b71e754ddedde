"""Deck operations: build a deck from its source and write it in each format, without
widgets."""

from __future__ import annotations

import zipfile
from pathlib import Path

from chinese_teach.core.export.anki.apkg import AnkiOptions
from chinese_teach.core.export.anki.sources import DeckSource
from chinese_teach.core.library import Course, Lesson, Library
from chinese_teach.core.library.models import VocabItem
from chinese_teach.ops.deck import export_deck, load_deck_parts


def test_typed_words_become_a_csv_list(corpus, tmp_path: Path) -> None:
    out = tmp_path / "words.csv"
    result = export_deck(DeckSource("words", "银行\n谢谢", name="Bank"), out, "csv", None,
                         corpus)
    assert result.value.words == 2 and result.value.report is None
    assert result.changes.files == (out,) and not result.changes.library
    text = out.read_text(encoding="utf-8-sig")
    assert "银行" in text and "谢谢" in text


def test_an_anki_deck_reports_its_notes(corpus, tmp_path: Path) -> None:
    out = tmp_path / "words.apkg"
    result = export_deck(DeckSource("words", "银行 你好"), out, "anki",
                         AnkiOptions(strokes=False), corpus)
    report = result.value.report
    assert report is not None and report.notes == 2 and result.value.notes == ()
    assert zipfile.is_zipfile(out)


def test_a_lesson_is_read_through_a_private_connection(corpus, lib: Library,
                                                      course: Course) -> None:
    lesson = lib.save_lesson(Lesson(course_id=course.id, title="At the bank",
                                    vocab=[VocabItem("银行"), VocabItem("钱")]))
    parts = load_deck_parts(DeckSource("lesson", lesson.id), corpus,
                            library_path=lib.path)
    assert [w.simplified for p in parts for w in p.words] == ["银行", "钱"]
