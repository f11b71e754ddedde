"""An example sentence's pinyin line joins an aspect particle to its verb, as the shared
pinyin conventions and GB/T 16159 write it (kànle, kànzhe, qùguo), and leaves a sentence-
or clause-final 了 alone (Tā lái le.). qa19: a card read "mǎi le yí jiàn yīfu"."""

from __future__ import annotations

import re

import pytest

from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.export.anki.apkg import example_html
from chinese_teach.core.export.anki.words import build_words
from chinese_teach.core.export.study_page import _example
from chinese_teach.core.export.wordlists import _example_pinyin


def _lines(word, text, dictionary, engine) -> list[str]:
    [deck_word] = build_words([word], dictionary=dictionary, engine=engine,
                              standard=Standard.HSK2021, texts=[text])
    assert deck_word.example is not None
    card = re.sub(r"<[^>]+>", "", example_html(deck_word.example, word)[1])
    return [card, _example(deck_word)["p"], _example_pinyin(deck_word)]


@pytest.mark.parametrize(("word", "text", "spelled"), [
    ("衣服", "下午我买了一件衣服。", ("mǎile yí jiàn",)),
    ("北京", "你去过北京吗？", ("qùguo Běijīng",)),
    ("看", "他笑着看我。", ("xiàozhe kàn",)),
    ("饭", "我吃了饭了。", ("chīle fàn le.",)),
    ("书", "我看过这本书。", ("kànguo zhè",)),
    ("门", "门开着呢。", ("kāizhe ne",)),
    ("来", "他来了。", ("lái le.",)),
    ("喝", "她喝了两杯茶。", ("hēle liǎng",)),
])
def test_example_pinyin_joins_aspect_particles(word, text, spelled, dictionary, engine):
    for line in _lines(word, text, dictionary, engine):
        for piece in spelled:
            assert piece in line, (line, piece)
