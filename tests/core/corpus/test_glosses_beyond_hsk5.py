"""Words above HSK 5 with no curated line (fourteenth session, words27): a sense CC-CEDICT
labels with a field leads where a noun of that field's class stands in the clause, a word
said twice leads with its "simultaneously" sense, a verb's sense whose note names the kind
of the noun after it leads, 做 + a verb-and-noun ending its clause is the noun, and after a
degree word an adjective of the verb's own entry leads before its participle; each with a
counter-example that keeps the entry's order."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import glosser, load_noun_classes, shorten
from chinese_teach.core.corpus.glosses_beyond_hsk5 import (
    correlative_first,
    field_sense_first,
    for_a_time_first,
    is_own_adjective,
    object_note_first,
    own_adjective_first,
    sentence_may_choose,
)
from tests.core.corpus.test_glosses_classes import _first


def test_a_field_s_sense_leads_where_a_noun_of_its_class_stands(corpus, engine) -> None:
    """升级 with a computer's system in the clause "(computing) to upgrade", with a quarrel
    the entry's first; 线路 after a bus "(traffic) road; track; route", where the power
    fails "(electricity) line"; 保存 is no field's word (its curated lines decide): with a
    file and a computer words40's curated line gives "to save (a file etc)", without them
    "to keep"."""
    assert _first(corpus, engine, "我的电脑系统昨天晚上升级了。", "升级") == (
        "(computing) to upgrade")
    assert _first(corpus, engine, "两个人的矛盾升级了。", "升级") == (
        "to go up by one grade")
    assert _first(corpus, engine, "这路公交车的线路改了。", "线路") == "(traffic) road"
    assert _first(corpus, engine, "这条线路坏了，家里没电了。", "线路") == (
        "(electricity) line")
    assert _first(corpus, engine, "请把文件保存在电脑里。", "保存") == "to save (a file etc)"
    assert _first(corpus, engine, "这些照片我一直保存着。", "保存") == "to keep"


def test_field_sense_first_reads_the_class_of_the_clause() -> None:
    """The pure rule: a labelled later sense leads only with a word of its class; a first
    sense with the label, or none labelled, leaves the entry's order."""
    senses = ["to go up by one grade; to be promoted", "(computing) to upgrade"]

    def in_class(word: str, name: str) -> bool:
        return load_noun_classes()[name].has(word)

    assert field_sense_first(senses, ("软件", "了"), in_class, shorten).startswith(
        "(computing) to upgrade")
    assert field_sense_first(senses, ("矛盾", "了"), in_class, shorten) is None
    assert field_sense_first(senses[::-1], ("软件",), in_class, shorten) is None
    assert field_sense_first(["to keep", "to save"], ("软件",), in_class, shorten) is None
    assert sentence_may_choose(senses) and not sentence_may_choose(senses[::-1])


def test_a_word_said_twice_leads_with_simultaneously(corpus, engine) -> None:
    """一面 … 一面 "simultaneously"; 一面 once, after 的, stays "one side"."""
    assert _first(corpus, engine, "他一面吃饭一面看手机。", "一面") == (
        "simultaneously... (and...)")
    assert _first(corpus, engine, "这只是问题的一面。", "一面") == "one side"
    senses = ["one side", "simultaneously... (and...)"]
    assert correlative_first("一面", senses, rest=("吃饭",), earlier=(), following=(),
                             shorten=shorten) is None
    assert correlative_first("一面", senses, rest=(), earlier=("吃饭", "一面"),
                             following=(), shorten=shorten).startswith("simultaneously")


def test_the_object_of_zuo_ending_its_clause_is_the_noun(corpus, engine) -> None:
    """做 + 兼职 "concurrent job" (not "to hold concurrent posts"), 做 + 调查 the noun
    (words41's default line puts "survey" before "investigation"); 兼职 before its own object
    keeps the verb."""
    assert _first(corpus, engine, "她周末在一家咖啡店做兼职。", "兼职") == "concurrent job"
    assert _first(corpus, engine, "我们要做调查。", "调查") == "survey"
    assert _first(corpus, engine, "他兼职两份工作。", "兼职") == "to hold concurrent posts"


