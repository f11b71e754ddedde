"""HTML export: structure, ruby markup, tone classes, escaping, self-containment."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from chinese_teach.core.documents.reader import (
    GlossaryMode,
    GlossMark,
    PinyinMode,
    ReaderOptions,
    build_reader,
)
from chinese_teach.core.errors import ExportError
from chinese_teach.core.export.reader_html import export_html, render_html

TEXT = "我们一起去银行吧。\n他犹豫了一下，说：“不是。”"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>犹豫"\'&'


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[str] = []
        self.rt_text: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.stack.append(tag)

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        if "rt" in self.stack:
            self.rt_text.append(data)
        elif not {"style", "script"} & set(self.stack):
            self.text.append(data)


def parse(html: str) -> Collector:
    c = Collector()
    c.feed(html)
    return c


@pytest.fixture
def doc(engine, dictionary):
    opts = ReaderOptions(
        color_hanzi=True, glossary=GlossaryMode.END, pinyin=PinyinMode.ALL, target_level=3)
    return build_reader(TEXT, opts, engine, dictionary, title="银行", subtitle="Lesson 1")


def test_structure_ruby_and_tone_classes(doc):
    html = render_html(doc)
    assert html.startswith("<!DOCTYPE html>")
    c = parse(html)
    tags = [t for t, _ in c.tags]
    # one <ruby> cell per character with its own syllable (the hanzi keep a grid), in a
    # span.w per word
    words = [t for p in doc.paragraphs for t in p if t.ruby]
    assert sum(1 for t, a in c.tags if t == "span" and "w" in a.get("class", "").split()
               and "data-r" in a) >= len(words)
    assert tags.count("ruby") == tags.count("rt") == sum(len(t.ruby) for t in words)
    assert "yín" in c.rt_text and "háng" in c.rt_text
    assert tags.count("script") == 1 and tags.count("style") == 1
    # tone classes on hanzi and pinyin, and the CSS colours for them
    classes = " ".join(a.get("class", "") for _, a in c.tags)
    assert "tone2" in classes and "hz" in classes
    assert ".ch .hz.tone1" in html and ".cp rt .tone1" in html
    # tap-to-see data on words
    bank = next(a for t, a in c.tags if t == "span" and a.get("data-t") == "银行")
    assert bank["data-r"] == "yínháng" and "bank" in bank["data-m"]
    assert "HSK 3.0 (2021 standard)" in bank["data-l"]
    # self-contained: no external resources
    assert "http://" not in html and "https://" not in html and "<link" not in html
    assert "@media print" in html and "@page" in html
    assert 'lang="zh-Hans"' in html
    # glossary table names the standard
    assert "<table>" in html and "<th>HSK2021 level</th>" in html
    assert "Levels: HSK 3.0 (2021 standard)." in html
    assert "".join(c.text).count("我们") == 1


def test_black_and_white_has_no_colour_rules(engine, dictionary):
    doc = build_reader(TEXT, ReaderOptions(tone_scheme="black"), engine, dictionary)
    html = render_html(doc)
    assert ".tone1 {" not in html and "<body>" in html


def test_hostile_text_is_escaped(engine, dictionary):
    opts = ReaderOptions(glossary=GlossaryMode.NOTES, gloss_mark=GlossMark.NUMBER,
                         pinyin=PinyinMode.ABOVE, definitions={"犹豫": '<b onclick="x">hi</b>'})
    doc = build_reader(HOSTILE, opts, engine, dictionary, title="<script>t()</script>",
                       subtitle='"><img src=y>')
    html = render_html(doc)
    c = parse(html)
    assert [t for t, _ in c.tags].count("script") == 1
    assert not any(t == "img" for t, _ in c.tags)
    assert not any(t == "b" for t, _ in c.tags)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;b onclick=&quot;x&quot;&gt;hi&lt;/b&gt;" in html
    assert "<title>&lt;script&gt;t()&lt;/script&gt;</title>" in html
    text = "".join(c.text)
    assert '<script>alert("x")</script>' in text  # shown to the reader as text


def test_export_writes_atomically_and_refuses_overwrite(doc, tmp_path):
    out = tmp_path / "r.html"
    export_html(doc, out)
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(ExportError):
        export_html(doc, out)
    export_html(doc, out, overwrite=True)
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]


class Numbered(HTMLParser):
    """The reader's text as a string, pinyin left out, with each paragraph number
    (``pn``) written ``{n}`` and each sentence number (``sn``) written ``[n]``; ``boxes``
    holds the text of each unbreakable box (``ss``) that keeps a number with its text."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str]] = []
        self.paragraphs: list[str] = []
        self.boxes: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs).get("class") or ""))
        if tag == "p" and any(t == "article" for t, _ in self.stack):
            self.paragraphs.append("")
        if self.stack[-1][1] == "ss":
            self.boxes.append("")

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        tags = [t for t, _ in self.stack]
        if "article" not in tags or "p" not in tags or "rt" in tags:
            return
        cls = self.stack[-1][1] if self.stack else ""
        if cls == "pn":
            data = "{" + data + "}"
        elif cls == "sn":
            data = "[" + data + "]"
        self.paragraphs[-1] += data
        if any(c == "ss" for _, c in self.stack):
            self.boxes[-1] += data


