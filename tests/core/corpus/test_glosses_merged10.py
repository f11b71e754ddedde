"""Where two branches of the tenth session met in core/corpus/glosses.py.

Both words11a and words11b defined a module constant ``_RESULTS`` (words after a verb
that are no object of it; the results a passive clause with 给/让/叫 ends with), and the
later one silently replaced the other: passive 让/叫 before 弄坏了/吹开了 lost "by". And
words11a's bare measure word before an object (换 + 件 + 衣服) passed over 班 in 下了班,
a noun that is also a measure word, before an adverb. A typed 可 or 闹 showed CC-CEDICT's
"(prefix) can" and "noisy; cacophonous".
"""

from __future__ import annotations

from chinese_teach.core.corpus import glosses
from tests.core.corpus.test_glosses_classes import _first


def test_passive_results_and_object_words_are_two_tables() -> None:
    assert "坏" in glosses._PASSIVE_RESULTS
    assert "坏" not in glosses._RESULTS and "干净" in glosses._RESULTS


def test_passive_clause_ends_with_its_result(corpus, engine) -> None:
    assert _first(corpus, engine, "我的手机让妹妹弄坏了。", "让") == "by (passive, like 被)"
    assert _first(corpus, engine, "窗户叫风吹开了。", "叫") == "by (passive, like 被)"
    assert _first(corpus, engine, "这件事让我很高兴。", "让") != "by (passive, like 被)"


def test_a_noun_that_is_also_a_measure_word_is_the_object(corpus, engine) -> None:
    assert _first(corpus, engine, "我姐姐下了班常常去健身。", "下") == "to get off (work, class)"
    assert _first(corpus, engine, "他换了件衬衫。", "换") == "to change (clothes etc)"


def test_words_typed_alone_show_their_own_line(corpus, engine) -> None:
    assert _first(corpus, engine, "可", "可") == "can"
    assert _first(corpus, engine, "闹", "闹") == "to make a noise"
    assert _first(corpus, engine, "孩子们闹得很厉害。", "闹") == "to make a noise"


def test_meiyou_and_qilai_alone_and_in_sentences(corpus, engine) -> None:
    """A word list's 没有 and 起来 show their HSK 1 senses; in a sentence 没有 before a verb
    is "haven't", before a noun "to not have", and 起来 after a verb keeps its lines."""
    assert _first(corpus, engine, "没有", "没有") == "to not have"
    assert _first(corpus, engine, "起来", "起来") == "to stand up"
    assert _first(corpus, engine, "他没有看清楚题目。", "没有") == "haven't"
    assert _first(corpus, engine, "我没有钱。", "没有") == "to not have"
    assert _first(corpus, engine, "我想起来了。", "起来") != "to stand up"
