"""Per-word records of frequent words (:mod:`chinese_teach.core.text.wordrecords`): what
they answer is what the engine's parts compute, and they are rebuilt when the code is."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from chinese_teach.core.text import wordrecords
from chinese_teach.core.text.learner import AFTER_NOTHING
from chinese_teach.core.text.pinyin import Reader, WordReading
from chinese_teach.core.text.tokens import Source
from chinese_teach.core.text.wordtable import TextTable

#: Sentences whose words are most of them frequent (records) and some rare or unlisted.
TEXTS = [
    "我们明天下午一起去图书馆看书，好不好？",
    "王老师说了说这个问题，大家都听懂了。",
    "他考了九十分，姓李的同学考了一百分。",
    "下个星期一我们去上海，坐飞机还是坐火车？",
    "这件衣服太长了，你先将就着穿吧。",
    "她一边吃水果一边看电视，觉得很开心。",
    "银行旁边有一家小作坊，做的呢子大衣很有名。",
    "把问题提出来，我们一起商量商量。",
]


def test_a_record_gives_back_what_was_encoded():
    reading = WordReading(("zhong1", "guo2"), (Source.DICTIONARY, Source.RULE), (False, True))
    table = TextTable.build([
        ("中国", wordrecords.encode(reading, (None, False, 0), False)),
        ("听懂", wordrecords.encode(False, ((1, 1), True, 3), True)),
    ])
    records = wordrecords.WordRecords(table, WordReading)
    assert records.reading("中国") == reading
    assert records.decision("中国") == (None, False, 0)
    assert records.hard("中国") is False
    assert records.reading("听懂") is False
    assert records.decision("听懂") == ((1, 1), True, 3)
    assert records.hard("听懂") is True
    assert records.reading("没有") is None and records.decision("没有") is None
    assert records.hard("没有") is None
    # flags and sources are the shared tuples the engine's tokens hold
    again = records.reading("中国")
    assert again.sources is records.reading("中国").sources


def test_frequent_words_take_the_highest_counts_and_the_hsk_words():
    counts = [("我们", 50), ("一", 90), ("图书馆", 5), ("图书", 0), ("很长的一个词", 99),
              ("中国", 40), ("商量", 1)]
    assert wordrecords.frequent_words(counts, {"商量", "看"}, limit=2) == [
        "我们", "中国", "商量"]


def _without_records(engine, compute):
    """``compute()`` with the engine's parts reading no record and nothing kept."""
    reader, learner, uncrosser = engine.reader, engine.learner, engine._uncrosser
    records = engine._records
    reader.use_records(None)
    learner.use_records(None)
    uncrosser.use_records(None)
    try:
        return compute()
    finally:
        reader.use_records(records)
        engine._use_records(merged=bool(engine.segmenter.merges))


def test_the_records_are_what_the_engine_computes(engine):
    """Every part of a record, for a spread of the recorded words, against the engine's
    own computation with no record read (a fresh reader, the learner cut and the
    uncrosser with nothing kept)."""
    records = engine._records
    assert records is not None and len(records) > 10_000
    words = wordrecords.frequent_words(
        engine.segmenter.table.built_items(), engine.lexicon.hsk_words)
    sample = words[:400] + words[400::60]
    model = engine.reader.model
    fresh = Reader(engine.lexicon, model=lambda: model)

    def computed():
        out = []
        for word in sample:
            engine.learner.forget()
            engine._uncrosser.forget()
            out.append((fresh._context_free_reading(word, model),
                        engine.learner._decide(word, AFTER_NOTHING),
                        engine._uncrosser._hard[word]))
        engine.learner.forget()
        engine._uncrosser.forget()
        return out

    expected = _without_records(engine, computed)
    for word, (reading, decision, hard) in zip(sample, expected, strict=True):
        assert records.reading(word) == reading, word
        assert records.decision(word) == decision, word
        assert records.hard(word) is hard, word
    kinds = {type(r) for r, _, _ in expected}
    assert kinds == {WordReading, bool}  # both kinds of reading were compared


def test_annotation_is_the_same_with_and_without_records(engine):
    """Tokens (readings, sources, flags, names, pieces) with the records read, and with
    every part computing its answers anew."""
    def annotate():
        engine.reader._known_readings.clear()
        engine.learner.forget()
        engine._uncrosser.forget()
        return ([engine.annotate(t) for t in TEXTS], engine.annotate_many(TEXTS))

    with_records = annotate()
    without = _without_records(engine, annotate)
    engine.reader._known_readings.clear()
    engine.learner.forget()
    engine._uncrosser.forget()
    for ours, theirs in zip(with_records, without, strict=True):
        assert ours == theirs
        assert [[t.extra for t in tokens] for tokens in ours] == [
            [t.extra for t in tokens] for tokens in theirs]


def test_a_teachers_merge_stops_the_cut_records(engine):
    """The learner cut's and the uncrosser's records assume no merge: a merge stops them,
    and removing it brings them back; the reader's records hold either way."""
    seg = engine.segmenter
    merges, splits = seg.merges, seg.splits
    try:
        engine.set_segmentation(["图书馆看"], {})
        assert engine.learner._records is None and engine._uncrosser._records is None
        assert engine.reader._records is engine._records
        assert "图书馆看" in [t.text for t in engine.annotate("他在图书馆看书") if t.is_word]
    finally:
        engine.set_segmentation(merges, splits)
    assert engine.learner._records is engine._records
    assert engine._uncrosser._records is engine._records


def test_the_file_is_built_once_then_read(tmp_path: Path):
    path = wordrecords.records_path(tmp_path, "corpus", "code")
    built = []

    def record(word):
        built.append(word)
        return wordrecords.encode(False, (None, False, 0), False)

    old = tmp_path / "words1-corpus-older.pickle"
    old.write_bytes(b"stale")
    first = wordrecords.load_or_build(path, lambda: ["我们", "中国"], record, WordReading)
    assert built == ["我们", "中国"] and len(first) == 2 and path.exists()
    assert not old.exists()  # records of older code are removed
    second = wordrecords.load_or_build(path, lambda: ["我们"], record, WordReading)
    assert built == ["我们", "中国"] and second.reading("中国") is False
    path.write_bytes(pickle.dumps({"format": -1}))  # another format: built again
    third = wordrecords.load_or_build(path, lambda: ["我们"], record, WordReading)
    assert len(third) == 1 and built[-1] == "我们"


def test_the_digest_follows_the_files(tmp_path: Path):
    """Editing, adding or touching a file of the engine's code or resources gives another
    digest (another records file)."""
    (tmp_path / "a.py").write_text("x = 1\n")
    folders = [(tmp_path, "*.py")]
    first = wordrecords.folders_digest(folders)
    assert wordrecords.folders_digest(folders) == first
    (tmp_path / "a.py").write_text("x = 22\n")
    second = wordrecords.folders_digest(folders)
    assert second != first
    stat = (tmp_path / "a.py").stat()
    os.utime(tmp_path / "a.py", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert wordrecords.folders_digest(folders) != second
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.py").write_text("")
    assert wordrecords.folders_digest(folders) not in (first, second)
    assert len(wordrecords.code_digest()) == 12


def test_records_stay_compact(engine):
    """The table holds its strings in arrays, no Python object per word (about 1 MB for
    22,000 words); a record is decoded only when a word is met."""
    table = engine._records._table
    assert len(table) > 10_000 and table.nbytes < 3_000_000
