"""The Level column of a word table: the standard said once, in the header.

Level labels name their standard (``HSK2021 2``, :func:`chinese_teach.core.documents.
lessonwords.level_label`); a table whose every level is of one standard says it in the
header (``HSK2021 level``, as the reader's glossary does) and shows the bare level in
each cell, the whole label in the cell's tooltip. A word outside that standard's list
shows ``not in HSK2021``, the words every output uses (glossary, cards, study page: a dash
named no list, qa21); labels of several standards are shown whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QTreeWidget

_LEVEL = re.compile(r"(?P<standard>\S+) (?P<level>\d\S*)")


def shared_standard(labels: Iterable[str]) -> str | None:
    """The one standard that the ``STANDARD LEVEL`` labels name (None: none or several)."""
    found = {m["standard"] for m in map(_LEVEL.fullmatch, labels) if m}
    return found.pop() if len(found) == 1 else None


def bare_level(label: str, standard: str | None) -> str:
    """``HSK2021 2`` -> ``2`` when ``standard`` is ``HSK2021``; other labels (``not in
    HSK2021``) unchanged."""
    if standard is None or not label:
        return label
    m = _LEVEL.fullmatch(label)
    if m:
        return m["level"] if m["standard"] == standard else label
    return label


def show_levels(tree: QTreeWidget, column: int, label_of: Callable[[str], str],
                plain_header: str, standard_header: Callable[[str], str]) -> None:
    """Fill ``column`` of ``tree``'s rows with the level of the word in column 0
    (``label_of(word)``) and name the shared standard in the header."""
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    labels = [label_of(item.text(0)) for item in items]
    standard = shared_standard(labels)
    for item, label in zip(items, labels, strict=True):
        item.setText(column, bare_level(label, standard))
        item.setToolTip(column, label)
    tree.headerItem().setText(column, standard_header(standard) if standard else plain_header)
