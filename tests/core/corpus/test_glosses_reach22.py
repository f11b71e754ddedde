"""Conditions that reach (words22, thirteenth session): the kinds of words22's batch's
misses, a word the sense file already marked in another everyday sense whose curated line
did not reach the sentence or that had none. Each rule with sentences of its own (none of
the batch's) and a counter-example that keeps the other sense."""

from __future__ import annotations

from tests.core.corpus.test_glosses_classes import _first


def test_a_degree_word_next_makes_the_subject_of_an_adjective(corpus, engine) -> None:
    """"before-degree": a degree word next (很, 非常, 特别 …) reads 表现 as the noun
    "performance", the subject of the adjective after it; 表现 + 得 stays the verb."""
    assert _first(corpus, engine, "她这学期表现非常好。", "表现") == "performance (at work etc)"
    assert _first(corpus, engine, "他表现得很好。", "表现") == "to perform (well or badly)"


def test_continue_after_an_adverb_or_a_person_of_the_class(corpus, engine) -> None:
    """接着 before a verb, after an adverb (又 + 接着 + 聊) or after any person of @people
    (老师 + 接着 + 讲, no longer a list of pronouns), is "to continue"; first in a clause
    after a comma it stays "then"."""
    assert _first(corpus, engine, "吃完饭我们又接着聊。", "接着") == "to continue"
    assert _first(corpus, engine, "老师接着讲下一课。", "接着") == "to continue"
    assert _first(corpus, engine, "他先去了银行，接着去了超市。", "接着") == "then"


def test_catch_ending_its_clause_after_a_throw(corpus, engine) -> None:
    """接着 ending its clause with 扔/丢/抛 earlier in the sentence is "to catch"; without a
    throw (你先说，我接着) it stays "then"."""
    assert _first(corpus, engine, "球扔过来了，你接着！", "接着") == "to catch"
    assert _first(corpus, engine, "你先说，我接着。", "接着") == "then"


def test_somewhat_after_a_person_before_the_predicate(corpus, engine) -> None:
    """多少 after a person and before a verb or an auxiliary (他 + 多少 + 知道, 他们 + 多少 +
    能) is "somewhat"; before a noun (他们 + 多少 + 人) it stays "how many?"."""
    assert _first(corpus, engine, "他多少知道一点儿这件事。", "多少") == "somewhat"
    assert _first(corpus, engine, "他们多少能听懂一点儿。", "多少") == "somewhat"
    assert _first(corpus, engine, "他们多少人去？", "多少") == "how many?"


def test_and_between_two_people_before_dou(corpus, engine) -> None:
    """跟 between two people before 都/俩 is "and"; 跟 + a person + a verb stays "with"."""
    assert _first(corpus, engine, "妈妈跟爸爸都是老师。", "跟") == "and"
    assert _first(corpus, engine, "我跟他说了。", "跟") == "with"


def test_borrow_after_a_person_of_gen_or_xiang(corpus, engine) -> None:
    """借 after 跟/向/找 + a person is "to borrow", also before an amount (借 + 一 + 支 +
    笔); 借给 stays "to lend"."""
    assert _first(corpus, engine, "你可以向老师借一支笔。", "借") == "to borrow"
    assert _first(corpus, engine, "他把自行车借给我了。", "借给") == "to lend to sb"


def test_the_deciding_word_past_six_words(corpus, engine) -> None:
    """A condition reads ten words of the clause (six before words22): 叫 + 我们 + 每 + 个
    + 人 + 下课 + 以后 + 都 + 去 "to ask", 出 + 了 + 一 + 本 + 介绍 + 北京 + 小吃 + 的 + 书 "to
    publish"; 叫 + 什么名字 stays "to be called"."""
    text = "老师叫我们每个人下课以后都去操场。"
    assert _first(corpus, engine, text, "叫") == "to ask (sb to do sth)"
    assert _first(corpus, engine, "他出了一本介绍北京小吃的书。", "出") == "to publish"
    assert _first(corpus, engine, "他叫什么名字？", "叫") == "to be called"


def test_a_person_owned_by_a_pronoun_is_the_person(corpus, engine) -> None:
    """"person-then" reads a pronoun + a person as one person (跟 + 我 + 爸爸 + 都 "and", 送
    + 我 + 妈妈 + 回家 "to take"); 跟 + 我 + 爸爸 + 说 stays "with"."""
    assert _first(corpus, engine, "我妈妈跟我爸爸都是老师。", "跟") == "and"
    assert _first(corpus, engine, "我送我妈妈回家。", "送") == "to take (sb somewhere)"
    assert _first(corpus, engine, "我跟我爸爸说了。", "跟") == "with"
