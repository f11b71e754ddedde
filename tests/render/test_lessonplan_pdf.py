"""Lesson plan PDF: the sections a teacher needs, in order, with the timing check."""

from __future__ import annotations

import re

from pypdf import PdfReader

from chinese_teach.core.documents.lessonplan import build_lesson_plan
from chinese_teach.core.library import Activity, Stage
from chinese_teach.render.lessonplan_pdf import export_lesson_plan_pdf, layout_lesson_plan
from chinese_teach.render.sheets import RubyLineItem, TextItem


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_plan_pdf_holds_every_section(story, engine, corpus, tmp_path) -> None:
    lib, _, ids = story
    plan = build_lesson_plan(lib, ids[2], engine, corpus)
    out = tmp_path / "plan.pdf"
    pages = export_lesson_plan_pdf(plan, out)
    reader = PdfReader(out)
    assert len(reader.pages) == pages >= 1
    text = flat("".join(p.extract_text() for p in reader.pages))
    order = ["Lesson3:包饺子", "Year7Chinese", "HSK3.0(2021standard)level2",
             "Objectives", "Cansaywhattheyliketoeat", "Activities", "Total:45min",
             "Vocabulary", "饺子", "jiǎozi", "dumpling", "Grammarpoints", "喜欢+verb",
             "Text:包饺子", "Homework", "Writefivesentences"]
    at = 0
    for s in order:  # each in order, after the previous one
        found = text.find(flat(s), at)
        assert found >= 0, s
        at = found + len(flat(s))
    fonts = {f for p in reader.pages for f in (p.get("/Resources", {}).get("/Font", {}) or {})}
    assert fonts


def test_plan_ruby_text_and_timing_warning_in_layout(story, engine, corpus) -> None:
    lib, _, ids = story
    lesson = lib.lesson(ids[2])
    lesson.activities.append(Activity(Stage.PRACTICE, 7, "Dictation"))
    lib.save_lesson(lesson)
    plan = build_lesson_plan(lib, ids[2], engine, corpus)
    doc = layout_lesson_plan(plan)
    items = [it for p in doc.pages for it in p.items]
    assert any(isinstance(it, RubyLineItem) for it in items)
    warn = [it for it in items if isinstance(it, TextItem) and "7 min over" in it.text]
    assert warn and warn[0].color != "#000000"
