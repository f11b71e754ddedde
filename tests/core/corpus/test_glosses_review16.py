"""Gloss changes review13 left worse for a learner than on 40034be (words16, issue 15),
read in the gloss diff of benchmarks/words/gloss_diff.py and mended by the rule that
caused each; each test failed before its fix."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import glosser


def _part(corpus, word: str, piece: str) -> str:
    return dict(glosser(corpus).parts(word))[piece].split(";")[0]


def test_a_sense_of_a_place_beside_a_word_leads_no_part(corpus) -> None:
    """好处 (hǎochu "easy to get along with" beside hǎochù "benefit"): 好 is "good", not
    "(before a verb) easy to", a use of 好 before another word; 你好 keeps 好 "(after a
    personal pronoun) hello", a note of no verb, adjective or noun."""
    assert _part(corpus, "好处", "好") == "good"
    assert _part(corpus, "你好", "好") == "(after a personal pronoun) hello"
