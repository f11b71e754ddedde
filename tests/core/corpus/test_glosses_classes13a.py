"""Two-character words whose learner sense the sentence decides (eleventh session,
words13a): a verb before its complement 得, and curated lines that read the word's place
or its neighbour's class; each with a counter-example that keeps the other sense."""

from __future__ import annotations

from tests.core.corpus.test_glosses_classes import _first


def test_a_noun_that_is_also_a_verb_is_the_verb_before_its_complement(corpus, engine) -> None:
    """发展得很快 "to develop" (a verb and its complement 得), where 发展 after 的 stays
    "development"; 比赛得了第一 is 得 dé "to obtain", so 比赛 keeps "competition"; an
    adjective before 得 keeps its adjective (凉快得很 is no "to cool off")."""
    assert _first(corpus, engine, "这个城市这几年发展得非常快。", "发展") == "to develop"
    assert _first(corpus, engine, "我们学校的发展很快。", "发展") == "development"
    assert _first(corpus, engine, "我们班的篮球比赛得了第一名。", "比赛") != "to compete"
    assert _first(corpus, engine, "今天凉快得很。", "凉快") != "to cool off"


def test_the_place_of_the_word_decides(corpus, engine) -> None:
    """关系 + 到 "to concern" (我们的关系 "relation"); 一会儿 + 就 "in a moment" (休息一会儿
    "a while"), said twice "now … now …"; 原来 before the predicate "originally" (原来是这样
    first in its sentence: "it turns out"); 可能 after a measure word "possibility" (before a
    verb "might"); 开始 + 的 "beginning"; 最后 + an amount "last" (first, before a comma:
    "finally")."""
    assert _first(corpus, engine, "这件事关系到大家的安全。", "关系") == "to concern"
    assert _first(corpus, engine, "我们的关系一直很好。", "关系") == "relation"
    assert _first(corpus, engine, "你先坐，我一会儿就好。", "一会儿") == "in a moment"
    assert _first(corpus, engine, "我们休息一会儿吧。", "一会儿") != "in a moment"
    assert _first(corpus, engine, "天气一会儿冷一会儿热。", "一会儿").startswith("now")
    assert _first(corpus, engine, "我原来住在上海。", "原来") == "originally"
    assert _first(corpus, engine, "我原来是老师，现在是作家。", "原来") == "originally"
    assert _first(corpus, engine, "原来是这样！", "原来") == "it turns out"
    assert _first(corpus, engine, "还有另外一种可能。", "可能") == "possibility"
    assert _first(corpus, engine, "他可能已经走了。", "可能") != "possibility"
    assert _first(corpus, engine, "开始的时候，我不太习惯。", "开始") == "beginning"
    assert _first(corpus, engine, "电影开始了。", "开始") == "to begin"
    assert _first(corpus, engine, "这是我最后一次来这儿了。", "最后") == "last"
    assert _first(corpus, engine, "最后，我们还是决定不去了。", "最后") == "finally"


def test_an_adjective_s_place_after_a_degree_word(corpus, engine) -> None:
    """After 很, 太, 非常: 实在 "honest", 负责 "conscientious", 随便 "casual", 辛苦
    "exhausting"; 明白 after 得 + a degree word "clear". Elsewhere: 实在太好吃 "really",
    谁负责 "to be responsible for", 你随便吃 "as one wishes", 辛苦了 "to work hard", 我很明白
    "to understand"."""
    assert _first(corpus, engine, "他做人很实在。", "实在") == "honest"
    assert _first(corpus, engine, "这个菜实在太好吃了。", "实在") == "really"
    assert _first(corpus, engine, "她做事非常负责。", "负责") == "conscientious"
    assert _first(corpus, engine, "谁负责这件事？", "负责") == "to be responsible for"
    assert _first(corpus, engine, "你别太随便了。", "随便") == "casual"
    assert _first(corpus, engine, "你随便吃吧。", "随便") == "as one wishes"
    assert _first(corpus, engine, "当老师很辛苦。", "辛苦") == "exhausting"
    assert _first(corpus, engine, "老师们辛苦了！", "辛苦") == "to work hard"
    assert _first(corpus, engine, "他把道理讲得很明白。", "明白") == "clear"
    assert _first(corpus, engine, "我很明白你的想法。", "明白") == "to understand"


