"""A word's 一 and 不 on its card, its study page and its word lists are written in the
tones its example sentence writes them (qa19: the card's Pinyin field printed 一起 yīqǐ
above an example that says "yìqǐ"): the deck's convention is the textbooks', the word
as it is said, a lone 一 or 不 as said alone (yī, bù); Pleco's import keeps the
dictionary's tones, by which Pleco finds its own entry."""

from __future__ import annotations

import re

import pytest

from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.export.anki.apkg import example_html, note_fields
from chinese_teach.core.export.anki.note_type import CONTENT_FIELDS
from chinese_teach.core.export.anki.words import DeckPart, build_words
from chinese_teach.core.export.study_page import word_record
from chinese_teach.core.export.wordlists import pleco_text, quizlet_text, table_rows
from chinese_teach.core.text.sandhi import said_alone


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


@pytest.mark.parametrize(("word", "text", "said"), [
    ("一起", "我们一起去北京。", "yìqǐ"),
    ("不客气", "他说：“不客气。”", "búkèqi"),
    ("一样", "我们的书一样。", "yíyàng"),
    ("一共", "一共多少钱？", "yígòng"),
    ("不错", "这个饭馆不错。", "búcuò"),
    ("一定", "你明天一定来。", "yídìng"),
])
def test_card_word_pinyin_follows_its_example(word, text, said, dictionary, engine):
    [deck_word] = build_words([word], dictionary=dictionary, engine=engine,
                              standard=Standard.HSK2021, texts=[text])
    fields = dict(zip(CONTENT_FIELDS, note_fields(deck_word, audio=None, stroke_chars=word),
                      strict=False))
    assert _plain(fields["Pinyin"]) == said
    example = _plain(example_html(deck_word.example, word)[1])
    assert said in example.replace(" ", "").lower(), example
    assert "".join(word_record(deck_word, 0, None)["p"]) == said
    part = DeckPart("lesson:1", "Lesson", [deck_word])
    assert said in quizlet_text([part])
    assert table_rows([part])[1][2].replace(" ", "") == said
    # Pleco matches its own entry by the dictionary's tones
    assert "yi1" in pleco_text([part]) or "bu4" in pleco_text([part])


@pytest.mark.parametrize(("word", "syllables", "said"), [
    ("一", ("yi1",), ("yi1",)),
    ("不", ("bu4",), ("bu4",)),
    ("统一", ("tong3", "yi1"), ("tong3", "yi1")),
    ("星期一", ("xing1", "qi1", "yi1"), ("xing1", "qi1", "yi1")),
    ("一月", ("yi1", "yue4"), ("yi1", "yue4")),
    ("第一", ("di4", "yi1"), ("di4", "yi1")),
    ("一点儿", ("yi1", "dian3", "r5"), ("yi4", "dian3", "r5")),
    ("不好", ("bu4", "hao3"), ("bu4", "hao3")),
])
def test_said_alone_changes_only_inside_the_word(word, syllables, said):
    assert said_alone(word, syllables) == said
