"""How a lesson is named on printed documents: ``Lesson 3: At the restaurant``.

Teachers often number their lessons in the title already (``Lesson 1: Hello!``,
``第3课 在饭馆``); such a title is printed as written instead of ``Lesson 1: Lesson 1:
Hello!``.
"""

from __future__ import annotations

import re

from chinese_teach.core.labels import label

_NUMBERED = re.compile(
    r"^\s*(?:(?:lesson|lección|leccion|leçon|lecon|lektion|lezione|lição|урок|unit|l)"
    r"\s*\.?\s*#?\s*\d+|第\s*[\d一二三四五六七八九十百]+\s*[课課]|\d+\s*[.:：、)）])",
    re.IGNORECASE,
)


def is_numbered(title: str) -> bool:
    """True if ``title`` starts with a lesson number of its own."""
    return bool(_NUMBERED.match(title))


def lesson_title(number: int, title: str, lang: str | None = None) -> str:
    """``Lesson 3: At the restaurant`` in ``lang``, or the title alone if already numbered."""
    if is_numbered(title):
        return title.strip()
    return label("plan.title", lang, number=number, title=title)


def worksheet_subtitle(course: str, number: int, title: str, lang: str | None = None) -> str:
    """``Beginners - Lesson 3: At the restaurant`` in ``lang`` (the lesson named once)."""
    if is_numbered(title):
        return label("worksheet.subtitle_titled", lang, course=course, title=title.strip())
    return label("worksheet.subtitle", lang, course=course, number=number, title=title)


#: sentence-final punctuation: a first line without it, over more text, is a heading
_FINAL = frozenset("。！？!?…；;，,：:")
_QUOTES = "《》〈〉「」『』“”\"' \u3000"
MAX_HEADING_CHARS = 30


def same_title(line: str, title: str) -> bool:
    """True when ``line`` is ``title`` (spaces and 《》 or quotes around them aside)."""
    bare = line.strip().strip(_QUOTES)
    return bool(bare) and bare == title.strip().strip(_QUOTES)


def text_heading(text: str) -> str:
    """The heading a text opens with, or ``""``: a short first line without sentence
    punctuation, with more text below it (我的一天 over the text of the day)."""
    lines = [line.strip() for line in text.strip().splitlines()]
    if len(lines) < 2 or not lines[0] or len(lines[0]) > MAX_HEADING_CHARS:
        return ""
    if any(ch in _FINAL for ch in lines[0]) or not any(line for line in lines[1:]):
        return ""
    return lines[0].strip(_QUOTES) or ""
