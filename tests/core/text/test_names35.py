"""A full name called out before a comma (陈建国，你来回答。), after 这是/那是/就是 at the end
of its clause (这是王小龙。), and the capitals of 小 + a surname character that is a given
name after its surname (尹 + 小龙: Yǐn Xiǎolóng, not Xiǎo Lóng) (names35, issue 15)."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.names import called_out, full_name, given_name_length

#: A dictionary with 小龙 "snake (zodiac)", 建国 "to found a country" and 衬衫 "shirt"; the
#: learner lists with 衬衫.
COMMON = {"小龙", "建国", "衬衫"}.__contains__
LISTED = {"衬衫"}.__contains__


def names(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.extra.get("name")]


def test_called_out_reads_a_comma_and_a_clause_spoken_to_someone() -> None:
    assert called_out("，你来回答。")
    assert called_out("，请坐。")
    assert called_out(", 别说话了。")
    assert not called_out("，他来回答。")  # spoken about someone else
    assert not called_out("。你来回答。")  # a sentence ends: no call
    assert not called_out("你来")  # no comma
    assert not called_out("，")


def test_a_name_alone_in_its_clause_is_a_name_only_when_called_out() -> None:
    assert full_name("陈建国", COMMON, after=None, nxt=None, listed=LISTED, calling=True)
    assert not full_name("陈建国", COMMON, after=None, nxt=None, listed=LISTED)
    assert given_name_length(["王", "小龙"], 0, COMMON, after=None, listed=LISTED,
                             calling=True) == 1
    assert given_name_length(["王", "小龙"], 0, COMMON, after=None, listed=LISTED) == 0
    # a learner's word after the surname stays a word, called out or not
    assert given_name_length(["白", "衬衫"], 0, COMMON, after=None, listed=LISTED,
                             calling=True) == 0


def test_after_this_is_a_name_ending_its_clause_is_a_person() -> None:
    assert full_name("王小龙", COMMON, after="是", nxt=None, listed=LISTED, subject="这")
    assert full_name("李建国", COMMON, after="就是", nxt=None, listed=LISTED, subject="他")
    assert full_name("王小龙", COMMON, after="这是", nxt=None, listed=LISTED)
    assert not full_name("王小龙", COMMON, after="这是", nxt="的", listed=LISTED)
    assert not full_name("王小龙", COMMON, after="是", nxt=None, listed=LISTED, subject="张")


@pytest.mark.parametrize(("text", "expected"), [
    ("陈建国，你来回答。", ["陈建国"]),
    ("“陈建国，你来回答。”老师说。", ["陈建国"]),
    ("王小龙，请坐。", ["王小龙"]),
    ("李建国，快过来。", ["李建国"]),
    ("刘小龙，别说话了。", ["刘小龙"]),
    ("黄海燕，您的电话。", ["黄海燕"]),
    ("这是王小龙。", ["王小龙"]),
    ("他就是李建国。", ["李建国"]),
    ("这是尹小龙。", ["尹小龙"]),
])
def test_a_called_or_introduced_name_is_one_name(engine, text, expected) -> None:
    assert names(engine, text) == expected


@pytest.mark.parametrize("text", [
    "白衬衫，你喜欢吗？", "这是白衬衫。", "那是高个子。", "这是三张小卡片。",
])
def test_the_same_frames_with_no_name_stay_words(engine, text) -> None:
    assert names(engine, text) == []


def test_a_predicate_after_a_surname_character_is_not_called_out(engine) -> None:
    # the king is warlike (the pinyin dump's CPP dev): 王 + 好战 is no name before ，请
    assert names(engine, "孟子对曰：“王好战，请以战喻。”") == ["孟子"]
    assert not full_name("王好战", {"好战"}.__contains__, after=None, nxt=None,
                         listed=LISTED, calling=True)


def test_the_called_name_is_capitalised_in_two_parts(engine) -> None:
    toks = [t for t in engine.annotate("王小龙，请坐。") if t.is_word]
    assert toks[0].text == "王小龙"
    assert tuple(toks[0].extra["name"]) == (True, True, False)  # Wáng Xiǎolóng


def test_xiao_and_a_surname_after_a_surname_is_one_given_name(engine) -> None:
    toks = {t.text: t.extra.get("name") for t in engine.annotate("老师表扬了尹小龙。")
            if t.is_word}
    assert tuple(toks["尹"]) == (True,)
    assert tuple(toks["小龙"]) == (True, False)  # Yǐn Xiǎolóng, not Yǐn Xiǎo Lóng


def test_xiao_and_a_surname_alone_or_counted_keeps_two_capitals(engine) -> None:
    for text in ("我看见小王了。", "我拿了一张小王的照片。"):
        toks = {t.text: t.extra.get("name") for t in engine.annotate(text) if t.is_word}
        assert tuple(toks["小王"]) == (True, True)  # Xiǎo Wáng
        assert not toks.get("张")


def test_a_reader_prints_the_given_name_after_its_surname_as_one_word(engine, dictionary
                                                                      ) -> None:
    from chinese_teach.core.documents.reader import (
        GlossaryMode,
        PinyinMode,
        ReaderOptions,
        build_reader,
    )

    opts = ReaderOptions(glossary=GlossaryMode.END, pinyin=PinyinMode.ALL, target_level=1)
    shown = {g.word: g.pinyin for g in build_reader("老师表扬了尹小龙。", opts, engine,
                                                     dictionary).glossary}
    assert (shown["尹"], shown["小龙"]) == ("Yǐn", "Xiǎolóng")  # not Xiǎo Lóng
    shown = {g.word: g.pinyin for g in build_reader("这是尹小龙。", opts, engine,
                                                     dictionary).glossary}
    assert shown["尹小龙"] == "Yǐn Xiǎolóng"
