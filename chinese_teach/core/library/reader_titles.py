"""How the Reader studio's Saved readers list names readers.

A list holding three drafts all called "小明的周末" makes the teacher open the wrong
reader: a new reader never takes a title another reader already has. (The list's
order is :meth:`Library.readers_as_made`, which saving does not change.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_NUMBERED = re.compile(r"^(?P<base>.*?) \((?P<n>\d+)\)$")


def unique_title(wanted: str, taken: Iterable[str]) -> str:
    """``wanted``, or ``wanted (2)``, ``(3)``... when another reader has that title
    (compared without regard to case or surrounding spaces)."""
    used = {t.strip().casefold() for t in taken}
    title = wanted.strip()
    if title.casefold() not in used:
        return title
    match = _NUMBERED.match(title)
    base, n = (match["base"], int(match["n"])) if match else (title, 1)
    while True:
        n += 1
        candidate = f"{base} ({n})"
        if candidate.casefold() not in used:
            return candidate
