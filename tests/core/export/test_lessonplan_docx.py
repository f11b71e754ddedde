"""Lesson plan DOCX: sections, East Asian fonts, the timing warning, deterministic parts."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest

from chinese_teach.core.documents.lessonplan import build_lesson_plan
from chinese_teach.core.export.lessonplan_docx import export_lesson_plan_docx
from chinese_teach.core.library import Activity, Stage
from tests.lesson_story import make_story

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
