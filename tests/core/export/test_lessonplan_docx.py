"""Lesson plan DOCX: sections, East Asian fonts, the timing warning, deterministic parts,
the texts with the PDF plan's pinyin as Word phonetic guides."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from chinese_teach.core.documents.lessonplan import build_lesson_plan
from chinese_teach.core.export.docx_ruby import RUBY_PR_ORDER
from chinese_teach.core.export.lessonplan_docx import export_lesson_plan_docx
from chinese_teach.core.library import Activity, ReaderDoc, Stage
from tests.lesson_story import TEXTS, make_story

WHEN = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def plan(tmp_path: Path, engine, corpus):
    lib, _, ids = make_story(tmp_path / "library.sqlite", engine, corpus)
    lesson = lib.lesson(ids[2])
    lesson.activities.append(Activity(Stage.PRACTICE, 5, "Dictation", "mini whiteboards"))
    lib.save_lesson(lesson)
    yield build_lesson_plan(lib, ids[2], engine, corpus, with_readers=False)
    lib.close()


def _parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n).decode() for n in zf.namelist() if n.endswith(".xml")}


def test_docx_content_fonts_and_warning(plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    export_lesson_plan_docx(plan, out, timestamp=WHEN)
    parts = _parts(out)
    doc = parts["word/document.xml"]
    text = re.sub(r"<[^>]+>", "", doc)
    for part in ("Lesson 3: 包饺子", "Year 7 Chinese", "Tue 15 Sep 2026",
                 "HSK 3.0 (2021 standard) level 2", "Can say what they like to eat",
                 "Dictation", "mini whiteboards", "Total: 50 min, 5 min over",
                 "饺子", "jiǎozi", "dumpling", "HSK2021 2", "喜欢 + verb",
                 "小明喜欢吃饺子", "Write five sentences"):
        assert part in text, part
    runs = re.findall(r"<w:r>.*?</w:r>", doc)
    assert runs and all('w:eastAsia="LXGW WenKai"' in r for r in runs)
    assert 'w:color w:val="B03A2E"' in doc  # the timing warning in red
    assert "eastAsiaTheme" not in parts["word/styles.xml"]
    assert "2026-09-01T08:00:00" in parts["docProps/core.xml"]


def test_docx_is_deterministic_and_refuses_overwrite(plan, tmp_path: Path) -> None:
    a, b = tmp_path / "a.docx", tmp_path / "b.docx"
    export_lesson_plan_docx(plan, a, timestamp=WHEN)
    export_lesson_plan_docx(plan, b, timestamp=WHEN)
    assert _parts(a) == _parts(b)
    with pytest.raises(Exception, match="exists"):
        export_lesson_plan_docx(plan, a, timestamp=WHEN)
    export_lesson_plan_docx(plan, a, overwrite=True, timestamp=WHEN)


# -- the texts with their pinyin, as in the PDF plan -----------------------------------------
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _rubies(path: Path) -> list[tuple[str, str]]:
    """(base, pinyin) of every phonetic guide of the plan, in order."""
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    return [("".join(t.text for t in r.iter(f"{W}t") if _inside(t, "rubyBase")),
             "".join(t.text for t in r.iter(f"{W}t") if _inside(t, "rt")).strip("\u2009"))
            for r in root.iter(f"{W}ruby")]


def _inside(t, tag: str) -> bool:
    return any(a.tag == f"{W}{tag}" for a in t.iterancestors())


@pytest.fixture
def bank_plan(tmp_path: Path, engine, corpus):
    """Lesson 3 of the story with a second text, 我去银行。 (银行 is new to the class)."""
    lib, _, ids = make_story(tmp_path / "library.sqlite", engine, corpus)
    lib.save_reader(ReaderDoc(title="银行", text="我去银行。", lesson_id=ids[2]))
    yield build_lesson_plan(lib, ids[2], engine, corpus)
    lib.close()


def test_texts_have_pinyin_above_the_new_words(bank_plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    export_lesson_plan_docx(bank_plan, out, timestamp=WHEN)
    rubies = _rubies(out)
    # the plan's reader prints pinyin per character: 银行's syllables share a colour, so
    # one guide over the word keeps it on one line (test_reader_docx_words_together) ...
    assert rubies[-1] == ("银行", "yín háng")
    # ... only over the words the PDF annotates: the same reader documents, the known
    # words (我, 去, 喜欢) bare
    annotated = [tok for text in bank_plan.texts for para in text.reader.paragraphs
                 for tok in para if tok.ruby]
    assert "".join(b for b, _ in rubies) == "".join(tok.text for tok in annotated)
    assert [s for _, rt in rubies for s in rt.split()] == [
        part.strip() for tok in annotated for part in tok.ruby]
    bases = "".join(b for b, _ in rubies)
    assert "我" not in bases and "去" not in bases and "喜" not in bases
    with zipfile.ZipFile(out) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    for ruby in root.iter(f"{W}ruby"):
        assert [etree.QName(c).localname for c in ruby] == ["rubyPr", "rt", "rubyBase"]
        pr = ruby.find(f"{W}rubyPr")
        assert tuple(etree.QName(c).localname for c in pr) == RUBY_PR_ORDER
    # the text reads whole outside the guides, one Word paragraph per text paragraph
    paras = ["".join(t.text for t in p.iter(f"{W}t") if not _inside(t, "rt"))
             for p in root.iter(f"{W}p")]
    assert "我去银行。" in paras
    assert TEXTS[2][1] in paras
    # every run names the Chinese font; the vocabulary table is unchanged (plain runs)
    runs = re.findall(r"<w:r>.*?</w:r>", zipfile.ZipFile(out).read("word/document.xml").decode())
    assert runs and all('w:eastAsia="LXGW WenKai"' in r for r in runs)
    cells = ["".join(t.text or "" for t in tc.iter(f"{W}t")) for tc in root.iter(f"{W}tc")]
    assert "饺子" in cells and "jiǎozi" in cells
    assert not [tc for tc in root.iter(f"{W}tc") if tc.find(f".//{W}ruby") is not None]
    Document(str(out))  # python-docx opens it again


def test_text_pinyin_is_deterministic(bank_plan, tmp_path: Path) -> None:
    a, b = tmp_path / "a.docx", tmp_path / "b.docx"
    export_lesson_plan_docx(bank_plan, a, timestamp=WHEN)
    export_lesson_plan_docx(bank_plan, b, timestamp=WHEN)
    assert _parts(a) == _parts(b)


def test_hostile_text_with_pinyin_stays_text(tmp_path: Path, engine, corpus) -> None:
    lib, _, ids = make_story(tmp_path / "library.sqlite", engine, corpus)
    hostile = '<script>alert("x")</script>\x07我去银行]]><w:r><w:t>injected\x00&amp;'
    lib.save_reader(ReaderDoc(title="<w:p>\x0b", text=hostile, lesson_id=ids[2]))
    plan = build_lesson_plan(lib, ids[2], engine, corpus)
    lib.close()
    out = tmp_path / "plan.docx"
    export_lesson_plan_docx(plan, out, timestamp=WHEN)
    with zipfile.ZipFile(out) as zf:
        for name in zf.namelist():
            if name.endswith(".xml"):
                etree.fromstring(zf.read(name))  # every part well-formed
        root = etree.fromstring(zf.read("word/document.xml"))
    assert root.find(f".//{W}script") is None
    assert [etree.QName(e).localname for e in root.iter(f"{W}r")
            if e.getparent().tag == f"{W}r"] == []  # no run smuggled into a run
    text = "".join(t.text or "" for t in root.iter(f"{W}t") if not _inside(t, "rt"))
    assert '<script>alert("x")</script>我去银行]]><w:r><w:t>injected&amp;' in text
    assert ("银行", "yín háng") in _rubies(out)
    Document(str(out))
