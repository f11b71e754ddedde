"""Classes of words whose learner sense their sentence chooses, fixed in the eighth
session (words9b): what the seventh session left, and the second everyday senses of the
most polysemous HSK 2021 level 1-3 words; each with sentences of its own and a
counter-example that keeps the other sense."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import token_glosses
from tests.core.corpus.test_glosses_classes import _first


def test_time_passing_quickly_after_a_length_of_time(corpus, engine) -> None:
    """一年 / 这几天 + 过得 + 快 "to pass (of time)", as 时间过得快; a person's 过得很好
    keeps "to live"."""
    assert _first(corpus, engine, "一年过得很快。", "过").startswith("to pass")
    assert _first(corpus, engine, "这几天过得太快了。", "过").startswith("to pass")
    assert _first(corpus, engine, "时间过得快。", "过").startswith("to pass")
    assert _first(corpus, engine, "他过得很好。", "过") == "to live"


def test_looking_for_a_person_a_number_of_times_is_no_change(corpus, engine) -> None:
    """找 + a person + 三次 "to look for" (an amount of times, as 半天, is no change);
    找 + a person + 五块钱 keeps "to give change"."""
    assert _first(corpus, engine, "他找了我三次。", "找") == "to try to find"
    assert _first(corpus, engine, "我找了你半天。", "找") == "to try to find"
    assert _first(corpus, engine, "服务员找了我五块钱。", "找") == "to give change"


def test_i_think_with_kan(corpus, engine) -> None:
    """我看 / 你看 + a clause with a modal or a judgment "to think" (我看他不会来了);
    看了他一眼, 看他在打球 and 你看，… keep "to see"."""
    assert _first(corpus, engine, "我看他不会来了。", "看") == "to think"
    assert _first(corpus, engine, "你看他会来吗？", "看") == "to think"
    assert _first(corpus, engine, "我看这件衣服不错。", "看") == "to think"
    assert _first(corpus, engine, "我看了他一眼。", "看") != "to think"
    assert _first(corpus, engine, "我看他在打球。", "看") != "to think"
    assert _first(corpus, engine, "你看，那是我的老师。", "看") != "to think"


def test_a_lone_word_s_gloss_follows_its_lone_reading(corpus, engine) -> None:
    """A line that is 少 alone: shǎo "few", not shào "young"."""
    toks = [t for t in engine.annotate("少") if t.is_hanzi]
    [gloss] = token_glosses(toks, corpus)
    assert gloss.short.startswith("few")
