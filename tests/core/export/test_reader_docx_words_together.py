"""A word of a Word reader stays on one line in LibreOffice (qa20): LibreOffice breaks a
line between two phonetic guides (a word joiner between them does not hold) but never
inside one, and 早上 was printed 早 | 上 across two lines. A word whose syllables share a
colour (black-and-white handouts, or one tone) is one guide with its syllables spaced
over their characters; a word whose syllables differ in colour keeps a guide per
character, since LibreOffice shows only the last run of a guide."""

from __future__ import annotations

import datetime as dt
import zipfile

from lxml import etree

from chinese_teach.core.documents.reader import ReaderOptions, build_reader
from chinese_teach.core.export.docx_ruby import RUBY_PAD
from chinese_teach.core.export.reader_docx import export_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
TEXT = "他们早上坐火车去西湖，晚上和朋友吃面条，拍了很多照片，送给妈妈。"
WORDS = {"早上": "zǎo shang", "火车": "huǒ chē", "西湖": "Xī hú", "晚上": "wǎn shang",
         "朋友": "péng you", "面条": "miàn tiáo", "照片": "zhào piàn", "妈妈": "mā ma"}


def guides(options, engine, dictionary, tmp_path) -> dict[str, str]:
    doc = build_reader(TEXT, options, engine, dictionary, title="t")
    out = tmp_path / "r.docx"
    export_docx(doc, out, timestamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    found = {}
    for ruby in root.findall(".//w:ruby", NS):
        base = "".join(t.text for t in ruby.findall("w:rubyBase//w:t", NS))
        found[base] = "".join(t.text for t in ruby.findall("w:rt//w:t", NS)).strip(RUBY_PAD)
    return found


def test_black_and_white_words_are_one_guide(engine, dictionary, tmp_path):
    found = guides(ReaderOptions(tone_scheme="black"), engine, dictionary, tmp_path)
    assert {w: found.get(w) for w in WORDS} == WORDS


def test_coloured_words_of_one_tone_are_one_guide(engine, dictionary, tmp_path):
    found = guides(ReaderOptions(), engine, dictionary, tmp_path)
    assert found.get("妈妈") is None or found["妈妈"] == "mā ma"  # mā and ma differ in colour
    assert found.get("西湖") is None  # xī and hú differ in colour: a guide each
    assert found["西"] == "Xī" and found["湖"] == "hú"


def test_a_coloured_word_of_one_colour_is_one_guide(engine, dictionary, tmp_path):
    doc_text = "我们星期天去公园。"
    doc = build_reader(doc_text, ReaderOptions(), engine, dictionary, title="t")
    out = tmp_path / "s.docx"
    export_docx(doc, out, timestamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    bases = ["".join(t.text for t in r.findall("w:rubyBase//w:t", NS))
             for r in root.findall(".//w:ruby", NS)]
    assert "公园" not in bases  # gōng yuán: two colours
    assert "星期天" in bases  # xīng qī tiān: all first tone, one colour
