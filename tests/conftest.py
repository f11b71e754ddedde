"""Shared fixtures: an isolated data directory and one corpus built per test session.

No test touches the user's real data directory: ``CHINESE_TEACH_HOME`` points
into pytest's temporary folder before any test runs.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chinese_teach.core.corpus.store import reset_shared

#: a missing system tool (pdftotext, dpkg-deb, LibreOffice...) skips its tests, named
pytest_plugins = ["tests.system_tools"]


@pytest.fixture(scope="session")
def session_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data directory shared by the session (holds the one built corpus)."""
    home = tmp_path_factory.mktemp("home")
    os.environ["CHINESE_TEACH_HOME"] = str(home)
    return home


@pytest.fixture(autouse=True)
def _isolated_home(session_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CHINESE_TEACH_HOME", str(session_home))
    return session_home


@pytest.fixture(autouse=True)
def _english_documents():
    """Documents and core messages are English unless a test asks otherwise; a test that
    switches them (a GUI preference, a language switch) does not leak into the next."""
    yield
    from chinese_teach.core import labels

    labels.set_document_language("en")
    labels.set_message_language("en")


@pytest.fixture(autouse=True)
def _engine_without_corrections():
    """The shared text engine starts every test without the teacher's corrections: builders
    no longer apply them (the app's change listener and the CLI do), so a test that applied
    some does not leak them into the next."""
    yield
    from chinese_teach.core.text import engine as engines

    with engines._engines_lock:
        loaded = [e for e in engines._engines.values() if e._reader is not None]
    for eng in loaded:
        eng.set_corrections([])
        eng.set_segmentation([], {})


@pytest.fixture(scope="session")
def corpus(session_home: Path):
    """The reference corpus, built once for the session."""
    from chinese_teach.core.corpus.store import open_corpus

    os.environ["CHINESE_TEACH_HOME"] = str(session_home)
    return open_corpus(session_home / "corpus.sqlite")


@pytest.fixture(scope="session")
def dictionary(corpus):
    from chinese_teach.core.corpus.dictionary import Dictionary

    return Dictionary(corpus)


@pytest.fixture(scope="session")
def engine(corpus):
    """The loaded text engine (shared; tests that add corrections must remove them)."""
    from chinese_teach.core.text.engine import get_engine

    eng = get_engine(corpus)
    eng.load()
    return eng


@pytest.fixture
def lib(tmp_path: Path):
    """An empty library in a private folder (no corpus needed): library and ops tests."""
    from chinese_teach.core.library import Library

    library = Library.open(tmp_path / "library.sqlite")
    yield library
    library.close()


@pytest.fixture
def fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus) -> Path:
    """A private data directory (for library tests) that reuses the session's corpus file."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "corpus.sqlite").symlink_to(corpus.path)
    monkeypatch.setenv("CHINESE_TEACH_HOME", str(home))
    yield home
    reset_shared()
