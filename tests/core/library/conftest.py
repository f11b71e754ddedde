"""Fixtures for library tests: a fresh library file per test."""

from __future__ import annotations

import pytest

from chinese_teach.core.library import Course, Library


@pytest.fixture
def course(lib: Library) -> Course:
    return lib.save_course(Course(name="Beginners A", learners="Year 7", standard="hsk2021",
                                  target_level=2, start_level=0))
