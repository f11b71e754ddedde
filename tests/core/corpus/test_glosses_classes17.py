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


def test_the_kind_of_a_neighbour_decides(corpus, engine) -> None:
    """The object, the subject or topic, a word before or after: 说 + a person ending the
    clause "to scold" (我跟你说 stays "to speak"); 刮 + wind "to blow"; 点 + a control
    (@controls) "to click"; 登 after a newspaper "to publish"; 爬 said of an animal ending
    its clause "to crawl" (爬山 "to climb"); 放 an animal back to the wild "to release" (a
    book back on its shelf "to put"); 厉害 after a price rising "severe"; 骄傲 after 太
    "arrogant" (为你骄傲 "proud"); 比 + 谁 "to compare" (比谁都 "than"); 本来 + 就是."""
    assert _first(corpus, engine, "你别老说他。", "说") == "to scold"
    assert _first(corpus, engine, "我跟你说。", "说") == "to speak"
    assert _first(corpus, engine, "山上刮了一天大风。", "刮") == "to blow (of the wind)"
    assert _first(corpus, engine, "请点这个按钮。", "点") == "to click"
    assert _first(corpus, engine, "这个消息报纸上登了。", "登") == "to publish"
    assert _first(corpus, engine, "一只小猫在地上爬。", "爬") == "to crawl"
    assert _first(corpus, engine, "我们明天去爬山。", "爬山") != "to crawl"
    assert _first(corpus, engine, "他们把小鸟放回了大自然。", "放") == "to release"
    assert _first(corpus, engine, "他把书放回书架上了。", "放") == "to put"
    assert _first(corpus, engine, "这两年物价涨得很厉害。", "厉害") == "severe"
    assert _first(corpus, engine, "你太骄傲了。", "骄傲") == "arrogant"
    assert _first(corpus, engine, "妈妈为你骄傲。", "骄傲") == "proud"
    assert _first(corpus, engine, "我们比谁跳得高。", "比") == "to compare"
    assert _first(corpus, engine, "他比谁都努力。", "比") == "than (in comparisons)"
    assert _first(corpus, engine, "这本来就是我的书。", "本来") == "it goes without saying"


def test_a_thing_then_a_verb_is_the_means(corpus, engine) -> None:
    """通过 + a thing + a verb "by means of" (thing-then-verb); 通过 + an exam "to pass"."""
    assert _first(corpus, engine, "我们通过邮件联系吧。", "通过") == "by means of"
    assert _first(corpus, engine, "他通过了这次考试。", "通过") == "to pass (a test)"


def test_a_word_after_a_joining_and_is_a_noun(corpus, engine) -> None:
    """After 和/与 a word is the noun joined to the one before (人和自然 + 应该 …: "nature"),
    not the adverbial of the verb after it; alone before a verb it still is (他自然会来)."""
    assert _first(corpus, engine, "动物与自然应该和谐共处。", "自然") == "nature"
    assert _first(corpus, engine, "你放心，他自然会来的。", "自然") == "naturally"


def test_not_later_is_later_s_opposite(corpus) -> None:
    """The condition alone: none of its options past the next word in the clause."""
    from chinese_teach.core.corpus.glosses import glosser

    g = glosser(corpus)
    assert g._when("not-later:都|也", "", ("谁", "跑", "得", "快"))
    assert not g._when("not-later:都|也", "", ("谁", "都", "快"))
    assert g._when("not-later:都", "", ("都",))  # the next word itself is not read


def test_the_word_s_place_decides(corpus, engine) -> None:
    """表现 before 得 "to perform"; a two-character word before 着 is a verb (象征着 "to
    symbolize"); 差不多 ending its clause "about the same" (差不多了 is not); 保险 after 不 or
    a degree word "safe" (买保险 keeps "insurance"); 一口气 before its predicate "in one
    breath" (吸了一口气 keeps "one breath"); 大概 before a verb "probably", before an amount
    "roughly"; 原来 first in a later clause "as it turns out" (原来的 keeps "original"); 代表
    before its object "to represent" (的代表, 代表团 keep "representative"); 记 + 一下 "to
    note (down)"."""
    assert _first(corpus, engine, "老师说他最近表现得很好。", "表现") == (
        "to perform (well or badly)")
    assert _first(corpus, engine, "鸽子象征着和平。", "象征") == "to symbolize"
    assert _first(corpus, engine, "这两个城市的天气差不多。", "差不多") == "about the same"
    assert _first(corpus, engine, "饭做得差不多了。", "差不多") != "about the same"
    assert _first(corpus, engine, "这个办法很保险。", "保险") == "safe"
    assert _first(corpus, engine, "我给汽车买了保险。", "保险") != "safe"
    assert _first(corpus, engine, "她一口气跑了五公里。", "一口气") == "in one breath"
    assert _first(corpus, engine, "他深深地吸了一口气。", "一口气") != "in one breath"
    assert _first(corpus, engine, "他大概忘了。", "大概") == "probably"
    assert _first(corpus, engine, "大概三十个人来了。", "大概") == "roughly"
    assert _first(corpus, engine, "我找了半天，原来钥匙在桌子上。", "原来") == "as it turns out"
    assert _first(corpus, engine, "我们搬家了，原来的房子卖了。", "原来") != "as it turns out"
    assert _first(corpus, engine, "他代表我们学校参加比赛。", "代表") == "to represent"
    assert _first(corpus, engine, "他是我们班的代表。", "代表") == "representative"
    assert _first(corpus, engine, "你先记一下我的地址。", "记") == "to note (down)"


def test_feel_free_in_the_last_clause_although_before_another(corpus, engine) -> None:
    """尽管 + a verb in the sentence's last clause "feel free to" (last-clause); 尽管 + a
    clause before the main one "although"."""
    assert _first(corpus, engine, "有问题尽管问老师。", "尽管") == "feel free to"
    assert _first(corpus, engine, "尽管下雨，我们还是去了。", "尽管") == "despite"
    assert _first(corpus, engine, "尽管他很累，他还是来了。", "尽管") == "despite"


def test_a_measure_word_after_next_one_is_the_thing(corpus, engine) -> None:
    """Inside 下一站 "the next stop" 站 is the stop, "station" (not its measure-word sense);
    一手 "a skill" keeps 手 "(measure word for skill)": no 下/上/这 picks one of a row."""
    assert _first(corpus, engine, "我们在下一站下车吧。", "站") == "station"
    assert _first(corpus, engine, "他今天露了一手。", "手") == "(measure word for skill)"


def test_the_object_of_a_split_verb_and_object(corpus, engine) -> None:
    """生 + 我的 + 气: 气 of 生气 "to make angry" (not "gas"); 打 + 了 + 一 + 针: "injection";
    说 + 的 + 话 is no split word (the words said), and 有 makes idioms (有 + 一个 + 病)."""
    assert _first(corpus, engine, "你还在生他的气吗？", "气") == "to make angry"
    assert _first(corpus, engine, "护士给他打了一针。", "针") == "injection"
    assert _first(corpus, engine, "他说的话很有道理。", "话") == "words"
    assert _first(corpus, engine, "他有一个病。", "病") == "illness"
    assert _first(corpus, engine, "今天天气很好。", "天气") == "weather"
