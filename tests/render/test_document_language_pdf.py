"""Worksheets, lesson plans and vocabulary lists printed in Spanish and Chinese: the
translated labels are in the PDF (pdftotext), no English label is, and the long words of
French and Russian still fit their columns."""

from __future__ import annotations

import shutil

import pytest

from chinese_teach.core.documents.lessonplan import build_lesson_plan
from chinese_teach.core.documents.worksheet import WorksheetKind, build_worksheet
from chinese_teach.core.labels import label
from chinese_teach.render.pages import TextItem
from tests.document_language import english_labels, pdf_text, plan_user_strings, squash

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) is not installed")

WORKSHEET_WORDS = {
    "es": ["Nombre:", "Fecha:", "Soluciones:", "Escritura de caracteres", "8 trazos",
           "Sigue el orden de los trazos", "número 3"],
    "zh_CN": ["姓名：", "日期：", "答案：", "汉字书写", "8 画", "按照笔顺书写", "编号 3"],
}
PLAN_WORDS = {
    "es": ["Lección 3", "Objetivos", "Actividades", "Vocabulario", "Puntos gramaticales",
           "Deberes", "Fecha:", "Duración:", "45 min", "borrador", "Calentamiento",
           "martes, 15 de septiembre de 2026", "nivel 2", "Significado", "plan de clase",
           "Las palabras conocidas cubren"],
    "zh_CN": ["第 3 课", "教学目标", "教学活动", "生词", "语法点", "作业", "日期：", "时长：",
              "45 分钟", "草稿", "热身", "2026年9月15日（星期二）", "2 级", "释义", "教案",
              "已学词语覆盖课文"],
}


@needs_pdftotext
@pytest.mark.parametrize("lang", ["es", "zh_CN"])
@pytest.mark.parametrize("kind", [k.value for k in WorksheetKind])
def test_worksheet_pdf_in_the_document_language(story, engine, corpus, tmp_path, lang,
                                                kind) -> None:
    from chinese_teach.render.worksheet_pdf import export_worksheet_pdf

    lib, course, ids = story
    ws = build_worksheet(lib, ids[2], kind, engine, corpus, seed=3, lang=lang)
    out = tmp_path / f"{kind}-{lang}.pdf"
    export_worksheet_pdf(ws, out)
    text = pdf_text(out)
    flat = squash(text)
    assert squash(label(f"worksheet.kind.{kind}", lang)) in flat
    assert squash(label("worksheet.answer_key", lang, title=ws.title)) in flat
    for section in ws.sections:
        assert squash(section.heading) in flat and squash(section.instructions) in flat
    if kind == "writing":
        for word in WORKSHEET_WORDS[lang]:
            assert squash(word) in flat, word
    else:
        for word in WORKSHEET_WORDS[lang][:3]:
            assert squash(word) in flat, word
    meanings = [r for s in ws.sections for w in s.writing for r in (w.meaning,)]
    meanings += [x for s in ws.sections for m in s.matches for x in m.right]
    user = [course.name, lib.lesson(ids[2]).title, *meanings]
    assert english_labels(text, lang, user) == []


def _activities_in(lib, lesson_id: str, lang: str) -> None:
    """The lesson's activities as a teacher working in ``lang`` starts them: from the
    presentation-practice-production template, described in that language."""
    from chinese_teach.core.library.templates import template_activities

    lesson = lib.lesson(lesson_id)
    lesson.activities = template_activities("ppp", lesson.duration, lang)
    lib.save_lesson(lesson)


@needs_pdftotext
@pytest.mark.parametrize("lang", ["es", "zh_CN"])
def test_lesson_plan_pdf_in_the_document_language(story, engine, corpus, tmp_path,
                                                  lang) -> None:
    from chinese_teach.render.lessonplan_pdf import export_lesson_plan_pdf

    lib, _, ids = story
    _activities_in(lib, ids[2], lang)
    plan = build_lesson_plan(lib, ids[2], engine, corpus, lang=lang)
    out = tmp_path / f"plan-{lang}.pdf"
    export_lesson_plan_pdf(plan, out)
    text = pdf_text(out)
    for word in PLAN_WORDS[lang]:
        assert squash(word) in squash(text), word
    assert english_labels(text, lang, plan_user_strings(plan)) == []


