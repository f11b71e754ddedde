"""A long reader's objects are kept out of the collector's passes until the next build."""

from __future__ import annotations

import gc

import pytest

from chinese_teach.core.documents import lasting
from chinese_teach.core.documents.reader import ReaderOptions, build_reader

TEXT = "我们一起去公园散步。\n今天天气很好，我很高兴。\n"


@pytest.fixture(autouse=True)
def _unfrozen():
    lasting.give_back()
    yield
    lasting.give_back()


def test_a_long_build_freezes_and_the_next_build_gives_back(engine, monkeypatch) -> None:
    monkeypatch.setattr(lasting, "FREEZE_AT", 10)  # "long" for this test: ten tokens
    doc = build_reader(TEXT * 3, ReaderOptions(), engine)
    assert sum(map(len, doc.paragraphs)) >= 10
    assert lasting.frozen() and gc.get_freeze_count() > 0
    # the document's own tokens are among the frozen objects (out of the passes' reach)
    first = doc.paragraphs[0][0]
    assert not any(o is first for o in gc.get_objects(generation=2))
    assert gc.isenabled()
    monkeypatch.setattr(lasting, "FREEZE_AT", 10_000)
    build_reader("你好。", ReaderOptions(), engine)
    assert not lasting.frozen() and gc.get_freeze_count() == 0


def test_a_short_build_freezes_nothing(engine) -> None:
    build_reader(TEXT, ReaderOptions(), engine)
    assert not lasting.frozen() and gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_a_cycle_made_before_a_long_build_is_collected_after_the_next(
        engine, monkeypatch) -> None:
    """The one cost of freezing: garbage made just before a long build waits for the
    next build, and is collected then."""
    import weakref

    class Node:
        pass

    gc.collect()  # (no young pass due before the build starts)
    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle only the collector frees
    alive = weakref.ref(a)
    del a, b
    monkeypatch.setattr(lasting, "FREEZE_AT", 10)
    build_reader(TEXT * 3, ReaderOptions(), engine)
    gc.collect()
    assert alive() is not None  # frozen with the build's objects
    monkeypatch.setattr(lasting, "FREEZE_AT", 10_000)
    build_reader("你好。", ReaderOptions(), engine)
    gc.collect()
    assert alive() is None
