"""A number the dictionary lacks is glossed by its value, in every output that shows a
gloss (qa21): Show in class, the glossaries and the cards printed "(number)" for 四十八,
一百, 一九九八, which told a student nothing; a number with no value (几十) shows nothing."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import glosser
from chinese_teach.core.documents.classroom import class_text


@pytest.mark.parametrize(("word", "gloss"), [
    ("四十八", "48"), ("一百", "100"), ("一九九八", "1998"), ("二十五", "25"), ("几十", ""),
])
def test_a_number_is_glossed_by_its_value(word, gloss, corpus) -> None:
    assert glosser(corpus).gloss(word).short == gloss


def test_the_projector_shows_the_value(engine, corpus) -> None:
    shown = class_text("T", "一共四十八块。一九九八年他二十五岁。", engine, corpus)
    words = {w.text: w.meaning for s in shown.sentences for w in s}
    assert words["四十八"] == "48" and words["一九九八"] == "1998" and words["二十五"] == "25"
    assert not any("(number)" in m for m in words.values())
