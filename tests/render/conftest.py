"""Fixtures of the render tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lesson_story import make_story


@pytest.fixture
def story(tmp_path: Path, engine, corpus, qapp):
    """The lesson-planning story's library (see tests/lesson_story.py), with the bundled
    teaching font registered: ``(library, course, lesson ids)``."""
    from chinese_teach.render.fonts import register_bundled_fonts

    register_bundled_fonts()
    lib, course, ids = make_story(tmp_path / "library.sqlite", engine, corpus)
    yield lib, course, ids
    lib.close()