def test_the_neighbour_s_class_decides(corpus, engine) -> None:
    """A machine that does not work (冰箱不工作了 "to operate"); a device with a problem
    (电脑有问题 "problem"; 我有个问题 "question"); a light that means something (绿灯表示
    "to indicate"; 向我们表示感谢 "to express"); a device turned on (把电视打开 "to turn
    on"; 打开门 "to open"); power or water in short supply (电很紧张 "in short supply";
    我很紧张 "nervous"); luggage packed (收拾东西 "to pack") and a person sorted out;
    a pain that is severe (疼得厉害 "severe"; 打得真厉害 "amazing")."""
    assert _first(corpus, engine, "冰箱不工作了，里面的东西都坏了。", "工作") == (
        "(of a machine) to operate")
    assert _first(corpus, engine, "我的电脑有问题，上不了网。", "问题") == "problem"
    assert _first(corpus, engine, "我有个问题想问您。", "问题") == "question"
    assert _first(corpus, engine, "绿灯表示可以走了。", "表示") == "(of sth) to indicate"
    assert _first(corpus, engine, "他向我们表示感谢。", "表示") != "(of sth) to indicate"
    assert _first(corpus, engine, "请把电视打开。", "打开") == "to turn on"
    assert _first(corpus, engine, "我打开门一看，是小王。", "打开") == "to open"
    assert _first(corpus, engine, "最近电很紧张，晚上常常停电。", "紧张") == "in short supply"
    assert _first(corpus, engine, "考试以前我很紧张。", "紧张") == "nervous"
    assert _first(corpus, engine, "快去收拾东西，车马上就到。", "收拾") == "to pack"
    assert _first(corpus, engine, "我们把教室收拾一下吧。", "收拾") == "to put in order"
    assert _first(corpus, engine, "你再不听话，看我怎么收拾你！", "收拾") == (
        "(coll.) to sort sb out")
    assert _first(corpus, engine, "我肚子疼得厉害。", "厉害") == "severe"
    assert _first(corpus, engine, "他打篮球打得真厉害。", "厉害") == "amazing"


def test_the_word_before_or_after_decides(corpus, engine) -> None:
    """地方 + 政府 "local"; 学校方面 "side" (在生活方面 "respect"); 向 … 反映 "to report";
    拿主意 "decision"; 有对象 "partner"; 这说明 "to show" (看说明 "explanation"); 日子 + 过
    "days of one's life"; 肯定了 + an object "to affirm"; 有一定的 "a certain"; 到底 +
    还是/也 "in the end", a verb + 到底 "to the end" (a question keeps "on earth"); 经过 after an
    auxiliary "to pass (by)" (经过一年的努力 "after"); 在进行 ending its clause "in progress"
    (进行考试 "to carry out")."""
    assert _first(corpus, engine, "王老师在地方政府工作过。", "地方") == "local"
    assert _first(corpus, engine, "公司方面还没有回答。", "方面") == "side"
    assert _first(corpus, engine, "在生活方面，他很独立。", "方面") == "respect"
    assert _first(corpus, engine, "我已经跟经理反映过这个问题了。", "反映") == "to report"
    assert _first(corpus, engine, "这件事你拿主意吧。", "主意") == "decision"
    assert _first(corpus, engine, "我有一个好主意。", "主意") == "idea"
    assert _first(corpus, engine, "他有对象了，下个月结婚。", "对象") == "partner"
    assert _first(corpus, engine, "这说明你还不够努力。", "说明") == "to show"
    assert _first(corpus, engine, "请先看一下说明再用。", "说明") == "explanation"
    assert _first(corpus, engine, "他们的日子过得越来越好。", "日子") == "days of one's life"
    assert _first(corpus, engine, "领导肯定了我们的工作。", "肯定") == "to affirm"
    assert _first(corpus, engine, "这本书对我有一定的帮助。", "一定") == "a certain (extent etc)"
    assert _first(corpus, engine, "你一定要来啊！", "一定") != "a certain (extent etc)"
    assert _first(corpus, engine, "他等了三年，到底也没有回来。", "到底") == "in the end"
    assert _first(corpus, engine, "这条路我们要走到底。", "到底") == "to the end"
    assert _first(corpus, engine, "你明天到底来不来？", "到底") == "(in a question) on earth"
    assert _first(corpus, engine, "我每天上学都要经过这座桥。", "经过") == "to pass (by)"
    assert _first(corpus, engine, "经过一年的努力，他考上了大学。", "经过") == "after"
    assert _first(corpus, engine, "会议还在进行，请你等一下。", "进行") == "in progress"
    assert _first(corpus, engine, "我们明天进行考试。", "进行") == "to carry out"


def test_a_noun_after_other_ones_or_an_event_verb(corpus, engine) -> None:
    """别的 / 其他的 + a verb that is also a noun: the noun (别的选择 "choice", 别的安排
    "arrangements"); 参加 + an event: the noun (参加比赛 "competition"); 看 + 表演
    "performance" by its line, while 看 before a clause keeps a verb (我看可能要下雨:
    可能 "might"); 过去 after a verb "to go over" (过去的事 "(in the) past"); 上下 after an
    amount "about"."""
    assert _first(corpus, engine, "我们没有别的选择了。", "选择") == "choice"
    assert _first(corpus, engine, "你自己选择吧。", "选择") == "to select"
    assert _first(corpus, engine, "你还有别的安排吗？", "安排") == "arrangements"
    assert _first(corpus, engine, "我参加了学校的汉语比赛。", "比赛") != "to compete"
    assert _first(corpus, engine, "我参加比赛。", "比赛") != "to compete"
    assert _first(corpus, engine, "我们去看表演吧。", "表演") == "performance"
    assert _first(corpus, engine, "我看可能要下雨。", "可能") != "possibility"
    assert _first(corpus, engine, "他从我身边走过去了。", "过去") == "to go over"
    assert _first(corpus, engine, "过去的事就别想了。", "过去") == "(in the) past"
    assert _first(corpus, engine, "他四十岁上下。", "上下") == "about"


