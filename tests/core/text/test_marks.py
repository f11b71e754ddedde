"""The unsure marks a teacher sees (``core/text/polyphones/marks.py``, issue 19): the
model asked at every polyphone, only where marks are shown."""

from __future__ import annotations

from chinese_teach.core.text.pinyin import ReadingCorrection
from chinese_teach.core.text.polyphones import marks
from chinese_teach.core.text.tokens import Source

TEXTS = (
    "威严允惮，风行草靡。",
    "土地法给了地方很大的自由裁量权。",
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


def test_a_character_new_classroom_text_misread_is_marked(engine) -> None:
    """量 was read wrong on the classroom sets' blind readings (量一量 liàng for liáng):
    its ``char_rate`` lifts the model's own reading of 量 in 自由裁量权 above the
    threshold, which the same row without the rates table stays under."""
    text = "土地法给了地方很大的自由裁量权。"
    tokens = engine.annotate(text)
    engine.unsure_marks("", [])
    s = engine._mark_scorer
    plain = marks.MarkScorer(s.model, s.lexicon, s.lexical, s.phrase, s.suspects, rates={})
    at = next(i for i, t in enumerate(tokens) if t.text == "量")
    assert tokens[at].pinyin == ("liang4",) and tokens[at].unsure == (False,)
    assert s.rates[("量", "core")] > 0
    assert engine.unsure_marks(text, tokens)[at].unsure == (True,)
    assert plain.marks(text, tokens)[at].unsure == (False,)


def test_every_reading_the_model_knows_is_scored_by_its_kind(engine) -> None:
    """Light syllables, rules' readings, HSK words and dictionary words pypinyin agrees
    with are scored too, each kind with its own weights; corrections never are."""
    engine.unsure_marks("", [])
    scorer = engine._mark_scorer
    assert scorer.category("衣服", 1, "fu5", Source.DICTIONARY) == "light"
    assert scorer.category("还", 0, "huan2", Source.RULE) == "rule"
    assert scorer.category("了解", 0, "liao3", Source.DICTIONARY) == "hsk"
    assert scorer.category("挣脱", 0, "zheng4", Source.DICTIONARY) == "phrase"
    assert scorer.category("行", 0, "hang2", Source.CORRECTION) is None
    assert scorer.category("干", 0, "gan4", Source.MODEL) == "core"
    assert scorer.category("风行草靡", 3, "mi2", Source.FALLBACK) == "core"
    assert set(marks.CATEGORIES) == {"core", "light", "rule", "hsk", "phrase"}


def test_characters_the_model_does_not_know_keep_the_engine_mark(engine) -> None:
    text = "葛洲坝很有名。头发很长。他穿着新衣服去上学了。"
    plain = engine.annotate(text)
    known = engine.reader.model.candidates
    for a, b in zip(plain, engine.unsure_marks(text, plain), strict=True):
        for k in range(len(a.text) if a.pinyin else 0):
            if a.text[k] not in known:
                assert a.unsure[k] == b.unsure[k], a.text


def test_a_reading_the_model_has_no_class_for_is_marked(engine) -> None:
    """黄陂 (a district of Wuhan) is read pí by CC-CEDICT and pypinyin's phrases alike
    (a reading two dictionaries agree on, which the sixth round never scored); the
    model knows 陂 only as bēi and pō, so it has no opinion: a teacher should check."""
    text = "他是湖北黄陂人。"
    tok = next(t for t in engine.unsure_marks(text, engine.annotate(text)) if "陂" in t.text)
    k = tok.text.index("陂")
    assert tok.pinyin[k] == "pi2" and tok.unsure[k] is True


def test_sentence_features_are_shares_of_each_sentence(engine) -> None:
    """Each token gets the shares of its own sentence: the HSK words' characters and
    the rare words' characters among the sentence's hanzi."""
    engine.unsure_marks("", [])
    scorer = engine._mark_scorer
    text = "我们学习汉语。拚命挣脱羁绊。"
    tokens = engine.annotate(text)
    shares = scorer.sentence_features(text, tokens)
    first = [s for t, s in zip(tokens, shares, strict=True) if t.end <= 7 and t.pinyin]
    second = [s for t, s in zip(tokens, shares, strict=True) if t.start >= 7 and t.pinyin]
    assert first and second and len(set(first)) == 1 and len(set(second)) == 1
    (hsk1, rare1), (hsk2, rare2) = first[0], second[0]
    assert hsk1 == 1.0 and rare1 == 0.0
    assert hsk2 < 0.5 and rare2 > 0.0
    assert all(0.0 <= v <= 1.0 for v in (hsk2, rare2))


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
    sure[marks.FEATURES.index("margin")] = 1.0  # the model's top reading far ahead
    sure[marks.FEATURES.index("sentence_hsk")] = 0.8  # a sentence of learner words
    doubted = list(sure)
    doubted[marks.FEATURES.index("doubt")] = 20.0
    doubted[marks.FEATURES.index("disagrees")] = 1.0
    doubted[marks.FEATURES.index("margin")] = 0.1
    doubted[marks.FEATURES.index("entropy")] = 0.7
    assert marks.score(doubted) > marks.THRESHOLD > marks.score(sure)


def test_char_rate_comes_from_the_rates_table(engine) -> None:
    """``char_rate`` is the table's value for the character and the kind of reading
    (measured on the classroom sets' blind readings), 0 for a pair it does not list."""
    engine.unsure_marks("", [])
    s = engine._mark_scorer
    scorer = marks.MarkScorer(s.model, s.lexicon, s.lexical, s.phrase, s.suspects,
                              rates={("看", "rule"): 1.5})
    at = marks.FEATURES.index("char_rate")
    rule = scorer.features("看", 0, "kan4", Source.RULE, engine_mark=False, opinion=None)
    model = scorer.features("看", 0, "kan4", Source.MODEL, engine_mark=False, opinion=None)
    assert rule[at] == 1.5 and model[at] == 0.0
    assert len(rule) == len(marks.FEATURES)


def test_the_shipped_rates_table_is_read() -> None:
    """``resources/polyphones/mark_rates.tsv`` (written by ``marks_fit.py --write``):
    one line per character and kind, the wrong and all rows it was measured on."""
    table = marks.load_rates()
    assert len(table) > 100
    assert {kind for _, kind in table} <= set(marks.CATEGORIES)
    assert any(v > 0 for v in table.values()) and any(v < 0 for v in table.values())


def test_a_phrase_around_the_word_that_reads_it_otherwise(engine) -> None:
    """``around_phrase_disagrees``: a pypinyin phrase of the text covering the character,
    across the engine's cut, that reads it otherwise (银行 háng against 行 read xíng
    alone) is a second opinion; the engine's own word is none, and without the text
    there is no opinion."""
    engine.unsure_marks("", [])
    s = engine._mark_scorer
    assert s.around_phrase_disagrees("行", 0, "xing2", ("我去银行", 3)) == 1.0
    assert s.around_phrase_disagrees("行", 0, "hang2", ("我去银行", 3)) == 0.0
    assert s.around_phrase_disagrees("银行", 1, "xing2", ("我去银行", 2)) == 0.0
    assert s.around_phrase_disagrees("行", 0, "xing2", None) == 0.0
    # only phrases pypinyin lists are looked up (a set test first, for speed)
    assert "银行" in s.phrase_words and "去银行" not in s.phrase_words
    assert all(s.phrase(w) is not None for w in sorted(s.phrase_words)[:2000])
    at = marks.FEATURES.index("around_phrase_disagrees")
    row = s.features("行", 0, "xing2", Source.MODEL, engine_mark=False, opinion=None,
                     around=("我去银行", 3))
    assert row[at] == 1.0 and len(row) == len(marks.FEATURES)
    # rows() gives every scored character its text around it
    text = "我去银行取钱。"
    tokens = engine.annotate(text)
    for t, k, x in s.rows(text, tokens):
        tok = tokens[t]
        word = text[tok.start:tok.end]
        assert x[at] == s.around_phrase_disagrees(word, k, tok.citation[k], (text, tok.start))
