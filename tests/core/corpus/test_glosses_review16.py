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


def test_a_later_sense_of_a_specialist_s_field_names_no_part(corpus) -> None:
    """跑步 "to run; to jog; (military) to march at the double": 步 is "a step", not
    "march"; 环节, whose first sense is "(zoology) segment", still names 节 "section"."""
    assert _part(corpus, "跑步", "步") == "a step"
    assert _part(corpus, "环节", "节") == "(bound form) section"


def test_a_whole_word_s_verb_names_no_part_s_plural_noun(corpus) -> None:
    """合作 "to cooperate; to collaborate; to work together": 作 is "to do", not
    "writings; works"; 干活 "to work" still leads 活 with "work" (a noun, no plural)."""
    assert _part(corpus, "合作", "作") == "to do"
    assert _part(corpus, "干活", "活") == "work"
    from chinese_teach.core.corpus.glosses import part_led_by_whole

    full = ("to do", "writings; works")
    assert part_led_by_whole("to do; …", full, frozenset({"work"}), frozenset({"work"})
                             ) == "to do; …"
    assert part_led_by_whole("to do; …", full, frozenset({"work"})).startswith("writings")