@needs_pdftotext
@pytest.mark.parametrize("lang", ["es", "zh_CN"])
def test_vocabulary_list_pdf_in_the_document_language(qapp, tmp_path, lang) -> None:
    from chinese_teach.render.fonts import register_bundled_fonts
    from chinese_teach.render.vocablist_pdf import export_vocabulary_pdf
    from tests.render.test_vocablist_pdf import lesson_one, lesson_two

    register_bundled_fonts()
    out = tmp_path / f"words-{lang}.pdf"
    export_vocabulary_pdf([lesson_one(), lesson_two()], out, lang=lang)
    text = pdf_text(out)
    wanted = {"es": ["4 palabras", "Palabra", "Significado", "Nivel", "vocabulario (4 palabras)"],
              "zh_CN": ["共 4 个词", "词语", "释义", "等级", "词汇表（4 个词）"]}[lang]
    for word in wanted:
        assert squash(word) in squash(text), word
    user = ["Course A", "01 At the bank", "02 Money", "bank", "hello", "thank you", "money"]
    assert english_labels(text, lang, user) == []


def _overflows(doc, page: int = 0) -> list[str]:
    """Texts of a sheet that run past the right margin."""
    from chinese_teach.render.layout import Metrics

    right = doc.setup.width - doc.setup.margin + 0.5
    return [it.text for it in doc.pages[page].items
            if isinstance(it, TextItem) and it.x + Metrics(it.font).width(it.text) > right]


@pytest.mark.parametrize("lang", ["fr", "ru", "es", "zh_CN"])
def test_long_labels_fit_the_page_and_their_columns(story, engine, corpus, lang) -> None:
    """Every label stays inside the margins; in the activity table, a stage name
    ("Calentamiento", "Презентация") ends before the next column starts."""
    from chinese_teach.render.layout import Metrics
    from chinese_teach.render.lessonplan_pdf import layout_lesson_plan
    from chinese_teach.render.worksheet_pdf import layout_worksheet

    lib, _, ids = story
    for kind in WorksheetKind:
        doc = layout_worksheet(build_worksheet(lib, ids[2], kind, engine, corpus, lang=lang))
        for page in range(len(doc.pages)):
            assert _overflows(doc, page) == [], (kind, page)
    plan = build_lesson_plan(lib, ids[2], engine, corpus, lang=lang)
    doc = layout_lesson_plan(plan)
    assert _overflows(doc) == []
    items = [it for it in doc.pages[0].items if isinstance(it, TextItem)]
    stages = {a.stage_label for a in plan.activities}
    descriptions = {a.description for a in plan.activities}
    stage_items = [it for it in items if it.text in stages]
    first_description = min(it.x for it in items if it.text in descriptions or any(
        d.startswith(it.text) for d in descriptions))
    assert stage_items
    for it in stage_items:
        assert it.x + Metrics(it.font).width(it.text) < first_description - 1, it.text


@needs_pdftotext
def test_the_english_label_check_finds_english(story, engine, corpus, tmp_path) -> None:
    """The check above is not blind: an English sheet is full of English labels."""
    from chinese_teach.render.worksheet_pdf import export_worksheet_pdf

    lib, course, ids = story
    out = tmp_path / "en.pdf"
    export_worksheet_pdf(build_worksheet(lib, ids[2], "cloze", engine, corpus, lang="en"), out)
    found = {key for key, _ in english_labels(pdf_text(out), "es", [course.name])}
    assert {"worksheet.name", "worksheet.answer_key", "worksheet.section.cloze",
            "worksheet.section.cloze.instructions", "worksheet.subtitle"} <= found
