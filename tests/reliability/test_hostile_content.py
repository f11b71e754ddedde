"""Hostile content stays text: script tags, event handlers, javascript: links, CSS and
XML injection, Anki cloze/field syntax, NUL bytes and bidi overrides.

Every string of ``hostile_strings.txt`` is put in each place a teacher types
(reader title, subtitle, text and glossary definition; lesson title, notes,
homework, objectives, activities and grammar notes; course name) and exported:

* HTML reader: parsed back, the markup is only the exporter's own (one <style>,
  one <script>, no element or attribute from the strings) and the strings read
  back as text;
* Anki: the deck is imported into a real Anki collection and every card's
  ``question()``/``answer()`` is rendered: no tag, attribute or script the
  template itself does not have;
* DOCX (reader and lesson plan): the XML parses, the strings are w:t text and
  create no elements;
* PDF (reader and lesson plan): written without error.
"""

from __future__ import annotations

import html
import re
import tempfile
import zipfile
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from lxml import etree

from chinese_teach.core.documents.reader import GlossaryMode, ReaderOptions, build_reader
from tests.reliability.hostile import hostile_strings

HOSTILE = hostile_strings()
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: places a string is put in a reader
READER_PLACES = ("title", "subtitle", "text", "definition")


def test_corpus_has_the_usual_suspects() -> None:
    joined = "\n".join(HOSTILE)
    for needle in ("<script>", "onerror=", "javascript:", "</style>", "body{display:none}",
                   "<svg onload", "{{c1::", "]]>", "&#x3C;script", "\x00", "\u202e"):
        assert needle in joined, needle
    assert len(HOSTILE) >= 30


