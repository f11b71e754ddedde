"""Dictation (听写) worksheets: items from the vocabulary or any word list, boxes per
character, the hint chosen, an order reproducible from the seed."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.documents.lessonwords import VocabRow
from chinese_teach.core.documents.worksheet import (
    DictationItem,
    Hint,
    WorksheetKind,
    build_dictation,
    build_worksheet,
    dictation_items,
)
from chinese_teach.core.errors import BadInputError


def _row(word: str, pinyin: str, meaning: str) -> VocabRow:
    return VocabRow(word, (), pinyin, meaning, Standard.HSK2021, None)


ROWS = [_row("你好", "nǐ hǎo", "hello"), _row("谢谢", "xièxie", "thank you"),
        _row("一点儿", "yīdiǎnr", "a little"), _row("OK", "", "okay"),
        _row("北京大学", "Běijīng Dàxué", "Peking University")]


def test_boxes_count_the_characters_only() -> None:
    assert DictationItem("一点儿", "yīdiǎnr", "").boxes == 3
    assert DictationItem("卡拉OK", "kǎlā OK", "").boxes == 2
    # a word with no character to write is left out of the dictation
    assert [i.hanzi for i in dictation_items(ROWS)] == ["你好", "谢谢", "一点儿", "北京大学"]


@pytest.mark.parametrize(("hint", "shown"), [("pinyin", "nǐ hǎo"), ("meaning", "hello"),
                                             ("none", "")])
def test_the_hint_chosen_is_what_the_sheet_prints(hint: str, shown: str) -> None:
    ws = build_dictation(ROWS, "en", subtitle="Words", hint=hint, shuffle=False)
    first = ws.sections[0].dictation[0]
    assert (first.hanzi, first.hint) == ("你好", shown)
    assert ws.hint is Hint(hint) and ws.kind is WorksheetKind.DICTATION
    # the script always has pinyin and meaning, whatever the students see
    assert ws.sections[0].script()[0] == "1. 你好 nǐ hǎo (hello)"
    assert ws.sections[0].answers()[0] == "1. 你好  nǐ hǎo"


def test_seed_gives_the_same_order_and_in_order_keeps_the_list() -> None:
    a = build_dictation(ROWS, "en", subtitle="s", seed=5)
    b = build_dictation(ROWS, "en", subtitle="s", seed=5)
    assert a.sections == b.sections and "seed 5" in a.footer
    orders = {tuple(i.hanzi for i in build_dictation(ROWS, "en", subtitle="s", seed=s)
                    .sections[0].dictation) for s in range(1, 8)}
    assert len(orders) > 1
    assert all(sorted(o) == sorted(["你好", "谢谢", "一点儿", "北京大学"]) for o in orders)
    kept = build_dictation(ROWS, "en", subtitle="s", seed=5, shuffle=False)
    assert [i.hanzi for i in kept.sections[0].dictation] == ["你好", "谢谢", "一点儿", "北京大学"]
    assert "seed" not in kept.footer and "lesson's order" in kept.footer


def test_document_language_and_bad_options() -> None:
    zh = build_dictation(ROWS, "zh_CN", subtitle="s", hint="none")
    assert zh.title == "听写" and "一格写一个字" in zh.sections[0].instructions
    fr = build_dictation(ROWS, "fr", subtitle="s")
    assert fr.title == "Dictée" and "pinyin" in fr.sections[0].instructions
    with pytest.raises(BadInputError, match="hint"):
        build_dictation(ROWS, "en", subtitle="s", hint="tones")
    with pytest.raises(BadInputError, match="no word"):
        build_dictation([_row("OK", "", "okay")], "en", subtitle="s")


def test_lesson_dictation_holds_its_vocabulary(story, engine, corpus) -> None:
    lib, _, ids = story
    ws = build_worksheet(lib, ids[2], "dictation", engine, corpus, seed=3, hint="meaning")
    words = {i.hanzi for i in ws.sections[0].dictation}
    assert words and words <= set(lib.lesson(ids[2]).words)
    assert all(i.hint == i.meaning for i in ws.sections[0].dictation)
    again = build_worksheet(lib, ids[2], "dictation", engine, corpus, seed=3, hint="meaning")
    assert again.sections == ws.sections
