"""Fixtures for operation tests: a fresh library file per test, no widgets."""

from __future__ import annotations

import pytest

from chinese_teach.core.library import Course, Library


@pytest.fixture
def course(lib: Library) -> Course:
    return lib.save_course(Course(name="Beginners A", standard="hsk2021", target_level=2,
                                  start_level=0))


@pytest.fixture(autouse=True)
def _application(qapp):
    """Operations that paint pages (worksheets, PDFs) need a Qt application; make it the
    QApplication of pytest-qt, so the offscreen fallback never creates a QGuiApplication that
    would abort the GUI tests running later in the same session."""
    return qapp
