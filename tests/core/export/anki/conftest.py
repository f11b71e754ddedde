"""Fixtures for the Anki export tests: a real Anki collection in a temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import anki.collection as anki_collection
import pytest


@pytest.fixture
def collection(tmp_path: Path) -> Iterator:
    """A fresh, empty Anki collection (closed after the test)."""
    folder = tmp_path / "anki-profile"
    folder.mkdir()
    col = anki_collection.Collection(str(folder / "collection.anki2"))
    yield col
    col.close()
