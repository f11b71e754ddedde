"""The kinds of the eleventh held-out part's misses (thirteenth session, words17): learner
defaults where the entry's order misleads, the conditions and classes that read the word
the sentence decides by, and the word's place; each with sentences of its own and a
counter-example that keeps the other sense."""

from __future__ import annotations

from tests.core.corpus.test_glosses_classes import _first


def test_learner_defaults_lead_where_the_entry_s_order_misleads(corpus, engine) -> None:
    """项目 "project" (not "item"), 冲动 "to be impetuous" (not "to have an urge"), in a
    sentence and alone; 舍不得 alone or ending its clause "to hate to part with", before a
    verb "to hate to do sth"."""
    assert _first(corpus, engine, "我们的项目下个月结束。", "项目") == "project"
    assert _first(corpus, engine, "项目", "项目") == "project"
    assert _first(corpus, engine, "冲动", "冲动") == "to be impetuous"
    assert _first(corpus, engine, "毕业了，大家都舍不得。", "舍不得") == "to hate to part with"
    assert _first(corpus, engine, "奶奶舍不得扔旧东西。", "舍不得") == "to hate to do sth"


def test_a_holiday_is_celebrated_a_period_of_time_spent(corpus, engine) -> None:
    """过 + a holiday (@holidays: 圣诞节, 生日, 春节 …) "to celebrate"; 过 + a period of time
    (周末, 暑假) keeps "to spend (time)"."""
    assert _first(corpus, engine, "他们家不过圣诞节。", "过") == "to celebrate"
    assert _first(corpus, engine, "今年我在朋友家过生日。", "过") == "to celebrate"
    assert _first(corpus, engine, "我们在老家过暑假。", "过") == "to spend (time)"
    assert _first(corpus, engine, "我们在老家过了一个周末。", "过") != "to celebrate"
