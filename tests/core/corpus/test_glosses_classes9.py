"""Classes of words whose learner sense their sentence chooses, fixed in the eighth
session (words9b): what the seventh session left, and the second everyday senses of the
most polysemous HSK 2021 level 1-3 words; each with sentences of its own and a
counter-example that keeps the other sense."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import token_glosses
from tests.core.corpus.test_glosses_classes import _first


def test_time_passing_quickly_after_a_length_of_time(corpus, engine) -> None:
    """一年 / 这几天 + 过得 + 快 "to pass (of time)", as 时间过得快; a person's 过得很好
    keeps "to live"."""
    assert _first(corpus, engine, "一年过得很快。", "过").startswith("to pass")
    assert _first(corpus, engine, "这几天过得太快了。", "过").startswith("to pass")
    assert _first(corpus, engine, "时间过得快。", "过").startswith("to pass")
    assert _first(corpus, engine, "他过得很好。", "过") == "to live"


def test_looking_for_a_person_a_number_of_times_is_no_change(corpus, engine) -> None:
    """找 + a person + 三次 "to look for" (an amount of times, as 半天, is no change);
    找 + a person + 五块钱 keeps "to give change"."""
    assert _first(corpus, engine, "他找了我三次。", "找") == "to try to find"
    assert _first(corpus, engine, "我找了你半天。", "找") == "to try to find"
    assert _first(corpus, engine, "服务员找了我五块钱。", "找") == "to give change"


def test_i_think_with_kan(corpus, engine) -> None:
    """我看 / 你看 + a clause with a modal or a judgment "to think" (我看他不会来了);
    看了他一眼, 看他在打球 and 你看，… keep "to see"."""
    assert _first(corpus, engine, "我看他不会来了。", "看") == "to think"
    assert _first(corpus, engine, "你看他会来吗？", "看") == "to think"
    assert _first(corpus, engine, "我看这件衣服不错。", "看") == "to think"
    assert _first(corpus, engine, "我看了他一眼。", "看") != "to think"
    assert _first(corpus, engine, "我看他在打球。", "看") != "to think"
    assert _first(corpus, engine, "你看，那是我的老师。", "看") != "to think"


def test_a_lone_word_s_gloss_follows_its_lone_reading(corpus, engine) -> None:
    """A line that is 少 alone: shǎo "few", not shào "young"."""
    toks = [t for t in engine.annotate("少") if t.is_hanzi]
    [gloss] = token_glosses(toks, corpus)
    assert gloss.short.startswith("few")


def test_the_second_verb_of_v_le_v_leads_with_its_verb_senses(corpus, engine) -> None:
    """亲了亲: both 亲 are "to kiss" (the second one too sees the first, though 亲 has no
    curated condition); a lone 亲 before a family word is "one's own"."""
    toks = engine.annotate("妈妈亲了亲孩子。")
    shown = [g.short for t, g in zip(toks, token_glosses(toks, corpus), strict=True)
             if t.text == "亲"]
    assert [s.split(";")[0] for s in shown] == ["to kiss", "to kiss"]
    assert _first(corpus, engine, "她是我的亲妹妹。", "亲").startswith("one's own")


def test_an_object_or_the_word_before_picks_the_verb(corpus, engine) -> None:
    """调 (tiáo) a setting "to adjust", 歌的调 (diào) "tune", 雪化了 "to melt", 领工资
    "to receive", 打平 "to draw", 看下去 "to go on", 看小说 "to read", 做医生 "to be",
    放风筝 "to release", 一个小时过去了 "to pass by"; 领 + a person, 看电视, 做饭 and 走过去
    keep their senses."""
    assert _first(corpus, engine, "请把空调调到二十六度。", "调") == "to adjust"
    assert _first(corpus, engine, "这首歌的调很好听。", "调") == "tune"
    assert _first(corpus, engine, "雪化了。", "化") == "to melt"
    assert _first(corpus, engine, "我去领工资。", "领") == "to receive"
    assert _first(corpus, engine, "他领我们参观学校。", "领") == "to lead"
    assert _first(corpus, engine, "比赛打平了。", "平").startswith("to tie")
    assert _first(corpus, engine, "这本书真不错，我一定要看下去。", "下去") == "to go on"
    assert _first(corpus, engine, "他喜欢看小说。", "看") == "to read"
    assert _first(corpus, engine, "我在看电视。", "看") != "to read"
    assert _first(corpus, engine, "他想做医生。", "做") == "to be"
    assert _first(corpus, engine, "妈妈在做饭。", "做") == "to make"
    assert _first(corpus, engine, "他在公园放风筝。", "放") == "to release"
    assert _first(corpus, engine, "一个小时过去了。", "过去") == "to pass by"


def test_a_person_then_what_is_allowed_or_done_for_them(corpus, engine) -> None:
    """准 + a person "to allow", 代 + a person + a verb "on behalf of", 照 + a person + 说
    "according to", 就 + a person at a sentence's start "only"; 你的表准吗 keeps
    "accurate", 就 after a subject "then"."""
    assert _first(corpus, engine, "老师准我们早点回家。", "准") == "to allow"
    assert _first(corpus, engine, "你的表准吗？", "准") == "accurate"
    assert _first(corpus, engine, "我代他去开会。", "代") == "to act on behalf of others"
    assert _first(corpus, engine, "请照我说的做。", "照") == "according to"
    assert _first(corpus, engine, "就他一个人没来。", "就") == "only"
    assert _first(corpus, engine, "我吃了饭就走。", "就") != "only"


def test_a_second_everyday_sense_picked_by_the_object_or_the_clause(corpus, engine) -> None:
    """打八折 "discount", 不怪你 "to blame", 被 … 抢 "to rob", 要面子 "face", 点人数 "to
    check", 送外卖 "to deliver", 回他的信 "to answer" (the object past its owner's 的), 对着
    "to face", 对答案 "to check", 出主意 "to produce", 上百 "to be as many as", 下 … 决心 "to
    arrive at", 从明天起 "starting from"; 三折 alone, 很怪, 抢着, 送礼物, 回家, 对 as
    "right", 出去 and 起床 keep their senses."""
    assert _first(corpus, engine, "这件衣服打八折。", "折") == "discount"
    assert _first(corpus, engine, "这不怪你。", "怪") == "to blame"
    assert _first(corpus, engine, "这件事很怪。", "怪") != "to blame"
    assert _first(corpus, engine, "他的钱包被人抢了。", "抢") == "to rob"
    assert _first(corpus, engine, "大家都在抢着买票。", "抢") != "to rob"
    assert _first(corpus, engine, "他很要面子。", "面子").startswith("face")
    assert _first(corpus, engine, "请你点一下人数。", "点") == "to check on a list"
    assert _first(corpus, engine, "他每天送外卖。", "送") == "to deliver"
    assert _first(corpus, engine, "他送我一本书。", "送") != "to deliver"
    assert _first(corpus, engine, "我还没回他的信。", "回").startswith("to answer")
    assert _first(corpus, engine, "他回家了。", "回") != "to answer"
    assert _first(corpus, engine, "他的房间对着公园。", "对") == "to face"
    assert _first(corpus, engine, "我们对一下答案吧。", "对") == "to check"
    assert _first(corpus, engine, "你说得对。", "对") == "right"
    assert _first(corpus, engine, "他出了很多主意。", "出") == "to produce"
    assert _first(corpus, engine, "今天来了上百个人。", "上") == "to be as many as"
    assert _first(corpus, engine, "他下了很大的决心。", "下").startswith("to arrive at")
    assert _first(corpus, engine, "从明天起我每天跑步。", "起").startswith("starting from")


def test_a_noun_after_a_measure_word_and_an_adjective(corpus, engine) -> None:
    """一个 + 重大 / 新 + 发现 "discovery", 一个 + 好 + 回答 "reply": an adjective between
    the measure word and the word keeps the noun's place; 一个学生发现了 keeps the verb, and
    颜色很淡 is "light (of color)" as 浅 and 深 are."""
    assert _first(corpus, engine, "这是一个重大发现。", "发现") == "a discovery"
    assert _first(corpus, engine, "这是一个新发现。", "发现") == "a discovery"
    assert _first(corpus, engine, "这是一个好回答。", "回答") == "reply"
    assert _first(corpus, engine, "一个学生发现了问题。", "发现") != "a discovery"
    assert _first(corpus, engine, "这件衣服的颜色很淡。", "淡") == "light (of color)"
    assert _first(corpus, engine, "这个菜太淡了。", "淡") != "light (of color)"


def test_containers_count_what_they_hold_and_a_person_s_role(corpus, engine) -> None:
    """吸 + 一包 + 烟 "to inhale" (a container is a measure word: the object is 烟), 有眼光
    "insight", 比赛的裁判 "referee"; 吸 alone keeps "to breathe"."""
    assert _first(corpus, engine, "他每天吸一包烟。", "吸") == "to inhale"
    assert _first(corpus, engine, "他深深地吸了一口气。", "吸") in ("to inhale", "to breathe")
    assert _first(corpus, engine, "他买衣服很有眼光。", "眼光") == "insight"
    assert _first(corpus, engine, "他是这场比赛的裁判。", "裁判") == "referee"


def test_gei_a_person_and_a_verb_of_trying_is_to_let_after_a_subject_too(corpus, engine) -> None:
    """你给我看看 "to let", as 给我看看 at a sentence's start; 给妈妈打电话 stays "for"."""
    assert _first(corpus, engine, "你给我看看你的照片。", "给") == "to let"
    assert _first(corpus, engine, "给我尝尝你做的菜。", "给") == "to let"
    assert _first(corpus, engine, "我给妈妈打电话。", "给") != "to let"
