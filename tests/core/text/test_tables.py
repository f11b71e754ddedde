"""The engine's cached tables hold what the corpus and jieba give, with each word stored once."""

from __future__ import annotations

import gc
import pickle
import random
from pathlib import Path

import pytest

from chinese_teach.core.corpus.build import jieba_dict_path
from chinese_teach.core.text.lexicon import Lexicon, WordFreq
from chinese_teach.core.text.tables import CACHE_FORMAT, corpus_tag, load_tables
from chinese_teach.core.text.wordtable import CountTable


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory: pytest.TempPathFactory):
    """Tables built cold into a fresh cache folder (with earlier versions' files, one of
    them the previous format's cache of this very corpus), then loaded warm from it; and
    the plain lexicon and jieba's own tokenizer over the word list they replace."""
    import jieba

    cache = tmp_path_factory.mktemp("cache")
    tag = corpus_tag(corpus)
    for stale in ("lexicon4-x.pickle", "segmenter-x.txt", "jieba.x.cache", "engine4-x.pickle",
                  f"engine{CACHE_FORMAT - 1}-{tag}.pickle"):
        (cache / stale).write_text("old")
    cold = load_tables(corpus, cache)
    warm = load_tables(corpus, cache)
    plain = Lexicon.from_corpus(corpus)
    words = cache.parent / "words.txt"
    plain.write_jieba_dictionary(words, jieba_dict_path())
    jieba_tk = jieba.Tokenizer(dictionary=str(words))
    jieba_tk.tmp_dir = str(cache.parent)
    jieba_tk.initialize()
    return cache, cold, warm, plain, jieba_tk


def test_cache_is_one_file_and_replaces_the_old_ones(built, corpus) -> None:
    names = [p.name for p in built[0].iterdir()]
    assert names == [f"engine{CACHE_FORMAT}-{corpus_tag(corpus)}.pickle"]


@pytest.mark.parametrize("which", [1, 2], ids=["cold", "warm"])
def test_tables_equal_the_corpus_and_jieba(built, which: int) -> None:
    lexicon, segmenter = built[which]
    plain, jieba_tk = built[3], built[4]
    assert isinstance(segmenter.table, CountTable)
    assert segmenter.table == jieba_tk.FREQ
    assert segmenter.total == jieba_tk.total
    for name in ("readings", "proper", "hsk_words", "t2s", "t2s_alone"):
        assert getattr(lexicon, name) == getattr(plain, name), name
    rng = random.Random(which)
    words = rng.sample(sorted(plain.freq), 20000) + rng.sample(sorted(jieba_tk.FREQ), 20000)
    words += [a + b for a, b in zip(words[:3000], words[-3000:], strict=True)]
    for word in words:
        assert lexicon.freq.get(word, 0) == plain.freq.get(word, 0), word
        assert (word in lexicon.freq) == (word in plain.freq), word
    assert segmenter.segment("我要去银行取钱，这条河很长。") is not None
    for text in ("我要去银行取钱", "這條河很長", "他买了一件T恤和AA制的饭"):
        assert segmenter.dictionary_cut(text) == list(jieba_tk.cut(text, HMM=False))


def test_warm_tables_equal_the_cold_build(built) -> None:
    """Every table read back from the cache file (its large word tables packed into one
    string of words, packed_words) equals the one the cold build made, in its order."""
    cold, warm = built[1][0], built[2][0]
    for name in ("readings", "proper", "hsk_words", "t2s", "t2s_alone", "nouns", "names",
                 "name_homographs", "phrase_differs", "levels", "lowest_levels",
                 "learner_verbs", "listed_heads"):
        a, b = getattr(cold, name), getattr(warm, name)
        assert a == b and type(a) is type(b), name
        if isinstance(a, dict):
            assert list(a.items()) == list(b.items()), name
    file = next(built[0].iterdir())
    assert {"readings", "nouns"} <= set(pickle.loads(file.read_bytes())["packed_words"][2])


def test_the_load_leaves_its_tables_in_the_oldest_generation(built, corpus) -> None:
    """The warm load collects the two younger generations once its tables are made, so
    no later young or middle pass walks them as new (speed19): they are in the oldest
    generation when it returns, with the collector paused as the engine loads (fails
    without ``tables.settle_collector``: they are then in the youngest)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        lexicon, _ = load_tables(corpus, built[0])
        oldest = {id(o) for o in gc.get_objects(2)}
        for table in (lexicon.readings, lexicon.proper, lexicon.nouns, lexicon.hsk_words):
            assert id(table) in oldest
    finally:
        if enabled:
            gc.enable()


def test_teacher_merges_leave_frequencies_alone(built) -> None:
    lexicon, segmenter = built[2]
    plain = built[3]
    words = ["中国", "银行取钱", "很长", "一丘之貉"]
    segmenter.set_edits({w: 5000 for w in words}, {})
    try:
        assert [w for w in segmenter.cut("我去银行取钱") if len(w) > 1] == ["银行取钱"]
        for w in words:
            assert lexicon.freq.get(w, 0) == plain.freq.get(w, 0)
    finally:
        segmenter.set_edits({}, {})
    for w in words:
        assert lexicon.freq.get(w, 0) == plain.freq.get(w, 0)


@pytest.mark.parametrize("damage", ["not a pickle", "truncated", "table"])
def test_a_damaged_cache_is_rebuilt(built, corpus, tmp_path: Path, damage: str,
                                    caplog: pytest.LogCaptureFixture) -> None:
    name = f"engine{CACHE_FORMAT}-{corpus_tag(corpus)}.pickle"
    path = tmp_path / name
    good = (built[0] / name).read_bytes()
    if damage == "not a pickle":
        path.write_bytes(b"not a pickle")
    elif damage == "truncated":
        path.write_bytes(good[: len(good) // 2])
    else:  # a readable pickle whose count table does not hold together
        data = pickle.loads(good)
        blob, starts, typecode, counts, slots = data["segmenter_table"].to_state()
        data["segmenter_table"] = _Damaged((blob, starts, typecode, counts, slots[:-4]))
        path.write_bytes(pickle.dumps(data))
    lexicon, segmenter = load_tables(corpus, tmp_path)
    assert lexicon.readings["银行"] == (("yin2", "hang2"),)
    assert "银行" in segmenter.cut("我要去银行取钱")
    assert pickle.loads(path.read_bytes())["format"] == CACHE_FORMAT and not caplog.records


class _Damaged:
    """Pickles as a count table with the state given (to write a damaged cache)."""

    def __init__(self, state) -> None:
        self.state = state

    def __reduce__(self):
        return (CountTable.from_state, (self.state,))


def test_word_freq_reads_like_a_dict() -> None:
    base = {"中国": 100, "中": 50, "国": 0, "银行": 7}
    freq = WordFreq({"银行": 9, "中": 0, "河流": 3}, lambda w: base.get(w, 0), lambda: iter(base))
    assert freq.get("中国", 0) == 100 and freq["银行"] == 9 and freq.get("河流") == 3
    assert freq.get("中") is None and freq.get("中", 0) == 0 and freq.get("国", 0) == 0
    assert "中" not in freq and "国" not in freq and "中国" in freq and 1 not in freq
    with pytest.raises(KeyError):
        freq["江"]
    assert sorted(freq) == ["中国", "河流", "银行"] and len(freq) == 3
    assert dict(freq) == {"中国": 100, "河流": 3, "银行": 9}
