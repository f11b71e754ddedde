"""The kinds of the ninth held-out part's misses (eleventh session, words12): learner
defaults where the entry's order misleads, and the conditions and classes that read the
word the sentence decides by; each with sentences of its own and a counter-example that
keeps the other sense."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import load_noun_classes
from tests.core.corpus.test_glosses_classes import _first


def test_learner_defaults_lead_where_the_entry_s_order_misleads(corpus, engine) -> None:
    """一律 "without exception" (not "same"), 即将 "about to" (not "on the eve of"),
    成语 "idiom" (not a definition cut short), in a sentence and alone."""
    assert _first(corpus, engine, "上课的时候，手机一律关掉。", "一律") == "without exception"
    assert _first(corpus, engine, "电影即将开始。", "即将") == "about to"
    assert _first(corpus, engine, "这是一个成语。", "成语") == "idiom"
    assert _first(corpus, engine, "成语", "成语") == "idiom"


def test_lines_read_by_the_conditions_there_were(corpus, engine) -> None:
    """广大 before people "(of people) numerous" (a place keeps "vast"); 排 + 队 past a 的
    phrase "to line up"; 完了 alone first in its sentence "oh no" (after a subject: "to be
    finished"); 结果 first before a person "in the end" (结果很好: "outcome"); 跟 + a person
    + 来/走 "to follow" (跟我一起去: "with")."""
    assert _first(corpus, engine, "这本书受到了广大读者的喜爱。", "广大") == (
        "(of people) numerous")
    assert _first(corpus, engine, "这个地方很广大。", "广大") != "(of people) numerous"
    assert _first(corpus, engine, "买票的人排了很长的队。", "排") == "to line up"
    assert _first(corpus, engine, "完了，我的钥匙忘在办公室了。", "完了") == "oh no"
    assert _first(corpus, engine, "比赛完了，我们回家吧。", "完了") == "to be finished"
    assert _first(corpus, engine, "结果他还是没来。", "结果") == "in the end"
    assert _first(corpus, engine, "结果很好。", "结果") == "outcome"
    assert _first(corpus, engine, "快跟我来，老师在等我们。", "跟") == "to follow"
    assert _first(corpus, engine, "你跟我一起去吧。", "跟") == "with"


def test_people_counted_in_numbers_are_people() -> None:
    """读者, 观众, 群众 … are of the people class (广大 + 读者)."""
    people = load_noun_classes()["people"]
    assert all(people.has(w) for w in ("读者", "观众", "群众", "顾客", "家长"))


def test_an_amount_of_time_is_taken_not_cost(corpus, engine) -> None:
    """要 + an amount of time "to take (time)" (before-duration); of money "to cost"."""
    assert _first(corpus, engine, "从这儿到机场要多长时间？", "要") == "to take (time)"
    assert _first(corpus, engine, "坐火车要三天。", "要") == "to take (time)"
    assert _first(corpus, engine, "这件衣服要两百块。", "要") == "to cost"


def test_time_words_then_a_verb_make_a_plan(corpus, engine) -> None:
    """准备 + time words + a verb "to plan to" (time-then-verb), also past 下 / 个 / 月 cut
    apart; 准备 + 明天的考试 (a noun after the time) keeps "to prepare"."""
    assert _first(corpus, engine, "我们准备明年去云南旅游。", "准备") == "to plan to"
    assert _first(corpus, engine, "我准备下个月去北京看朋友。", "准备") == "to plan to"
    assert _first(corpus, engine, "我们准备明天的考试。", "准备") == "to prepare"


def test_a_word_before_its_clause_s_predicate_is_an_adverb(corpus, engine) -> None:
    """正好 + 要 + 去 "to happen to" and 干吗 + 不 + 睡 "whatever for?" (adverb-place); 来得
    正好 and 你在干吗？ keep the entry's first sense; 快 + an adjective + 了 "soon"."""
    assert _first(corpus, engine, "我正好要去超市，可以帮你买。", "正好") == "to happen to"
    assert _first(corpus, engine, "你来得正好。", "正好") == "just (in time)"
    assert _first(corpus, engine, "明天星期一，你干吗不早点儿睡？", "干吗") == "whatever for?"
    assert _first(corpus, engine, "你在干吗？", "干吗") == "what are you doing?"
    assert _first(corpus, engine, "天快黑了，我们赶紧回家吧。", "快") == "soon"
    assert _first(corpus, engine, "他跑得很快。", "快") == "fast"


def test_waste_said_in_the_clause_before_is_collected(corpus, engine) -> None:
    """收 + waste "to collect", after it or as 把's object in the clause before, past a
    clause of people, times and 来/去 (明天早上有人来收); 收到 a letter keeps "to receive"."""
    assert load_noun_classes()["waste"].has("垃圾")
    assert _first(corpus, engine, "把垃圾放在门外，明天早上有人来收。", "收") == "to collect"
    assert _first(corpus, engine, "每天早上有人来收垃圾。", "收") == "to collect"
    assert _first(corpus, engine, "我给他写了一封信，他收了。", "收") == "to receive"


def test_an_adjective_s_place_reads_the_adjective_of_a_noun_or_verb(corpus, engine) -> None:
    """After a degree word or between 是 and a 的 ending the clause, an entry that leads
    with a noun or verb and gives its adjective leads with the adjective (很矛盾
    "contradictory", 是固定的 "fixed", 很传统 "traditional"); elsewhere it keeps its order
    (有矛盾 "contradiction", 把桌子固定好 "to fix")."""
    assert _first(corpus, engine, "我心里很矛盾，不知道该不该去。", "矛盾") == "contradictory"
    assert _first(corpus, engine, "他们之间有矛盾。", "矛盾") == "contradiction"
    assert _first(corpus, engine, "我们的上课时间是固定的。", "固定") == "fixed"
    assert _first(corpus, engine, "请把桌子固定好。", "固定") == "to fix"
    assert _first(corpus, engine, "他的想法很传统。", "传统") == "traditional"


def test_a_word_that_leads_with_an_adjective_is_a_verb_after_need(corpus, engine) -> None:
    """完善 ending its clause after 需要 "to refine" (not "comprehensive"); a noun after
    需要 keeps its sense (需要时间); 很完善 keeps the adjective."""
    assert _first(corpus, engine, "这个计划还需要完善。", "完善") == "to refine"
    assert _first(corpus, engine, "他的方法很完善。", "完善").endswith("comprehensive")
    assert _first(corpus, engine, "学汉语需要时间。", "时间") == "(concept of) time"
