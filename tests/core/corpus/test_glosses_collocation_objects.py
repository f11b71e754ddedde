"""Where a one-character verb's object stands (nineteenth session, collo19): collo18's
verb-object rule reads the object past a complement (放 + 完了 + 鞭炮), after a modifier with
的 (补 + 昨天的 + 课), after 把 (把 + 花 + 浇好了), before 被 and 是 … 的, and where the same
verb named it before (停车，请 + 停 + 到那边). Each with a counter-example that finds none."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses_collocation_objects import (
    CONSTRUCTIONS,
    WordTests,
    ba_object,
    cleft_object,
    complement_object,
    governed_object,
    modifier_object,
    named_object,
    passive_object,
)
from tests.core.corpus.test_glosses_classes import _first

_NOUNS = {"鞭炮", "朋友", "课", "花", "钱", "票", "车", "院子", "教室", "时候", "小时", "这儿",
          "线", "门口", "昨天", "他"}
_GLOSSES = {"放": "to put", "浇": "to pour", "买": "to buy", "他": "he", "昨天": "yesterday",
            "时候": "time", "在": "at", "个": "(measure word for people and things)",
            "张": "(measure word for flat things)"}
_TESTS = WordTests(
    gloss_of=lambda w: _GLOSSES.get(w, "thing"),
    noun_like=lambda w: w in _NOUNS and w != "他",
    is_number=lambda w: w in {"一", "两", "三"},
    is_person=lambda w: w in {"他", "她", "朋友"},
    is_place=lambda w: w in {"教室", "门口", "这儿", "院子"},
    is_time=lambda w: w in {"时候", "昨天"},
)


def test_complement_between_verb_and_object() -> None:
    assert complement_object("放", ("完", "了", "鞭炮"), _TESTS) == ["鞭炮"]
    assert complement_object("穿", ("不", "进", "线", "去"), _TESTS) == ["线"]
    assert complement_object("交", ("上", "了", "两", "个", "朋友"), _TESTS) == ["朋友"]
    assert complement_object("走", ("进", "教室"), _TESTS) == []  # a place: where, not what
    assert complement_object("放", ("了", "鞭炮"), _TESTS) == []  # no complement: collo18's
    assert complement_object("请", ("开", "鞭炮"), _TESTS) == []  # 请 + 开 + 空调: 开 is the verb


def test_modifier_with_de_before_the_object() -> None:
    assert modifier_object(("昨天", "的", "课"), _TESTS) == ["课"]
    assert modifier_object(("他", "的", "钱", "在", "这儿"), _TESTS) == ["钱"]  # 在 ends it
    assert modifier_object(("昨天", "买", "的", "那", "两", "张", "票"), _TESTS) == ["票"]
    assert modifier_object(("东西", "的", "时候"), _TESTS) == []  # a time heads it
    assert modifier_object(("课",), _TESTS) == []


def test_ba_object_before_the_verb() -> None:
    # earlier words are nearest first: 我 + 把 + 院子 + 里 + 的 + 花 + 都 + [浇] + 好了
    assert ba_object(("好", "了"), ("都", "花", "的", "里", "院子", "把", "我"), _TESTS) == ["花"]
    # a place after 在: the verb of placing keeps its sense (把鞭炮 + 放在门口)
    assert ba_object(("在", "门口"), ("鞭炮", "把"), _TESTS) == []
    # 把 in the clause before is not this verb's
    assert ba_object(("了",), ("我", ",", "花", "把"), _TESTS) == []


def test_passive_and_cleft_objects() -> None:
    assert passive_object(("他", "被", "已经", "票"), _TESTS) == ["票"]
    assert passive_object(("他", "被", "他"), _TESTS) == []  # a person is no noun here
    assert cleft_object(("的",), ("谁", "是", "花"), _TESTS) == ["花"]
    assert cleft_object(("的", "吗"), ("谁", "是", "花"), _TESTS) == ["花"]
    assert cleft_object(("的", "花"), ("谁", "是", "花"), _TESTS) == []  # 的 + a noun
    assert cleft_object(("了",), ("谁", "是", "花"), _TESTS) == []


def test_object_named_before_with_the_same_verb() -> None:
    earlier = ("请", ",", "停车", "能", "不")
    assert named_object("停", earlier, ["停车", "停止"], _TESTS) == ["车"]
    assert named_object("放", ("让", "不", ",", "鞭炮", "放"), [], _TESTS) == ["鞭炮"]
    assert named_object("放", ("让", "不", ",", "鞭炮", "买"), [], _TESTS) == []
    assert named_object("停", ("停车场", "在"), ["停车"], _TESTS) == []  # not its word


def test_governed_object_asks_the_readers_in_order() -> None:
    assert CONSTRUCTIONS[0] == "after"
    assert governed_object("浇", ("了", "花"), ("把",), compounds=[], tests=_TESTS) == (
        "after", ["花"])
    assert governed_object("浇", ("好", "了"), ("花", "把"), compounds=[], tests=_TESTS) == (
        "ba", ["花"])
    # a thing right after the verb: nothing before it is its object
    assert governed_object("放", ("钱",), ("花", "把"), compounds=[], tests=_TESTS)[0] == "after"
    assert governed_object("补", ("两", "个", "小时"), ("补课",), compounds=["补课"],
                           tests=_TESTS) == ("named", ["课"])  # how long, then the word before
    assert governed_object("放", ("了",), (), compounds=[], tests=_TESTS) == ("", [])
    assert governed_object("浇", ("好", "了"), ("花", "把"), compounds=[], tests=_TESTS,
                           skip=frozenset({"ba"})) == ("", [])


def test_sentences(corpus, engine) -> None:
    assert _first(corpus, engine, "孩子们在院子里放完了鞭炮才回家。", "放") == (
        "to set off (fireworks)")
    assert _first(corpus, engine, "他们今天在学校里补昨天的课。", "补") == "to make up for"
    assert _first(corpus, engine, "我已经把院子里的花浇好了。", "浇") == "to water"
    assert _first(corpus, engine, "这些花是谁浇的？", "浇") == "to water"
    assert _first(corpus, engine, "孩子们想放鞭炮，可是爸爸不让放。", "放") == (
        "to set off (fireworks)")
    # words38's note rule (a sense whose note names the object's kind) reads it too
    assert _first(corpus, engine, "他喜欢拉小提琴，每天晚上都拉一个小时。", "拉") == (
        "to play (a bowed instrument)")
    # counter-examples: a place after 在, no object anywhere
    assert _first(corpus, engine, "她把鞭炮放在门口了。", "放") == "to put"
    assert _first(corpus, engine, "衣服破了，妈妈帮我补一补。", "补") == "to repair"
