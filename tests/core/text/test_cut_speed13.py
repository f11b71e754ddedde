"""The cut's and the learner cut's short paths (issue 23, thirteenth round) give what the
plain per-word definitions give."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chinese_teach.core.text.engine import (
    _join_makeshift,
    _join_weekdays,
    _reduplicated,
    _week_before_weekday,
    _whole_numbers,
)
from chinese_teach.core.text.learner import AFTER_NOTHING
from chinese_teach.core.text.names import mark_names
from chinese_teach.core.text.segment import Segmenter, runs
from chinese_teach.core.text.tokens import Kind, with_extra


def _plain_cut(engine, text: str) -> list[list[tuple[int, int]]]:
    """The runs' word spans as ``TextEngine._cut`` made them before the thirteenth round:
    every fix asked of every run, every word walked."""
    seg, uncrosser = engine.segmenter, engine._uncrosser
    out: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for kind, start, end in runs(text):
        if kind is not Kind.HANZI:
            if current:
                out.append(current)
                current = []
            continue
        words = seg.cut(text[start:end])
        if len(words) > 1:
            words = engine.learner.regroup(uncrosser.uncross(words))
        words = _join_makeshift(_whole_numbers(_week_before_weekday(_join_weekdays(words))))
        pos = start
        for word in words:
            if len(word) == 3 and word[0] == word[2] and word[1] in "一不":
                current += _reduplicated(pos)
            else:
                current.append((pos, pos + len(word)))
            pos += len(word)
    if current:
        out.append(current)
    return out


_TEXT = st.lists(st.sampled_from([
    "看一看", "好不好", "是不是", "下个星期一", "上个礼拜天", "九十分", "三十年代", "一百万元",
    "你先将就着穿吧", "将就一下", "我们", "请把手机关了", "中文书", "我唱歌唱得不好", "王老师",
    "不", "一", "十", "。", "，", "OK", " ", "\n", "2024", "他老是迟到", "有的同学",
    "他很大方", "满意地点了点头", "地", "下周三", "上周六", "下周末",
]), max_size=12).map("".join)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_TEXT)
def test_the_cut_gives_the_plain_walks_spans(engine, text: str) -> None:
    """The spans made in one pass (and the fixes asked only of the runs holding their
    characters) are those of the plain walk over every word."""
    found, _layout = engine._cut(text)
    assert found == _plain_cut(engine, text)


def test_a_run_of_one_character_is_its_own_cut() -> None:
    """A run of one character is cut without a look-up, whether the table knows it."""
    seg = Segmenter({"我": 5, "们": 2, "我们": 9}, 16)
    assert seg._best_cut("我") == ["我"]
    assert seg._best_cut("鿕") == ["鿕"]
    assert seg._score_cache == {}
    assert seg._best_cut("我们") == ["我们"]
    assert seg._best_cut("们我") == ["们", "我"]


def test_the_learner_pieces_are_decided_once_per_word(engine, monkeypatch) -> None:
    """The uncrosser's question (``pieces``) and ``recut``'s (``_decide``) share one
    decision: a word's pieces are computed once, and are the same either way."""
    learner = engine.learner
    learner.forget()
    calls: list[str] = []
    decide = learner._pieces

    def counted(word: str, after: int):
        calls.append(word)
        return decide(word, after)

    monkeypatch.setattr(learner, "_pieces", counted)
    for word in ("我会", "美国人", "星期六", "白菜", "下个月", "做生意", "八点"):
        first = learner.pieces(word)
        assert learner._decide(word, AFTER_NOTHING)[0] == first
        assert learner.pieces(word) == first
        assert calls.count(word) == 1, word
    assert learner.pieces("我会") == (1, 1)
    assert learner.pieces("白菜") is None
    learner.forget()


def test_names_pass_over_known_plain_words_only(engine) -> None:
    """A word kept as no name is passed over, unless the word cutter marked it a name."""
    tokens = engine.annotate("我叫李华。李华是学生。")
    plain = {"我", "叫", "是", "学生", "李华"}
    for tok in tokens:
        with_extra(tok, name=None)
    with_extra(tokens[2], name=(True, False))  # 李华, as the learner cut marks it
    mark_names(tokens, engine.lexicon, None, plain)
    marked = [t.text for t in tokens if t.extra.get("name")]
    assert marked == ["李华"]  # the first, marked by the cutter; the second passed over


def test_a_learner_word_below_hard_is_answered_without_the_learner_cut(engine) -> None:
    """The uncrosser's short answer for a listed two-character word of a low level is the
    answer its weight gives (every two-character HSK word, the 姓 words and a name)."""
    from chinese_teach.core.text.crossing import HARD

    uncrosser = engine._uncrosser
    lexicon = engine.lexicon
    words = [*sorted(w for w in lexicon.hsk_words if len(w) == 2), "姓王", "姓李", "小明", "把手"]
    assert len(words) > 3000
    for word in words:
        weight = uncrosser.weight(word)
        slow = word in lexicon.readings and weight is not None and weight >= HARD
        assert uncrosser._is_hard(word) == slow, word
    assert uncrosser._is_hard("把手") and not uncrosser._is_hard("手机")
