"""Readings: dictionary words, context rules, the polyphone model, corrections, unsure marks."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chinese_teach.core.text.pinyin import ReadingCorrection
from chinese_teach.core.text.tokens import Source


def hanzi_pinyin(engine, text: str, *, tone_changes: bool = True) -> list[str]:
    tokens = engine.annotate(text, tone_changes=tone_changes)
    return [s for t in tokens if t.pinyin for s in t.pinyin]


def reading_of(engine, text: str, char_index: int) -> str:
    for tok in engine.annotate(text):
        if tok.pinyin and tok.start <= char_index < tok.end:
            return tok.pinyin[char_index - tok.start]
    raise AssertionError(f"no reading at {char_index} in {text}")


def test_foundation_sentence(engine) -> None:
    got = hanzi_pinyin(engine, "我要去银行取钱。这条河很长。")
    assert got[3:5] == ["yin2", "hang2"]
    assert got[-1] == "chang2"


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("这是什么东西？", 4, "dong1"),
        ("这是什么东西？", 5, "xi5"),
        ("他长得很高。", 1, "zhang3"),
        ("这条路很长。", 4, "chang2"),
        ("我得走了。", 1, "dei3"),
        ("他跑得很快。", 2, "de5"),
        ("她慢慢地走进来。", 3, "de5"),
        ("地上有很多水。", 0, "di4"),
        ("请把钱还给我。", 3, "huan2"),
        ("你还好吗？", 1, "hai2"),
        ("我每天都骑自行车上班。", 3, "dou1"),
        ("北京是中国的首都。", 7, "du1"),
        ("他在银行工作。", 3, "hang2"),
        ("这个办法行不行？", 4, "xing2"),
        ("我每天晚上十点睡觉。", 8, "jiao4"),
        ("我觉得很好。", 1, "jue2"),
        ("桌子上有一只猫。", 5, "zhi1"),
        ("我只有十块钱。", 1, "zhi3"),
        ("请你重说一遍。", 2, "chong2"),
        ("这个包太重了。", 4, "zhong4"),
        ("她在家看孩子。", 3, "kan1"),
        ("你有空吗？", 2, "kong4"),
        ("你吃得了这么多吗？", 3, "liao3"),
    ],
)
def test_polyphones_in_classroom_sentences(engine, text: str, index: int, expected: str) -> None:
    assert reading_of(engine, text, index) == expected


def test_tone_changes_and_citation(engine) -> None:
    toks = [t for t in engine.annotate("不是我的。") if t.pinyin]
    # 不是 is cut at learner size (不 + 是) and keeps the tone change it has as a word
    assert [t.text for t in toks[:2]] == ["不", "是"]
    assert toks[0].pinyin + toks[1].pinyin == ("bu2", "shi4")
    assert toks[0].citation + toks[1].citation == ("bu4", "shi4")
    assert hanzi_pinyin(engine, "不是", tone_changes=False) == ["bu4", "shi4"]


def test_reduplicated_verbs_are_cut_and_light(engine) -> None:
    toks = [t for t in engine.annotate("你看一看。") if t.pinyin]
    assert [t.text for t in toks] == ["你", "看", "一", "看"]
    assert [t.pinyin for t in toks[1:]] == [("kan4",), ("yi5",), ("kan4",)]
    assert hanzi_pinyin(engine, "是不是") == ["shi4", "bu5", "shi4"]
    assert hanzi_pinyin(engine, "我听不懂") == ["wo3", "ting1", "bu5", "dong3"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你听听这首歌。", ["ni3", "ting1", "ting5", "zhe4", "shou3", "ge1"]),
        ("我们去逛逛吧。", ["wo3", "men5", "qu4", "guang4", "guang5", "ba5"]),
        ("周末一起聊聊天。", ["zhou1", "mo4", "yi4", "qi3", "liao2", "liao5", "tian1"]),
        ("他们常常来。", ["ta1", "men5", "chang2", "chang2", "lai2"]),  # an adverb: full tones
        ("水果、蔬菜等等。", ["shui3", "guo3", "shu1", "cai4", "deng3", "deng3"]),
    ],
)
def test_reduplicated_one_syllable_verbs_have_a_light_second_syllable(
    engine, text: str, expected: list[str]
) -> None:
    assert hanzi_pinyin(engine, text) == expected


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("那座桥有八百米长。", 7, "chang2"),  # a length after number + unit
        ("这块布两尺长。", 5, "chang2"),
        ("河边的草长得很快。", 4, "zhang3"),
        ("奶奶种了一些西红柿。", 2, "zhong4"),  # 种 + aspect particle: the verb
        ("我们明天要种树。", 5, "zhong4"),
        ("你喜欢哪种颜色？", 4, "zhong3"),
        ("她种的菜很好吃。", 1, "zhong4"),
    ],
)
def test_length_measures_and_planting(engine, text: str, index: int, expected: str) -> None:
    assert reading_of(engine, text, index) == expected


def test_erhua_and_yi(engine) -> None:
    assert hanzi_pinyin(engine, "一点儿") == ["yi4", "dian3", "r5"]
    assert hanzi_pinyin(engine, "一个") == ["yi2", "ge5"]  # 个: light
    assert hanzi_pinyin(engine, "第一") == ["di4", "yi1"]
    assert hanzi_pinyin(engine, "她得了第一名。")[-3:] == ["di4", "yi1", "ming2"]


def test_third_tone_flags_are_exposed_not_written(engine) -> None:
    tok = next(t for t in engine.annotate("你好") if t.pinyin)
    assert tok.pinyin == ("ni3", "hao3")
    assert tok.extra["third_tone"] == (True, False)


def test_sources_and_unsure_are_aligned(engine) -> None:
    for tok in engine.annotate("他为人很好，我们都为他高兴。ABC 123"):
        if tok.pinyin is None:
            assert tok.sources is None and tok.unsure is None
            continue
        assert len(tok.pinyin) == len(tok.citation) == len(tok.sources) == len(tok.unsure)
        assert len(tok.pinyin) == len(tok.text)
        assert all(isinstance(u, bool) for u in tok.unsure)


def test_model_readings_are_marked_as_model(engine) -> None:
    toks = engine.annotate("他们在奔跑，还有人在后面追赶那个扛着东西的人。")
    sources = {s for t in toks if t.sources for s in t.sources}
    assert Source.DICTIONARY in sources


class TestCorrections:
    def teardown_method(self) -> None:
        self.engine.set_corrections([])

    def test_bare_and_contextual_corrections(self, engine) -> None:
        self.engine = engine
        engine.set_corrections([
            ReadingCorrection("长", ("zhang3",)),
            ReadingCorrection("长", ("chang2",), left="很"),
        ])
        assert reading_of(engine, "这条河很长。", 4) == "chang2"  # most specific wins
        assert reading_of(engine, "长江", 0) == "chang2"  # a word is not a bare 长
        assert reading_of(engine, "他长大了。", 1) == "zhang3"
        tok = next(t for t in engine.annotate("这条河很长。") if t.text.endswith("长"))
        assert tok.sources[-1] is Source.CORRECTION
        assert tok.unsure[-1] is False

    def test_correction_spanning_words_and_tone_marks(self, engine) -> None:
        self.engine = engine
        engine.set_corrections([ReadingCorrection("银行", ("yín", "xíng"), right="家")])
        assert hanzi_pinyin(engine, "我去银行。")[2:4] == ["yin2", "hang2"]
        assert hanzi_pinyin(engine, "银行家")[:2] == ["yin2", "xing2"]

    def test_corrections_survive_reannotation(self, engine) -> None:
        self.engine = engine
        engine.set_corrections([ReadingCorrection("东西", ("dong1", "xi1"))])
        for _ in range(2):
            assert hanzi_pinyin(engine, "东西南北")[:2] == ["dong1", "xi1"]


def test_lexical_tone_for_benchmarks(engine) -> None:
    reader = engine.reader
    assert reader.lexical_tone("识", "shi5") == "shi2"
    assert reader.lexical_tone("了", "le5") == "le5"
    assert reader.lexical_tone("啦", "la5") == "la5"  # a particle, not the sound lā
    assert reader.lexical_tone("行", "hang2") == "hang2"


_ALPHABET = "我要去银行取钱这条河很长了着得地还都为行重觉好乐教少差调便种一不儿看 ，。！？a1\n😀"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_any_text_round_trips_with_aligned_readings(engine, text: str) -> None:
    tokens = engine.annotate(text)
    assert "".join(t.text for t in tokens) == text
    for tok in tokens:
        assert text[tok.start:tok.end] == tok.text
        if tok.pinyin is not None:
            assert len(tok.pinyin) == len(tok.text) == len(tok.unsure)
            assert all(s and s[-1] in "12345" for s in tok.pinyin)


def test_surname_reading_that_is_also_common_stays_common(engine) -> None:
    """车 che1 is the surname Che and 'car': 车上 (a word jieba knows and CC-CEDICT
    lacks) is chē shang, not the chess piece jū; 中 keeps zhōng beside zhòng."""
    toks = [t for t in engine.annotate("我在车上看书。") if t.pinyin]
    assert ("che1", "shang5") in [t.pinyin for t in toks]
    assert ("zhong1",) in engine.lexicon.common_readings("中")
    assert ("che1",) in engine.lexicon.common_readings("车")


def test_nian_before_zhe_is_left_to_the_model(engine) -> None:
    """粘 before 着 is not taken for zhān 'to paste' (粘着性能 nián, 粘着妈妈 nián);
    粘在 still is (糖粘在手上了)."""
    def reading(text: str) -> str:
        return next(t.pinyin[0] for t in engine.annotate(text) if t.text.startswith("粘"))

    assert reading("孩子总是粘着妈妈。") == "nian2"
    assert reading("糖粘在手上了。") == "zhan1"


def test_difference_of_squares_is_cha1(engine) -> None:
    """差 after 平方/立方 is the arithmetic difference chā; 还差一点 stays chà."""
    def reading(text: str) -> str:
        return next(t.pinyin[t.text.index("差")] for t in engine.annotate(text)
                    if "差" in t.text)

    assert reading("这是平方差公式。") == "cha1"
    assert reading("我还差一点。") == "cha4"


def test_words_read_alike_everywhere_are_kept_but_corrections_still_win(engine) -> None:
    """A word whose context cannot change its reading is read once and kept (its
    reading object shared by its tokens); a teacher's correction still applies to it,
    and a character read by context (长, 不) is read in each context."""
    reader = engine.reader
    bank = reader.read_word("银行", "他去", "。")
    assert reader.read_word("银行", "", "很大") is bank
    assert bank.syllables == ("yin2", "hang2") and bank.unsure == (False, False)
    assert reader.read_word("长", "很", "") is not reader.read_word("长", "很", "")
    try:
        engine.set_corrections([ReadingCorrection("银行", ("yin2", "xing2"))])
        fixed = next(t for t in engine.annotate("他去银行。") if t.text == "银行")
        assert fixed.citation == ("yin2", "xing2") and fixed.sources == (Source.CORRECTION,) * 2
    finally:
        engine.set_corrections([])
    assert next(t for t in engine.annotate("他去银行。") if t.text == "银行").citation == (
        "yin2", "hang2")
    assert [t.citation for t in engine.annotate("长大") if t.text == "长大"] == [("zhang3", "da4")]
    assert [t.citation for t in engine.annotate("很长") if t.text == "长"] == [("chang2",)]
    for word in ("不", "长", "不是", "得了", "墙上"):  # read by their neighbours
        assert reader._context_free_reading(word, reader.model) is False, word
