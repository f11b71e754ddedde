"""Lesson operations: texts, analysis, worksheet pages and exports, without widgets."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from chinese_teach.core.errors import BadInputError, ExportError
from chinese_teach.core.library import Course, Lesson, Library
from chinese_teach.core.library.models import VocabItem
from chinese_teach.ops import lesson as ops


@pytest.fixture
def lesson(lib: Library, course: Course) -> Lesson:
    first = lib.save_lesson(Lesson(course_id=course.id, title="One",
                                   vocab=[VocabItem("你好"), VocabItem("老师")]))
    lib.save_lesson(Lesson(course_id=course.id, title="Two", vocab=[VocabItem("谢谢")]))
    ops.add_text(lib, first.id, "Dialogue", "你好，老师！我是学生。我们去图书馆。")
    return first


def test_texts_add_save_delete(lib: Library, lesson: Lesson) -> None:
    added = ops.add_text(lib, lesson.id, "Second", "")
    assert added.changes.readers == {added.value.id}
    assert ops.save_text(lib, added.value.id, "Second", "").value is None  # unchanged
    saved = ops.save_text(lib, added.value.id, "Story", "从前")
    assert saved.value.text == "从前" and saved.changes.library
    ops.delete_text(lib, added.value.id)
    assert [d.title for d in lib.readers(lesson.id)] == ["Dialogue"]


def test_analysis_proposes_words_and_measures_coverage(lib: Library, lesson: Lesson, engine,
                                                       corpus) -> None:
    out = ops.analyse_lesson(lib.path, lesson.id, engine, corpus)
    assert out.lesson_id == lesson.id
    proposed = {p.word for p in out.proposals}
    assert "学生" in proposed and "你好" not in proposed
    assert set(out.levels) == {"你好", "老师"}
    [cov] = out.coverage
    assert cov.title == "Dialogue" and 0 <= cov.before < cov.after <= 1
    assert [r.title for r in out.affected] == ["Two"]


def test_worksheet_pages_and_export_agree(lib: Library, lesson: Lesson, engine, corpus,
                                          tmp_path: Path) -> None:
    from chinese_teach.render.offscreen import ensure_gui_app

    ensure_gui_app()
    doc = ops.layout_lesson_worksheet(lib, lesson.id, "writing", engine, corpus, seed=1,
                                      grid="tian")
    out = tmp_path / "writing.pdf"
    result = ops.export_worksheet(lib, lesson.id, out, engine, corpus, kind="writing")
    assert result.value.pages == len(doc.pages) and result.changes.files == (out,)
    assert out.read_bytes().startswith(b"%PDF")
    with pytest.raises(BadInputError, match="written as PDF"):
        ops.export_worksheet(lib, lesson.id, tmp_path / "w.docx", engine, corpus,
                             kind="writing")


def test_lesson_plan_in_both_formats_and_the_force_check(lib: Library, lesson: Lesson, engine,
                                                         corpus, tmp_path: Path) -> None:
    pdf = ops.export_lesson_plan(lib, lesson.id, tmp_path / "plan.pdf", engine, corpus)
    assert pdf.value.title == "Lesson 1: One" and pdf.value.pages >= 1
    docx = ops.export_lesson_plan(lib, lesson.id, tmp_path / "plan.docx", engine, corpus)
    assert docx.value.pages is None
    with zipfile.ZipFile(docx.value.path) as z:
        assert "老师" in z.read("word/document.xml").decode("utf-8")
    before = (tmp_path / "plan.pdf").read_bytes()
    with pytest.raises(ExportError, match="--force"):
        ops.export_lesson_plan(lib, lesson.id, tmp_path / "plan.pdf", engine, corpus,
                               force=False)
    assert (tmp_path / "plan.pdf").read_bytes() == before
    with pytest.raises(BadInputError, match=r"\.pdf or \.docx"):
        ops.export_lesson_plan(lib, lesson.id, tmp_path / "plan.odt", engine, corpus)


def test_lesson_deck(lib: Library, lesson: Lesson, corpus, tmp_path: Path) -> None:
    result = ops.export_lesson_deck(lib, lesson.id, tmp_path / "one.apkg", corpus)
    assert zipfile.is_zipfile(result.value.path)


def test_worker_library_is_a_private_connection(lib: Library, lesson: Lesson) -> None:
    with ops.worker_library(lib.path) as other:
        assert other is not lib and other.lesson(lesson.id).title == "One"


def test_paper_sizes_and_the_formats_of_each_worksheet_kind() -> None:
    assert ops.paper_size("a4") == "A4" and ops.paper_size("LETTER") == "Letter"
    with pytest.raises(BadInputError):
        ops.paper_size("A3½")
    assert ".docx" in ops.worksheet_writers("dictation").suffixes
    assert ops.worksheet_writers("writing").suffixes == (".pdf",)


def test_analysis_reads_each_text_once_and_agrees_with_the_separate_reads(
        lib: Library, lesson: Lesson, engine, corpus) -> None:
    """The proposals, the senses and the coverage share one annotation per text (the
    analysis cut each text twice and annotated it once before), with the same answers
    as proposing from freshly cut texts."""
    from chinese_teach.core.documents.lessonwords import propose_new_words

    texts = [doc.text for doc in lib.readers(lesson.id)]
    calls: list[tuple[str, str]] = []

    class Counting:
        def __init__(self, inner) -> None:
            self._inner = inner

        def __getattr__(self, name: str):
            return getattr(self._inner, name)

        def segment(self, text: str):
            calls.append(("segment", text))
            return self._inner.segment(text)

        def annotate(self, text: str, **kw):
            calls.append(("annotate", text))
            return self._inner.annotate(text, **kw)

        def annotate_many(self, texts: list[str], **kw):
            calls.extend(("annotate", text) for text in texts)
            return self._inner.annotate_many(texts, **kw)

    out = ops.analyse_lesson(lib.path, lesson.id, Counting(engine), corpus)
    read = [c for c in calls if c[1] in texts]
    assert sorted(read) == sorted(("annotate", t) for t in texts)
    assert out.proposals == propose_new_words(lib, lesson.id, engine, corpus)
