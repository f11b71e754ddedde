"""collo20's extensions of the verb-object rule (twentieth session): the verb-object
dictionary word whose verb is none of the verb's senses (出 + 钱: 出钱 "to pay", 打 + 针
"to give or have an injection"), the object of such a word said apart whatever its gloss
(吃 + 了不少 + 亏), an amount of money as the object (出 + 五十块: 出钱), and the object as
its clause's topic (灯 + 都 + 关了). Each with a counter-example that finds none."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import shorten
from chinese_teach.core.corpus.glosses_collocation import collocation_first, own_word_item
from chinese_teach.core.corpus.glosses_collocation_objects import (
    MONEY,
    WordTests,
    after_object,
    governed_object,
    money_amount,
    split_object,
    topic_object,
)
from tests.core.corpus.test_glosses_classes import _first
from tests.core.corpus.test_glosses_collocation import _Word

_CHU = ("to go out", "to come out", "to produce", "to put forth")
_CHU_WORDS = [
    _Word("出钱", ("chu1", "qian2"), ("to pay",)),
    _Word("出门", ("chu1", "men2"), ("to go out",)),
    _Word("出主意", ("chu1", "zhu3", "yi5"), ("to come up with ideas", "to make suggestions")),
    _Word("出后门", ("chu1", "hou4", "men2"), ("lit. to leave by the back door",)),
]


def _no_class(word: str, obj: str) -> bool:
    return False


def test_own_word_item_reads_the_word_of_the_object_itself() -> None:
    assert own_word_item("出", "chu1", "钱", _CHU, _CHU_WORDS) == "to pay"
    # its verb is one of the verb's own: collo18's vote speaks for it
    assert own_word_item("出", "chu1", "门", _CHU, _CHU_WORDS) is None
    # a word of two senses (赔钱 "to lose money" / "to pay for damages") can't say which
    assert own_word_item("出", "chu1", "主意", _CHU, _CHU_WORDS) is None
    # a word whose first sense is no verb's ("lit. …")
    assert own_word_item("出", "chu1", "后门", _CHU, _CHU_WORDS) is None
    # another reading's words say nothing
    assert own_word_item("出", "chu4", "钱", _CHU, _CHU_WORDS) is None


def test_collocation_first_brings_the_word_s_verb_first() -> None:
    assert collocation_first("出", "chu1", _CHU, "to go out; to come out", objects=["钱"],
                             compounds=_CHU_WORDS, in_class=_no_class,
                             shorten=shorten) == "to pay; to go out"
    assert collocation_first("出", "chu1", _CHU, "to go out; to come out", objects=["门"],
                             compounds=_CHU_WORDS, in_class=_no_class, shorten=shorten) is None


_NOUNS = {"灯", "书", "电话", "钱", "花园", "他", "两", "天"}
_GLOSSES = {"个": "(measure word for people and things)", "听到": "to hear",
            "玩笑": "to joke", "亏": "to lose", "了": "to finish", "我": "I",
            "打": "to hit"}
_WORDS = {"开玩笑", "吃亏", "挂号", "说得", "打不通", "开心"}
_TESTS = WordTests(
    gloss_of=lambda w: _GLOSSES.get(w, "thing"),
    noun_like=lambda w: w in _NOUNS and w != "他",
    is_number=lambda w: w in {"一", "两", "三", "五十", "三百"},
    is_person=lambda w: w in {"他", "我", "你"},
    is_place=lambda w: w in {"花园"},
    is_time=lambda w: w in {"昨天"},
    is_word=lambda w: w in _WORDS,
)


def test_split_object_finds_the_verb_s_own_word_said_apart() -> None:
    assert split_object("开", ("了", "一", "个", "玩笑"), _TESTS) == ["玩笑"]
    assert split_object("吃", ("了", "不少", "亏"), _TESTS) == ["亏"]
    assert split_object("说", ("得", "很", "好"), _TESTS) == []  # 说得: a particle
    assert split_object("打", ("不通",), _TESTS) == []  # a potential complement
    assert split_object("开", ("了", "我", "一", "个", "玩笑"), _TESTS) == []  # a person first
    assert split_object("开", ("了", "，", "玩笑"), _TESTS) == []  # another clause
    assert split_object("开", ("了", "玩笑", "里"), _TESTS) == []  # a place: 当 + 了 + 班里


def test_an_amount_of_money_stands_for_money() -> None:
    assert money_amount(("五十", "块"), _TESTS)
    assert money_amount(("了", "三百", "块"), _TESTS)
    assert not money_amount(("五十", "块", "钱"), _TESTS)  # the noun is there: 钱
    assert not money_amount(("两", "天"), _TESTS)
    assert after_object(("五十", "块"), _TESTS) == [MONEY]


def test_topic_object_reads_the_thing_that_opens_the_clause() -> None:
    # earlier words are nearest first: 教室里的 + 灯 + 都 + [关] + 了
    assert topic_object(("好", "了"), ("都", "灯", "的", "里"), _TESTS) == ["灯"]
    assert topic_object(("了",), ("都", "灯", "的", "里"), _TESTS) == []  # 车 + 停了: its doer
    assert topic_object(("不通",), ("一直", "电话", "个"), _TESTS) == ["电话"]
    assert topic_object(("三", "次"), ("天", "一", "书", "这些"), _TESTS) == ["书"]
    assert topic_object(("了",), ("都", "他"), _TESTS) == []  # a person: the doer
    assert topic_object(("了",), ("灯", "听到"), _TESTS) == []  # 听到's object
    assert topic_object(("在", "这儿"), ("书",), _TESTS) == []  # a place after it
    assert topic_object(("了",), ("花园",), _TESTS) == []  # a place is no topic here
    assert governed_object("关", ("好", "了"), ("都", "灯", "的"), compounds=[],
                           tests=_TESTS) == ("topic", ["灯"])
    # a thing after the verb: no topic is asked for
    assert governed_object("关", ("灯",), ("书",), compounds=[], tests=_TESTS)[0] == "after"


def test_sentences(corpus, engine) -> None:
    assert _first(corpus, engine, "护士给我打了一针，现在好多了。", "打") == (
        "to give or have an injection")
    assert _first(corpus, engine, "我们每个人出五十块，一起给老师买个礼物。", "出") == "to pay"
    assert _first(corpus, engine, "那个电话一直打不通。", "打") == "to make (a phone call)"
    assert _first(corpus, engine, "这些药一天吃三次。", "吃") == "to take medicine"
    # counter-examples: a door is opened; 赔钱 has two senses; a result is no split object
    assert _first(corpus, engine, "他开了门就走了。", "开") == "to open"
    assert _first(corpus, engine, "他把别人的车撞坏了，只好赔钱。", "赔") == (
        "to compensate for loss")
    assert _first(corpus, engine, "天黑了。", "天") != "to get dark"



def test_own_word_item_reads_no_word_of_the_object_s_first_character() -> None:
    words = [_Word("去国", ("qu4", "guo2"), ("to leave one's country",))]
    assert own_word_item("去", "qu4", "国家", ("to go",), words) is None  # 去 + 三个国家
    assert own_word_item("去", "qu4", "国", ("to go",), words) == "to leave one's country"
