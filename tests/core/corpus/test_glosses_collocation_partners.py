"""collo21's extensions of the verb-object rule (twenty-first session): the word of the verb
and the object's head (开 + 中药: 开药 "to prescribe medicine"), the object after 的是 (装 +
的是 + 什么东西), the object the same verb took before, in one token with it or as its topic
(打篮球 + 打得很好; 这个章 + 盖得不清楚，重新 + 盖), and the verb's curated ``object:`` line
read for such an object. Each with a counter-example that finds none."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses_collocation import own_word_item
from chinese_teach.core.corpus.glosses_collocation_lines import (
    line_may_speak,
    object_line_gloss,
    object_matches,
)
from chinese_teach.core.corpus.glosses_collocation_objects import (
    WordTests,
    governed_object,
    named_object,
    pseudo_cleft_object,
)
from tests.core.corpus.test_glosses_classes import _first
from tests.core.corpus.test_glosses_collocation import _Word

_NOUNS = {"东西", "中药", "篮球", "衣服", "灯", "票", "钱", "电话", "药"}
_TESTS = WordTests(
    gloss_of=lambda w: {"个": "(measure word)", "他": "he"}.get(w, "thing"),
    noun_like=lambda w: w in _NOUNS,
    is_number=lambda w: w in {"一", "两"},
    is_person=lambda w: w in {"他", "我哥哥", "你"},
    is_place=lambda w: w in {"北京"},
    is_time=lambda w: False,
    is_word=lambda w: w in {"盖章", "挂号", "退票"},
)

_MEDICINE = {"药", "中药", "感冒药"}


def _kind(word: str, obj: str) -> bool:
    """A stand-in noun class test: 药 and 中药 are both medicine."""
    return word in _MEDICINE and obj in _MEDICINE


def test_own_word_item_reads_the_word_of_the_object_s_head_of_its_kind() -> None:
    words = [_Word("开药", ("kai1", "yao4"), ("to prescribe medicine",)),
             _Word("开脑", ("kai1", "nao3"), ("to open the skull",))]
    items = ("to open", "to drive")
    assert own_word_item("开", "kai1", "中药", items, words,
                         head_of_kind=_kind) == "to prescribe medicine"
    # without the caller's word that the object is a thing, or with a head of another kind
    assert own_word_item("开", "kai1", "中药", items, words) is None
    assert own_word_item("开", "kai1", "电脑", items, words, head_of_kind=_kind) is None


def test_pseudo_cleft_object_after_de_shi() -> None:
    assert pseudo_cleft_object(("的", "是", "什么", "东西"), _TESTS) == ["东西"]
    assert pseudo_cleft_object(("的", "是", "中药"), _TESTS) == ["中药"]
    assert pseudo_cleft_object(("的", "是", "我哥哥"), _TESTS) == []  # 来的是我哥哥: the doer
    assert pseudo_cleft_object(("的", "是", "北京"), _TESTS) == []  # 去的是北京: a place
    assert pseudo_cleft_object(("的", "东西"), _TESTS) == []  # a modifier: 买的东西
    assert governed_object("装", ("的", "是", "什么", "东西"), (), compounds=[],
                           tests=_TESTS) == ("pseudo-cleft", ["东西"])


def test_named_object_in_a_token_or_as_the_earlier_verb_s_topic() -> None:
    # 他 + 打篮球 + [打] + 得很好: earlier words nearest first; 打篮球 is no dictionary word
    assert named_object("打", ("打篮球", "他"), [], _TESTS) == ["篮球"]
    assert named_object("打", ("打算", "他"), [], _TESTS) == []  # 算 is no thing
    # 这个 + 章 + 盖 + 得 + 不 + 清楚 ， 你 + 得 + 重新 + [盖]: 盖章 is a dictionary word
    earlier = ("重新", "得", "你", ",", "清楚", "不", "得", "盖", "章", "这个")
    assert named_object("盖", earlier, [], _TESTS) == ["章"]
    # 票 + 已经 + 退了 ， 钱 + 明天 + 再 + [退]: nothing but a particle after the earlier
    # verb, so 票 may be its doer
    earlier = ("再", "明天", "钱", ",", "了", "退", "已经", "票")
    assert named_object("退", earlier, [], _TESTS) == []
    # a person before the earlier verb is its doer: 他 + 盖得不清楚
    earlier = ("重新", ",", "清楚", "不", "得", "盖", "他")
    assert named_object("盖", earlier, [], _TESTS) == []


def test_object_line_gloss_reads_the_object_its_first_character_or_head() -> None:
    lines = [(frozenset({"车", "汽车"}), "to drive"),
             (frozenset({"药", "药方"}), "to write out (a prescription)")]
    assert object_line_gloss(lines, "汽车") == "to drive"
    assert object_line_gloss(lines, "中药") == "to write out (a prescription)"  # its head
    assert object_line_gloss(lines, "药方") == "to write out (a prescription)"
    assert object_line_gloss(lines, "中国") is None
    assert not object_matches("药", frozenset({"中药"}))  # a part is no word of the line


def test_line_may_speak_for_objects_the_verb_does_not_move() -> None:
    assert line_may_speak("named", ("得", "很", "好"))  # 打篮球 + 打得很好
    assert line_may_speak("pseudo-cleft", ("的", "是", "东西"))
    assert line_may_speak("ba", ("大", "了"))  # 把三个孩子 + 养大了
    assert not line_may_speak("ba", ("到", "公园", "去"))  # 把孩子 + 带到公园去
    assert not line_may_speak("passive", ("走", "了"))  # 孩子被 + 带走了
    assert not line_may_speak("topic", ("好", "了"))  # a topic may be the doer
    assert not line_may_speak("after", ())  # the glosser reads the table there itself


def test_sentences(corpus, engine) -> None:
    assert _first(corpus, engine, "医生给奶奶开了一个星期的中药。", "开") == (
        "to write out (a prescription, a receipt)")
    assert _first(corpus, engine, "奶奶每天晚上都要吃中药。", "吃") == "to take medicine"
    assert _first(corpus, engine, "工作人员：里面装的是什么东西？", "装") == "to pack"
    assert _first(corpus, engine, "他打篮球打得很好。", "打") == "to play (a ball game, cards)"
    assert _first(corpus, engine, "电话打不通，等一会儿再打吧。", "打") == (
        "to make (a phone call)")
    assert _first(corpus, engine, "我从来没坐过这么长时间的飞机。", "坐") == "to travel by"
    assert _first(corpus, engine, "她一个人把三个孩子养大了。", "养") == "to bring up (children)"
    # counter-examples: a computer is no kind of brain; 去 + 中国 is a place; a child taken
    # somewhere is no child looked after
    assert _first(corpus, engine, "你把孩子带到公园去吧。", "带") == "to bring"
    assert _first(corpus, engine, "我们每个人出五十块，一起给老师买个礼物。", "出") == "to pay"
    assert _first(corpus, engine, "我可以用你的电脑吗？", "用") == "to use"
    assert _first(corpus, engine, "我明年想去中国。", "去") == "to go"
