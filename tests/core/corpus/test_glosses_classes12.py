"""The kinds of the ninth held-out part's misses (eleventh session, words12): learner
defaults where the entry's order misleads, and the conditions and classes that read the
word the sentence decides by; each with sentences of its own and a counter-example that
keeps the other sense."""

from __future__ import annotations

from tests.core.corpus.test_glosses_classes import _first


def test_learner_defaults_lead_where_the_entry_s_order_misleads(corpus, engine) -> None:
    """一律 "without exception" (not "same"), 即将 "about to" (not "on the eve of"),
    成语 "idiom" (not a definition cut short), in a sentence and alone."""
    assert _first(corpus, engine, "上课的时候，手机一律关掉。", "一律") == "without exception"
    assert _first(corpus, engine, "电影即将开始。", "即将") == "about to"
    assert _first(corpus, engine, "这是一个成语。", "成语") == "idiom"
    assert _first(corpus, engine, "成语", "成语") == "idiom"
