"""The Decks page's output formats, and which of its options each format uses.

The Anki deck and the study page (one offline ``.html`` file for students without Anki)
carry stroke order, audio and the teacher's recordings; only the Anki deck has card
types to choose. The labels are translated by the page (context ``DecksPage``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: output formats: key, label, file filter, suffix
FORMATS: tuple[tuple[str, str, str, str], ...] = (
    ("anki", QT_TRANSLATE_NOOP("DecksPage", "Anki deck (.apkg)"),
     QT_TRANSLATE_NOOP("DecksPage", "Anki deck (*.apkg)"), ".apkg"),
    ("study", QT_TRANSLATE_NOOP("DecksPage", "Study page (.html)"),
     QT_TRANSLATE_NOOP("DecksPage", "Web pages (*.html)"), ".html"),
    ("pleco", QT_TRANSLATE_NOOP("DecksPage", "Pleco flashcards (.txt)"),
     QT_TRANSLATE_NOOP("DecksPage", "Text files (*.txt)"), ".txt"),
    ("quizlet", QT_TRANSLATE_NOOP("DecksPage", "Quizlet import (.txt)"),
     QT_TRANSLATE_NOOP("DecksPage", "Text files (*.txt)"), ".txt"),
    ("csv", QT_TRANSLATE_NOOP("DecksPage", "Spreadsheet (.csv)"),
     QT_TRANSLATE_NOOP("DecksPage", "CSV files (*.csv)"), ".csv"),
    ("tsv", QT_TRANSLATE_NOOP("DecksPage", "Spreadsheet (.tsv)"),
     QT_TRANSLATE_NOOP("DecksPage", "TSV files (*.tsv)"), ".tsv"),
    ("pdf", QT_TRANSLATE_NOOP("DecksPage", "Printable vocabulary list (.pdf)"),
     QT_TRANSLATE_NOOP("DecksPage", "PDF files (*.pdf)"), ".pdf"),
)

#: formats that carry stroke order, audio and the teacher's recordings
WITH_MEDIA = frozenset({"anki", "study"})


def option_applies(fmt: str, card_type: bool) -> bool:
    """Whether an option of the page means something for ``fmt``: the card-type boxes
    (``card_type``) for the Anki deck only, strokes/audio/recordings for both media
    formats."""
    return fmt == "anki" if card_type else fmt in WITH_MEDIA
