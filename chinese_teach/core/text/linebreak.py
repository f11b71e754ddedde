"""Where a line of Chinese text may break, shared by the PDF layout and the HTML export.

* Kinsoku: no line starts with a closing mark (，。）” ...), none ends with an opening one.
* An e-mail address or a phone number is never cut across two lines: the segmenter gives
  ``wang`` ``.`` ``xiaoming`` ``@`` ... and ``+`` ``86`` `` `` ``138`` ..., and
  :func:`keep_unbroken` joins them back into one token before the text is laid out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from chinese_teach.core.text.tokens import Kind, Token

#: Characters that must not start a line (closing punctuation, pauses, small kana-like marks).
NO_LINE_START = frozenset(
    "，。！？；：、）」』”’》〉】〕〗〙〛｝］…‥·・〜～—-%‰℃,.!?;:)]}>'\"»›ー々〻ゝゞ"
)
#: Characters that must not end a line (opening brackets and quotes).
NO_LINE_END = frozenset("（「『“‘《〈【〔〖〘〚｛［([{<«‹")

_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
#: +86 138 1234 5678, 010-6275-1234, (021) 5555 1234: groups of digits joined by one
#: space, hyphen or dot; seven digits at least, so a plain "3 4" stays breakable
_PHONE = r"(?:\+\d{1,3}[ -]?)?(?:\(\d{1,4}\)[ -]?)?\d{2,5}(?:[ .-]\d{2,5}){1,4}"
UNBREAKABLE = re.compile(rf"(?<![A-Za-z0-9_@.+-])(?:{_EMAIL}|{_PHONE})(?![A-Za-z0-9_@-])")
_MIN_PHONE_DIGITS = 7


_DIGIT = re.compile(r"\d")


def unbreakable_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every e-mail address and phone number in ``text``."""
    if "@" not in text and len(_DIGIT.findall(text)) < _MIN_PHONE_DIGITS:
        return []  # (a span's digits are all ``\d``: fewer in the text, no phone number)
    spans = []
    for m in UNBREAKABLE.finditer(text):
        found = m.group()
        if "@" in found or sum(ch.isdigit() for ch in found) >= _MIN_PHONE_DIGITS:
            spans.append(m.span())
    return spans


def is_unbreakable(text: str) -> bool:
    """True when ``text`` is one whole e-mail address or phone number."""
    return unbreakable_spans(text) == [(0, len(text))] if text else False


def keep_unbroken(tokens: Sequence[Token], text: str | None = None) -> list[Token]:
    """``tokens`` with each e-mail address and phone number joined into one Latin token
    (its parts are never Chinese words, so nothing else changes); ``text`` is the text
    the tokens spell, when the caller has it."""
    if text is None:
        text = "".join(t.text for t in tokens)
    spans = unbreakable_spans(text)
    if not spans:
        return list(tokens)
    out: list[Token] = []
    pos = 0
    k = 0
    run: list[Token] = []
    for tok in tokens:
        start, end = pos, pos + len(tok.text)
        pos = end
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        inside = k < len(spans) and spans[k][0] <= start and end <= spans[k][1]
        if inside and not tok.is_hanzi:
            run.append(tok)
            if end == spans[k][1]:
                out.append(_joined(run))
                run = []
            continue
        out.extend(run)  # a span that does not fall on token boundaries stays as it was
        run = []
        out.append(tok)
    out.extend(run)
    return out


def _joined(run: list[Token]) -> Token:
    if len(run) == 1:
        return run[0]
    return replace(run[0], text="".join(t.text for t in run), end=run[-1].end,
                   kind=Kind.LATIN, pinyin=None, citation=None, sources=None, unsure=None)
