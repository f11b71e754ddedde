"""The engine's own steps, against the plain definitions they replace."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from chinese_teach.core.text.engine import (
    _THIRD_PAIR,
    _join_weekdays,
    _week_before_weekday,
    _whole_numbers,
)
from chinese_teach.core.text.sandhi import third_tone_flags
from chinese_teach.core.text.tokens import Token
from tests.core.text.fast_slow import fast_and_slow


def test_weekdays_are_joined_within_a_run():
    assert _join_weekdays(["下个星期", "一", "我们"]) == ["下个", "星期一", "我们"]
    assert _join_weekdays(["上个礼拜", "天"]) == ["上个", "礼拜天"]
    assert _join_weekdays(["星期", "一"]) == ["星期", "一"]  # 星期一 is cut whole by then
    assert _join_weekdays(["下个星期", "一起"]) == ["下个星期", "一起"]  # not a day
    assert _join_weekdays(["下个星期", "十"]) == ["下个星期", "十"]


def test_the_week_word_is_kept_before_a_weekdays_number(engine):
    """下 | 周三 is 下周 | 三 (cut38), as 上周二 is cut 上周 | 二 and 星期 | 六: the learner's
    word is 下周 "next week"; 下 | 周末 "next weekend" stays."""
    assert _week_before_weekday(["下", "周三", "我们"]) == ["下周", "三", "我们"]
    assert _week_before_weekday(["上", "周六"]) == ["上周", "六"]
    assert _week_before_weekday(["下", "周末"]) == ["下", "周末"]
    assert _week_before_weekday(["这", "周三"]) == ["这", "周三"]
    words = [t.text for t in engine.annotate("下周四我们考试。")]
    assert words[:2] == ["下周", "四"]


def test_a_number_keeps_the_tens_the_segmenter_gave_to_the_next_word(engine):
    """他考了九十分 is cut 九 | 十分 ("very") by the segmenter: it is 九十 | 分."""
    assert _whole_numbers(["考", "了", "九", "十分"]) == ["考", "了", "九十", "分"]
    assert _whole_numbers(["三", "十年代"]) == ["三十", "年代"]
    assert _whole_numbers(["一", "百万元"]) == ["一百万", "元"]
    assert _whole_numbers(["这个", "十分", "好"]) == ["这个", "十分", "好"]  # "very"
    assert _whole_numbers(["第九", "十分"]) == ["第九", "十分"]  # no number before
    assert _whole_numbers(["九", "十"]) == ["九", "十"]  # two numbers: the learner cut's
    words = [t.text for t in engine.annotate("他考了九十分。") if t.is_word]
    assert words[-2:] == ["九十", "分"]


def test_segment_and_annotate_cut_alike(engine):
    """Both cut through ``TextEngine._cut``: the same tokens, every character kept, the
    non-Chinese tokens as the constructor makes them."""
    text = "下个星期一我们去看一看，OK? 是不是 3个iPad…… 好不好\n王老师说了说。"
    cut = engine.segment(text)
    read = engine.annotate(text)
    assert [(t.text, t.start, t.end, t.kind) for t in cut] == [
        (t.text, t.start, t.end, t.kind) for t in read]
    assert "".join(t.text for t in read) == text
    words = " ".join(t.text for t in read if t.is_word)
    assert "看 一 看" in words and "说 了 说" in words and "是 不 是" in words
    for t in read:
        if not t.is_word:
            assert t == Token(t.text, t.start, t.end, t.kind) and t.extra == {}


@given(st.lists(st.sampled_from(["ni3", "hao3", "ma5", "wo3", "hen3", "", "shi4",
                                 "lv3", "yi1", "3"]), min_size=1, max_size=12))
def test_third_pair_search_finds_what_the_flags_mark(syllables):
    """One search over the joined syllables decides whether any flag is set."""
    found = _THIRD_PAIR.search("|".join(syllables) + "|") is not None
    assert found == any(third_tone_flags(syllables))


def test_runs_of_kept_readings_are_read_without_context(engine, monkeypatch):
    """A run whose words all keep one reading in every context is answered from the
    kept readings: no per-run context is built, and the kept objects are returned."""
    from chinese_teach.core.text import pinyin

    reader = engine.reader
    text = "我们学习汉语"
    first = reader.read_runs(text, [[(0, 2), (2, 4), (4, 6)]])
    assert all(reader._known_readings.get(w) for w in ("我们", "学习", "汉语"))

    def no_context(*args):
        raise AssertionError("a context was built for a run of kept readings")

    monkeypatch.setattr(pinyin, "_Run", no_context)
    again = reader.read_runs(text, [[(0, 2), (2, 4), (4, 6)]])
    assert again == first and all(a is b for a, b in zip(again[0], first[0], strict=True))
    # a run that repeats a verb (量一量) is still read word by word, and the same
    monkeypatch.undo()
    verb = reader.read_runs("量一量", [[(0, 1), (1, 2), (2, 3)]])[0]
    assert verb[2].syllables == verb[0].syllables


def test_words_read_part_by_part_are_kept_only_when_context_cannot_change_them(engine):
    """A word the dictionary lacks is read part by part; when every part reads the same
    in any context its reading is kept, and equals the part-by-part reading in a run
    read word by word (量一量 makes the run slow)."""
    reader, model = engine.reader, engine.reader.model
    words = [
        "很多", "做作业", "买菜", "多喝水", "小商店", "好好学习", "看不见", "吃了饭",
        # 留下 | 来: 来 completes the directional complement 下来 (light), in context only
        "留下来", "挑起来", "拿出去",
    ]
    by_parts = [w for w in words if reader._plan(w, model)[0] in ("parts", "chars")]
    assert by_parts
    kept = 0
    for word in by_parts:
        fast = reader.read_runs(word, [[(0, len(word))]])[0][0]
        slow = reader.read_runs("量一量" + word, [[(0, 1), (1, 2), (2, 3), (3, 3 + len(word))]])
        assert (fast.syllables, fast.sources, fast.unsure) == (
            slow[0][3].syllables, slow[0][3].sources, slow[0][3].unsure), word
        found = reader._known_readings.get(word)
        if found:
            kept += 1
            assert found is fast
        if "不" in word:
            assert found is False
    assert kept


def test_sixth_round_context_rules_read_the_same_fast_and_slow(engine) -> None:
    """The context rules of the sixth round (words read by their neighbours: 落下, 挑起,
    重重, 不着, 一行, 同行; characters read by collocations: 背 削 塞 泊 斗 曾 禁 晃 场 丧 校
    撩 掖 臊) are never kept as context-free readings, and a sentence reads the same whether
    its run takes the fast path or the slow one (量一量 before it makes the run slow)."""
    reader, model = engine.reader, engine.reader.model
    for word in ("落下", "挑起", "重重", "不着", "一行", "同行",
                 "背", "削", "塞", "泊", "斗", "曾", "禁", "晃", "场", "丧", "校", "撩", "掖",
                 "臊"):
        assert reader._context_free_reading(word, model) is False, word
    for text in ("我落下了一本书", "你应该先做作业", "他重重地关上了门", "我睡不着觉",
                 "请空一行再写", "我和他是同行", "他背起书包去上学", "他削了一个梨",
                 "他买了一斗米", "曾老师教我们数学", "请系上鞋带", "他还了我十块钱",
                 "他挑起了两桶水", "他看了一场电影", "我有一个空瓶子", "他难过得哭了"):
        spans = [(t.start, t.end) for t in engine.segment(text)]
        fast, slow = fast_and_slow(reader, text, spans)
        assert [w.syllables for w in fast] == [w.syllables for w in slow], text


def test_a_number_before_a_unit_of_measure_leaves_the_unit_whole(engine):
    """这个西瓜有五千克 is 五 | 千克 (five kilograms), as the segmenter cuts it: 千克 and 千米
    are units, not the thousands of the number before them."""
    assert _whole_numbers(["有", "五", "千克"]) == ["有", "五", "千克"]
    assert _whole_numbers(["两", "千米"]) == ["两", "千米"]
    assert _whole_numbers(["五", "千块"]) == ["五千", "块"]  # 千块 is no unit
    tokens = [t for t in engine.annotate("这个西瓜有五千克。") if t.is_word]
    assert [t.text for t in tokens][-2:] == ["五", "千克"]
    assert tokens[-1].pinyin == ("qian1", "ke4")


def test_jiangjiu_is_joined_by_its_place_not_by_the_word_table(engine):
    """将就 "to make do" is one word before 着 only: the segmenter's table keeps 将 | 就,
    which 将就这个问题 and 将就在这里 need ("will ... about", "will then"), and
    _join_makeshift joins the pair where 着 follows."""
    from chinese_teach.core.text.engine import _join_makeshift

    assert _join_makeshift(["你", "先", "将", "就", "着", "穿", "吧"]) == [
        "你", "先", "将就", "着", "穿", "吧"]
    assert _join_makeshift(["他", "将", "就", "在", "这里"]) == ["他", "将", "就", "在", "这里"]
    assert _join_makeshift(["将", "就"]) == ["将", "就"]
    cut = engine.segmenter.cut
    assert cut("他将就在这里工作")[1:3] == ["将", "就"]
    assert cut("我们将就这个问题进行讨论")[1:3] == ["将", "就"]
    words = [(t.text, t.pinyin) for t in engine.annotate("他将就在这里工作。") if t.pinyin]
    assert ("将", ("jiang1",)) in words and ("就", ("jiu4",)) in words
    assert ("将就", ("jiang1", "jiu5")) in [
        (t.text, t.pinyin) for t in engine.annotate("大家将就着用吧。") if t.pinyin]
