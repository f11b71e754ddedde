"""The learner cut above HSK 5 by class (fifteenth session, words33): a string no
dictionary has that holds a noun a learner looks up whole (红烧 + 鱼, 公交 + 线路), and
three-character words of a head the HSK lists form words with (购物车 as 出租车,
自行车), while heads the lists never form words with stay apart (感冒 + 药, 运动 + 鞋)."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.learner import LearnerCut
from chinese_teach.core.text.learner_words33 import (
    NOT_LISTED_HEADS,
    fewer_with_dictionary_words,
    listed_heads,
)


def _cut(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.is_hanzi]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a dictionary noun inside a string only jieba has
        ("我最喜欢吃红烧鱼。", ["我", "最", "喜欢", "吃", "红烧", "鱼"]),
        ("这条公交线路经过我们学校。", ["这", "条", "公交", "线路", "经过", "我们", "学校"]),
        ("我们先做一下热身运动。", ["我们", "先", "做", "一下", "热身", "运动"]),
        # a head the HSK lists form words with: 车 (出租车, 自行车 …), 站, 会
        ("我把喜欢的衣服都放进了购物车。",
         ["我", "把", "喜欢", "的", "衣服", "都", "放进", "了", "购物车"]),
    ],
)
def test_a_word_a_learner_looks_up_whole(engine, text: str, words: list[str]) -> None:
    assert _cut(engine, text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # heads the lists never form words with: free combinations read as parts
        ("感冒药要饭后吃。", ["感冒", "药", "要", "饭", "后", "吃"]),
        ("这双运动鞋又好看又便宜。", ["这", "双", "运动", "鞋", "又", "好看", "又", "便宜"]),
        ("我要一张去上海的火车票。", ["我", "要", "一", "张", "去", "上海", "的", "火车", "票"]),
        # an adverb, a preposition or a number word is no such noun (cut_gold.txt)
        ("请稍等。", ["请", "稍", "等"]),
        ("往前走，然后往左拐。", ["往", "前", "走", "然后", "往", "左", "拐"]),
        ("向右转。", ["向", "右", "转"]),
        ("河水向东流。", ["河水", "向", "东", "流"]),
        # a noun and a place word is read as its parts
        ("一片树叶在水上漂着。", ["一", "片", "树叶", "在", "水", "上", "漂", "着"]),
        ("这个故事我听过好几回了。", ["这个", "故事", "我", "听", "过", "好", "几", "回", "了"]),
        # people, the plural and days keep the learner cut's convention
        ("有的年轻人上网时间太长。", ["有的", "年轻", "人", "上网", "时间", "太", "长"]),
        ("孩子们在外面玩。", ["孩子", "们", "在", "外面", "玩"]),
        ("明天是星期六。", ["明天", "是", "星期", "六"]),
        # a free combination that starts with a pronoun or a number is still cut to
        # learner words only
        ("我会开车。", ["我", "会", "开车"]),
        ("我买了三本书。", ["我", "买", "了", "三", "本", "书"]),
    ],
)
def test_free_combinations_keep_their_cut(engine, text: str, words: list[str]) -> None:
    assert _cut(engine, text) == words


def test_the_kept_words_read_as_before(engine) -> None:
    """Joining pieces never changes a syllable: 红烧 hóng shāo, 购物车 gòu wù chē."""
    [dish] = [t for t in engine.annotate("我最喜欢吃红烧鱼。") if t.text == "红烧"]
    assert dish.pinyin == ("hong2", "shao1")
    [cart] = [t for t in engine.annotate("我把衣服放进了购物车。") if t.text == "购物车"]
    assert cart.pinyin == ("gou4", "wu4", "che1")


def test_listed_heads_come_from_the_lists() -> None:
    """A head counts when the lists hold three words of a two-character learner word and
    it; people, the plural and days never count."""
    vocab = {"出租", "自行", "摩托", "车", "出租车", "自行车", "摩托车", "感冒", "药",
             "中国", "人", "普通", "普通人", "主持", "主持人", "负责", "负责人"}
    dictionary = {"出租车", "自行车", "摩托车", "感冒药", "普通人", "主持人", "负责人"}
    heads = listed_heads(vocab, dictionary)
    assert heads == {"车"}
    assert "人" in NOT_LISTED_HEADS
    assert listed_heads(vocab - {"摩托车"}, dictionary) == frozenset()


def test_fewer_pieces_with_a_dictionary_word() -> None:
    vocab = {"请": 2, "稍": 5, "等": 1, "红": 2, "烧": 4, "鱼": 2, "花": 1, "都": 1,
             "开": 1}
    dictionary = {"稍等", "红烧", "花都"}
    nouns = {"红烧", "花都"}

    def proper(word: str) -> bool:
        return word == "花都"

    assert fewer_with_dictionary_words("红烧鱼", vocab.get, dictionary, proper,
                                       unlisted=10, nouns=nouns) == (2, 1)
    # 稍等 is no noun, 花都 a proper noun only: the learner cut stands
    assert fewer_with_dictionary_words("请稍等", vocab.get, dictionary, proper,
                                       unlisted=10, nouns=nouns) is None
    assert fewer_with_dictionary_words("花都开", vocab.get, dictionary, proper,
                                       unlisted=10, nouns=nouns) is None
    assert fewer_with_dictionary_words("红鱼", vocab.get, dictionary, proper,
                                       unlisted=10, nouns=nouns) is None


def test_the_rule_on_a_hand_made_vocabulary() -> None:
    vocab = {"红", "烧", "鱼", "购物", "车", "出租", "出租车", "自行", "自行车", "摩托",
             "摩托车", "感冒", "药"}
    dictionary = {"红烧", "购物车", "出租车", "自行车", "摩托车", "感冒药"}
    cut = LearnerCut(vocab, dictionary, lambda w: False, lambda w: False,
                     level={"红": 2, "烧": 4, "鱼": 2, "购物": 4, "车": 1, "感冒": 2,
                            "药": 2}.get, nouns={"红烧"})
    assert cut.pieces("红烧鱼") == (2, 1)
    assert cut.pieces("购物车") is None
    assert cut.pieces("感冒药") == (2, 1)
