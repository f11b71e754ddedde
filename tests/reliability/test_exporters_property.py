"""Property tests: the text engine and every exporter accept any text and keep it.

Generated texts mix hanzi (BMP and CJK Extension B-G such as 𠮷), Latin, digits,
Chinese and ASCII punctuation, emoji with modifiers, combining marks, control
characters (NUL included), RTL and bidi marks, spaces and line breaks; named
examples add the empty text, only punctuation, only Latin, a very long line and a
100,000-character paragraph. Each exporter must not raise, and the text must come
back where the format carries it:

* engine: the tokens join to the input;
* HTML: the ruby base text and plain runs of each paragraph, parsed back;
* DOCX: the ``w:t`` text outside ``w:rt`` of each body paragraph (minus the
  characters XML 1.0 cannot hold);
* PDF (reader, lesson plan, worksheet, vocabulary list): pypdf's text holds the hanzi;
* Anki: the genanki note fields unescape to the input; a few examples are imported
  into a real Anki collection and read back;
* CSV/TSV word lists: the csv module reads every cell back.

Example counts are kept modest (the suite runs on 2 cores); ``EXAMPLES`` says how many.
"""

from __future__ import annotations

import csv
import html
import io
import re
import tempfile
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from pypdf import PdfReader

from chinese_teach.core.documents.reader import (
    GlossaryMode,
    GlossMark,
    PinyinMode,
    ReaderOptions,
    build_reader,
    split_paragraphs,
)
from chinese_teach.core.errors import BadInputError
from chinese_teach.core.export.anki.words import DeckPart, DeckWord, ExampleSentence

#: examples per exporter (the named edge cases come on top)
EXAMPLES = {"engine": 200, "html": 40, "docx": 30, "pdf": 25, "anki_fields": 150,
            "anki_import": 10, "wordlists": 100, "plan": 20, "worksheet": 20}

COMMON_HANZI = "我们你他她是的了不一在有人这中大来上国个到说时要就出会可也子对生能而去银行吧"

