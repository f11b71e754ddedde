"""The hostile strings corpus (``hostile_strings.txt``), shared by the reliability tests."""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).parent


_ESCAPE = re.compile(r"\\u\{([0-9a-fA-F]{1,6})\}|\\x([0-9a-fA-F]{2})")


def decode_line(line: str) -> str:
    """``\\u{202E}`` and ``\\x00`` escapes become the characters (the file stays readable)."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), line)


def hostile_strings() -> list[str]:
    """The hostile strings corpus, one string a line (``#`` lines are comments)."""
    lines = (HERE / "hostile_strings.txt").read_text(encoding="utf-8").splitlines()
    return [decode_line(line) for line in lines if line and not line.startswith("#")]
