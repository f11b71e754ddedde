"""The words a drill marked for review, written without widgets: an Anki deck of those
words only, and a dictation of them as PDF (on Letter) or Word."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from chinese_teach.core.documents.drill import DrillWord
from chinese_teach.core.errors import ChineseTeachError
from chinese_teach.ops.classroom import export_review_deck, export_review_dictation

WORDS = [DrillWord("银行", ("yin2", "hang2"), "yínháng", "bank"),
         DrillWord("谢谢", ("xie4", "xie5"), "xièxie", "thank you")]


def test_the_marked_words_as_an_anki_deck(corpus, tmp_path: Path) -> None:
    out = tmp_path / "review.apkg"
    result = export_review_deck(WORDS, "Lesson 3: words to review", out, corpus)
    assert result.value.report is not None and result.value.report.notes == 2
    assert result.changes.files == (out,) and zipfile.is_zipfile(out)


def test_the_marked_words_as_a_dictation(qapp, tmp_path: Path) -> None:
    pdf = tmp_path / "review.pdf"
    done = export_review_dictation(WORDS, "Lesson 3: words to review", pdf, paper="Letter",
                                   shuffle=False)
    pages = PdfReader(pdf).pages
    assert done.value.pages == len(pages) and round(float(pages[0].mediabox.width)) == 612
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert "words to review" in text and "银行" in text and "xièxie" in text
    docx = tmp_path / "review.docx"
    export_review_dictation(WORDS, "Lesson 3: words to review", docx)
    assert "银行" in zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")


def test_nothing_marked_nothing_written(corpus, tmp_path: Path) -> None:
    with pytest.raises(ChineseTeachError):
        export_review_deck([], "x", tmp_path / "x.apkg", corpus)
    with pytest.raises(ChineseTeachError):
        export_review_dictation([], "x", tmp_path / "x.pdf")
    with pytest.raises(ChineseTeachError):  # a dictation is a .pdf or a .docx
        export_review_dictation(WORDS, "x", tmp_path / "x.txt")
    assert not list(tmp_path.iterdir())
