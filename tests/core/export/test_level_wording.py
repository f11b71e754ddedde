"""A word outside the level list says so in the same words in every output (qa21): the
reader's glossary printed "-", the vocabulary tab "—", the lesson's words "not in
HSK2021", the cards and the study page nothing at all. Now each says ``not in HSK2021``
(the document language's ``level.not_in``), naming the list; a listed word keeps its level
(bare under a column that names the standard, ``HSK2021 3`` elsewhere)."""

from __future__ import annotations

from chinese_teach.core.corpus.levels import Level, Standard
from chinese_teach.core.documents.reader import GlossaryEntry
from chinese_teach.core.export.anki.apkg import FIELDS, note_fields
from chinese_teach.core.export.anki.words import DeckWord
from chinese_teach.core.export.study_page import word_record


def deck_word(level: int | None) -> DeckWord:
    return DeckWord("u1", "咖啡馆", "咖啡館", ("ka1", "fei1", "guan3"), "café",
                    Level(Standard.HSK2021, level) if level else None,
                    standard=Standard.HSK2021)


def entry(level: int | None) -> GlossaryEntry:
    return GlossaryEntry(1, "咖啡馆", "咖啡馆", "kāfēiguǎn", ("ka1", "fei1", "guan3"), "café",
                         level, Standard.HSK2021, 0)


def test_the_glossary_names_the_list_of_a_word_outside_it() -> None:
    assert entry(None).level_short == "not in HSK2021"
    assert entry(None).level_note == "not in HSK2021"
    assert entry(3).level_short == "3" and entry(3).level_note == "HSK2021 3"


def test_cards_and_the_study_page_name_the_list_too() -> None:
    fields = dict(zip(FIELDS, note_fields(deck_word(None), audio=None, stroke_chars=""),
                      strict=True))
    assert fields["Level"] == "not in HSK2021"
    assert word_record(deck_word(None), 0, None)["l"] == "not in HSK2021"
    assert word_record(deck_word(2), 0, None)["l"] == "HSK2021 2"


def test_the_words_follow_the_document_language() -> None:
    assert deck_word(None).level_text("zh_CN") == "HSK2021 未收录"
