"""Learner words the segmenter cuts in two, joined where their place shows them: 有的 first
in a clause before more words ("some"), 对了 and 请进 as a whole clause, 不对 ending a clause;
我有的书, 你说对了, 请进来, 对不对 and 不对他说 keep their cut."""

from __future__ import annotations

import pytest

from tests.core.corpus.test_glosses_classes import _first


def _cut(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.is_hanzi]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("有的同学喜欢唱歌。", ["有的", "同学", "喜欢", "唱歌"]),
        ("有的人喜欢喝茶，有的人喜欢喝咖啡。",
         ["有的", "人", "喜欢", "喝茶", "有的", "人", "喜欢", "喝", "咖啡"]),
        ("我有的书很旧。", ["我", "有", "的", "书", "很", "旧"]),
        ("对了，明天别忘了带护照。", ["对了", "明天", "别", "忘", "了", "带", "护照"]),
        ("你说对了。", ["你", "说", "对", "了"]),
        ("老师说：“请进。”", ["老师", "说", "请进"]),
        ("请进来吧。", ["请", "进来", "吧"]),
        ("你这样写不对。", ["你", "这样", "写", "不对"]),
        ("他不对，你对。", ["他", "不对", "你", "对"]),
        ("对不对？", ["对", "不", "对"]),
        ("你说得对不对？", ["你", "说", "得", "对", "不", "对"]),
        ("我不对他说。", ["我", "不", "对", "他", "说"]),
    ],
)
def test_a_split_learner_word_is_joined_where_its_place_shows_it(engine, text, words) -> None:
    assert _cut(engine, text) == words


def test_the_joined_words_keep_their_readings_and_take_their_senses(corpus, engine) -> None:
    [first] = [t for t in engine.annotate("有的同学喜欢唱歌。") if t.text == "有的"]
    assert first.pinyin == ("you3", "de5")
    assert _first(corpus, engine, "有的同学喜欢唱歌。", "有的").startswith("(there are) some")
    assert _first(corpus, engine, "对了，明天别忘了带护照。", "对了").startswith("by the way")
    assert _first(corpus, engine, "老师说：“请进。”", "请进") == '"please come in"'
    assert _first(corpus, engine, "你这样写不对。", "不对") == "incorrect"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("他老是迟到。", ["他", "老是", "迟到"]),
        ("他老是不听话。", ["他", "老是", "不", "听话"]),
        ("你怎么老是忘带钥匙？", ["你", "怎么", "老是", "忘", "带", "钥匙"]),
        ("这个字老是什么意思？", ["这个", "字", "老", "是", "什么", "意思"]),
        ("他老是老师。", ["他", "老", "是", "老师"]),
        ("老王是老师。", ["老王", "是", "老师"]),
    ],
)
def test_lao_shi_before_a_verb_is_the_adverb_always(engine, text, words) -> None:
    assert _cut(engine, text) == words


def test_lao_shi_keeps_its_readings_and_takes_its_sense(corpus, engine) -> None:
    [adverb] = [t for t in engine.annotate("他老是迟到。") if t.text == "老是"]
    assert adverb.pinyin == ("lao3", "shi4")
    assert _first(corpus, engine, "他老是迟到。", "老是").startswith("always")
    text = "我们老是在这儿吃饭，他老是迟到。"
    assert [t.text for t in engine.segment(text)] == [t.text for t in engine.annotate(text)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("好在路不远，我们走过去吧。", ["好在", "路", "不", "远", "我们", "走", "过去", "吧"]),
        ("好在他没受伤。", ["好在", "他", "没", "受伤"]),
        ("好在哪里？", ["好", "在", "哪里"]),
        ("这本书好在哪儿？", ["这", "本", "书", "好", "在", "哪儿"]),
    ],
)
def test_hao_zai_first_in_a_clause_is_luckily(engine, text, words) -> None:
    assert _cut(engine, text) == words


def test_hao_zai_keeps_its_readings_and_takes_its_sense(corpus, engine) -> None:
    [luckily] = [t for t in engine.annotate("好在他没受伤。") if t.text == "好在"]
    assert luckily.pinyin == ("hao3", "zai4")
    assert _first(corpus, engine, "好在他没受伤。", "好在").startswith(("luckily", "fortunately"))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("今天不大冷。", ["今天", "不大", "冷"]),
        ("这件衣服不大好看。", ["这", "件", "衣服", "不大", "好看"]),
        ("我不大喜欢吃鱼。", ["我", "不大", "喜欢", "吃", "鱼"]),
        ("这个房间不大。", ["这个", "房间", "不", "大"]),
        ("问题不大。", ["问题", "不", "大"]),
    ],
)
def test_bu_da_before_more_of_the_clause_is_not_very(engine, text, words) -> None:
    assert _cut(engine, text) == words


def test_bu_da_keeps_its_readings_and_takes_its_sense(corpus, engine) -> None:
    [not_very] = [t for t in engine.annotate("今天不大冷。") if t.text == "不大"]
    assert not_very.pinyin == ("bu2", "da4")
    assert not_very.citation == ("bu4", "da4")
    assert _first(corpus, engine, "今天不大冷。", "不大").startswith("not very")
    text = "今天不大冷，这个房间不大。"
    assert [t.text for t in engine.segment(text)] == [t.text for t in engine.annotate(text)]


@pytest.mark.parametrize(
    "text", ["有的同学喜欢唱歌。", "对了，明天别忘了带护照。", "你这样写不对。",
             "有的同学写得不对。", "王老师说你这样写不对。", "我有的书很旧。"])
def test_the_joined_pairs_are_checked_once_a_run(engine, monkeypatch, text) -> None:
    """recut decides whether a run's first or last two words are one learner word, and
    the pieces it builds follow that decision without asking again."""
    from chinese_teach.core.text import learner

    before = _cut(engine, text)
    asked: list[str] = []
    for name in ("_joined_at_start", "_joined_at_end"):
        check = getattr(learner, name)
        monkeypatch.setattr(learner, name,
                            lambda t, w, _check=check, _name=name: (asked.append(_name),
                                                                    _check(t, w))[1])
    runs, _layout = engine._cut(text)
    for run in runs:
        asked.clear()
        engine.learner.recut(text, run)
        assert asked.count("_joined_at_start") <= 1
        assert asked.count("_joined_at_end") <= 1
    assert _cut(engine, text) == before
