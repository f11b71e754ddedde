"""The learner cut's listed heads are found when the engine's tables are built, not in a
teacher's first text (issue 23, seventeenth round, speed17a), and heads kept by other code
are never used."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from chinese_teach.core.text import learner_words33
from chinese_teach.core.text.learner import LearnerCut
from chinese_teach.core.text.learner_words33 import listed_heads, listed_heads_key, stored_heads
from chinese_teach.core.text.tables import CACHE_FORMAT, corpus_tag, load_tables


def test_stored_heads_are_used_only_under_this_code_key(monkeypatch: pytest.MonkeyPatch) -> None:
    heads = frozenset("车会")
    assert stored_heads((listed_heads_key(), heads)) == heads
    assert stored_heads(("0" * 32, heads)) is None
    assert stored_heads(None) is None
    assert stored_heads((listed_heads_key(), ["车"])) is None
    key = listed_heads_key()
    monkeypatch.setattr(learner_words33, "NOT_LISTED_HEADS", frozenset("人"))
    assert listed_heads_key() != key  # a changed constant makes the kept heads stale
    monkeypatch.undo()
    monkeypatch.setattr(learner_words33, "LISTED_HEAD_MINIMUM", 4)
    assert listed_heads_key() != key
    monkeypatch.undo()
    code = listed_heads.__code__
    # The same rule compiled elsewhere keeps its key; another rule does not.
    monkeypatch.setattr(listed_heads, "__code__",
                        code.replace(co_filename="/elsewhere/learner_words33.py",
                                     co_firstlineno=code.co_firstlineno + 40))
    assert listed_heads_key() == key
    monkeypatch.setattr(listed_heads, "__code__",
                        code.replace(co_consts=tuple(2 if c == 3 else c for c in code.co_consts)))
    assert listed_heads_key() != key


def test_the_tables_keep_the_heads_the_lists_give(corpus, tmp_path: Path) -> None:
    lexicon, _ = load_tables(corpus, tmp_path)  # built cold
    expected = listed_heads(lexicon.hsk_words, lexicon.readings)
    assert lexicon.listed_heads == expected and "车" in expected
    warm, _ = load_tables(corpus, tmp_path)
    assert warm.listed_heads == expected


def test_heads_kept_under_another_key_are_found_again(corpus, tmp_path: Path) -> None:
    """A cache whose heads were found by other code (or written before they were kept)
    gives none; the learner cut then finds them itself, the same as the lists give."""
    load_tables(corpus, tmp_path)
    path = tmp_path / f"engine{CACHE_FORMAT}-{corpus_tag(corpus)}.pickle"
    data = pickle.loads(path.read_bytes())
    right = data["listed_heads"][1]
    for stale in (("0" * 32, frozenset("药鞋")), None):
        if stale is None:
            del data["listed_heads"]
        else:
            data["listed_heads"] = stale
        path.write_bytes(pickle.dumps(data))
        lexicon, _ = load_tables(corpus, tmp_path)
        assert lexicon.listed_heads is None
        cut = LearnerCut(lexicon.hsk_words, lexicon.readings, lambda _w: False,
                         lambda _w: False, heads=lexicon.listed_heads)
        assert cut._listed_heads() == right


def test_the_engine_takes_the_kept_heads(engine) -> None:
    """The shared engine's learner cut starts with the tables' heads: its first
    three-character word walks no list."""
    engine.load()
    assert engine.lexicon.listed_heads is not None
    assert engine._learner._heads is engine.lexicon.listed_heads
