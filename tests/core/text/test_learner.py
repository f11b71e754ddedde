"""Learner-sized word cutting: free combinations cut into their words, names kept whole."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.learner import LearnerCut, is_number
from chinese_teach.core.text.pieces import KeptAnswers
from chinese_teach.core.text.syllables import ToneStyle, join_word


def words(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.is_word]


@pytest.mark.parametrize(("text", "expected"), [
    ("我买了三本书", ["我", "买", "了", "三", "本", "书"]),  # not 三 / 本书 "this book"
    ("我会开车", ["我", "会", "开车"]),
    ("我家有五口人", ["我", "家", "有", "五", "口", "人"]),
    ("他二十岁", ["他", "二十", "岁"]),
    ("四十个学生", ["四十", "个", "学生"]),
    ("他打了个电话", ["他", "打", "了", "个", "电话"]),
    ("这个好得多", ["这个", "好", "得", "多"]),
    ("那件衣服很脏", ["那", "件", "衣服", "很", "脏"]),
    # 把 and 被 mark the object or the agent: 把门 is not "to guard a door" here.
    ("请把门关上", ["请", "把", "门", "关上"]),
])
def test_free_combinations_are_cut_into_their_words(engine, text, expected) -> None:
    assert words(engine, text) == expected


def test_dictionary_words_and_idioms_stay_whole(engine) -> None:
    assert words(engine, "白菜很好吃") == ["白菜", "很", "好吃"]
    assert "干干净净" in words(engine, "房间干干净净的")
    assert "一路平安" in words(engine, "祝你一路平安")
    # Words of the learner lists that start with 把 or 被 stay whole.
    assert "把握" in words(engine, "我们要把握机会")
    assert "被子" in words(engine, "被子很暖和")


def test_names_are_one_unit_marked_as_names(engine) -> None:
    toks = [t for t in engine.annotate("王老师和大卫、小明去天安门。") if t.is_word]
    assert [(t.text, bool(t.extra.get("name"))) for t in toks] == [
        ("王老师", True), ("和", False), ("大卫", True), ("小明", True), ("去", False),
        ("天安门", True)]
    # 和 is also a surname: "and the teacher" stays two words
    assert [t.text for t in engine.annotate("我和老师") if t.is_word] == ["我", "和", "老师"]


def test_cut_pieces_keep_the_readings_of_the_word(engine) -> None:
    toks = [t for t in engine.annotate("一个人") if t.is_word]
    assert [t.text for t in toks][:2] == ["一", "个"]
    assert toks[0].pinyin == ("yi2",)  # the tone change of 一个 is kept


def test_per_word_pinyin_does_not_join_non_words(engine) -> None:
    """Issue 16 item 9: dǎlegè, liǎngqiānduōnián, hǎodeduō were joined as one word."""
    for text in ("他打了个电话", "两千多年", "这个好得多"):
        spelt = [join_word(t.pinyin, ToneStyle.MARKS) for t in engine.annotate(text) if t.is_word]
        assert not {"dǎlegè", "liǎngqiānduōnián", "hǎodeduō"} & set(spelt)


def test_segment_and_annotate_cut_alike(engine) -> None:
    text = "我家有五口人，我买了三本书。王老师来了。"
    assert [t.text for t in engine.segment(text)] == [t.text for t in engine.annotate(text)]
    assert [bool(t.extra.get("name")) for t in engine.segment(text)] == [
        bool(t.extra.get("name")) for t in engine.annotate(text)]


def test_a_teachers_merge_is_never_cut() -> None:
    cut = LearnerCut({"我", "会"}, set(), lambda w: False, lambda w: w == "我会")
    assert cut.pieces("我会") is None
    free = LearnerCut({"我", "会"}, set(), lambda w: False, lambda w: False)
    assert free.pieces("我会") == (1, 1)


def test_numbers() -> None:
    assert is_number("两千") and is_number("二十") and not is_number("二十岁")


def test_fewest_pieces_one_helper_for_cut_and_levels() -> None:
    from chinese_teach.core.text.pieces import fewest_pieces

    levels = {"星期": 1, "六": 1, "星": 3, "期": 4, "足": 2, "球": 2, "足球": 2, "场": 3}
    assert fewest_pieces("星期六", levels.get) == ((2, 1), 1)
    assert fewest_pieces("足球场", levels.get) == ((2, 1), 3)  # two pieces beat three
    assert fewest_pieces("足球", levels.get) == ((1, 1), 2)  # never the word itself...
    assert fewest_pieces("足球", levels.get, whole=True) == ((2,), 2)  # ...unless asked
    assert fewest_pieces("星期x", levels.get) is None
    # of the cuts with as few pieces, the one whose hardest piece is easiest
    assert fewest_pieces("abc", {"ab": 5, "c": 1, "a": 1, "bc": 2}.get) == ((1, 2), 2)


@pytest.mark.parametrize(("text", "expected"), [
    ("我喜欢喝茶", ["我", "喜欢", "喝茶"]),  # a dictionary word: its parts are glossed
    ("他们在挣脱枷锁", ["他们", "在", "挣脱", "枷锁"]),
    ("现在八点十分", ["现在", "八", "点", "十", "分"]),  # ten minutes, not 十分 "very"
    ("他十分高兴", ["他", "十分", "高兴"]),
    ("晚上十点关门", ["晚上", "十", "点", "关门"]),  # after a clock time only 分/刻 change
    ("我有十分钟", ["我", "有", "十", "分钟"]),
    ("下个星期我去北京", ["下", "个", "星期", "我", "去", "北京"]),
    ("白菜很好吃", ["白菜", "很", "好吃"]),  # a noun compound stays whole
    ("他睡着了", ["他", "睡着", "了"]),  # in the HSK list: whole
])
def test_clock_times_and_next_week_are_cut_the_learner_way(
    engine, text, expected
) -> None:
    assert words(engine, text) == expected


def test_of_two_cuts_the_one_with_the_easier_hardest_word_wins() -> None:
    """关上门 is 关上 (HSK 1) + 门, not 关 + 上门 (HSK 4); without levels the first cut
    found is kept (the behaviour before levels were known)."""
    vocab = {"关", "关上", "上门", "门", "所有", "有人", "所", "人"}
    levels = {"关": 1, "关上": 1, "门": 1, "上门": 4, "所有": 2, "人": 1, "有人": 4}
    cut = LearnerCut(vocab, set(), lambda w: False, lambda w: False, level=levels.get)
    assert cut.pieces("关上门") == (2, 1)
    assert cut.pieces("所有人") == (2, 1)
    plain = LearnerCut(vocab, set(), lambda w: False, lambda w: False)
    assert plain.pieces("关上门") == (1, 2)


@pytest.mark.parametrize(("text", "expected"), [
    ("他关上门。", ["他", "关上", "门", "。"]),
    ("请关上门。", ["请", "关上", "门", "。"]),
    ("他拿出书。", ["他", "拿出", "书", "。"]),
    ("我想起床。", ["我", "想", "起床", "。"]),  # 起床 HSK 1 before 想起 HSK 2
])
def test_a_verb_keeps_its_directional_complement_before_the_object(engine, text, expected):
    assert [t.text for t in engine.annotate(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("我爸爸做生意。", ["我", "爸爸", "做", "生意"]),
    ("他发脾气了。", ["他", "发", "脾气", "了"]),
    ("我们好好过日子。", ["我们", "好好", "过", "日子"]),
])
def test_a_verb_and_its_object_listed_only_at_levels_7_to_9_are_two_words(
    engine, text, expected
) -> None:
    """做生意 is an HSK 2021 level 7-9 word; a learner looks up 做 (HSK 1) and 生意."""
    assert words(engine, text) == expected


def test_the_verb_and_object_keep_the_words_reading(engine) -> None:
    toks = {t.text: t.pinyin for t in engine.annotate("我爸爸做生意。", tone_changes=False)}
    assert toks["做"] == ("zuo4",) and toks["生意"] == ("sheng1", "yi5")


@pytest.mark.parametrize("word", ["打招呼", "进出口", "热气球", "看样子"])
def test_listed_words_that_are_no_verb_and_object_stay_whole(engine, word) -> None:
    """招呼 is a verb itself; 进出口 and 热气球 are nouns, 看样子 "it seems"."""
    assert engine.learner.pieces(word) is None


def test_a_teachers_merge_keeps_a_verb_and_object_whole() -> None:
    cut = LearnerCut({"做", "生意", "做生意"}, set(), lambda w: False,
                     lambda w: w == "做生意", verb_object=lambda w: True)
    assert cut.pieces("做生意") is None
    free = LearnerCut({"做", "生意", "做生意"}, set(), lambda w: False, lambda w: False,
                      verb_object=lambda w: w == "做生意")
    assert free.pieces("做生意") == (1, 2)


@pytest.mark.parametrize(("text", "expected"), [
    ("作业写完了吗？", ["作业", "写", "完", "了", "吗"]),  # not 完了 "to be over"
    ("我看完了这本书。", ["我", "看", "完", "了", "这", "本", "书"]),
    ("我听不懂。", ["我", "听", "不", "懂"]),
    ("他说的汉语我都听得懂。", ["他", "说", "的", "汉语", "我", "都", "听", "得", "懂"]),
    ("你吃得了这么多吗？", ["你", "吃", "得", "了", "这么", "多", "吗"]),
    ("鸟把虫子吃掉了。", ["鸟", "把", "虫子", "吃", "掉", "了"]),
    ("我们下个星期去旅游。", ["我们", "下", "个", "星期", "去", "旅游"]),
])
def test_complements_and_particles_are_words_of_their_own(engine, text, expected) -> None:
    assert words(engine, text) == expected


@pytest.mark.parametrize(("text", "word"), [
    ("我完了。", "完了"),  # no verb before it: "I'm done for"
    ("他想不开。", "想不开"),  # a set phrase
    ("两条线交错。", "交错"),
    ("我看不起他。", "看不起"),  # in a learner list
])
def test_set_phrases_and_listed_words_with_complements_stay_whole(engine, text, word) -> None:
    assert word in words(engine, text)


def test_the_complement_rules_keep_the_readings_and_segment_agrees(engine) -> None:
    text = "我听不懂。作业写完了吗？"
    toks = [t for t in engine.annotate(text, tone_changes=False) if t.is_word]
    assert [t.pinyin for t in toks][1:4] == [("ting1",), ("bu5",), ("dong3",)]
    assert [t.text for t in engine.segment(text)] == [t.text for t in engine.annotate(text)]


def test_a_verb_before_complement_and_le_needs_the_verbs_table() -> None:
    vocab = {"写", "完", "了", "完了", "懂", "听", "不"}
    cut = LearnerCut(vocab, {"完了", "听懂"}, lambda w: False, lambda w: False,
                     verbs=KeptAnswers(lambda ch: ch in "写听"))
    assert cut.recut("写完了", [(0, 1), (1, 3)]) == [(0, 1, False), (1, 2, False),
                                                    (2, 3, False)]
    assert cut.recut("我完了", [(0, 1), (1, 3)]) is None
    assert cut.pieces("听懂") == (1, 1)


def test_without_a_verbs_table_no_character_is_a_verb() -> None:
    cut = LearnerCut({"写", "完了"}, set(), lambda w: False, lambda w: False)
    assert cut.recut("写完了", [(0, 1), (1, 3)]) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("二〇二四年五月一日", ["二〇二四", "年", "五", "月", "一", "日"]),  # jieba: 二 〇 二 四年
    ("两千零八年", ["两千零八", "年"]),
    ("他二〇〇八年来北京。", ["他", "二〇〇八", "年", "来", "北京"]),
    ("一九九八年", ["一九九八", "年"]),
    ("差十分五点", ["差", "十", "分", "五", "点"]),  # minutes, not 十分 "very"
])
def test_years_and_minutes_are_cut_as_numbers(engine, text, expected) -> None:
    assert words(engine, text) == expected
    assert [t.text for t in engine.segment(text) if t.is_word] == expected


def test_a_year_keeps_its_digits_readings(engine) -> None:
    tok = next(t for t in engine.annotate("二〇二四年", tone_changes=False) if t.is_word)
    assert tok.text == "二〇二四" and tok.pinyin == ("er4", "ling2", "er4", "si4")


@pytest.mark.parametrize(("text", "expected"), [
    ("老师的话你听懂了吗？", ["老师", "的", "话", "你", "听", "懂", "了", "吗"]),
    ("他说的话我听不懂。", ["他", "说", "的", "话", "我", "听", "不", "懂"]),
    ("我的话你要听。", ["我", "的", "话", "你", "要", "听"]),
    ("请你再说一遍。", ["请", "你", "再", "说", "一", "遍"]),
])
def test_a_listed_word_its_neighbours_show_to_be_two_words(engine, text, expected) -> None:
    assert words(engine, text) == expected
    assert [t.text for t in engine.segment(text) if t.is_word] == expected


@pytest.mark.parametrize(("text", "word"), [
    ("明天下雨的话我们就不去了。", "的话"),  # after a verb: "if"
    ("如果你说的话，他会听。", "的话"),  # 如果 … 的话
    ("你不去的话，我也不去。", "的话"),  # ends its clause
    ("再说，我也没有钱。", "再说"),  # "besides"
    ("我吃了药，好多了。", "好多"),  # the senses set looks 好多 up as one word
])
def test_the_same_words_stay_whole_where_they_are_one(engine, text, word) -> None:
    assert word in words(engine, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("玛丽是英国人。", ["玛丽", "是", "英国", "人"]),
    ("他们是越南人。", ["他们", "是", "越南", "人"]),
    ("我会说上海话。", ["我", "会", "说", "上海", "话"]),
])
def test_a_place_name_and_its_people_or_language_are_two_units(engine, text, expected) -> None:
    assert words(engine, text) == expected
    place = expected[-2]  # the name before 人/话: capitalised as a name
    assert next(t for t in engine.annotate(text) if t.text == place).extra.get("name")
