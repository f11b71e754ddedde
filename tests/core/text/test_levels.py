"""The levels and learner verbs kept in the engine's tables equal the corpus's answers."""

from __future__ import annotations

import random

from chinese_teach.core.text.levels import learner_verbs, read_levels, senses_start


def _level(corpus, word: str, standard: str | None) -> int | None:
    """The corpus's own answer, one query per word (how the engine asked before)."""
    rows = corpus.query(
        "SELECT min(level) FROM word_levels WHERE word = ? AND (? IS NULL OR standard = ?)",
        (word, standard, standard))
    return rows[0][0] if rows else None


def test_levels_equal_the_corpus_word_by_word(corpus) -> None:
    standard, lowest = read_levels(corpus)
    listed = sorted(w for (w,) in corpus.query("SELECT DISTINCT word FROM word_levels"))
    words = [*random.Random(3).sample(listed, 400),
             "做生意", "生意", "把手", "中文", "文书", "看", "电脑桌", "不是词"]
    for word in words:
        assert standard.get(word) == _level(corpus, word, "hsk2021"), word
        assert lowest.get(word) == _level(corpus, word, None), word
    assert set(lowest) == set(listed)
    # 做生意: HSK 2021 7-9, HSK 2.0 level 4; 文书 is in no list
    assert standard["做生意"] == 7 and lowest["做生意"] == 4 and "文书" not in lowest


def test_learner_verbs_are_the_easy_characters_whose_first_sense_is_a_verb(corpus) -> None:
    _, lowest = read_levels(corpus)
    verbs = learner_verbs(corpus, lowest)
    assert {"看", "写", "听", "穿"} <= verbs
    assert not verbs & {"书", "大", "的", "我"}
    easy = [w for w, level in lowest.items() if len(w) == 1 and level <= 4]
    assert verbs == {ch for ch in easy if senses_start(corpus, ch, True)}


def test_the_engine_reads_levels_and_verbs_from_its_tables(engine, corpus) -> None:
    standard, lowest = read_levels(corpus)
    lexicon = engine.lexicon
    assert lexicon.levels == standard and lexicon.lowest_levels == lowest
    assert lexicon.learner_verbs == learner_verbs(corpus, lowest)
    assert lexicon.levels["做生意"] == 7 and lexicon.lowest_levels["做生意"] == 4
    assert engine._is_verb("听") and not engine._is_verb("书") and not engine._is_verb("听懂")
    # the learner cut's complement rule asks for the verb: 听 | 懂
    assert [t.text for t in engine.segment("我听懂了")] == ["我", "听", "懂", "了"]
