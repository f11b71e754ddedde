"""Word tables a student or teacher prints over pages (qa18): the reader's glossary header
row was left alone at the foot of page 1 and page 2 went on without it. A table's header
row repeats on every page and stays with the first row; no row is split across pages."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from chinese_teach.core.documents.lessonplan import build_lesson_plan
from chinese_teach.core.documents.reader import GlossaryMode, ReaderOptions, build_reader
from chinese_teach.core.export.lessonplan_docx import export_lesson_plan_docx
from chinese_teach.core.export.reader_docx import export_docx
from tests.lesson_story import make_story

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
WHEN = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def _tables(path: Path) -> list:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return root.findall(".//w:tbl", NS)


def _check_headers(table) -> None:
    rows = table.findall("w:tr", NS)
    assert len(rows) >= 2
    head = rows[0]
    assert head.find("w:trPr/w:tblHeader", NS) is not None
    for p in head.findall(".//w:p", NS):
        assert p.find("w:pPr/w:keepNext", NS) is not None
    for row in rows:
        assert row.find("w:trPr/w:cantSplit", NS) is not None


@pytest.mark.parametrize("text", [
    "去年十月，王小明和同学一起去杭州旅游。湖边的风景非常美。",
    "售货员：您好，欢迎光临！这件衬衫打八折以后三百二十块。",
    "学习一门语言没有什么捷径，最重要的是坚持。千里之行，始于足下。",
])
def test_reader_glossary_header_repeats_and_rows_hold_together(text, engine, dictionary,
                                                                tmp_path):
    doc = build_reader(text, ReaderOptions(glossary=GlossaryMode.END, target_level=2),
                       engine, dictionary, title="T")
    assert doc.glossary
    out = tmp_path / "r.docx"
    export_docx(doc, out, timestamp=WHEN)
    [table] = _tables(out)
    _check_headers(table)


def test_lesson_plan_tables_repeat_their_header(tmp_path, engine, corpus):
    lib, _, ids = make_story(tmp_path / "library.sqlite", engine, corpus)
    try:
        plan = build_lesson_plan(lib, ids[2], engine, corpus, with_readers=False)
        out = tmp_path / "plan.docx"
        export_lesson_plan_docx(plan, out, timestamp=WHEN)
    finally:
        lib.close()
    tables = _tables(out)
    assert tables
    for table in tables:
        _check_headers(table)
