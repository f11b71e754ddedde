"""Fixtures of the document model tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lesson_story import make_story


@pytest.fixture
def story(tmp_path: Path, engine, corpus):
    """The lesson-planning story's library (see tests/lesson_story.py):
    ``(library, course, lesson ids)``; reading corrections a test adds are removed."""
    lib, course, ids = make_story(tmp_path / "library.sqlite", engine, corpus)
    yield lib, course, ids
    engine.set_corrections([])
    lib.close()