def test_a_noun_that_is_also_a_verb_after_its_subject_or_before_its_object(
        corpus, engine) -> None:
    """After a subject pronoun with more of the clause to come (我感觉今天比昨天冷 "to
    feel"; not before a degree word or 也/都/不: 我睡眠不太好 keeps "sleep"), before 了 and an
    amount or a person, or before an amount (投资了一家公司, 明年投资一个新项目 "to invest"):
    the verb; a noun the dictionary counts after a pronoun stays a noun (我作业明天交)."""
    assert _first(corpus, engine, "我感觉今天比昨天冷。", "感觉") == "to feel"
    assert _first(corpus, engine, "我睡眠不太好。", "睡眠") == "sleep"
    assert _first(corpus, engine, "他们投资了一家小公司。", "投资") == "to invest"
    assert _first(corpus, engine, "我们明年投资一个新项目。", "投资") == "to invest"
    assert _first(corpus, engine, "他的投资很成功。", "投资") == "investment"
    assert _first(corpus, engine, "他们发展了一种新方法。", "发展") == "to develop"
    assert _first(corpus, engine, "我作业明天交。", "作业") == "school assignment"


def test_time_adverbs_by_their_place(corpus, engine) -> None:
    """本来 + 就 "it goes without saying" (我本来想去 "originally"); 不可能 "possible" (我可能
    明天去 "might"); 以后 after a subject pronoun "in the future" (下了课以后 "after");
    一会儿 first in its sentence or before 就/再 after no verb "in a moment" (休息一会儿再走:
    a verb's "a moment", not "in a moment")."""
    assert _first(corpus, engine, "我本来就不想去。", "本来") == "it goes without saying"
    assert _first(corpus, engine, "我本来想去，后来没去成。", "本来") == "originally"
    assert _first(corpus, engine, "他不可能知道这件事。", "可能") == "possible"
    assert _first(corpus, engine, "我可能明天去。", "可能") == "might (happen)"
    assert _first(corpus, engine, "我以后再也不迟到了。", "以后") == "in the future"
    assert _first(corpus, engine, "下了课以后，我们一起去打球吧。", "以后") == "after"
    assert _first(corpus, engine, "一会儿我们去公园吧。", "一会儿") == "in a moment"
    assert _first(corpus, engine, "我一会儿再给你打电话。", "一会儿") == "in a moment"
    assert _first(corpus, engine, "我们休息一会儿再走吧。", "一会儿") != "in a moment"


def test_which_things_and_when(corpus, engine) -> None:
    """什么 / 哪些 + a verb that is also a noun: the noun (有什么安排 "arrangements", 有什么
    要求 "requirement"; 准备什么菜 keeps 准备 a verb); 准备 + 什么时候 "to plan to"; 表示 after
    what a thing says (他的话表示 "(of sth) to indicate")."""
    assert _first(corpus, engine, "你明天有什么安排？", "安排") == "arrangements"
    assert _first(corpus, engine, "你们有什么要求吗？", "要求") == "requirement"
    assert _first(corpus, engine, "你准备什么菜？", "准备") == "to prepare"
    assert _first(corpus, engine, "你们准备什么时候结婚？", "准备") == "to plan to"
    assert _first(corpus, engine, "他的话表示他不同意。", "表示") == "(of sth) to indicate"


def test_yuanlai_first_in_its_sentence(corpus, engine) -> None:
    """原来 first, in a sentence that exclaims (啊, 呀) or says 早就: "it turns out"; first
    before a plain statement: "originally"."""
    assert _first(corpus, engine, "原来你们早就认识啊！", "原来") == "it turns out"
    assert _first(corpus, engine, "原来他是你哥哥呀！", "原来") == "it turns out"
    assert _first(corpus, engine, "原来我们班有三十个学生，现在只有二十个了。", "原来") == (
        "originally")


def test_jiezhe_after_its_subject_before_a_verb(corpus, engine) -> None:
    """接着 after a subject pronoun and before a verb "to continue" (我接着说, 请大家接着看);
    first after a clause, before an adverb or a comma: "then"."""
    assert _first(corpus, engine, "你说完了，我接着说。", "接着") == "to continue"
    assert _first(corpus, engine, "请大家接着看第三课。", "接着") == "to continue"
    assert _first(corpus, engine, "他先去了北京，接着又去了上海。", "接着") == "then"
    assert _first(corpus, engine, "接着，我们去了博物馆。", "接着") == "then"
