"""A person's full name whose given name is also a dictionary word (names34, issue 15):
王小龙, 张建国, 刘海燕 are one name where the sentence calls for a person, capitalised in
two parts (Wáng Xiǎolóng); a learner's word after a surname stays a word (白衬衫, 三张小卡片)."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.names import (
    full_name,
    given_name_length,
    name_like_word,
    word_calling,
)

#: A dictionary with 小龙 "snake (zodiac)", 海燕 "petrel", 刘海 "bangs", 衬衫 "shirt" and
#: 国庆 "National Day"; the learner lists with 衬衫 and 国庆.
COMMON = {"小龙", "海燕", "刘海", "衬衫", "国庆", "王国"}.__contains__
LISTED = {"衬衫", "国庆"}.__contains__


def names(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.extra.get("name")]


def test_a_dictionary_word_outside_the_lists_may_be_a_given_name() -> None:
    assert name_like_word("丽丽", COMMON, LISTED)  # in no dictionary
    assert name_like_word("小龙", COMMON, LISTED)  # a dictionary word, in no learner list
    assert not name_like_word("衬衫", COMMON, LISTED)  # a learner's word
    assert not name_like_word("小龙", COMMON, None)  # no lists: as before


def test_given_name_length_takes_a_dictionary_word_given_name_in_context() -> None:
    assert given_name_length(["和", "王", "小龙", "去"], 1, COMMON, after="和",
                             listed=LISTED) == 1
    assert given_name_length(["和", "王", "小龙", "去"], 1, COMMON, after="和") == 0
    assert given_name_length(["喜欢", "白", "衬衫"], 1, COMMON, after="喜欢",
                             listed=LISTED) == 0
    assert given_name_length(["他", "王", "小龙"], 1, COMMON, after="他", listed=LISTED) == 0
    # 刘 + 海燕: the segmenter cut 海燕, so 刘海 "bangs" is not asked about
    assert given_name_length(["给", "刘", "海燕", "打"], 1, COMMON, after="给",
                             listed=LISTED) == 1


def test_full_name_takes_a_dictionary_word_given_name_in_context() -> None:
    assert full_name("王小龙", COMMON, after=None, nxt="是", listed=LISTED)
    assert not full_name("王小龙", COMMON, after=None, nxt="是")
    assert not full_name("张国庆", COMMON, after=None, nxt="也", listed=LISTED)  # listed
    assert not full_name("王小龙", COMMON, after=None, nxt="龙虾", listed=LISTED)
    # after 是 only at the end of a clause; never after 与 (things as often as people)
    assert full_name("孙小龙", COMMON, after="是", nxt=None, listed=LISTED, subject="他")
    assert not full_name("孙小龙", COMMON, after="是", nxt=None, listed=LISTED,
                         subject="张")  # 第一张是方位图，: a thing's 是
    assert not full_name("孙小龙", COMMON, after="是", nxt="的", listed=LISTED)
    assert not full_name("孙小龙", COMMON, after="与", nxt="一同", listed=LISTED)
    assert full_name("孙小龙", COMMON, after="叫", nxt="的", listed=LISTED)


@pytest.mark.parametrize(("text", "expected"), [
    ("我叫王小龙。", ["王小龙"]),
    ("王小龙是我的同学。", ["王小龙"]),
    ("张小龙今天没来上课。", ["张小龙"]),
    ("我的同学叫张建国。", ["张建国"]),
    ("你认识王建国吗？", ["王建国"]),
    ("我给刘海燕打电话。", ["刘海燕"]),
    ("他是孙小龙。", ["孙小龙"]),
    ("我去找何建国。", ["何建国"]),
    ("我问了王春花。", ["王春花"]),  # 了 between the verb and the name
    ("我告诉了李华。", ["李华"]),
])
def test_a_full_name_with_a_dictionary_word_given_name_is_one_name(engine, text,
                                                                   expected) -> None:
    assert names(engine, text) == expected


def test_the_word_calling_for_a_name_may_stand_before_an_aspect_particle() -> None:
    assert word_calling("了", "问") == "问"  # 问了 + 王春花
    assert word_calling("过", "见") == "见"
    assert word_calling("了", "是") == "了"  # no verb of a person
    assert word_calling("了", "买") == "了"
    assert word_calling("给", "我") == "给"


@pytest.mark.parametrize("text", [
    "我买了三张小卡片。", "我问了高个子的同学。", "我见过高大的房子。",
    "他的哥哥又高大又帅。", "我画了一张小龙虾的图片。",
    "周末我们去爬山。", "桌子上有两张小纸条。", "我喜欢白衬衫。", "他是高个子。",
    # a dictionary word after a surname where a thing is as likely as a person
    "钯、铑和铷均是高活性的催化剂。", "第一张是方位图，藉由自我运动线索而成。",
    "使鬷夷氏部落与夏部落一同跨进了文明。",
])
def test_the_same_strings_as_no_names_stay_words(engine, text) -> None:
    assert names(engine, text) == []


def test_the_full_name_is_capitalised_in_two_parts(engine) -> None:
    toks = [t for t in engine.annotate("王小龙是我的同学。") if t.is_word]
    assert toks[0].text == "王小龙"
    assert tuple(toks[0].extra["name"]) == (True, True, False)  # Wáng Xiǎolóng