def numbered(html: str) -> list[str]:
    n = Numbered()
    n.feed(html)
    return n.paragraphs


SENTENCES = ("有一天，妈妈说：“小马，你长大了。今天去吧！”他问：“真的吗？……”他笑了。\n"
             "水有3.5米深……我不知道。\n"
             "Hello. OK\n"
             "1. 第一句。2. 第二句。“走吧！”他说。\n"
             "——")


def test_line_numbers_number_sentences_through_the_text(engine, dictionary):
    """A web page has no fixed lines: 'line' numbering numbers every sentence, counted
    through the whole text as the PDF counts its lines, and no paragraph numbers."""
    opts = ReaderOptions(numbering="line", glossary=GlossaryMode.NOTES, pinyin=PinyinMode.ALL)
    doc = build_reader(SENTENCES, opts, engine, dictionary, title="小马")
    html = render_html(doc)
    assert numbered(html) == [
        "[1]有一天，妈妈说：“小马，你长大了。[2]今天去吧！”[3]他问：“真的吗？……”[4]他笑了。",
        "[5]水有3.5米深……我不知道。",
        "[6]Hello. [7]OK",
        "[8]1. 第一句。[9]2. 第二句。[10]“走吧！”[11]他说。",  # a list's "1." ends nothing
        "——",  # no words: not a sentence
    ]
    assert 'class="pn"' not in html and ".sn{" in html
    # A number is never left at the end of a line: it is boxed with the opening
    # punctuation and the first word of its sentence.
    boxes = Numbered()
    boxes.feed(html)
    assert boxes.boxes[:2] == ["[1]有", "[2]今天"]
    assert boxes.boxes[6:] == ["[7]OK", "[8]1", "[9]2", "[10]“走", "[11]他"]
    assert ".ss{white-space:nowrap}" in html


@pytest.mark.parametrize(("numbering", "expected"), [
    ("paragraph", ["{1}我们一起去银行吧。", "{2}他犹豫了一下，说：“不是。”"]),
    ("none", ["我们一起去银行吧。", "他犹豫了一下，说：“不是。”"]),
])
def test_paragraph_numbers_and_none(engine, dictionary, numbering, expected):
    doc = build_reader(TEXT, ReaderOptions(numbering=numbering), engine, dictionary)
    html = render_html(doc)
    assert numbered(html) == expected
    assert 'class="sn"' not in html


def test_sentence_numbers_keep_hostile_text_escaped(engine, dictionary):
    doc = build_reader(HOSTILE + "。好！", ReaderOptions(numbering="line"), engine, dictionary)
    html = render_html(doc)
    assert numbered(html) == ["[1]" + HOSTILE + "。[2]好！"]
    assert not any(t in ("img", "b") for t, _ in parse(html).tags)
    assert [t for t, _ in parse(html).tags].count("script") == 1


def test_traditional_input_is_printed_as_written(engine, dictionary):
    html = render_html(build_reader("我們今天去銀行。", ReaderOptions(), engine, dictionary))
    assert 'lang="zh-Hant"' in html and "銀" in html and "银" not in html


def test_email_and_phone_are_one_unbreakable_span(engine, dictionary):
    html = render_html(build_reader("邮箱 li.hua@example.com，电话 +86 138 1234 5678。",
                                    ReaderOptions(), engine, dictionary))
    assert '<span class="nb">li.hua@example.com</span>' in html
    assert '<span class="nb">+86 138 1234 5678</span>' in html
    assert ".text .nb{white-space:nowrap}" in html


def test_words_have_break_opportunities_except_before_closing_marks(engine, dictionary):
    html = render_html(build_reader("我们去银行，他说：“好的！”", ReaderOptions(), engine,
                                    dictionary))
    text = html.split('<article class="text">', 1)[1].split("</article>", 1)[0]
    assert text.count("<wbr>") >= 3
    assert "<wbr>，" not in text and "<wbr>！" not in text and "“<wbr>" not in text
    assert "text-align:justify" in html


# -- the words' HTML, written once per process, and each paragraph in one pass ----------------

import dataclasses  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from chinese_teach.core.export import reader_html  # noqa: E402

_pieces = st.lists(st.builds(
    reader_html._Piece,
    html=st.sampled_from(["我", "们", "，", " ", "abc", "<ruby>x</ruby>"]),
    width=st.floats(0, 4, allow_nan=False),
    left=st.one_of(st.none(), st.floats(-1, 2, allow_nan=False)),
    right=st.one_of(st.none(), st.floats(-1, 2, allow_nan=False)),
    hanzi=st.booleans(), break_after=st.booleans(), break_before=st.booleans(),
).map(lambda p: dataclasses.replace(p, data=p.html.encode())), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_pieces)
def test_one_pass_paragraph_equals_spacing_then_joining(pieces) -> None:
    assert reader_html._paragraph_data(pieces).decode() == reader_html._joined_words(
        pieces, reader_html._spaced(pieces))
    assert reader_html._paragraph_data(pieces, b"<p>", b"</p>").decode() == (
        f"<p>{reader_html._joined_words(pieces, reader_html._spaced(pieces))}</p>")


