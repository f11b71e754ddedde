"""The kinds of the tenth held-out part's misses (twelfth session, words14): learner
defaults where the entry's order misleads, the conditions and classes that read the word
the sentence decides by, and a part's sense chosen by the whole word it stands in; each
with sentences of its own and a counter-example that keeps the other sense."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import load_curated
from tests.core.corpus.test_glosses_classes import _first


def test_learner_defaults_lead_where_the_entry_s_order_misleads(corpus, engine) -> None:
    """牌子 "brand" (not "sign"), 线 "line" (not "thread"), in a sentence and alone;
    fireworks are set off (放鞭炮), kites keep "to release"."""
    assert _first(corpus, engine, "你喜欢哪个牌子的咖啡？", "牌子") == "brand"
    assert _first(corpus, engine, "牌子", "牌子") == "brand"
    assert _first(corpus, engine, "我们坐五号线去吧。", "线") == "line"
    assert _first(corpus, engine, "春节晚上大家一起放烟花。", "放") == "to set off (fireworks)"
    assert _first(corpus, engine, "孩子们在公园里放风筝。", "放") == "to release"


def test_a_curated_reading_written_with_u_colon_is_the_engine_s_v() -> None:
    """CC-CEDICT's "u:" (sun1 nu:3) is read as the engine's "v" (nv3), so the line is met."""
    lines = load_curated()["孙女"]
    assert lines[0].syllables == ("sun1", "nv3")
    assert not any("u:" in syllable for lines in load_curated().values() for line in lines
                   for syllable in line.syllables or ())


def test_granddaughter_is_granddaughter(corpus, engine) -> None:
    """孙女 leads with "granddaughter" (the curated line), not "son's daughter"."""
    assert _first(corpus, engine, "我的孙女很可爱。", "孙女") == "granddaughter"


def test_a_part_is_led_by_the_sense_its_whole_word_names(corpus, engine) -> None:
    """Inside a longer word a part leads with the sense the whole word's own senses name:
    牛肉面 "beef noodle soup": 面 "noodles"; 年末 "end of the year": 末 "end"; 到头 "to
    the end": 头 "end"; 贵姓 "your surname": 贵 "(honorific) your"; 调皮 "naughty": 皮
    "naughty". A verb part keeps its order (请坐 "please, have a seat": 坐 "to sit"), and a
    bracketed note matches nothing (慢慢来 "take your time": 来 is no "(amount of time)")."""
    assert _first(corpus, engine, "我爱吃妈妈做的牛肉面。", "面") == "noodles"
    assert _first(corpus, engine, "今年年末我要回国。", "末") == "end"
    assert _first(corpus, engine, "从这条路走到头就是我家。", "头") == "end"
    assert _first(corpus, engine, "请问，您贵姓？", "贵") == "(honorific) your"
    assert _first(corpus, engine, "这孩子真调皮。", "皮") == "naughty"
    assert _first(corpus, engine, "请坐。", "坐") == "to sit"
    assert not _first(corpus, engine, "别担心，慢慢来。", "来").startswith("for the past")


def test_part_led_by_whole_keeps_a_gloss_the_whole_does_not_name() -> None:
    """The rule alone: no shared word, or a first sense already shared, leaves the gloss."""
    from chinese_teach.core.corpus.glosses import part_led_by_whole, part_sense_words

    whole = frozenset(part_sense_words("beef noodle soup"))
    assert part_led_by_whole("face; side; noodles", ("face", "side", "noodles"), whole) == (
        "noodles; face; …")
    assert part_led_by_whole("noodles; face", ("face", "noodles"), whole) == "noodles; face"
    assert part_led_by_whole("to sit; to ride", ("to sit", "to ride"), whole) == (
        "to sit; to ride")
    assert part_led_by_whole("a; b", ("a", "b", "to cook noodles"), whole) == "a; b"
