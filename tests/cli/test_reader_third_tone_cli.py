"""``chinese-teach reader --mark-third-tone``: the mark in every format, off by default."""

from __future__ import annotations

import re
import zipfile

import pytest
from pypdf import PdfReader

from chinese_teach.cli import main
from chinese_teach.cli.reader import build_options, register

TEXT = "你好！我很好。\n"


@pytest.fixture
def src(tmp_path, corpus):
    path = tmp_path / "问好.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def parse(*argv: str):
    import argparse

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    return parser.parse_args(["reader", "in.txt", "-o", "out.pdf", *argv])


def test_option_sets_the_reader_option():
    assert build_options(parse("--mark-third-tone")).show_third_tone_sandhi is True
    assert build_options(parse()).show_third_tone_sandhi is False


def test_html_and_docx(src, tmp_path):
    html = tmp_path / "r.html"
    assert main(["reader", str(src), "-o", str(html), "--mark-third-tone"]) == 0
    body = html.read_text("utf-8").split('<article class="text">', 1)[1]
    assert re.findall(r'class="tone3 t3c">([^<]*)<', body) == ["nǐ", "wǒ", "hěn"]
    docx = tmp_path / "r.docx"
    assert main(["reader", str(src), "-o", str(docx), "--mark-third-tone"]) == 0
    with zipfile.ZipFile(docx) as z:
        xml = z.read("word/document.xml").decode()
    assert xml.count('w:val="dotted"') == 4  # three syllables and the legend's sample


def test_pdf_legend_only_when_asked(qapp, src, tmp_path):
    on, off = tmp_path / "on.pdf", tmp_path / "off.pdf"
    assert main(["reader", str(src), "-o", str(on), "--mark-third-tone"]) == 0
    assert main(["reader", str(src), "-o", str(off)]) == 0

    def text(path):
        return re.sub(r"\s+", "", PdfReader(str(path)).pages[0].extract_text())

    assert "thirdtonesaidassecondtone" in text(on)
    assert "thirdtone" not in text(off)