_alphabet = st.one_of(
    st.sampled_from(COMMON_HANZI),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # CJK unified
    st.characters(min_codepoint=0x20000, max_codepoint=0x323AF),  # Extension B-H
    st.characters(min_codepoint=0x3400, max_codepoint=0x4DBF),  # Extension A
    st.sampled_from("abcXYZ éü019 ,.!?;:'\"()[]{}<>&#%"),
    st.sampled_from("，。！？；：“”‘’（）《》、…—·「」"),
    st.sampled_from("😀👍\U0001F3FD\u200d👨👩🇨🇳❤\ufe0f"),  # emoji, modifiers, joiners
    st.characters(min_codepoint=0x300, max_codepoint=0x36F),  # combining marks
    st.characters(min_codepoint=0x0, max_codepoint=0x1F),  # C0 controls incl. NUL, \n, \r
    st.sampled_from("\x7f\x85\u00a0\u2028\u2029\ufeff\ufffe\uffff\ufffd"),
    st.sampled_from("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
    st.sampled_from(" \u3000\t\n"),
)
TEXTS = st.text(_alphabet, max_size=160)
SHORT = st.text(_alphabet, max_size=40)

NAMED = {
    "empty": "",
    "punctuation": "。，！？……——“”（）,.;!?",
    "latin": "Hello, world! The quick brown fox.",
    "emoji": "😀👍🏽👨‍👩‍👧🇨🇳❤️",
    "ext_b": "𠮷野家𠀀𪚥𫝀𬺰𮯠",
    "combining": "e\u0301a\u0308银\u0301行\u0327",
    "controls": "我\x00们\x01\x07\x08\x0b\x0c\x1b去\x7f银\x85行",
    "rtl": "\u202e银行\u202c \u200fשלום\u200e مرحبا",
    "long_line": "我们一起去银行吧，" * 600,
}
BIG = "我们一起去银行吧。他犹豫了一下，说：“不是。”Hello 123 😀𠮷" * 3000  # ~100k chars
assert len(BIG) >= 100_000

_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def examples(key: str) -> settings:
    """``EXAMPLES[key]`` examples, no deadline (PDF pages take their time on 2 cores)."""
    return settings(max_examples=EXAMPLES[key], deadline=None, suppress_health_check=[
        HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])


def paragraphs(text: str) -> list[str]:
    """The reader's paragraphs of ``text`` as printed: by default (script as written) the
    characters the teacher wrote, traditional and variants (覥) included."""
    return split_paragraphs(text)


def xml_safe(text: str) -> str:
    return _BAD_XML.sub("", text)


def xml_text(text: str) -> str:
    """``text`` as an XML parser reads it back: without the characters XML cannot hold,
    line ends normalised to ``\n``."""
    return xml_safe(text).replace("\r\n", "\n").replace("\r", "\n")


def hanzi_of(text: str) -> set[str]:
    """The common hanzi of ``text`` (the bundled fonts surely have them: text must extract)."""
    return {ch for ch in text if ch in COMMON_HANZI}


def options(pinyin: str, glossary: str, mark: str, definitions: dict[str, str]) -> ReaderOptions:
    return ReaderOptions(pinyin=PinyinMode(pinyin), glossary=GlossaryMode(glossary),
                         gloss_mark=GlossMark(mark), definitions=definitions,
                         numbering="none", target_level=2, known="hsk2021:2")


OPTION_ARGS = st.tuples(st.sampled_from([m.value for m in PinyinMode]),
                        st.sampled_from([m.value for m in GlossaryMode]),
                        st.sampled_from([m.value for m in GlossMark]), SHORT)


# -- the text engine ---------------------------------------------------------------------
@examples("engine")
@given(text=st.text(_alphabet, max_size=400))
@example(text=BIG)
def test_engine_tokens_join_to_the_input(engine, text):
    tokens = engine.annotate(text)
    assert "".join(t.text for t in tokens) == text
    pos = 0
    for t in tokens:
        assert (t.start, t.end) == (pos, pos + len(t.text))
        if t.pinyin is not None:
            assert len(t.pinyin) == len(t.text)
        pos = t.end
    assert "".join(t.text for t in engine.segment(text)) == text


# -- HTML --------------------------------------------------------------------------------
class ReaderText(HTMLParser):
    """The text of each paragraph of the reader's <article>, without pinyin or numbers."""

    SKIP = frozenset({"rt", "sup", "script", "style"})
    #: elements that never have an end tag (<wbr> between words, <br>): never on the stack
    VOID = frozenset({"wbr", "br", "img", "meta", "link", "hr", "input"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.paragraphs: list[str] = []
        self.in_article = False
        self.current: list[str] | None = None
        self.title = ""

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        attrs = dict(attrs)
        self.stack.append((tag, attrs))
        if tag == "article":
            self.in_article = True
        elif tag == "p" and self.in_article:
            self.current = []

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break
        if tag == "article":
            self.in_article = False
        elif tag == "p" and self.current is not None and self.in_article:
            self.paragraphs.append("".join(self.current))
            self.current = None

    def handle_data(self, data):
        tags = [t for t, _ in self.stack]
        if tags and tags[-1] == "title":
            self.title += data
        if self.current is None or self.SKIP & set(tags):
            return
        if any(a.get("class") == "pn" for _, a in self.stack):
            return
        self.current.append(data)


def check_html(doc, text: str) -> None:
    from chinese_teach.core.export.reader_html import render_html

    out = render_html(doc)
    parser = ReaderText()
    parser.feed(out)
    parser.close()
    assert parser.paragraphs == paragraphs(text)
    assert "".join(parser.paragraphs) == doc.plain_text().replace("\n", "")


@examples("html")
@given(text=TEXTS, title=SHORT, opts=OPTION_ARGS)
@example(text=NAMED["empty"], title="", opts=("all", "end", "none", ""))
@example(text=NAMED["punctuation"], title="。", opts=("all", "end", "none", ""))
@example(text=NAMED["latin"], title="Latin", opts=("all", "end", "none", ""))
@example(text=NAMED["emoji"], title="😀", opts=("all", "notes", "number", "x"))
@example(text=NAMED["ext_b"], title="𠮷", opts=("all", "end", "underline", ""))
@example(text=NAMED["combining"], title="e\u0301", opts=("all", "end", "none", ""))
@example(text=NAMED["controls"], title="\x00", opts=("all", "notes", "number", "\x00"))
@example(text=NAMED["rtl"], title="\u202e", opts=("all", "end", "none", ""))
@example(text=NAMED["long_line"], title="long", opts=("above", "end", "none", ""))
def test_html_round_trips_the_text(engine, dictionary, text, title, opts):
    pinyin, glossary, mark, definition = opts
    doc = build_reader(text, options(pinyin, glossary, mark, {"银行": definition}), engine,
                       dictionary, title=title, subtitle=title)
    assert doc.plain_text() == "\n".join(paragraphs(text))
    check_html(doc, text)


# -- DOCX --------------------------------------------------------------------------------
def docx_paragraphs(path: Path) -> list[str]:
    """Each body paragraph's text: w:t outside w:rt (the pinyin) and superscripts."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(f"{W}p"):
        parts = []
        for t in p.iter(f"{W}t"):
            if any(a.tag == f"{W}rt" for a in t.iterancestors()):
                continue
            run = t.getparent()
            if run.find(f"{W}rPr/{W}vertAlign") is not None:
                continue
            parts.append(t.text or "")
        out.append("".join(parts))
    return out


def check_docx(doc, text: str, title: str, path: Path) -> None:
    from chinese_teach.core.export.reader_docx import export_docx

    export_docx(doc, path, overwrite=True)
    found = docx_paragraphs(path)
    expected = [xml_text(p) for p in paragraphs(text)]
    # The reader's paragraphs appear in order, each as one Word paragraph.
    it = iter(found)
    for para in expected:
        assert any(para == candidate for candidate in it), para[:80]
    if xml_safe(title).strip():
        assert xml_text(title) in found


@examples("docx")
@given(text=TEXTS, title=SHORT, opts=OPTION_ARGS)
@example(text=NAMED["empty"], title="", opts=("all", "end", "none", ""))
@example(text=NAMED["controls"], title="\x00\x0b标题", opts=("all", "notes", "number", "\x01"))
@example(text=NAMED["ext_b"] + NAMED["emoji"], title="𠮷", opts=("all", "end", "none", ""))
@example(text=NAMED["rtl"] + NAMED["combining"], title="\u202e", opts=("all", "end", "none", ""))
@example(text=NAMED["long_line"], title="long", opts=("all", "none", "none", ""))
def test_docx_round_trips_the_text(engine, dictionary, text, title, opts):
    pinyin, glossary, mark, definition = opts
    doc = build_reader(text, options(pinyin, glossary, mark, {"银行": definition}), engine,
                       dictionary, title=title, subtitle="")
    with tempfile.TemporaryDirectory() as tmp:
        check_docx(doc, text, title, Path(tmp) / "r.docx")


# -- PDF (reader) ------------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def fonts(qapp):
    from chinese_teach.render.fonts import register_bundled_fonts

    register_bundled_fonts()
    return qapp


@examples("pdf")
@given(text=TEXTS, title=SHORT, opts=OPTION_ARGS)
@example(text=NAMED["empty"], title="", opts=("all", "end", "none", ""))
@example(text=NAMED["controls"] + NAMED["rtl"], title="\x00", opts=("all", "notes", "number", ""))
@example(text=NAMED["ext_b"] + NAMED["emoji"] + NAMED["combining"], title="𠮷",
         opts=("all", "end", "none", ""))
@example(text=NAMED["long_line"], title="long", opts=("none", "none", "none", ""))
def test_pdf_reader_keeps_the_hanzi(fonts, engine, dictionary, text, title, opts):
    from chinese_teach.render.reader_pdf import export_pdf

    pinyin, glossary, mark, definition = opts
    doc = build_reader(text, options(pinyin, glossary, mark, {"银行": definition}), engine,
                       dictionary, title=title, subtitle=title)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "r.pdf"
        pages = export_pdf(doc, out, overwrite=True)
        assert pages >= 1 and out.stat().st_size > 0
        extracted = pdf_text(out)
    missing = hanzi_of(text) - set(extracted)
    assert not missing, missing


# -- the 100,000-character paragraph, built once ------------------------------------------
@pytest.fixture(scope="module")
def big_doc(engine, dictionary):
    return build_reader(BIG, ReaderOptions(glossary=GlossaryMode.END), engine, dictionary,
                        title="长文", subtitle="100,000 characters")


def test_100k_paragraph_html_and_docx(big_doc, tmp_path):
    assert big_doc.plain_text() == BIG
    check_html(big_doc, BIG)
    check_docx(big_doc, BIG, "长文", tmp_path / "big.docx")


def test_100k_paragraph_pdf(fonts, big_doc, tmp_path):
    from chinese_teach.render.reader_pdf import export_pdf

    pages = export_pdf(big_doc, tmp_path / "big.pdf")
    assert pages > 100
    reader = PdfReader(str(tmp_path / "big.pdf"))
    assert len(reader.pages) == pages
    first, last = reader.pages[1].extract_text(), reader.pages[-2].extract_text()
    assert {"银", "行", "犹", "豫"} <= set(first) and {"银", "行"} <= set(last)


# -- Anki ----------------------------------------------------------------------------------
def deck_word(word: str, text: str, example_text: str) -> DeckWord:
    from chinese_teach.core.corpus.levels import Level, Standard

    example = ExampleSentence(((example_text, ()),), meaning=text) if example_text else None
    return DeckWord(uid=f"uid-{abs(hash((word, text, example_text)))}", simplified=word,
                    traditional=word, pinyin=("yin2", "hang2") if word else (),
                    meaning=text, level=Level(Standard.HSK2021, 3), example=example,
                    source=text)


_FIELD_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def field_text(text: str) -> str:
    """What a note field carries of ``text``: control characters are dropped (U+001F is
    Anki's field separator), CRLF and CR are line breaks."""
    return _FIELD_CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def unfield(value: str) -> str:
    """A note field back to text: ``<br>`` were line breaks, the rest HTML-escaped."""
    return html.unescape(value.replace("<br>", "\n"))


@examples("anki_fields")
@given(word=SHORT, text=TEXTS, example_text=SHORT)
@example(word="", text="", example_text="")
@example(word="𠮷", text=NAMED["controls"] + NAMED["rtl"], example_text=NAMED["emoji"])
@example(word="银行", text=BIG, example_text="我去银行。")
def test_anki_note_fields_carry_the_text(word, text, example_text):
    from chinese_teach.core.export.anki.apkg import FIELDS, note_fields

    w = deck_word(word, text, example_text)
    fields = dict(zip(FIELDS, note_fields(w, audio=None, stroke_chars=word), strict=True))
    norm = field_text(text)
    assert unfield(fields["Simplified"]) == field_text(word)
    assert unfield(fields["Meaning"]) == norm
    assert unfield(fields["Source"]) == norm
    for value in fields.values():
        assert markup_of(value) <= ALLOWED_MARKUP, value[:200]


class Markup(HTMLParser):
    """The (tag, attribute names) pairs of a field's HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.found: set[tuple[str, tuple[str, ...]]] = set()

    def handle_starttag(self, tag, attrs):
        self.found.add((tag, tuple(sorted(name for name, _ in attrs))))


def markup_of(value: str) -> set[tuple[str, tuple[str, ...]]]:
    parser = Markup()
    parser.feed(value)
    parser.close()
    return parser.found


#: the only markup the exporter itself writes into fields (the stroke-order hint in the
#: document language travels as an empty span's attribute in the Strokes field)
ALLOWED_MARKUP = {
    ("span", ("class",)), ("br", ()), ("b", ()), ("b", ("class",)), ("span", ("data-ct-hint",)),
}


@examples("anki_import")
@given(text=TEXTS)
@example(text="<b>bold</b> {{c1::cloze}} 𠮷 😀 \u202e")
@example(text="meaning\x1fwith Anki's field separator\x00")
def test_anki_deck_imports_into_a_real_collection(text):
    import anki.collection as anki_collection

    from chinese_teach.core.export.anki.apkg import AnkiOptions, build_apkg

    part = DeckPart(key="list:property", name="Property", words=[deck_word("银行", text, "")])
    data, _rep = build_apkg([part], AnkiOptions(), timestamp=1_700_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        apkg = Path(tmp) / "deck.apkg"
        apkg.write_bytes(data)
        col = anki_collection.Collection(str(Path(tmp) / "collection.anki2"))
        try:
            from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

            col.import_anki_package(ImportAnkiPackageRequest(
                package_path=str(apkg), options=ImportAnkiPackageOptions()))
            (nid,) = col.find_notes("")
            note = col.get_note(nid)
            # Unescaping gives the teacher's text back (Anki stores text NFC-normalised).
            assert unfield(note["Meaning"]) == unicodedata.normalize("NFC", field_text(text))
            for cid in note.card_ids():
                card = col.get_card(cid)
                card.question()
                card.answer()
        finally:
            col.close()


# -- word lists ------------------------------------------------------------------------------
@examples("wordlists")
@given(word=SHORT, text=TEXTS, example_text=SHORT, name=SHORT)
@example(word="", text="", example_text="", name="")
@example(word="𠮷", text='a,"b"\r\nc\td\x00', example_text="\u202e", name="x,y")
@example(word="银行", text=BIG, example_text=NAMED["long_line"], name="big")
def test_csv_and_tsv_read_back(word, text, example_text, name):
    from chinese_teach.core.export.wordlists import spreadsheet_safe, table_rows, wordlist_bytes

    parts = [DeckPart(key="list:p", name=name, words=[deck_word(word, text, example_text)])]
    rows = table_rows(parts)
    data = wordlist_bytes(parts, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    back = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert back == rows
    # a cell a spreadsheet would run as a formula gets an apostrophe first
    assert rows[1][5] == spreadsheet_safe(text) and rows[1][0] == spreadsheet_safe(word)
    tsv = wordlist_bytes(parts, "tsv").decode("utf-8").split("\n")
    cells = tsv[1].split("\t")
    assert len(cells) == len(rows[1])
    assert cells[5] == " ".join(spreadsheet_safe(text).replace("\t", " ").split())
    for fmt in ("pleco", "quizlet"):
        assert wordlist_bytes(parts, fmt).decode("utf-8")


# -- lesson plans and worksheets -------------------------------------------------------------
@pytest.fixture(scope="module")
def lesson_lib(tmp_path_factory, engine, corpus):
    """A library with one course and one lesson that each example rewrites."""
    from chinese_teach.core.library import Course, Library

    lib = Library.open(tmp_path_factory.mktemp("plans") / "library.sqlite", auto_backup=False)
    course = lib.save_course(Course(name="Property course", standard="hsk2021",
                                    target_level=2, start_level=1))
    lesson = lib.lesson_from_template(course.id, "ppp", "Lesson", duration=45)
    yield lib, course, lesson.id
    engine.set_corrections([])
    lib.close()


def rewrite_lesson(lib, course, lesson_id: str, text: str, title: str) -> None:
    """Put ``text`` in every teacher-written place of the lesson and its course."""
    from dataclasses import replace as dc_replace

    from chinese_teach.core.library import GrammarPoint, ReaderDoc, VocabItem

    lib.save_course(dc_replace(lib.course(course.id), name=title or "Course", learners=title))
    lesson = lib.lesson(lesson_id)
    lesson.title = title or "Lesson"
    lesson.notes = text
    lesson.homework = text
    lesson.objectives = [text[:2000]] if text.strip() else []  # the library's limit
    lesson.grammar = [GrammarPoint(title if title.strip() else "语法", text)]
    for act in lesson.activities:
        act.description = text
        act.materials = title
    words = [w for w in dict.fromkeys(["银行", "我们", *[c for c in text if c in COMMON_HANZI]])]
    lesson.vocab = [VocabItem(w, meaning=(text[:5000] or None) if i == 0 else None)
                    for i, w in enumerate(words[:8])]
    lib.save_lesson(lesson)
    for doc in lib.readers(lesson_id):
        lib.delete_reader(doc.id)
    lib.save_reader(ReaderDoc(title=title, text=text or "我们去银行。", lesson_id=lesson_id))


@examples("plan")
@given(text=TEXTS, title=SHORT)
@example(text="", title="")
@example(text=NAMED["controls"] + NAMED["rtl"], title="\x00\u202e")
@example(text=NAMED["ext_b"] + NAMED["emoji"] + NAMED["combining"], title="𠮷")
@example(text=NAMED["long_line"], title="long")
def test_lesson_plan_pdf_and_docx(fonts, lesson_lib, engine, corpus, text, title):
    from chinese_teach.core.documents.lessonplan import build_lesson_plan
    from chinese_teach.core.export.lessonplan_docx import export_lesson_plan_docx
    from chinese_teach.render.lessonplan_pdf import export_lesson_plan_pdf

    lib, course, lesson_id = lesson_lib
    rewrite_lesson(lib, course, lesson_id, text, title)
    with tempfile.TemporaryDirectory() as tmp:
        plan = build_lesson_plan(lib, lesson_id, engine, corpus, with_readers=False)
        docx = Path(tmp) / "plan.docx"
        export_lesson_plan_docx(plan, docx, overwrite=True)
        with zipfile.ZipFile(docx) as z:
            root = etree.fromstring(z.read("word/document.xml"))  # well-formed XML
        shown = "".join(t.text or "" for t in root.iter(f"{W}t"))
        # python-docx writes tabs and line breaks as <w:tab/> and <w:br/>: compare the
        # text between them.
        squashed = "".join(shown.split())
        for line in (xml_safe(x) for x in text.splitlines() if x.strip()):
            assert "".join(line.split()) in squashed
        plan = build_lesson_plan(lib, lesson_id, engine, corpus, with_readers=True)
        # As exported: the texts with pinyin (w:ruby); the reader's paragraphs read back
        # from the w:t outside the guides, each a Word paragraph of its own.
        export_lesson_plan_docx(plan, docx, overwrite=True)
        found = docx_paragraphs(docx)
        it = iter(found)
        for para in (xml_text(p) for p in paragraphs(text or "我们去银行。")):
            assert any(para == candidate for candidate in it), para[:80]
        pdf = Path(tmp) / "plan.pdf"
        pages = export_lesson_plan_pdf(plan, pdf, True)
        assert pages >= 1
        missing = hanzi_of(text) - set(pdf_text(pdf))
    assert not missing, missing


@examples("worksheet")
@given(text=TEXTS, title=SHORT, kind=st.sampled_from(
    ["writing", "tones", "cloze", "matching", "order"]), grid=st.sampled_from(["tian", "mi"]),
    seed=st.integers(0, 10_000))
@example(text="", title="", kind="cloze", grid="tian", seed=1)
@example(text=NAMED["controls"] + NAMED["rtl"], title="\x00", kind="order", grid="mi", seed=2)
@example(text=NAMED["ext_b"] + NAMED["emoji"], title="𠮷", kind="writing", grid="mi", seed=3)
@example(text=NAMED["long_line"], title="long", kind="matching", grid="tian", seed=4)
def test_worksheets(fonts, lesson_lib, engine, corpus, text, title, kind, grid, seed):
    from chinese_teach.core.documents.worksheet import build_worksheet
    from chinese_teach.render.worksheet_pdf import export_worksheet_pdf

    lib, course, lesson_id = lesson_lib
    rewrite_lesson(lib, course, lesson_id, text, title)
    try:
        ws = build_worksheet(lib, lesson_id, kind, engine, corpus, seed=seed, grid=grid)
    except BadInputError as exc:
        # A text with nothing to practise (no sentence to reorder, no word to blank) is
        # refused with a message for the teacher, never a crash.
        assert "lesson" in str(exc).lower() or "text" in str(exc).lower(), str(exc)
        event(f"{kind}: refused with a message")
        return
    event(f"{kind}: printed")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "ws.pdf"
        pages = export_worksheet_pdf(ws, out, True)
        assert pages >= 1
        extracted = pdf_text(out)
    # The vocabulary's hanzi are printed (as model characters, prompts or answers).
    if kind in ("writing", "matching"):
        assert {"银", "行"} <= set(extracted)
