"""A flash card's side as the Decks page previews it in a QTextBrowser (which runs no
JavaScript and knows only a subset of CSS).
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication

from chinese_teach.gui import theme

_SCRIPT_RE = re.compile(r"<script\b.*?</script>", re.DOTALL | re.IGNORECASE)
_SOUND_RE = re.compile(r"\[sound:[^\]]*\]")
_CLOZE_RE = re.compile(r'<span class="ct-word">(?:<span[^>]*>[^<]*</span>|[^<])*</span>')
_STROKES_RE = re.compile(r'<div class="ct-strokes" id="ct-strokes"></div>')


def preview_html(side: str, css: str, family: str, front: bool, tone_css: str = "") -> str:
    """A card side made fit for QTextBrowser: no scripts, audio and strokes as notes.

    QTextBrowser runs no JavaScript and knows only a subset of CSS, so the blank of a
    sentence card is drawn here and the stroke animation is replaced by a note.
    """
    body = _SCRIPT_RE.sub("", side)
    body = _SOUND_RE.sub("🔊 ", body)
    if front and "ct-cloze" in body:
        body = _CLOZE_RE.sub("＿＿", body)
    note = html.escape(QCoreApplication.translate(
        "DecksPage", "[stroke-order animation plays here in Anki]"))
    body = _STROKES_RE.sub(
        f'<p><span style="{theme.css("muted", size_pt=theme.font_pt("small"))}">{note}'
        '</span></p>', body)
    body = body.replace('style="display:none"', f'style="{theme.hidden_css()}"')
    body = re.sub(r'<div class="ct-strokes-src"[^>]*>.*?</div>', "", body, flags=re.DOTALL)
    extra = theme.card_preview_css(html.escape(family, quote=True))
    return f'<html><head><style>{tone_css}\n{extra}\n{css}</style></head><body class="card">' \
           f'<div align="center">{body}</div></body></html>'