def test_an_adjective_of_its_own_leads_before_a_participle(corpus, engine) -> None:
    """很协调 "harmonious" (the participle "concerted" came first before); 协调 before its
    object is "to coordinate"; 很尊重 + a person keeps the verb."""
    assert _first(corpus, engine, "这件衬衫和裤子的颜色很协调。", "协调") == "harmonious"
    assert _first(corpus, engine, "他负责协调工作。", "协调") == "to coordinate"
    assert _first(corpus, engine, "孩子们都很尊重这位老人。", "尊重") == "to esteem"
    g = glosser(corpus)
    assert g.gloss("协调", None, prev="很").short.startswith("harmonious")
    assert g.gloss("矛盾", None, prev="很").short.startswith("contradictory")


def test_own_adjective_first_needs_a_participle_shown_after_it() -> None:
    """The pure rule: only a verb's entry, only where the other rule led with a participle
    the entry gives after the adjective; adjectives by their endings, never a noun of that
    ending or a short word."""
    senses = ["to coordinate", "to harmonize", "harmonious", "concerted"]
    assert own_adjective_first(senses, "concerted; to coordinate", shorten) == (
        "harmonious; to coordinate")
    assert own_adjective_first(senses, None, shorten) is None
    assert own_adjective_first(senses, "harmonious; to coordinate", shorten) is None
    assert own_adjective_first(["to fix", "fixed", "stable"], "fixed; to fix", shorten) is None
    assert own_adjective_first(["grave", "serious", "critical"], "critical", shorten) is None
    assert is_own_adjective("harmonious") and is_own_adjective("impressive")
    assert not is_own_adjective("relative") and not is_own_adjective("drive")
    assert not is_own_adjective("English") and not is_own_adjective("vegetable")


def test_a_verb_s_sense_whose_note_names_its_object_leads(corpus, engine) -> None:
    """编制 + 一份复习计划 "to put together (a lesson plan, budget etc)" (its second
    entry, same reading); 编制 with no such noun after it keeps "to establish (a unit or
    department)"."""
    assert _first(corpus, engine, "老师帮我们编制了一份复习计划。", "编制") == (
        "to put together (a lesson plan, budget etc)")
    assert _first(corpus, engine, "他在公司编制内工作。", "编制") == (
        "to establish (a unit or department)")


def test_object_note_first_matches_the_kinds_of_the_note_and_the_object() -> None:
    """The pure rule: plural and singular meet (prices / price), words that name no kind
    (sth, etc, people) never match, and a first sense whose note names the object keeps
    the order."""
    senses = ["to adjust downwards", "to lower (prices, wages etc)"]
    assert object_note_first(senses, "price", shorten) == "to lower (prices, wages etc); …"
    assert object_note_first(senses, "salary", shorten) is None
    assert object_note_first(["to do", "to tell (sb to do sth)"], "sth; sb", shorten) is None
    assert object_note_first(["to stage (a play)", "to show (a play)"], "play",
                             shorten) is None
    assert object_note_first(["grave", "to lower (prices)"], "price", shorten) is None


def test_how_long_leads_in_the_adverbial_place(corpus, engine) -> None:
    """一时 after its subject, before its verb: "for a short while" (its entry leads with
    "a period of time"); before 的 it stays "a period of time"."""
    assert _first(corpus, engine, "我一时想不起来他的名字。", "一时") == "for a short while"
    assert _first(corpus, engine, "这只是一时的困难。", "一时") == "a period of time"
    senses = ["a period of time", "a while", "for a short while", "temporary"]
    assert for_a_time_first(senses, shorten) == "for a short while; a period of time"
    assert for_a_time_first(["to wait", "for a while"], shorten) is None
    assert for_a_time_first(["a while", "forever"], shorten) is None
