"""The Decks page's card preview: a flash card's sides as a QTextBrowser shows them (it
runs no JavaScript and knows only a subset of CSS), and the panel that shows them.

Its texts keep the Decks page's translation context ("DecksPage").
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from chinese_teach.core.export.anki.note_type import CardType
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


class CardPreviewPanel(QWidget):
    """The Decks page's preview: a word of the deck and a card type chosen above, the
    card's front and back side by side. :attr:`choice_changed` says the teacher chose
    another word or card type."""

    choice_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: list = []
        self.word_combo = QComboBox()
        self.word_combo.setObjectName("preview_word")
        self.card_combo = QComboBox()
        self.card_combo.setObjectName("preview_card")
        for card in CardType:
            self.card_combo.addItem(
                QCoreApplication.translate("DecksPage", card.value.capitalize()), card.value)
        self.front_view = QTextBrowser()
        self.front_view.setObjectName("front")
        self.back_view = QTextBrowser()
        self.back_view.setObjectName("back")
        self.note = QLabel(QCoreApplication.translate(
            "DecksPage",
            "Preview without JavaScript: in Anki the back animates the stroke order and "
            "plays the audio; this preview shows where they go."
        ))
        self.note.setWordWrap(True)
        rl = QVBoxLayout(self)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(QCoreApplication.translate("DecksPage", "Word")))
        pick.addWidget(self.word_combo, 1)
        pick.addWidget(QLabel(QCoreApplication.translate("DecksPage", "Card")))
        pick.addWidget(self.card_combo)
        rl.addLayout(pick)
        sides = QHBoxLayout()
        for title, view in ((QCoreApplication.translate("DecksPage", "Front"), self.front_view),
                            (QCoreApplication.translate("DecksPage", "Back"), self.back_view)):
            col = QVBoxLayout()
            col.addWidget(QLabel(f"<b>{title}</b>"))
            col.addWidget(view)
            sides.addLayout(col)
        rl.addLayout(sides, 1)
        rl.addWidget(self.note)
        self.word_combo.currentIndexChanged.connect(self.choice_changed)
        self.card_combo.currentIndexChanged.connect(self.choice_changed)

    def set_parts(self, parts: list) -> None:
        """List the words of the deck's ``parts`` (DeckPart) to choose from."""
        self.parts = parts
        self.word_combo.blockSignals(True)
        self.word_combo.clear()
        for pi, part in enumerate(parts):
            for wi, word in enumerate(part.words):
                self.word_combo.addItem(f"{word.simplified}  ({part.name})", (pi, wi))
        self.word_combo.blockSignals(False)

    def show_card(self, options, prefs) -> None:
        """Show the chosen word's chosen card as exported with ``options`` (AnkiOptions),
        in the teacher's Chinese font and tone colours (``prefs``)."""
        from chinese_teach.core.export.anki.apkg import preview_card
        from chinese_teach.render.fonts import default_chinese_family

        pos = self.word_combo.currentData()
        if not self.parts or pos is None:
            self.front_view.clear()
            self.back_view.clear()
            return
        word = self.parts[pos[0]].words[pos[1]]
        card = CardType(self.card_combo.currentData())
        preview = preview_card(word, card, options)
        family = prefs.chinese_font or default_chinese_family()
        tones = prefs.tone_scheme().css()
        if not preview.front.strip():
            what = (QCoreApplication.translate("DecksPage", "audio")
                    if card is CardType.LISTENING
                    else QCoreApplication.translate("DecksPage", "an example sentence"))
            note = QCoreApplication.translate(
                "DecksPage", "This word has no {card} card (it needs {what})."
            ).format(card=card.value, what=what)
            self.front_view.setHtml(f"<p>{html.escape(note)}</p>")
            self.back_view.clear()
            return
        self.front_view.setHtml(preview_html(preview.front, preview.css, family, True, tones))
        self.back_view.setHtml(preview_html(preview.back, preview.css, family, False, tones))
