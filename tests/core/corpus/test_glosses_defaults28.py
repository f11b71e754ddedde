"""Default glosses of words above HSK 6 (thirteenth session, words28): rules over
CC-CEDICT's own markings, each with a counter-example that keeps the other reading."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import glosser
from tests.core.corpus.test_glosses_classes import _first


def test_a_word_named_only_as_a_small_place_is_its_common_word(corpus, engine) -> None:
    """jieba tags 向阳, 红旗, 路桥, 新建 and 比萨 as places, and CC-CEDICT's only names
    for them are a district, a county or a town: alone and in a sentence a learner gets
    the common word ("facing the sun", "red flag", "road bridge", "pizza"), not
    "Xiangyang district of Kiamusze"."""
    assert _first(corpus, engine, "向阳", "向阳") == "facing the sun"
    assert _first(corpus, engine, "向阳的房间很暖和。", "向阳") == "facing the sun"
    assert _first(corpus, engine, "红旗", "红旗") == "red flag"
    assert _first(corpus, engine, "学校门口有一面红旗。", "红旗") == "red flag"
    assert _first(corpus, engine, "路桥", "路桥") == "road bridge"
    assert _first(corpus, engine, "这是一座新建的大楼。", "新建") == "new construction"
    assert _first(corpus, engine, "我喜欢吃比萨。", "比萨") == "pizza (loanword)"


def test_a_larger_place_or_another_name_stays_a_name(corpus, engine) -> None:
    """朝阳 is also a prefecture-level city and 三星 also Samsung: their names stay; the
    rule asks the name's senses, not the word."""
    assert _first(corpus, engine, "朝阳", "朝阳").startswith("Chaoyang")
    assert _first(corpus, engine, "三星", "三星").startswith("Sanxing")
    g = glosser(corpus)
    assert not g.common_word_not_name("朝阳", alone=True)
    assert not g.common_word_not_name("三星", alone=True)
    assert g.common_word_not_name("向阳", alone=True)
    assert g._default28_minor_place(["Luqiao district of Taizhou city, Zhejiang"])
    assert not g._default28_minor_place(["Baiyin prefecture-level city in Gansu"])
    assert not g._default28_minor_place(["Samsung (South Korean company)"])


def test_a_surname_first_word_keeps_its_name_where_a_person_may_stand(corpus,
                                                                      engine) -> None:
    """白云 and 武功 start with a surname: where the sentence may call a person by the
    word (after 认识 or 叫, first before 说) it stays a name; alone, or where no person
    can stand (天上有白云, 他的武功很好), it is the common word."""
    assert _first(corpus, engine, "天上有白云。", "白云") == "white cloud"
    assert _first(corpus, engine, "他的武功很好。", "武功") == "martial art"
    assert _first(corpus, engine, "武功", "武功") == "martial art"
    assert _first(corpus, engine, "我认识白云。", "白云").startswith("(name)")
    assert _first(corpus, engine, "白云说他明天来。", "白云").startswith("(name)")
    assert _first(corpus, engine, "我叫武功。", "武功").startswith("(name)")
    # an HSK word starting with a surname is read as a person by the names module
    assert _first(corpus, engine, "高明说他明天来。", "高明") == "(name) Gao Ming"


def test_no_person_cc_cedict_never_gives_is_spelt_for_a_word_alone(corpus, engine) -> None:
    """金星 and 白银 start with a surname and jieba tags them as names, but CC-CEDICT's
    names for them are a planet and a city, no person: alone they are "gold star" and
    "silver", not a made-up "(name) Jin Xing"; a person CC-CEDICT gives with life dates
    (高斯, Gauss) or as a name (马克, Mark) keeps the name, and so does a sentence that
    may call a person by the word."""
    assert _first(corpus, engine, "金星", "金星") == "gold star"
    assert _first(corpus, engine, "白银", "白银") == "silver"
    assert _first(corpus, engine, "高斯", "高斯").startswith("(name)")
    assert _first(corpus, engine, "马克", "马克").startswith("(name)")
    assert _first(corpus, engine, "我认识金星。", "金星").startswith("(name)")
    assert _first(corpus, engine, "金星说他明天来。", "金星").startswith("(name)")


def test_a_textbook_name_that_is_a_common_word_is_the_word_where_no_person_stands(
        corpus, engine) -> None:
    """小雨 is a textbook character's name and CC-CEDICT's "light rain", with no name entry:
    in 明天下小雨, 今天有小雨 and alone it is the weather; where a person may stand (我叫小雨,
    我和小雨, 小雨说) it stays the name."""
    assert _first(corpus, engine, "明天下小雨。", "小雨") == "light rain"
    assert _first(corpus, engine, "今天有小雨。", "小雨") == "light rain"
    assert _first(corpus, engine, "小雨", "小雨") == "light rain"
    assert _first(corpus, engine, "我叫小雨。", "小雨") == "(name) Xiaoyu"
    assert _first(corpus, engine, "我和小雨去公园。", "小雨") == "(name) Xiaoyu"
    assert _first(corpus, engine, "小雨说他明天来。", "小雨") == "(name) Xiaoyu"
