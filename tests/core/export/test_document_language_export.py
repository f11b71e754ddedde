"""Readers (HTML, Word) and lesson plans (Word) in the document language: the labels
are Spanish or Chinese, none is English; the popup level text and the known-word
description follow too."""

from __future__ import annotations

import datetime as dt
import html
import re
import zipfile
from pathlib import Path

import pytest

from chinese_teach.core.documents.lessonplan import build_lesson_plan
from chinese_teach.core.documents.reader import (
    GlossaryMode,
    PinyinMode,
    ReaderOptions,
    build_reader,
    known_words_name,
)
from chinese_teach.core.export.lessonplan_docx import export_lesson_plan_docx
from chinese_teach.core.export.reader_docx import export_docx
from chinese_teach.core.export.reader_html import export_html
from chinese_teach.core.labels import label
from chinese_teach.core.library.templates import template_activities
from tests.document_language import (
    docx_text,
    english_labels,
    html_text,
    plan_user_strings,
    squash,
)
from tests.lesson_story import make_story

TEXT = "我们一起去银行吧。\n他犹豫了一下，说：“不是。”"
WHEN = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)

READER_WORDS = {
    "es": ["生词 Glosario", "Palabra", "Significado", "Nivel HSK2021",
           "pinyin en las palabras por encima del nivel 2 de HSK 3.0 (estándar de 2021)",
           "Niveles: HSK 3.0 (estándar de 2021).",
           "Toca una palabra para ver su pinyin y su significado."],
    "zh_CN": ["生词", "词语", "释义", "HSK2021 等级",
              "超出 HSK 3.0（2021 版标准） 2 级的词注拼音", "等级：HSK 3.0（2021 版标准）。",
              "点击词语可查看拼音和释义。"],
}


def _reader(engine, dictionary, lang):
    opts = ReaderOptions(glossary=GlossaryMode.END, pinyin=PinyinMode.ABOVE, target_level=2)
    return build_reader(TEXT, opts, engine, dictionary, title="银行", lang=lang)


@pytest.mark.parametrize("lang", ["es", "zh_CN"])
def test_reader_html_in_the_document_language(engine, dictionary, tmp_path: Path,
                                             lang: str) -> None:
    doc = _reader(engine, dictionary, lang)
    assert doc.glossary
    out = tmp_path / f"reader-{lang}.html"
    export_html(doc, out)
    source = out.read_text(encoding="utf-8")
    text = html_text(source)
    for word in READER_WORDS[lang]:
        assert word in text, word
    assert f'<footer lang="{lang.replace("_", "-")}">' in source
    # the pop-up's level line (an attribute, not visible text) is translated too
    std = label("standard.hsk2021", lang)
    levels = {html.unescape(v) for v in re.findall(r'data-l="([^"]*)"', source)}
    assert levels and levels <= {label("level.of", lang, standard=std, level=n)
                                 for n in ("1", "2", "3", "4", "5", "6", "7-9")}
    assert english_labels(text, lang, [g.definition for g in doc.glossary]) == []


@pytest.mark.parametrize("lang", ["es", "zh_CN"])
def test_reader_docx_in_the_document_language(engine, dictionary, tmp_path: Path,
                                             lang: str) -> None:
    doc = _reader(engine, dictionary, lang)
    out = tmp_path / f"reader-{lang}.docx"
    export_docx(doc, out, timestamp=WHEN)
    text = docx_text(out)
    for word in READER_WORDS[lang][:4] + READER_WORDS[lang][4:5]:
        assert squash(word) in squash(text), word
    assert english_labels(text, lang, [g.definition for g in doc.glossary]) == []


@pytest.mark.parametrize("lang", ["es", "zh_CN"])
def test_lesson_plan_docx_in_the_document_language(engine, corpus, tmp_path: Path,
                                                   lang: str) -> None:
    lib, _, ids = make_story(tmp_path / "library.sqlite", engine, corpus)
    lesson = lib.lesson(ids[2])
    lesson.activities = template_activities("ppp", lesson.duration, lang)
    lib.save_lesson(lesson)
    plan = build_lesson_plan(lib, ids[2], engine, corpus, lang=lang)
    lib.close()
    out = tmp_path / f"plan-{lang}.docx"
    export_lesson_plan_docx(plan, out, timestamp=WHEN)
    text = docx_text(out)
    wanted = {"es": ["Lección 3: 包饺子", "Objetivos", "Actividades", "Vocabulario",
                     "Puntos gramaticales", "Deberes", "Fecha:", "Duración:", "Estado:",
                     "borrador", "martes, 15 de septiembre de 2026", "Calentamiento",
                     "Saludo y repaso", "Tiempo", "Fase", "Materiales", "Significado",
                     "Niveles: HSK 3.0 (estándar de 2021).", "Total: 45 min"],
              "zh_CN": ["第 3 课：包饺子", "教学目标", "教学活动", "生词", "语法点", "作业",
                        "日期：", "时长：", "状态：", "草稿", "2026年9月15日（星期二）", "热身",
                        "问候，复习上节课的生词", "时间", "环节", "教具材料", "释义",
                        "等级：HSK 3.0（2021 版标准）。", "合计：45 分钟"]}[lang]
    for word in wanted:
        assert squash(word) in squash(text), word
    assert english_labels(text, lang, plan_user_strings(plan)) == []
    # Word spell-checks the Latin text in the document language
    styles = zipfile.ZipFile(out).read("word/styles.xml").decode()
    locale = {"es": "es-ES", "zh_CN": "zh-CN"}[lang]
    assert f'w:val="{locale}"' in styles


def test_known_words_description_is_translated() -> None:
    desc = "HSK 3.0 (2021 standard) level 1-2 + lessons 1-3 + 包饺子"
    assert known_words_name(desc, "en") == desc
    assert known_words_name(desc, "es") == (
        "HSK 3.0 (estándar de 2021), niveles 1-2 + lecciones 1-3 + 包饺子")
    assert known_words_name("word list Year 7.txt + lesson 1", "zh_CN") == (
        "词表 Year 7.txt + 第 1 课")
    assert known_words_name("no known words", "ru") == "нет известных слов"
