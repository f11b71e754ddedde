"""Word documents as a teacher writes them: title, paragraphs and tables, in order."""

from __future__ import annotations

from docx import Document

from chinese_teach.core.documents.sources import (
    CELL_SEPARATOR,
    open_source,
    read_docx,
    read_source,
)


def make_docx(path, heading: bool = True):
    d = Document()
    if heading:
        d.add_heading("在饭馆", level=1)
    d.add_paragraph("服务员：你好！你们想吃什么？")
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([("菜", "价钱", "好吃吗？"), ("米饭", "三块", "好吃"),
                             ("包子", "五块", "很好吃")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    merged = d.add_table(rows=1, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "一共八块"
    d.add_heading("生词", level=1)  # a later Heading 1 is a section, kept in the text
    d.add_paragraph("安娜：我不饿。")
    d.save(path)
    return path


def test_tables_are_kept_in_order_and_heading_1_is_the_title(tmp_path):
    source = read_docx(make_docx(tmp_path / "lesson.docx"))
    assert source.title == "在饭馆"
    assert source.text.splitlines() == [
        "服务员：你好！你们想吃什么？",
        CELL_SEPARATOR.join(("菜", "价钱", "好吃吗？")),
        CELL_SEPARATOR.join(("米饭", "三块", "好吃")),
        CELL_SEPARATOR.join(("包子", "五块", "很好吃")),
        "一共八块",
        "生词",
        "安娜：我不饿。",
    ]
    # the plain text keeps the title as its first line (the reader's editor shows it)
    assert read_source(tmp_path / "lesson.docx").splitlines()[0] == "在饭馆"


def test_a_document_without_heading_has_no_title(tmp_path):
    source = open_source(make_docx(tmp_path / "plain.docx", heading=False))
    assert source.title == "" and source.text.startswith("服务员")
    txt = tmp_path / "a.txt"
    txt.write_text("你好", encoding="utf-8")
    assert open_source(txt).title == "" and open_source(txt).text == "你好"
