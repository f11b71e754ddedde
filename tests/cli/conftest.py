"""CLI fixtures: the lesson-planning story's library in a fresh data directory."""

from __future__ import annotations

import pytest

from chinese_teach import paths
from tests.lesson_story import make_story


@pytest.fixture
def story(fresh_home, engine, corpus):
    """``(course, lesson ids)`` of tests/lesson_story.py, saved in the app's own library."""
    lib, course, ids = make_story(paths.library_path(), engine, corpus)
    lib.close()
    yield course, ids
    engine.set_corrections([])
