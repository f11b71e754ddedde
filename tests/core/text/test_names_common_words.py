"""A word marked as a name that is also a common word (words28's kinds: a small place
only, a surname-first word in no list, a textbook name CC-CEDICT has as no name) is a
name only where a person may stand: its capitals, its ``name`` mark and its gloss follow
the one decision :meth:`Glosser.common_word_not_name` (names29, issues 15 and 19)."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import token_glosses


def _word(corpus, engine, text: str, word: str):
    """The first token ``word`` of ``text`` and its gloss in the sentence."""
    toks = engine.annotate(text)
    glosses = token_glosses(toks, corpus)
    return next((t, g) for t, g in zip(toks, glosses, strict=True) if t.text == word)


@pytest.mark.parametrize(("text", "word", "gloss"), [
    ("明天下小雨。", "小雨", "light rain"),  # a textbook name CC-CEDICT has as no name
    ("外面下着小雨。", "小雨", "light rain"),
    ("小雨", "小雨", "light rain"),  # a word alone: no text calls anyone
    ("天空中飘着白云。", "白云", "white cloud"),  # a surname-first word in no list
    ("天上有白云。", "白云", "white cloud"),
    ("向阳的房间很暖和。", "向阳", "facing the sun"),  # named only as a district
    ("向阳", "向阳", "facing the sun"),
])
def test_a_common_word_where_no_person_stands_is_no_name(corpus, engine, text, word,
                                                         gloss) -> None:
    tok, found = _word(corpus, engine, text, word)
    assert not tok.extra.get("name") and "name_title" not in tok.extra
    assert not found.name and found.short.startswith(gloss)


@pytest.mark.parametrize(("text", "word", "gloss"), [
    ("我叫小雨。", "小雨", "(name) Xiaoyu"),
    ("小雨说她不来。", "小雨", "(name) Xiaoyu"),
    ("我认识白云。", "白云", "(name) Bai Yun"),
    ("白云说他明天来。", "白云", "(name) Bai Yun"),
    # a textbook character's name first in its clause: the dialogue calls a person
    ("小雨，你好！", "小雨", "(name) Xiaoyu"),
    ("今天小雨没来上课。", "小雨", "(name) Xiaoyu"),
    ("小龙：你去哪儿？", "小龙", "Xiao Long (name)"),
])
def test_the_same_word_where_a_person_stands_stays_a_name(corpus, engine, text, word,
                                                          gloss) -> None:
    tok, found = _word(corpus, engine, text, word)
    assert tok.extra.get("name") and tok.extra["name"][0]
    assert found.name and found.short == gloss


@pytest.mark.parametrize(("text", "word"), [
    ("我们去向阳村。", "向阳"), ("他们回凌云寺。", "凌云"), ("目前的龙潭镇很大。", "龙潭"),
    ("省委组建中共临海县委。", "临海"),
])
def test_the_same_word_before_a_kind_of_place_is_the_places_name(corpus, engine, text,
                                                                 word) -> None:
    """Before 村, 寺, 镇 or 县委 a place stands: the name keeps its capital and its name's
    gloss (Xiàngyáng cūn), by the same decision."""
    tok, found = _word(corpus, engine, text, word)
    assert tok.extra.get("name") and tok.extra["name"][0]
    assert found.name


def test_names_of_other_kinds_keep_their_capitals(corpus, engine) -> None:
    """A surname before a title, a place CC-CEDICT names as a city, a surname after 姓
    and a textbook name CC-CEDICT has as a name are none of words28's kinds."""
    tok, found = _word(corpus, engine, "王老师来了。", "王老师")
    assert tuple(tok.extra["name"]) == (True, False, False) and found.short == "Teacher Wang"
    tok, _ = _word(corpus, engine, "我想去北京。", "北京")
    assert tok.extra.get("name")
    tok, _ = _word(corpus, engine, "我姓欧阳。", "欧阳")
    assert tok.extra.get("name")
    tok, _ = _word(corpus, engine, "高明说他明天来。", "高明")
    assert tuple(tok.extra["name"]) == (True, True)


def test_a_day_of_the_week_is_no_name(engine) -> None:
    toks = [t for t in engine.annotate("今天星期六。") if t.is_word]
    assert not any(t.extra.get("name") for t in toks)
    assert "".join("".join(t.pinyin) for t in toks if t.text in {"星期六", "星期", "六"}) == (
        "xing1qi1liu4")


def test_one_text_marks_each_occurrence_by_its_own_sentence(corpus, engine) -> None:
    """明天下小雨。我叫小雨。: the first 小雨 is the weather, the second a person."""
    toks = engine.annotate("明天下小雨。我叫小雨。")
    glosses = token_glosses(toks, corpus)
    found = [(bool(t.extra.get("name")), g.short) for t, g in zip(toks, glosses, strict=True)
             if t.text == "小雨"]
    assert [name for name, _ in found] == [False, True]
    assert found[0][1].startswith("light rain") and found[1][1] == "(name) Xiaoyu"
