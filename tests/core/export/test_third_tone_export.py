"""HTML and DOCX mark exactly the pinyin syllables said with a changed third tone."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import pytest
from lxml import etree

from chinese_teach.core.documents.reader import ReaderOptions, build_reader
from chinese_teach.core.export.reader_docx import export_docx
from chinese_teach.core.export.reader_html import render_html

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
TEXT = "你好！我很好。\n我也想买五本小说。"
MARKED = ["nǐ", "wǒ", "hěn", "wǒ", "yě", "xiǎng", "mǎi", "wǔ", "běn"]


def reader(engine, dictionary, on: bool = True, **kw):
    return build_reader(TEXT, ReaderOptions(show_third_tone_sandhi=on, **kw), engine,
                        dictionary, title="问好")


def html_marked(html: str) -> list[str]:
    text = html.split('<article class="text">', 1)[1]
    return re.findall(r'<span class="tone\d t3c">([^<]*)</span>', text)


@pytest.mark.parametrize("per_char", [True, False])
def test_html_class_on_exactly_the_changed_syllables(engine, dictionary, per_char):
    html = render_html(reader(engine, dictionary, per_char=per_char))
    assert html_marked(html) == MARKED
    assert ".t3c{text-decoration:underline dotted" in html
    assert '<p class="legend"><span class="t3c">nǐ</span> ˇ→ˊ' in html
    # Unmarked third tones keep the plain class (好 hǎo at a phrase end, 小 xiǎo).
    assert '<span class="tone3">hǎo</span>' in html
    assert '<span class="tone3">xiǎo</span>' in html


def test_html_without_the_option_has_no_mark(engine, dictionary):
    html = render_html(reader(engine, dictionary, on=False))
    assert "t3c\">" not in html and 'class="legend"' not in html


def ruby_runs(path) -> list[tuple[str, str | None]]:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for r in root.iterfind(".//w:rt/w:r", NS):
        u = r.find("w:rPr/w:u", NS)
        out.append((r.findtext("w:t", namespaces=NS).strip("\u2009"),
                    u.get(f"{{{W}}}val") if u is not None
                    else None))
    return out


@pytest.mark.parametrize("per_char", [True, False])
def test_docx_dotted_underline_on_exactly_the_changed_syllables(engine, dictionary, tmp_path,
                                                                per_char):
    out = tmp_path / "r.docx"
    export_docx(reader(engine, dictionary, per_char=per_char), out,
                timestamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    runs = ruby_runs(out)
    assert [t for t, u in runs if u == "dotted"] == MARKED
    assert {u for _t, u in runs} == {"dotted", None}
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml").decode()
    assert "third tone said as second tone" in body


def test_docx_without_the_option_has_no_dotted_run(engine, dictionary, tmp_path):
    out = tmp_path / "r.docx"
    export_docx(reader(engine, dictionary, on=False), out,
                timestamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    assert all(u is None for _t, u in ruby_runs(out))
    with zipfile.ZipFile(out) as z:
        assert b'w:val="dotted"' not in z.read("word/document.xml")
