"""The unsure marks a teacher sees (``core/text/polyphones/marks.py``, issue 19): the
model asked at every polyphone, only where marks are shown."""

from __future__ import annotations

from chinese_teach.core.text.pinyin import ReadingCorrection
from chinese_teach.core.text.polyphones import marks
from chinese_teach.core.text.tokens import Source

TEXTS = (
    "威严允惮，风行草靡。",
    "葛洲坝很有名。头发很长。他穿着新衣服去上学了。",
    "這條河很長，我們在路上。Hello 123！",
    "我是干这一行的。请你帮我看一下门。",
)


def _read(tokens) -> list:
    return [(t.text, t.start, t.end, t.kind, t.pinyin, t.citation, t.sources, t.extra)
            for t in tokens]


def test_the_marks_change_no_reading(engine) -> None:
    for text in TEXTS:
        plain = engine.annotate(text)
        marked = engine.unsure_marks(text, plain)
        assert _read(marked) == _read(plain), text
        for a, b in zip(plain, marked, strict=True):
            if a.unsure == b.unsure:
                assert a is b  # a token whose marks did not change is the same object
            else:
                assert len(b.unsure) == len(a.unsure) and all(isinstance(u, bool) for u in b.unsure)


def test_a_reading_the_model_doubts_is_marked(engine) -> None:
    """风行草靡 (a phrase nothing decides): 靡 printed mí (it is mǐ); the engine's own
    list leaves it unmarked, the model asked at every polyphone doubts it."""
    text = "威严允惮，风行草靡。"
    plain = next(t for t in engine.annotate(text) if t.text == "风行草靡")
    marked = next(t for t in engine.unsure_marks(text, engine.annotate(text))
                  if t.text == "风行草靡")
    assert plain.pinyin[3] == "mi2" and plain.unsure[3] is False
    assert marked.unsure[3] is True


def test_outside_the_scope_the_engine_mark_stays(engine) -> None:
    """Light syllables, rules' readings, HSK words and dictionary words pypinyin agrees
    with keep the engine's own mark (there the model's doubt marks right readings)."""
    engine.unsure_marks("", [])
    scorer = engine._mark_scorer
    assert not scorer.in_scope("衣服", 1, "fu5", Source.DICTIONARY)
    assert not scorer.in_scope("还", 0, "huan2", Source.RULE)
    assert not scorer.in_scope("了解", 0, "liao3", Source.DICTIONARY)  # HSK
    assert not scorer.in_scope("挣脱", 0, "zheng4", Source.DICTIONARY)  # pypinyin agrees
    assert not scorer.in_scope("行", 0, "hang2", Source.CORRECTION)
    assert scorer.in_scope("干", 0, "gan4", Source.MODEL)
    assert scorer.in_scope("风行草靡", 3, "mi2", Source.FALLBACK)
    text = "葛洲坝很有名。头发很长。他穿着新衣服去上学了。"
    plain = engine.annotate(text)
    for a, b in zip(plain, engine.unsure_marks(text, plain), strict=True):
        for k in range(len(a.text) if a.pinyin else 0):
            if not scorer.in_scope(a.text, k, a.citation[k], a.sources[k]):
                assert a.unsure[k] == b.unsure[k], a.text


def test_a_teachers_correction_is_never_marked(engine) -> None:
    text = "威严允惮，风行草靡。"
    engine.set_corrections([ReadingCorrection("风行草靡", ("feng1", "xing2", "cao3", "mi2"))])
    try:
        tok = next(t for t in engine.unsure_marks(text, engine.annotate(text))
                   if t.text == "风行草靡")
        assert tok.sources[3] is Source.CORRECTION and not any(tok.unsure)
    finally:
        engine.set_corrections([])


def test_the_score_is_the_fitted_logistic() -> None:
    """One weight per feature; the model's confident agreement on a frequent word is
    not marked, its strong doubt of the same reading is."""
    assert len(marks.WEIGHTS) == len(marks.FEATURES)
    assert marks.score([0.0] * len(marks.FEATURES)) == marks.INTERCEPT
    sure = [0.0] * len(marks.FEATURES)
    sure[marks.FEATURES.index("src_model")] = 1.0
    sure[marks.FEATURES.index("log_freq")] = 5.0
    sure[marks.FEATURES.index("doubt")] = -20.0
    doubted = list(sure)
    doubted[marks.FEATURES.index("doubt")] = 20.0
    doubted[marks.FEATURES.index("disagrees")] = 1.0
    assert marks.score(doubted) > marks.THRESHOLD > marks.score(sure)
