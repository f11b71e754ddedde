"""Gloss changes of the eighteenth session's merged branches (words31, words33, cpp16,
pyclass18 on main 1a9132b) that review16 read as worse for a learner in the gloss diff
(benchmarks/words/gloss_diff.py) and the words-alone dump, each mended where its rule
lives; each test failed before its fix."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import glosser
from chinese_teach.core.corpus.glosses_place_and_notes import remote_field_last
from tests.core.corpus.test_glosses_classes import _first


def test_vocabulary_after_bei_is_learned_by_heart(corpus, engine) -> None:
    """背单词 (one token since words33) and 背生词 lead with "to learn by heart", as the
    object row gives 背十个生词; a text or a poem is recited (背课文, 把课文背下来)."""
    text = "很多人认为学外语只要多背单词就行了。"
    assert _first(corpus, engine, text, "背") == "to learn by heart"
    assert _first(corpus, engine, "明天要背生词。", "背") == "to learn by heart"
    assert _first(corpus, engine, "我每天背十个生词。", "背") == "to learn by heart"
    assert _first(corpus, engine, "老师让我们背课文。", "背") == "to recite"
    assert _first(corpus, engine, "请把课文背下来。", "背") == "to recite"


def test_a_named_remote_sense_leaves_the_figurative_mark(corpus) -> None:
    """阎王's first sense names Yama ("(Buddhism) Yama, the King of Hell"), which a
    learner's gloss does not show: the figurative sense keeps "(fig.)" rather than read
    as the word's literal meaning; 巨星 still leads "superstar"."""
    g = glosser(corpus)
    assert g.short("阎王").startswith("(fig.) cruel and tyrannical person")
    assert remote_field_last(["(Buddhism) Yama, the King of Hell",
                              "(fig.) cruel and tyrannical person"]) is None
    assert g.short("巨星").startswith("superstar")
