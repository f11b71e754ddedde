"""Three-character dictionary words the learner cut keeps whole where a piece is no learner
word in its sense there (issue 15, cut30): a bound head after a two-character learner word
(会议 + 室, 艺术 + 家, 生产 + 力) or a one-character piece of HSK 2021 levels 7-9 or of none
(旅游 + 业, 苹果 + 核, 削 + 铅笔); the split stays where both pieces are learner words in
their own sense (孩子 + 们, 德国 + 人, 感冒 + 药, 过 + 马路, 星期 + 六)."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.learner import BOUND_HEADS, LearnerCut


def _cut(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.is_hanzi]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a bound head of a place or a body: 室 "room", 口 "gate", 院, 部, 处, 区, 场
        ("我们在会议室开会。", ["我们", "在", "会议室", "开会"]),
        ("请到三号登机口登机。", ["请", "到", "三", "号", "登机口", "登机"]),
        ("他在售票处买了票。", ["他", "在", "售票处", "买", "了", "票"]),
        ("他们住在行政区。", ["他们", "住", "在", "行政区"]),
        # a bound head of a thing: 夹 "folder", 券 "voucher", 宝 "device"
        ("这是一个文件夹。", ["这", "是", "一", "个", "文件夹"]),
        ("我有一张优惠券。", ["我", "有", "一", "张", "优惠券"]),
        ("我的充电宝没电了。", ["我", "的", "充电宝", "没", "电", "了"]),
        # a suffix of people whose sense is no HSK word's: 家 "-ist", 员 "staff", 生 "trainee"
        ("孔子是中国古代的思想家。", ["孔子", "是", "中国", "古代", "的", "思想家"]),
        ("消防员冲进了大楼。", ["消防员", "冲", "进", "了", "大楼"]),
        # an abstraction: 力 "-ability", 性 "-ity", 率 "rate"
        ("这种病有传染性。", ["这", "种", "病", "有", "传染性"]),
        ("这个城市的出生率很低。", ["这个", "城市", "的", "出生率", "很", "低"]),
        # a one-character piece of HSK 7-9: 业 "industry", 核 "core"
        ("他把苹果核埋进了土里。", ["他", "把", "苹果核", "埋", "进", "了", "土", "里"]),
    ],
)
def test_a_word_with_a_bound_piece_is_kept_whole(engine, text: str, words: list[str]) -> None:
    assert _cut(engine, text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a suffix of people or the plural in its learner sense: 们, 人
        ("孩子们在外面玩。", ["孩子", "们", "在", "外面", "玩"]),
        ("外国人用筷子吃饭不容易。", ["外国", "人", "用", "筷子", "吃饭", "不", "容易"]),
        ("有的年轻人上网时间太长。", ["有的", "年轻", "人", "上网", "时间", "太", "长"]),
        # a free word in its everyday sense: 药, 票, 鞋, 店, 后
        ("我吃了感冒药。", ["我", "吃", "了", "感冒", "药"]),
        ("我要一张去上海的火车票。", ["我", "要", "一", "张", "去", "上海", "的", "火车", "票"]),
        ("这双运动鞋又好看又便宜。",
         ["这", "双", "运动", "鞋", "又", "好看", "又", "便宜"]),
        ("他放学后去打球。", ["他", "放学", "后", "去", "打球"]),
        # a verb and its object, a modifier and its noun, both learner words
        ("我们过马路。", ["我们", "过", "马路"]),
        ("大家一起包饺子。", ["大家", "一起", "包", "饺子"]),
        ("你别吓唬小孩子。", ["你", "别", "吓唬", "小", "孩子"]),
        # a number
        ("明天是星期六。", ["明天", "是", "星期", "六"]),
    ],
)
def test_learner_words_in_their_own_sense_keep_the_split(
    engine, text: str, words: list[str]
) -> None:
    assert _cut(engine, text) == words


def test_the_kept_word_reads_as_the_dictionary_word(engine) -> None:
    [room] = [t for t in engine.annotate("我们在会议室开会。") if t.text == "会议室"]
    assert room.pinyin == ("hui4", "yi4", "shi4")
    [rate] = [t for t in engine.annotate("这个城市的出生率很低。") if t.text == "出生率"]
    assert rate.pinyin == ("chu1", "sheng1", "lv4")


def _cut_of(levels: dict[str, int]) -> LearnerCut:
    vocab = set(levels) | {"会议", "感冒", "孩子", "旅游", "过", "马路", "削", "铅笔", "苹果"}
    dictionary = {"会议室", "感冒药", "孩子们", "旅游业", "过马路", "削铅笔", "苹果核"}
    return LearnerCut(vocab, dictionary, lambda w: False, lambda w: False,
                      level={**levels, "会议": 1, "感冒": 2, "孩子": 1, "旅游": 2,
                             "马路": 1, "铅笔": 6, "苹果": 3}.get)


def test_the_rule_by_class_without_the_dictionary_data() -> None:
    cut = _cut_of({"室": 3, "药": 2, "们": 1, "业": 7, "过": 1, "削": 7, "核": 7})
    assert "室" in BOUND_HEADS and "药" not in BOUND_HEADS and "们" not in BOUND_HEADS
    assert cut.pieces("会议室") is None  # bound head, though 室 is HSK 3
    assert cut.pieces("旅游业") is None  # a bound head
    assert cut.pieces("苹果核") is None  # a head of HSK 7-9
    assert cut.pieces("削铅笔") is None  # a first piece of HSK 7-9
    assert cut.pieces("感冒药") == (2, 1)
    assert cut.pieces("孩子们") == (2, 1)
    assert cut.pieces("过马路") == (1, 2)
    # the same word whose piece is a learner word of HSK 1-6 is cut
    easier = _cut_of({"室": 3, "药": 2, "们": 1, "业": 6, "过": 1, "削": 6, "核": 6})
    assert easier.pieces("苹果核") == (2, 1)
    assert easier.pieces("削铅笔") == (1, 2)
    assert easier.pieces("旅游业") is None  # bound whatever its level


@pytest.mark.parametrize("word", ["发脾气", "一堆", "公元前", "太后", "各级", "感冒药", "星期六"])
def test_a_dictionary_word_typed_alone_stays_whole(engine, word: str) -> None:
    assert [t.text for t in engine.annotate(word)] == [word]
    assert _cut(engine, f" {word}\n") == [word]  # a word list's line
    assert [t.text for t in engine.segment(word)] == [word]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # in a sentence, the same words are cut as before
        ("他又发脾气了。", ["他", "又", "发", "脾气", "了"]),
        ("桌上有一堆书。", ["桌上", "有", "一", "堆", "书"]),
        ("我吃了感冒药。", ["我", "吃", "了", "感冒", "药"]),
        # typed alone, a free combination no dictionary has is still cut
        ("三本书", ["三", "本", "书"]),
        ("二十岁", ["二十", "岁"]),
        ("两个", ["两", "个"]),
        ("我会", ["我", "会"]),
    ],
)
def test_only_a_dictionary_word_alone_is_kept_whole(engine, text: str, words: list[str]) -> None:
    assert _cut(engine, text) == words


def test_a_name_typed_alone_stays_a_name(engine) -> None:
    [tok] = engine.annotate("王老师")
    assert tok.extra.get("name")
