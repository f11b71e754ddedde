"""An example sentence's pinyin as a student reads it on a card, a study page and a word
list: proper names capitalised as the reader prints them and the sentence's first word
with a capital (qa18: a card printed "huí běijīng yǐqián, lǐ huá mǎi le ... zhānglǎoshī")."""

from __future__ import annotations

import re

import pytest

from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.export.anki.apkg import example_html
from chinese_teach.core.export.anki.words import build_words
from chinese_teach.core.export.study_page import _example
from chinese_teach.core.export.wordlists import _example_pinyin


def _pinyin_lines(word, text, dictionary, engine) -> list[str]:
    [deck_word] = build_words([word], dictionary=dictionary, engine=engine,
                              standard=Standard.HSK2021, texts=[text])
    assert deck_word.example is not None
    card = re.sub(r"<[^>]+>", "", example_html(deck_word.example, word)[1])
    return [card, _example(deck_word)["p"], _example_pinyin(deck_word)]


@pytest.mark.parametrize(("word", "text", "spelled"), [
    ("一起", "我和王小明一起去北京。", ("Wǒ ", "Wáng Xiǎomíng", "Běijīng")),
    ("笑", "张老师笑着说。", ("Zhāng lǎoshī",)),
    ("去", "他们去了上海。", ("Tāmen ", "Shànghǎi")),
    ("姐姐", "李明的姐姐在中国工作。", ("Lǐ Míng", "Zhōngguó")),
    ("春天", "我们明年春天再来杭州。", ("Wǒmen ", "Hángzhōu")),
    ("汉语", "她会说汉语和英语。", ("Tā ", "Hànyǔ", "Yīngyǔ")),
    ("生日", "下个星期六是我的生日。", ("Xià ", " xīngqī")),
])
def test_example_pinyin_capitalises_names_and_the_first_word(word, text, spelled,
                                                           dictionary, engine):
    for line in _pinyin_lines(word, text, dictionary, engine):
        for piece in spelled:
            assert piece in line, (line, piece)


# qa18: the pinyin line printed the sentence's Chinese punctuation ("shìbèigōngbàn： huā",
# "súhuàshuō：" shībài"); a pinyin line is written with Latin punctuation, an opening
# quote against the word after it.
@pytest.mark.parametrize(("word", "text", "spelled"), [
    ("事倍功半", "这样的方法往往事倍功半：花了很多时间。", ("shìbèigōngbàn: huā", "shíjiān.")),
    ("俗话说", "俗话说：“失败是成功之母。”", ('Súhuàshuō: "shībài', 'zhīmǔ."')),
    ("欢迎", "您好，欢迎你！", ("hǎo, huānyíng", "nǐ!")),
    ("首", "一段对话、一首歌。", ("duìhuà, yì shǒu", "gē.")),
    ("哪儿", "你去哪儿？", ("nǎr?",)),
    ("笑", "他（笑着）说好。", ("Tā (xiào",)),
])
def test_example_pinyin_line_uses_latin_punctuation(word, text, spelled, dictionary, engine):
    for line in _pinyin_lines(word, text, dictionary, engine):
        assert not any(ch in line for ch in "，。：！？、“”（）"), line
        for piece in spelled:
            assert piece in line, (line, piece)
