"""Teacher- and file-supplied text in Qt widgets that read HTML: always shown as text.

Qt shows a label or a tooltip as rich text as soon as its text *looks* like HTML, so a
course named ``A <img src="/dev/zero">`` would make the app load that "image" (and
abort), or a name could draw a fake warning in red. Every name, title, word or path
that reaches a label with markup goes through :func:`escape`; a tooltip made of such
text goes through :func:`tooltip`; a label that shows only such text is set to plain
text with :func:`plain_label`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel


def escape(text: object) -> str:
    """``text`` made safe to put inside rich text (``<``, ``>``, ``&`` and quotes)."""
    return html.escape(str(text))


def tooltip(text: object) -> str:
    """A tooltip showing ``text`` exactly: escaped and wrapped as rich text, so that
    Qt neither guesses it is HTML nor shows entities literally."""
    return GuiQt.convertFromPlainText(str(text), Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_label(label: QLabel) -> QLabel:
    """Make ``label`` show its text as plain text whatever it contains; returns it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
