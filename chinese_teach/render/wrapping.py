"""Break plain text (notes, table cells, instructions) into lines that fit a width.

Latin text breaks at spaces, Chinese between any two characters (anything from
U+2E80 up counts as one piece). The ruby lines of readers are laid out by
:mod:`chinese_teach.render.layout` instead.
"""

from __future__ import annotations

from chinese_teach.render.layout import Metrics


def wrap_text(text: str, metrics: Metrics, width: float, *, paragraphs: bool = True,
              break_words: bool = True) -> list[str]:
    """Break ``text`` to ``width`` (points, measured with ``metrics``); never returns [].

    ``paragraphs``: every newline in ``text`` breaks the line and blank lines stay;
    when false, newlines are ordinary characters and a blank last line is dropped.
    ``break_words``: a piece wider than ``width`` on its own (a long word) is cut
    between characters; when false it overflows its line.
    """
    if not paragraphs:
        lines = _wrap_paragraph(text, metrics, width, break_words)
        if not lines[-1]:
            lines.pop()
        return lines or [""]
    out: list[str] = []
    for para in text.split("\n"):
        out.extend(_wrap_paragraph(para, metrics, width, break_words))
    return out


def _wrap_paragraph(text: str, metrics: Metrics, width: float, break_words: bool) -> list[str]:
    """The lines of ``text``; the last one is kept even when it is blank."""
    out: list[str] = []
    cur = ""
    for piece in _pieces(text):
        if cur and metrics.width(cur + piece) > width:
            out.append(cur.rstrip())
            cur = piece.lstrip()
            while break_words and cur and metrics.width(cur) > width and len(cur) > 1:
                cut = len(cur) - 1
                while cut > 1 and metrics.width(cur[:cut]) > width:
                    cut -= 1
                out.append(cur[:cut])
                cur = cur[cut:]
        else:
            cur += piece
    out.append(cur.rstrip())
    return out


def _pieces(text: str) -> list[str]:
    """Unbreakable pieces: a Latin word with its following space, or one hanzi."""
    out: list[str] = []
    word = ""
    for ch in text:
        if ch == " ":
            out.append(word + ch)
            word = ""
        elif ord(ch) > 0x2E80:
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        else:
            word += ch
    if word:
        out.append(word)
    return out
