"""Senses in textbook passages and dialogues (words25, fourteenth session): the kinds of
words25's batch's misses, the words a teacher glosses in a whole text. Each rule with
sentences of its own (none of the batch's) and a counter-example that keeps the other sense."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import (
    _passage25_past_about,
    _passage25_past_degree,
    _passage25_weekday,
)
from tests.core.corpus.test_glosses_classes import _first


def test_the_number_of_a_weekday_counts_nothing() -> None:
    """A number after 星期 / 礼拜 / 周, cut apart, names a day: no "after-number" line reads
    it as a count; a number with no weekday head before it still counts."""
    assert _passage25_weekday("六", ("六", "星期", "说"))
    assert _passage25_weekday("三", ("三", "礼拜"))
    assert not _passage25_weekday("三", ("三", "开"))
    assert not _passage25_weekday("这", ("这", "星期"))
    assert not _passage25_weekday("六", ())


def test_will_after_a_weekday(corpus, engine) -> None:
    """会 after 星期 / 六 before a verb is "will; to be likely to"; 会 counted by a number
    (开了三个会, 两会) keeps "meeting"."""
    assert _first(corpus, engine, "听说星期五会下雪，你多穿点儿衣服。", "会") == "will"
    assert _first(corpus, engine, "老师说礼拜三会来我们班看看。", "会") == "will"
    assert _first(corpus, engine, "今天上午我们开了三个会，累死了。", "会") == "meeting"


def test_an_amount_of_time_past_duo_and_ban() -> None:
    """多 and 半 between a measure word and its unit are passed over (个 / 多 / 小时)."""
    assert _passage25_past_about(["个", "多", "小时"]) == ["个", "小时"]
    assert _passage25_past_about(["个", "半", "月"]) == ["个", "月"]
    assert _passage25_past_about(["本", "书"]) == ["本", "书"]


def test_to_spend_an_approximate_amount_of_time(corpus, engine) -> None:
    """花 before 一个多小时 / 两个半月 is "to spend (money, time)"; 花 of a flower keeps
    "flower"."""
    assert _first(corpus, engine, "做完这些作业要花两个多小时。", "花") == (
        "to spend (money, time)")
    assert _first(corpus, engine, "我们花了三个半月才把房子装修好。", "花") == (
        "to spend (money, time)")
    assert _first(corpus, engine, "公园里的花都开了，特别好看。", "花") == "flower"


def test_before_reaches_past_a_degree_word() -> None:
    """A "before:" option after a degree word ending the clause is reached (天 + 很 + 蓝);
    not with more of the clause after it, nor without the degree word."""
    assert _passage25_past_degree(("很", "蓝"), frozenset({"蓝"}))
    assert _passage25_past_degree(("特别", "蓝", "了"), frozenset({"蓝"}))
    assert not _passage25_past_degree(("很", "蓝", "的", "衣服"), frozenset({"蓝"}))
    assert not _passage25_past_degree(("都", "蓝"), frozenset({"蓝"}))


def test_the_sky_before_a_degree_word_and_a_colour(corpus, engine) -> None:
    """天 + 很 / 特别 + 蓝 / 晴 is "sky"; 每天 and a day counted keep "day"."""
    assert _first(corpus, engine, "今天的天特别蓝，我们去公园拍照吧。", "天") == "sky"
    assert _first(corpus, engine, "雨停了，天非常晴。", "天") == "sky"
    assert _first(corpus, engine, "我在北京住了三天，玩得很开心。", "天") != "sky"


def test_to_be_there_ending_its_clause(corpus, engine) -> None:
    """在 with no place after it, ending its clause or before a final particle, is "to be
    there" (李经理在吗？, 妈妈不在); before a place or a verb it keeps "at" / "-ing"."""
    assert _first(corpus, engine, "您好，请问李经理在吗？", "在") == "to be there"
    assert _first(corpus, engine, "爸爸出门了，妈妈也不在。", "在") == "to be there"
    assert _first(corpus, engine, "我在图书馆等你。", "在") == "at"
    assert _first(corpus, engine, "他在看书，别打扰他。", "在") != "to be there"


