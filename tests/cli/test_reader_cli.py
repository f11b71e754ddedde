"""``chinese-teach reader``: every output format, options, errors, the library's corrections."""

from __future__ import annotations

import re
import zipfile

import pytest
from pypdf import PdfReader

from chinese_teach.cli import main

TEXT = "我们一起去银行吧。\n他犹豫了一下，说：“头发很长。”\n"


@pytest.fixture
def src(tmp_path, corpus):
    path = tmp_path / "课文.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_pdf_with_target_level(qapp, src, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert main(["reader", str(src), "-o", str(out), "--target", "3",
                 "--title", "银行", "--mark", "number"]) == 0
    assert "1 page" in capsys.readouterr().out
    text = re.sub(r"\s+", "", PdfReader(str(out)).pages[0].extract_text())
    assert "银行" in text and "yóu" in text and "HSK3.0(2021standard)" in text


def test_html_traditional_zhuyin(src, tmp_path):
    out = tmp_path / "r.html"
    assert main(["reader", str(src), "-o", str(out), "--script", "traditional",
                 "--tones", "zhuyin", "--glossary", "notes", "--known", "hsk2021:2",
                 "--pinyin", "all"]) == 0
    html = out.read_text("utf-8")
    assert 'data-t="頭髮"' in html and "ㄧㄣˊ" in html and 'lang="zh-Hant"' in html
    assert '<ol class="notes">' in html
    assert "<title>课文</title>" in html  # the file name is the default title


def test_docx_per_word(src, tmp_path, engine):
    out = tmp_path / "r.docx"
    assert main(["reader", str(src), "-o", str(out), "--pinyin", "all", "--per-word"]) == 0
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    words = sum(1 for line in TEXT.splitlines() for t in engine.segment(line) if t.is_word)
    hanzi = sum(1 for line in TEXT.splitlines() for t in engine.segment(line) if t.is_word
                for _ in t.text)
    assert words <= xml.count("<w:ruby>") < hanzi  # words of one tone colour are one guide
    assert ">\u2009yínháng\u2009</w:t>" in xml  # 银行: two rising tones, one run
    # LibreOffice shows only the last run of a phonetic guide: every w:rt holds one run.
    for rt in re.findall(r"<w:rt>(.*?)</w:rt>", xml):
        assert rt.count("<w:r>") == 1


def test_docx_input_file(qapp, tmp_path, corpus):
    from docx import Document

    d = Document()
    d.add_paragraph("你好，世界。")
    d.add_paragraph("<script>x</script>")
    src = tmp_path / "in.docx"
    d.save(str(src))
    out = tmp_path / "o.html"
    assert main(["reader", str(src), "-o", str(out)]) == 0
    html = out.read_text("utf-8")
    assert "世界" in html and "&lt;script&gt;x&lt;/script&gt;" in html


def test_errors_are_readable(src, tmp_path, capsys):
    out = tmp_path / "r.html"
    out.write_text("keep", encoding="utf-8")
    assert main(["reader", str(src), "-o", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep"
    assert main(["reader", str(src), "-o", str(out), "--force"]) == 0
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert main(["reader", str(src), "-o", str(tmp_path / "r.odt")]) == 1
    assert main(["reader", str(src), "-o", str(tmp_path / "x.pdf"), "--pinyin", "above"]) == 1
    assert "--target" in capsys.readouterr().err
    assert main(["reader", str(src), "-o", str(tmp_path / "y.pdf"), "--known", "hsk9:1"]) == 1
    assert main(["reader", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "z.html")]) == 1


def test_library_corrections_are_applied(fresh_home, src, tmp_path, engine):
    from chinese_teach.core.library.models import Correction
    from chinese_teach.core.library.store import Library

    lib = Library.open()
    lib.save_correction(Correction("长", ("zhang3",)))
    lib.close()
    out = tmp_path / "c.html"
    try:
        assert main(["reader", str(src), "-o", str(out)]) == 0
        assert "zhǎng" in out.read_text("utf-8")
        assert main(["reader", str(src), "-o", str(tmp_path / "d.html"), "--no-library"]) == 0
    finally:
        engine.set_corrections([])


def test_known_word_list_file_and_numbers(src, tmp_path):
    known = tmp_path / "known.txt"
    known.write_text("# my class\n我们\n一起\n去\n银行\n吧\n他\n了\n一下\n说\n不是\n头发\n很\n长\n",
                     encoding="utf-8")
    out = tmp_path / "k.html"
    assert main(["reader", str(src), "-o", str(out), "--known", str(known),
                 "--tones", "numbers"]) == 0
    html = out.read_text("utf-8")
    assert ">you2</span>" in html and ">yin2</span>" not in html  # 银行 is known
    assert "word list known.txt" in html


def test_traditional_file_stays_traditional_by_default(tmp_path, corpus):
    src = tmp_path / "銀行.txt"
    src.write_text("我們今天去銀行。\n", encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["reader", str(src), "-o", str(out)]) == 0
    html = out.read_text("utf-8")
    assert 'data-t="銀行"' in html and "们" not in html and 'lang="zh-Hant"' in html
    simplified = tmp_path / "s.html"
    assert main(["reader", str(src), "-o", str(simplified), "--script", "simplified"]) == 0
    assert 'data-t="银行"' in simplified.read_text("utf-8")


def test_docx_title_and_tables_and_annotate_accepts_docx(tmp_path, corpus, capsys):
    from tests.core.documents.test_sources import make_docx

    src = make_docx(tmp_path / "lesson 3.docx")
    out = tmp_path / "r.html"
    assert main(["reader", str(src), "-o", str(out)]) == 0
    html = out.read_text("utf-8")
    assert "<title>在饭馆</title>" in html and "lesson 3" not in html
    assert 'data-t="包子"' in html and 'data-t="价钱"' in html  # the table's rows
    capsys.readouterr()
    assert main(["annotate", str(src), "--tones", "numbers"]) == 0
    printed = capsys.readouterr().out
    assert "bao1 zi5" in printed and "zai4  fan4 guan3" in printed


def test_heading_line_of_a_text_file_is_the_title_printed_once(qapp, tmp_path, corpus):
    src = tmp_path / "lesson4.txt"
    src.write_text("我的一天\n我每天早上七点起床。\n", encoding="utf-8")
    out = tmp_path / "r.pdf"
    assert main(["reader", str(src), "-o", str(out)]) == 0
    text = re.sub(r"\s+", "", PdfReader(str(out)).pages[0].extract_text())
    # the title in bold (Qt draws synthetic bold twice, so pypdf reads it twice), and not
    # again as the first paragraph with its pinyin
    assert "我的一天" in text and "wǒdeyītiān" not in text and "lesson4" not in text
