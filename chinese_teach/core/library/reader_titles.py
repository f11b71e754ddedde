"""How the Reader studio's Saved readers list names and orders readers.

A list that re-sorts itself while the teacher is about to click, or holds three
drafts all called "小明的周末", makes the teacher open the wrong reader. Readers are
listed in the order they were made (newest first, which saving does not change), and a
new reader never takes a title another reader already has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from chinese_teach.core.library.models import ReaderDoc

_NUMBERED = re.compile(r"^(?P<base>.*?) \((?P<n>\d+)\)$")


def list_order(docs: Iterable[ReaderDoc]) -> list[ReaderDoc]:
    """Newest made first; saving a reader does not move it."""
    return sorted(docs, key=lambda d: (d.created, d.id), reverse=True)


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
