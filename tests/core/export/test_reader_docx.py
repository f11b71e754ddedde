"""DOCX export: w:ruby on every annotated word in schema order, East Asian fonts,
glossary table, escaping; opened again by python-docx."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from docx import Document
from lxml import etree

from chinese_teach.core.documents.reader import (
    GlossaryMode,
    GlossMark,
    PinyinMode,
    ReaderOptions,
    build_reader,
)
from chinese_teach.core.export.docx_ruby import RUBY_PAD, RUBY_PR_ORDER
from chinese_teach.core.export.reader_docx import export_docx
from chinese_teach.core.text.tokens import Kind

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
TEXT = "我们一起去银行吧。\n他犹豫了一下，说：“不是。”"
WHEN = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def parts(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def write(doc, tmp_path, name="r.docx"):
    out = tmp_path / name
    export_docx(doc, out, timestamp=WHEN)
    return out, parts(out)


def test_every_character_has_ruby_in_schema_order(engine, dictionary, tmp_path):
    doc = build_reader(TEXT, ReaderOptions(color_hanzi=True), engine, dictionary, title="银行")
    out, files = write(doc, tmp_path)
    root = etree.fromstring(files["word/document.xml"])
    rubies = root.findall(".//w:ruby", NS)
    n_hanzi = sum(len(t.text) for p in doc.paragraphs for t in p if t.kind is Kind.HANZI)
    # one guide over each word (test_reader_docx_words_together)
    assert sum(len("".join(t.text for t in r.findall("w:rubyBase//w:t", NS)))
               for r in rubies) == n_hanzi
    for ruby in rubies:
        assert ruby.getparent().tag == f"{{{W}}}r"
        assert [etree.QName(c).localname for c in ruby] == ["rubyPr", "rt", "rubyBase"]
        pr = ruby.find("w:rubyPr", NS)
        assert tuple(etree.QName(c).localname for c in pr) == RUBY_PR_ORDER
        assert pr.find("w:lid", NS).get(f"{{{W}}}val") == "zh-CN"
        assert pr.find("w:hpsBaseText", NS).get(f"{{{W}}}val") == "32"
    bases = "".join(t.text for t in root.findall(".//w:rubyBase//w:t", NS))
    assert "我们一起去银行吧" in bases
    rts = [t.text.strip(RUBY_PAD) for t in root.findall(".//w:rt//w:t", NS)]
    # one guide per word, also where its syllables differ in colour (qa21: 我们 wǒ men)
    assert rts[:2] == ["wǒ men", "yì qǐ"] and "yín háng" in rts
    # every run names the East Asian font; tone colours on hanzi
    for fonts in root.findall(".//w:r/w:rPr/w:rFonts", NS):
        assert fonts.get(f"{{{W}}}eastAsia")
    assert root.findall(".//w:rubyBase//w:color", NS)
    styles = etree.fromstring(files["word/styles.xml"])
    default = styles.find(".//w:docDefaults//w:rFonts", NS)
    assert default.get(f"{{{W}}}eastAsia") and default.get(f"{{{W}}}eastAsiaTheme") is None
    # python-docx (Word's model) opens it again
    reopened = Document(str(out))
    assert reopened.core_properties.title == "银行"
    assert reopened.core_properties.created == WHEN.replace(tzinfo=None) or (
        reopened.core_properties.created.year == 2026)


def test_per_word_ruby_and_selected_words_only(engine, dictionary, tmp_path):
    opts = ReaderOptions(per_char=False, pinyin=PinyinMode.ABOVE, target_level=3,
                         glossary=GlossaryMode.END, gloss_mark=GlossMark.UNDERLINE)
    doc = build_reader(TEXT, opts, engine, dictionary)
    _, files = write(doc, tmp_path)
    root = etree.fromstring(files["word/document.xml"])
    rubies = root.findall(".//w:ruby", NS)
    # only 犹豫 is above HSK 3.0 level 3; yóu and yù differ in tone colour, so each
    # character gets its own guide (LibreOffice shows one run per guide only)
    assert "".join(t.text for r in rubies for t in r.findall("w:rubyBase//w:t", NS)) == "犹豫"
    assert "".join(t.text.strip(RUBY_PAD) for r in rubies
                   for t in r.findall(".//w:rt//w:t", NS)) == "yóuyù"
    assert all(len(r.findall("w:rt/w:r", NS)) == 1 for r in rubies)
    assert rubies[0].find(".//w:rubyBase//w:u", NS) is not None
    # glossary as a table; the level column names the standard short, as the PDF does
    # ("Level (HSK 3.0 (2021 standard))" filled a narrow column five lines deep), and
    # the line under the table in full
    table = root.find(".//w:tbl", NS)
    cells = ["".join(t.text for t in tc.findall(".//w:t", NS)) for tc in table.iter(f"{{{W}}}tc")]
    assert "HSK2021 level" in cells and "Level (HSK 3.0 (2021 standard))" not in cells
    after = "".join(t.text for t in table.getnext().findall(".//w:t", NS))
    assert after == "Levels: HSK 3.0 (2021 standard)."
    assert "犹豫" in cells and "yóuyù" in cells and "5" in cells


def test_traditional_uses_taiwan_language(engine, dictionary, tmp_path):
    doc = build_reader("我发现他的头发很长。", ReaderOptions(script="traditional"), engine,
                       dictionary)
    _, files = write(doc, tmp_path)
    xml = files["word/document.xml"].decode("utf-8")
    assert 'w:lid w:val="zh-TW"' in xml and "髮" in xml and "發" in xml


def test_hostile_text_is_escaped(engine, dictionary, tmp_path):
    hostile = '<w:p>&amp;<script>alert("x")</script>\x07犹豫]]>'
    opts = ReaderOptions(glossary=GlossaryMode.NOTES, pinyin=PinyinMode.ABOVE,
                         definitions={"犹豫": "</w:t><w:bad/>"})
    doc = build_reader(hostile, opts, engine, dictionary, title="<title>&", subtitle="]]>")
    out, files = write(doc, tmp_path)
    root = etree.fromstring(files["word/document.xml"])  # well-formed
    assert root.find(".//w:bad", NS) is None
    text = "".join(t.text or "" for t in root.iter(f"{{{W}}}t"))
    assert '<script>alert("x")</script>' in text and "<w:p>&amp;" in text
    assert "</w:t><w:bad/>" in text and "<title>&" in text
    Document(str(out))


def test_deterministic_output(engine, dictionary, tmp_path):
    doc = build_reader(TEXT, ReaderOptions(), engine, dictionary, title="t")
    _, a = write(doc, tmp_path, "a.docx")
    _, b = write(doc, tmp_path, "b.docx")
    assert a["word/document.xml"] == b["word/document.xml"]
    assert a["docProps/core.xml"] == b["docProps/core.xml"]


@pytest.mark.parametrize("numbering", ["line", "paragraph"])
def test_numbering(engine, dictionary, tmp_path, numbering):
    doc = build_reader(TEXT, ReaderOptions(numbering=numbering), engine, dictionary)
    _, files = write(doc, tmp_path)
    xml = files["word/document.xml"].decode("utf-8")
    assert ("w:lnNumType" in xml) is (numbering == "line")


def test_traditional_input_is_printed_as_written_in_taiwan_language(engine, dictionary,
                                                                    tmp_path):
    doc = build_reader("我們今天去銀行。", ReaderOptions(), engine, dictionary)
    _, files = write(doc, tmp_path)
    xml = files["word/document.xml"].decode("utf-8")
    assert 'w:lid w:val="zh-TW"' in xml and "銀" in xml and "们" not in xml
