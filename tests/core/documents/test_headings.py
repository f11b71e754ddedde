"""Lesson names on printed documents: numbered once, in the document language."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.headings import is_numbered, lesson_title, worksheet_subtitle


@pytest.mark.parametrize(
    "title",
    ["Lesson 1: Hello!", "lesson 12 - review", "Lección 3: En el restaurante", "Leçon 4",
     "Урок 5. Моя семья", "第3课 在饭馆", "第十课：复习", "3. At the market", "L2 Family"],
)
def test_titles_that_carry_their_own_number(title: str) -> None:
    assert is_numbered(title)
    assert lesson_title(7, title, "en") == title
    assert worksheet_subtitle("Beginners", 7, title, "es") == f"Beginners - {title}"


@pytest.mark.parametrize(
    "title", ["Hello!", "At the restaurant", "我的家", "Lessons learned", "3D shapes"]
)
def test_titles_without_a_number_get_one(title: str) -> None:
    assert not is_numbered(title)
    assert lesson_title(3, title, "en") == f"Lesson 3: {title}"
    assert lesson_title(3, title, "zh_CN") == f"第 3 课：{title}"
    assert worksheet_subtitle("Beginners", 3, title, "en") == f"Beginners - Lesson 3: {title}"


def test_a_numbered_lesson_title_is_printed_once(story, engine, corpus) -> None:
    from dataclasses import replace

    from chinese_teach.core.documents.lessonplan import build_lesson_plan
    from chinese_teach.core.documents.worksheet import build_worksheet

    lib, _, ids = story
    lesson = lib.lesson(ids[0])
    lib.save_lesson(replace(lesson, title="Lesson 1: Hello!"))
    ws = build_worksheet(lib, ids[0], "writing", engine, corpus, lang="en")
    assert ws.subtitle.endswith(" - Lesson 1: Hello!")
    assert "Lesson 1: Lesson 1" not in ws.subtitle
    plan = build_lesson_plan(lib, ids[0], engine, corpus, lang="en")
    assert plan.header.title == "Lesson 1: Hello!"
