"""The printable vocabulary list of a deck (PDF)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from chinese_teach.core.corpus.levels import Level, Standard
from chinese_teach.core.export.anki.words import DeckPart, DeckWord


def word(simplified, traditional, pinyin, meaning, level):
    return DeckWord(f"u-{simplified}", simplified, traditional, pinyin, meaning,
                    Level(Standard.HSK2021, level))


def lesson_one() -> DeckPart:
    return DeckPart("l1", "Course A::01 At the bank", [
        word("银行", "銀行", ("yin2", "hang2"), "bank", 3),
        word("你好", "你好", ("ni3", "hao3"), "hello", 1),
        word("谢谢", "謝謝", ("xie4", "xie5"), "thank you", 1)])


def lesson_two() -> DeckPart:
    return DeckPart("l2", "Course A::02 Money", [
        word("钱", "錢", ("qian2",), "money", 2),
        word("银行", "銀行", ("yin2", "hang2"), "bank", 3)])


@pytest.fixture
def gui_app(qapp):
    from chinese_teach.render.fonts import register_bundled_fonts

    register_bundled_fonts()
    return qapp


def test_vocabulary_pdf_lists_each_word_once(gui_app, tmp_path):
    from chinese_teach.render.vocablist_pdf import export_vocabulary_pdf, layout_vocabulary

    doc = layout_vocabulary([lesson_one(), lesson_two()])
    text = " ".join(doc.texts())
    assert "Course A" in text and "4 words" in text
    assert text.count("银行") == 1 and "钱" in text and "yínháng" in text
    assert "HSK2021 3" in text and "02 Money" in text
    out = tmp_path / "vocab.pdf"
    assert export_vocabulary_pdf([lesson_one(), lesson_two()], out) == 1
    extracted = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "银行" in extracted and "thank you" in extracted


# qa18 (2026-12-07): the list of one lesson was titled by its course alone ("HSK 3-4
# 周三班", footer "HSK 3-4 周三班 · vocabulary"): a student could not tell which lesson.
@pytest.mark.parametrize("name", [
    "Course A::01 At the bank", "HSK 3-4 周三班::01 第五课 旅行", "Evening class::Unit 2::Lesson 7",
])
def test_the_list_of_one_lesson_names_the_lesson(gui_app, name):
    from chinese_teach.render.vocablist_pdf import layout_vocabulary

    part = lesson_one()
    doc = layout_vocabulary([DeckPart(part.key, name, part.words)])
    lesson = name.split("::")[-1]
    assert lesson in doc.texts()[0], doc.texts()[:3]
    assert lesson in doc.title


def test_a_list_of_several_lessons_keeps_the_course_title(gui_app):
    from chinese_teach.render.vocablist_pdf import layout_vocabulary

    doc = layout_vocabulary([lesson_one(), lesson_two()])
    assert doc.title == "Course A"


# qa19: the printed list wrote a word's 一 and 不 in the dictionary's tones (yīqǐ) while the
# deck's cards and example sentences, as said, write yìqǐ (DeckWord.spoken)
def test_the_list_writes_yi_and_bu_as_the_cards_do(gui_app):
    from chinese_teach.render.vocablist_pdf import layout_vocabulary

    together = word("一起", "一起", ("yi1", "qi3"), "together", 1)
    together.said = ("yi4", "qi3")
    doc = layout_vocabulary([DeckPart("l3", "Course A::03 Together", [together])])
    text = " ".join(doc.texts())
    assert "yìqǐ" in text and "yīqǐ" not in text