class Markup(HTMLParser):
    """Tags, attributes, script/style bodies and text of an HTML string."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in = tag

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "style":
            self.styles.append(data)
        else:
            self.text.append(data)

    def shape(self) -> set[tuple[str, str]]:
        """(tag, attribute) pairs, ``(tag, "")`` for every tag."""
        out = set()
        for tag, attrs in self.tags:
            out.add((tag, ""))
            out.update((tag, name) for name in attrs)
        return out


def parse(markup: str) -> Markup:
    parser = Markup()
    parser.feed(markup)
    parser.close()
    return parser


DANGEROUS_TAGS = frozenset({"script", "style", "img", "svg", "iframe", "math", "meta", "link",
                            "a", "object", "embed", "base", "form", "body", "title"})


def live_parts(parsed: Markup) -> list[str]:
    """Handler attributes and script URLs (anything that would run in a browser)."""
    bad = []
    for tag, attrs in parsed.tags:
        for name, value in attrs.items():
            if name.startswith("on"):
                bad.append(f"{tag}[{name}]")
            if name in ("href", "src", "style", "action", "xlink:href") and value and \
                    "javascript:" in value.lower():
                bad.append(f"{tag}[{name}={value}]")
    return bad


def dangerous_tags(parsed: Markup) -> list[str]:
    """The tags that can run code, load things or restyle, in order (compared with the
    exporter's own)."""
    return [tag for tag, _ in parsed.tags if tag in DANGEROUS_TAGS]


# -- HTML ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def baseline_html(engine, dictionary) -> Markup:
    from chinese_teach.core.export.reader_html import render_html

    opts = ReaderOptions(glossary=GlossaryMode.END, definitions={"银行": "bank"})
    doc = build_reader("我们去银行吧。你好，粗体。abc 123", opts, engine, dictionary,
                       title="T", subtitle="S")
    return parse(render_html(doc))


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_html_reader_shows_hostile_strings_as_text(engine, dictionary, baseline_html,
                                                   hostile):
    from chinese_teach.core.export.reader_html import render_html

    opts = ReaderOptions(glossary=GlossaryMode.END, definitions={"银行": hostile})
    doc = build_reader(f"我们去银行吧。{hostile}", opts, engine, dictionary,
                       title=hostile, subtitle=hostile)
    out = render_html(doc)
    parsed = parse(out)
    assert parsed.shape() <= baseline_html.shape(), parsed.shape() - baseline_html.shape()
    assert parsed.scripts == baseline_html.scripts
    assert parsed.styles == baseline_html.styles  # no CSS got in
    assert not live_parts(parsed)
    assert dangerous_tags(parsed) == dangerous_tags(baseline_html)
    text = "".join(parsed.text)
    for line in filter(str.strip, hostile.splitlines()):
        assert line.strip() in text  # title, subtitle, paragraph and glossary show it
    assert text.count(hostile.strip()) >= 3 if hostile.strip() and "\n" not in hostile else True


# -- Anki --------------------------------------------------------------------------------------
def _part(name: str, meaning: str, source: str, example_meaning: str):
    from chinese_teach.core.corpus.levels import Level, Standard
    from chinese_teach.core.export.anki.words import DeckPart, DeckWord, ExampleSentence

    words = []
    for i, text in enumerate([meaning] if isinstance(meaning, str) else meaning):
        word = DeckWord(
            uid=f"uid-{i}", simplified="银行" if i % 2 == 0 else text[:20] or "空",
            traditional="銀行", pinyin=("yin2", "hang2"), meaning=text,
            level=Level(Standard.HSK2021, 3),
            example=ExampleSentence((("我去", ("wo3", "qu4")), ("银行", ("yin2", "hang2")),
                                     (text, ())), meaning=example_meaning or text),
            source=source or text)
        words.append(word)
    return DeckPart(key="l-hostile", name=name, words=words, tags=("Hostile",))


def _render_cards(part) -> list[tuple[str, str, dict[str, str]]]:
    """Import ``part`` into a fresh Anki collection; (question, answer, fields) per card."""
    import anki.collection as anki_collection
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    from chinese_teach.core.export.anki.apkg import AnkiOptions, build_apkg
    from chinese_teach.core.export.anki.note_type import CardType

    data, _ = build_apkg([part], AnkiOptions(cards=frozenset(CardType), strokes=False),
                         timestamp=1_700_000_000)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        apkg = Path(tmp) / "deck.apkg"
        apkg.write_bytes(data)
        col = anki_collection.Collection(str(Path(tmp) / "collection.anki2"))
        try:
            col.import_anki_package(ImportAnkiPackageRequest(
                package_path=str(apkg), options=ImportAnkiPackageOptions()))
            for cid in col.find_cards(""):
                card = col.get_card(cid)
                note = card.note()
                out.append((card.question(), card.answer(), dict(note.items())))
            names = [d.name for d in col.decks.all_names_and_ids()]
        finally:
            col.close()
    return out, names


def test_anki_cards_show_hostile_strings_as_text() -> None:
    baseline, _ = _render_cards(_part("Course::01 Lesson", ["bank", "money"], "src", "ex"))
    base_q = set().union(*(parse(q).shape() for q, _, _ in baseline))
    base_a = set().union(*(parse(a).shape() for _, a, _ in baseline))
    base_scripts = set().union(*(set(parse(q).scripts) | set(parse(a).scripts)
                                 for q, a, _ in baseline))

    # One deck: every hostile string is a meaning, a word, a source, an example and its
    # meaning; the course and lesson name (deck name) are hostile too.
    name = f"{HOSTILE[0]}::01 {HOSTILE[7]}"
    cards, deck_names = _render_cards(_part(name, HOSTILE, HOSTILE[1], ""))
    assert len(cards) >= len(HOSTILE)
    assert any("<script>" in n for n in deck_names)  # the deck name is kept as text
    shown = 0
    for question, answer, fields in cards:
        for rendered, base in ((question, base_q), (answer, base_a)):
            parsed = parse(rendered)
            assert parsed.shape() <= base, parsed.shape() - base
            assert set(parsed.scripts) <= base_scripts
            assert not live_parts(parsed)
            assert set(dangerous_tags(parsed)) <= {t for t, _ in base}
        meaning = html.unescape(fields["Meaning"].replace("<br>", "\n"))
        assert meaning in HOSTILE or _BAD_XML.sub("", meaning) in [
            _BAD_XML.sub("", h) for h in HOSTILE]
        answer_text = "".join(parse(answer).text)
        if meaning.strip() and meaning.strip() in answer_text:
            shown += 1
    assert shown >= len(HOSTILE) // 2  # the back of the card shows the meaning as text


# -- DOCX ---------------------------------------------------------------------------------
def docx_text(path: Path, part: str = "word/document.xml") -> tuple[str, list[str]]:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read(part))  # raises if not well-formed
    texts = [t.text or "" for t in root.iter(f"{W}t")]
    return "".join(texts), texts


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_reader_docx_keeps_hostile_strings_as_text(engine, dictionary, tmp_path, hostile):
    from chinese_teach.core.export.reader_docx import export_docx

    opts = ReaderOptions(glossary=GlossaryMode.END, definitions={"银行": hostile})
    doc = build_reader(f"我们去银行吧。{hostile}", opts, engine, dictionary,
                       title=hostile, subtitle=hostile)
    export_docx(doc, tmp_path / "r.docx")
    joined, texts = docx_text(tmp_path / "r.docx")
    safe = _BAD_XML.sub("", hostile).strip()
    if safe:
        # Title and subtitle are one run each: the whole string is one w:t text, so
        # "]]><w:r><w:t>injected" and "<script>" stayed characters, not XML.
        assert texts.count(safe) >= 2 or texts.count(hostile.strip()) >= 2
        assert safe in joined
    with zipfile.ZipFile(tmp_path / "r.docx") as z:
        for name in z.namelist():
            if name.endswith(".xml"):
                etree.fromstring(z.read(name))


