"""Reliability tests: patched message boxes for the GUI tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


class Messages(list):
    """Recorded message boxes as (kind, text); ``answer`` replies to questions."""

    answer = QMessageBox.StandardButton.Yes


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    """Message boxes never block a test: they are recorded; questions get ``answer``."""
    shown = Messages()

    def fake(kind: str):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return shown.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind))
    return shown
