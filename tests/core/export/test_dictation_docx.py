"""A dictation (听写) as a Word document: the student sheet with one 田字格 box (two by two
table cells) per character and the hint, then the teacher's script and the answer key on
pages of their own, on A4 or Letter."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.documents.lessonwords import VocabRow
from chinese_teach.core.documents.worksheet import build_dictation
from chinese_teach.core.export.dictation_docx import export_dictation_docx

ROWS = [VocabRow("你好", ("ni3", "hao3"), "nǐ hǎo", "hello", Standard.HSK2021, None),
        VocabRow("图书馆", ("tu2", "shu1", "guan3"), "túshūguǎn", "library",
                 Standard.HSK2021, None),
        VocabRow("OK", (), "", "okay", Standard.HSK2021, None)]  # nothing to write: left out


def _xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def _text(xml: str) -> str:
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


def test_sheet_script_and_key_on_letter(tmp_path: Path) -> None:
    ws = build_dictation(ROWS, "en", subtitle="Beginners - Lesson 1", hint="pinyin",
                         shuffle=False)
    out = tmp_path / "tingxie.docx"
    export_dictation_docx(ws, out, paper="Letter")
    xml = _xml(out)
    assert 'w:w="12240"' in xml and 'w:h="15840"' in xml  # Letter, in twentieths of a point
    text = _text(xml)
    sheet, script, key = re.split(r'<w:br w:type="page"/>', xml)
    sheet_text, script_text, key_text = _text(sheet), _text(script), _text(key)
    assert "Dictation" in sheet_text and "Beginners - Lesson 1" in sheet_text
    assert "nǐ hǎo" in sheet_text and "túshūguǎn" in sheet_text  # the hints
    assert "你好" not in sheet_text and "图书馆" not in sheet_text  # never the answers
    assert "Teacher's script" in script_text and "图书馆" in script_text
    assert "library" in script_text
    assert "Answer key" in key_text and "2. 图书馆" in key_text
    assert "okay" not in text  # OK has no character to write: not an item
    # one table per item, two cells (columns) and two rows per character
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", sheet, flags=re.S)
    assert [t.count("<w:tc>") for t in tables] == [2 * 2 * 2, 3 * 2 * 2]
    assert 'w:val="dashed"' in tables[0] and 'w:val="single"' in tables[0]


def test_a4_and_the_hint_left_out(tmp_path: Path) -> None:
    ws = build_dictation(ROWS, "en", subtitle="S", hint="none", seed=4)
    out = tmp_path / "a4.docx"
    export_dictation_docx(ws, out)
    xml = _xml(out)
    assert 'w:w="11906"' in xml or 'w:w="11905"' in xml  # A4
    sheet = re.split(r'<w:br w:type="page"/>', xml)[0]
    assert "nǐ hǎo" not in _text(sheet) and "hello" not in _text(sheet)
