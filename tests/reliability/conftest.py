"""Reliability tests: patched message boxes (GUI tests) and the hostile strings corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

HERE = Path(__file__).parent


_ESCAPE = re.compile(r"\\u\{([0-9a-fA-F]{1,6})\}|\\x([0-9a-fA-F]{2})")


def decode_line(line: str) -> str:
    """``\\u{202E}`` and ``\\x00`` escapes become the characters (the file stays readable)."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), line)


def hostile_strings() -> list[str]:
    """The hostile strings corpus, one string a line (``#`` lines are comments)."""
    lines = (HERE / "hostile_strings.txt").read_text(encoding="utf-8").splitlines()
    return [decode_line(line) for line in lines if line and not line.startswith("#")]


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