def test_words_written_before_are_reused_only_in_the_same_language(engine, dictionary) -> None:
    """A word's HTML is kept for the process, but only for documents of the same
    language, standard and pinyin size (its pop-up's level line is in that language,
    the room between its syllables follows the pinyin size): a page written after
    another is the page written with nothing kept."""
    def article(page: str) -> str:
        return page[page.index("<article"):page.index("</article>")]

    docs = [build_reader(TEXT, ReaderOptions(pinyin=PinyinMode.ABOVE, target_level=1,
                                             ruby_ratio=ratio),
                         engine, dictionary, lang=lang)
            for lang, ratio in (("en", 0.5), ("es", 0.5), ("es", 0.8))]
    alone = []
    for doc in docs:
        reader_html._WRITTEN.clear()
        alone.append(render_html(doc))
    assert len({article(page) for page in alone}) == 3  # each differs in its words
    reader_html._WRITTEN.clear()
    assert [render_html(doc) for doc in docs] == alone
    assert [render_html(doc) for doc in reversed(docs)] == alone[::-1]
    assert len(reader_html._WRITTEN) == 3


def test_the_file_holds_the_rendered_page_byte_for_byte(engine, dictionary, tmp_path) -> None:
    """The export writes the page line by line (never one string of the whole page): the
    file is the rendered page in UTF-8, characters outside the BMP included."""
    text = f"{TEXT}\n𠮷野家的饭很好吃。\n{HOSTILE}\n\n最后一段。"
    doc = build_reader(text, ReaderOptions(glossary=GlossaryMode.NOTES,
                                           gloss_mark=GlossMark.NUMBER,
                                           pinyin=PinyinMode.ABOVE, target_level=1),
                       engine, dictionary, title="𠮷 <b>")
    out = tmp_path / "r.html"
    export_html(doc, out)
    assert out.read_bytes() == render_html(doc).encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]


def test_words_found_by_their_shape_are_written_as_found_by_their_fields(
        engine, dictionary) -> None:
    """A reader's tokens carry the shape they were placed from, and the export finds a
    word's HTML by it: the page equals the one written from the tokens' fields alone
    (the same tokens without their shape), and a token changed after the build (which
    loses its shape) is written as it now is, not as its shape was."""
    text = f"{TEXT}\n我们一起去银行吧，我们去银行。"
    doc = build_reader(text, ReaderOptions(), engine, dictionary)
    shaped = [t for p in doc.paragraphs for t in p if t.shape is not None]
    assert len(shaped) == sum(map(len, doc.paragraphs))
    assert len({id(t.shape) for t in shaped if t.text == "银行"}) == 1
    reader_html._WRITTEN.clear()
    by_shape = render_html(doc)
    again = render_html(doc)
    plain = dataclasses.replace(doc, paragraphs=[
        [dataclasses.replace(t) for t in p] for p in doc.paragraphs])
    assert all(t.shape is None for p in plain.paragraphs for t in p)
    reader_html._WRITTEN.clear()
    assert render_html(plain) == by_shape == again
    changed = dataclasses.replace(doc, paragraphs=[
        [dataclasses.replace(t, meaning="EDITED") if t.text == "银行" else t for t in p]
        for p in doc.paragraphs])
    page = render_html(changed)
    assert page.count('data-m="EDITED"') == 3 and render_html(doc) == by_shape


class _WordRuby(HTMLParser):
    """The ruby text and the pop-up meaning (``data-m``) of each word span."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[tuple[str, str, str]] = []
        self._word: list | None = None
        self._depth = 0
        self._in_rt = False

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if self._word is not None:
            self._depth += tag == "span"
        elif tag == "span" and "data-t" in found:
            self._word, self._depth = [found["data-t"], "", found.get("data-m", "")], 0
        self._in_rt = self._in_rt or tag == "rt"

    def handle_endtag(self, tag):
        if tag == "rt":
            self._in_rt = False
        elif tag == "span" and self._word is not None:
            if self._depth:
                self._depth -= 1
            else:
                self.words.append(tuple(self._word))
                self._word = None

    def handle_data(self, data):
        if self._word is not None and self._in_rt:
            self._word[1] += data


def test_a_common_word_has_no_capital_and_a_name_keeps_it(engine, dictionary):
    """小雨 of 明天下小雨 is "light rain" (xiǎoyǔ), of 我叫小雨 a person (Xiǎoyǔ): the
    ruby's capital and the pop-up's gloss agree in each sentence (names29)."""
    html = render_html(build_reader("明天下小雨。我叫小雨。",
                                    ReaderOptions(per_char=False, pinyin=PinyinMode.ALL),
                                    engine, dictionary))
    parser = _WordRuby()
    parser.feed(html)
    rain = [(ruby, meaning) for text, ruby, meaning in parser.words if text == "小雨"]
    assert [ruby for ruby, _ in rain] == ["xiǎoyǔ", "Xiǎoyǔ"]
    assert rain[0][1].startswith("light rain") and rain[1][1] == "(name) Xiaoyu"