# -- lesson plans (DOCX and PDF) and reader PDF ----------------------------------------------
@pytest.fixture
def hostile_lesson(tmp_path, engine, corpus):
    from chinese_teach.core.library import (
        Course,
        GrammarPoint,
        Library,
        ReaderDoc,
        VocabItem,
    )

    lib = Library.open(tmp_path / "library.sqlite", auto_backup=False)
    course = lib.save_course(Course(name=HOSTILE[0], learners=HOSTILE[3], standard="hsk2021",
                                    target_level=2, start_level=1, notes=HOSTILE[6]))
    lesson = lib.lesson_from_template(course.id, "ppp", HOSTILE[4], duration=45)
    lesson = replace(
        lesson, notes="\n".join(HOSTILE), homework="\n".join(HOSTILE[::-1]),
        objectives=[h[:2000] for h in HOSTILE if h.strip()][:10],
        grammar=[GrammarPoint("把 + object", h) for h in HOSTILE[:1]],
        vocab=[VocabItem("银行", meaning=HOSTILE[1]), VocabItem("我们", meaning=HOSTILE[2])])
    for act in lesson.activities:
        act.description, act.materials = HOSTILE[5], HOSTILE[8]
    lesson = lib.save_lesson(lesson)
    lib.save_reader(ReaderDoc(title=HOSTILE[9], subtitle=HOSTILE[10],
                              text="我们去银行吧。\n" + "\n".join(HOSTILE), lesson_id=lesson.id))
    yield lib, lesson.id
    engine.set_corrections([])
    lib.close()


def test_lesson_plan_docx_and_pdf_with_hostile_content(qapp, hostile_lesson, engine, corpus,
                                                       tmp_path):
    from chinese_teach.core.documents.lessonplan import build_lesson_plan
    from chinese_teach.core.export.lessonplan_docx import export_lesson_plan_docx
    from chinese_teach.render.fonts import register_bundled_fonts
    from chinese_teach.render.lessonplan_pdf import export_lesson_plan_pdf

    register_bundled_fonts()
    lib, lesson_id = hostile_lesson
    plan = build_lesson_plan(lib, lesson_id, engine, corpus, with_readers=False)
    export_lesson_plan_docx(plan, tmp_path / "plan.docx")
    joined, texts = docx_text(tmp_path / "plan.docx")
    for h in HOSTILE:
        safe = _BAD_XML.sub("", h).strip()
        if safe:
            assert safe in joined, h  # notes and homework carry every string, as text
    assert "injected" not in texts
    plan = build_lesson_plan(lib, lesson_id, engine, corpus, with_readers=True)
    assert export_lesson_plan_pdf(plan, tmp_path / "plan.pdf", True) >= 1
    # the texts with their pinyin (w:ruby): every part still parses, the strings are text
    export_lesson_plan_docx(plan, tmp_path / "plan-pinyin.docx")
    with zipfile.ZipFile(tmp_path / "plan-pinyin.docx") as z:
        for name in z.namelist():
            if name.endswith(".xml"):
                etree.fromstring(z.read(name))
        assert b"<w:ruby>" in z.read("word/document.xml")
    # (each word of the text is a run of its own here, so "injected" may be a whole w:t;
    # the check is that "]]><w:r><w:t>injected" comes back as characters)
    joined, _ = docx_text(tmp_path / "plan-pinyin.docx")
    for h in HOSTILE:
        safe = _BAD_XML.sub("", h).strip()
        if safe:
            assert safe in joined, h


def test_reader_pdf_with_hostile_content(qapp, engine, dictionary, tmp_path):
    from chinese_teach.render.fonts import register_bundled_fonts
    from chinese_teach.render.reader_pdf import export_pdf

    register_bundled_fonts()
    opts = ReaderOptions(glossary=GlossaryMode.NOTES, definitions={"银行": HOSTILE[1]})
    doc = build_reader("我们去银行吧。\n" + "\n".join(HOSTILE), opts, engine, dictionary,
                       title=HOSTILE[0], subtitle=HOSTILE[7])
    assert export_pdf(doc, tmp_path / "r.pdf") >= 1
