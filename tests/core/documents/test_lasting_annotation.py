"""A long text annotated block by block: its tokens are kept out of the collector's passes
(``lasting.long_job`` around ``annotate_paragraphs``), a short text's as before."""

from __future__ import annotations

import gc

import pytest

from chinese_teach.core.documents import lasting
from chinese_teach.core.errors import Cancelled
from chinese_teach.core.progress import CancelToken
from chinese_teach.ops import annotate as annotate_ops
from chinese_teach.ops.annotate import annotate_paragraphs

PARAGRAPHS = ["我们一起去公园散步。", "今天天气很好，我很高兴。", "他长大以后当了银行行长。"]


@pytest.fixture(autouse=True)
def _unfrozen():
    lasting.give_back()
    yield
    lasting.give_back()


def _passes_between_blocks(engine, monkeypatch, paragraphs: list[str]) -> int:
    """The collector's passes between the first block's start and the last block's end
    while ``paragraphs`` are annotated one to a block, with a pass due at every
    allocation."""
    monkeypatch.setattr(annotate_ops, "BLOCK", 1)
    passes: list[int] = []
    seen: list[int] = []
    real = engine.annotate_many

    def spy(texts, **kwargs):
        seen.append(len(passes))
        out = real(texts, **kwargs)
        seen.append(len(passes))
        return out

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            passes.append(info["generation"])

    monkeypatch.setattr(engine, "annotate_many", spy)
    old = gc.get_threshold()
    gc.callbacks.append(watch)
    gc.set_threshold(1)
    try:
        annotate_paragraphs(engine, paragraphs, True)
    finally:
        gc.set_threshold(*old)
        gc.callbacks.remove(watch)
    return seen[-1] - seen[0]


def test_a_long_text_is_one_paused_job_and_its_tokens_are_frozen(engine, monkeypatch) -> None:
    monkeypatch.setattr(lasting, "LONG_TEXT", 20)  # "long" for this test: twenty characters
    out = annotate_paragraphs(engine, PARAGRAPHS, True)
    assert lasting.frozen() and gc.get_freeze_count() > 0
    first = out[PARAGRAPHS[0]][0]
    assert not any(o is first for o in gc.get_objects(generation=2))
    assert gc.isenabled()
    # no pass between the blocks either: the collector is paused for the whole text
    lasting.give_back()
    assert _passes_between_blocks(engine, monkeypatch, PARAGRAPHS) == 0


def test_a_short_text_runs_as_before(engine, monkeypatch) -> None:
    out = annotate_paragraphs(engine, PARAGRAPHS, True)
    assert not lasting.frozen() and gc.get_freeze_count() == 0
    assert [t.text for t in out[PARAGRAPHS[2]]][:2] == ["他", "长大"]
    # between the blocks the collector runs as it would without the job
    assert _passes_between_blocks(engine, monkeypatch, PARAGRAPHS) > 0


def test_a_long_job_gives_back_what_the_last_one_froze(engine, monkeypatch) -> None:
    monkeypatch.setattr(lasting, "LONG_TEXT", 20)
    annotate_paragraphs(engine, PARAGRAPHS, True)
    frozen_before = gc.get_freeze_count()
    annotate_paragraphs(engine, PARAGRAPHS[:2], True)
    # given back first, frozen again: the count is this process's tracked objects now,
    # not the first job's on top of them
    assert 0 < gc.get_freeze_count() < 2 * frozen_before


def test_a_cancelled_long_job_freezes_nothing_and_resumes_the_collector(
        engine, monkeypatch) -> None:
    monkeypatch.setattr(lasting, "LONG_TEXT", 20)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        annotate_paragraphs(engine, PARAGRAPHS, True, cancel=token)
    assert not lasting.frozen() and gc.get_freeze_count() == 0
    assert gc.isenabled()