def test_your_before_an_institution(corpus, engine) -> None:
    """贵 before a company, a school or a bank is the honorific "your"; a price that is
    贵 keeps "expensive"."""
    assert _first(corpus, engine, "我很想去贵公司实习，不知道可以吗？", "贵") == (
        "(honorific) your")
    assert _first(corpus, engine, "我对贵学校的汉语课很感兴趣。", "贵") == "(honorific) your"
    assert _first(corpus, engine, "这家饭馆的菜太贵了，我们换一家吧。", "贵") == "expensive"


def test_to_write_down_before_xia_and_xialai(corpus, engine) -> None:
    """记 + 下 / 下来 is "to note (down)"; 记住 keeps "to remember"."""
    assert _first(corpus, engine, "请把他的地址记下来，别忘了。", "记") == "to note (down)"
    assert _first(corpus, engine, "老师说的话我都记下了。", "记") == "to note (down)"
    assert _first(corpus, engine, "这些生词你一定要记住。", "记住") == "to remember"


def test_will_before_a_degree_word_or_after_a_day_to_come(corpus, engine) -> None:
    """会 before a degree word is "will" (会 + 很 + 热), not before 很 + 多 (a skill's
    amount: 他会很多语言); 会 before a verb after a weekday or 周末 in its clause is "will";
    会 + a skill with 现在 keeps "can"."""
    assert _first(corpus, engine, "别担心，考完试你会很轻松的。", "会") == "will"
    assert _first(corpus, engine, "我姐姐会很多种语言，真厉害。", "会") == "can"
    assert _first(corpus, engine, "星期四老师会检查大家的作业。", "会").startswith("will")
    assert _first(corpus, engine, "我周末会带孩子去动物园。", "会") == "will"
    assert _first(corpus, engine, "他现在会用筷子吃饭了。", "会") == "can"


def test_ordering_at_a_restaurant(corpus, engine) -> None:
    """来 before an amount of food or drink (not 来了) is ordering; 再 before 来 / 要 and an
    amount is "another"; friends who came keep "to come", 再来 with no amount or with an
    amount of times (再来一遍) keeps no "another"."""
    assert _first(corpus, engine, "服务员，来两瓶啤酒！", "来") == "to bring (when ordering food)"
    assert _first(corpus, engine, "昨天我家来了三个朋友。", "来") == "to come"
    assert _first(corpus, engine, "我们再要两碗米饭吧。", "再") == "another"
    assert _first(corpus, engine, "你明天再来吧，他今天不在。", "再") != "another"
    assert _first(corpus, engine, "这首歌真好听，再来一遍吧！", "再") != "another"


def test_a_dish_that_is_ready(corpus, engine) -> None:
    """好 after 就 / 快 / 已经 ending the clause of a dish is "ready"; a dish that is very
    好 keeps "good"."""
    assert _first(corpus, engine, "饺子马上就好，你们先坐一会儿。", "好") == "(of food etc) ready"
    assert _first(corpus, engine, "汤已经好了，快来喝吧。", "好") == "(of food etc) ready"
    assert _first(corpus, engine, "这家饭馆的菜很好，就是有点儿贵。", "好") != "(of food etc) ready"


def test_an_advertisement_first(corpus, engine) -> None:
    """广告 leads with the noun (the entry leads with "to advertise")."""
    assert _first(corpus, engine, "现在电视上的广告太多了。", "广告") == "advertisement"


def test_just_right_and_missing(corpus, engine) -> None:
    """正好 ending its clause is "just right" (正好 before a verb keeps "to happen to"); 不见
    + 了 of a thing or a child is "to be missing" (我们很久不见了 keeps "not to see")."""
    assert _first(corpus, engine, "这双鞋我穿着正好，不大也不小。", "正好") == "just right"
    assert _first(corpus, engine, "我正好也要去银行，我们一起走吧。", "正好") == "to happen to"
    assert _first(corpus, engine, "糟糕，我的钥匙不见了！", "不见") == "to be missing"
    assert _first(corpus, engine, "我们已经很久不见了，你还好吗？", "不见") == "not to see"
