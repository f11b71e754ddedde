"""A word of a Word reader stays on one line in LibreOffice (qa20): LibreOffice breaks a
line between two phonetic guides (a word joiner between them does not hold) but never
inside one, and 早上 was printed 早 | 上 across two lines. A word whose syllables share a
colour (black-and-white handouts, or one tone) is one guide with its syllables spaced
over their characters; a word whose syllables differ in colour is one guide too, in the
text's colour (qa21), since LibreOffice shows only the last run of a guide."""

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


def colours(options, text, engine, dictionary, tmp_path) -> dict[str, tuple[set, set]]:
    """Per guide: the colours of its pinyin runs and of its characters' runs."""
    doc = build_reader(text, options, engine, dictionary, title="t")
    out = tmp_path / "c.docx"
    export_docx(doc, out, timestamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    found = {}
    for ruby in root.findall(".//w:ruby", NS):
        base = "".join(t.text for t in ruby.findall("w:rubyBase//w:t", NS))
        found[base] = tuple({c.get(f"{{{W}}}val") for c in ruby.findall(f"{part}//w:color", NS)}
                            for part in ("w:rt", "w:rubyBase"))
    return found


def test_coloured_words_stay_one_guide(engine, dictionary, tmp_path):
    """qa21: a word whose syllables differ in colour was a guide per character, and
    LibreOffice broke lines inside it (妈|妈, 早|点儿); it is one guide now, its pinyin in
    the text's colour; a word of one tone keeps its colour."""
    found = guides(ReaderOptions(), engine, dictionary, tmp_path)
    assert {w: found.get(w) for w in WORDS} == WORDS
    shown = colours(ReaderOptions(), "我们星期天去公园。", engine, dictionary, tmp_path)
    assert shown["公园"][0] == set()  # gōng yuán: two tones, no colour
    assert len(shown["星期天"][0]) == 1  # xīng qī tiān: all first tone, its colour


def test_coloured_characters_of_one_word_are_one_run(engine, dictionary, tmp_path):
    """LibreOffice also breaks between the coloured runs of a guide's characters (图|书馆):
    a word of several tones prints its characters in the text's colour too."""
    options = ReaderOptions(color_hanzi=True)
    shown = colours(options, "我们星期天去公园。", engine, dictionary, tmp_path)
    assert shown["公园"] == (set(), set())
    assert len(shown["星期天"][1]) == 1
