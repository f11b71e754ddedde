"""A card's example sentence spells a name as the text it comes from does (qa20): 张丽拍了很多
照片 read alone made 张丽 no name and the study page printed "Zhāng lì pāile ..." where the
lesson's reader printed Zhāng Lì. The example takes its words from the annotated text."""

from __future__ import annotations

import pytest

from chinese_teach.core.export.anki.words import build_words, pinyin_line

STORY = ("李明是北京人。上个星期一，他和朋友张丽一起去杭州旅游。张丽拍了很多照片，"
         "李明买了一些茶叶送给妈妈。")


@pytest.mark.parametrize(("word", "name"), [("拍", "Zhāng Lì"), ("茶叶", "Lǐ Míng"),
                                            ("旅游", "Zhāng Lì")])
def test_an_examples_names_are_spelled_as_in_its_text(word, name, dictionary, engine):
    [deck_word] = build_words([word], dictionary=dictionary, engine=engine, texts=[STORY])
    line = "".join(lead + text for _, lead, text in pinyin_line(deck_word.example))
    assert name in line, line
