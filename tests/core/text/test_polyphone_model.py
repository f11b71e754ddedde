"""The polyphone model's batched run gives the floats of the plain LSTM, step by step."""

from __future__ import annotations

import numpy as np
import pytest

from chinese_teach.core.text.polyphones import model as model_module
from chinese_teach.core.text.polyphones.model import (
    WINDOW,
    Choice,
    PolyphoneModel,
    Query,
    get_model,
)

#: How far a batched logit may be from the reference's: a few units in the last place
#: of float32 for logits of magnitude up to about 110 (8e-6 each).
_LAST_PLACES = 1e-4

SENTENCE = "他长大以后当了银行行长，还了钱就去长城，觉得睡觉很重要。"


def _reference_logits(model: PolyphoneModel, queries: list[Query]) -> np.ndarray:
    """The batch as first written: the forward LSTM over every step, then the
    backward one, through ``_step``, padded steps masked."""
    ids, width_l, width_r = model._layout(queries)
    live = ids != 0
    h = np.zeros((len(queries), model._hidden), dtype=np.float32)
    c = np.zeros_like(h)
    xf = model._xf[ids[:, :width_l + 1]]
    for t in range(width_l + 1):
        h, c = model._step(xf[:, t], h, c, model._whf)
        h, c = h * live[:, t:t + 1], c * live[:, t:t + 1]
    fw = h
    h = np.zeros_like(fw)
    c = np.zeros_like(fw)
    xb = model._xb[ids[:, width_l:]]
    for t in range(width_r, -1, -1):
        h, c = model._step(xb[:, t], h, c, model._whb)
        m = live[:, width_l + t:width_l + t + 1]
        h, c = h * m, c * m
    feats = np.concatenate([fw, h], axis=1)
    hidden = np.maximum(feats @ model._fc0_w + model._fc0_b, 0.0)
    return hidden @ model._fc1_w + model._fc1_b


@pytest.fixture(scope="module")
def model() -> PolyphoneModel:
    return get_model()


def _queries(model: PolyphoneModel, text: str) -> list[Query]:
    out = []
    for i, ch in enumerate(text):
        if model.knows(ch):
            lo, hi = max(0, i - WINDOW - 1), min(len(text), i + WINDOW + 2)
            out.append(Query(text[lo:hi], i - lo, model.candidates[ch]))
    return out


def test_stacked_directions_give_the_reference_floats(model) -> None:
    """Rows of different widths in one batch (padding on both sides, one direction
    longer than the other), and rows alone: the reference's floats, to the last few
    units in the last place. Bit for bit on some CPUs; on others (seen on AMD EPYC) the
    BLAS kernel blocks the stacked products otherwise and a few logits (up to about 107)
    differ by 2.3e-5, three units in the last place of float32. A wrong stacking, mask
    or direction moves them by whole units."""
    queries = _queries(model, SENTENCE) + _queries(model, "长" + SENTENCE[:5]) + _queries(
        model, SENTENCE[-4:] + "行")
    assert len(queries) >= 8
    close = {"rtol": 0, "atol": _LAST_PLACES}
    np.testing.assert_allclose(model.logits(queries), _reference_logits(model, queries),
                               **close)
    for q in queries[::3]:
        np.testing.assert_allclose(model.logits([q]), _reference_logits(model, [q]), **close)


def test_choices_are_among_the_allowed_readings(model) -> None:
    queries = _queries(model, SENTENCE)
    for q, choice in zip(queries, model.choose(queries), strict=True):
        assert choice is not None and choice.syllable in q.allowed
        assert 0.0 < choice.probability <= 1.0


def test_choices_are_the_softmax_over_the_allowed_readings(model) -> None:
    """``choose`` keeps each allowed tuple's classifier columns: its choice and
    probability are the softmax over those columns of the row's logits, in float64,
    readings the classifier does not know left out (None when it knows none)."""
    queries = _queries(model, SENTENCE)
    queries += [Query(q.text, q.index, ("xx9", *q.allowed)) for q in queries[:3]]
    queries.append(Query(SENTENCE, 1, ("xx9", "yy9")))
    for _ in range(2):  # the columns computed, then kept
        logits = model.logits(queries)
        for q, row, choice in zip(queries, logits, model.choose(queries), strict=True):
            known = [s for s in q.allowed if s in model.class_index]
            if not known:
                assert choice is None
                continue
            vals = np.array([row[model.class_index[s]] for s in known], dtype=np.float64)
            vals = np.exp(vals - vals.max())
            vals /= vals.sum()
            best = int(vals.argmax())
            assert choice is not None
            assert (choice.syllable, choice.probability) == (known[best], float(vals[best]))


def test_single_rows_run_without_masks(model) -> None:
    """A row alone has no padded step to mask (the steps before its shorter direction
    starts leave the state at zero by themselves): its floats are the reference's."""
    seen: list = []
    run = model._directions

    def spy(steps, group=None):
        seen.extend(mask for _, mask in steps)
        return run(steps, group)

    model._directions = spy
    try:
        for q in _queries(model, SENTENCE + SENTENCE):
            assert np.array_equal(model.logits([q]), _reference_logits(model, [q]))
    finally:
        del model._directions
    assert seen and all(mask is None for mask in seen)


def _paragraph_groups(model: PolyphoneModel) -> list[list[Query]]:
    """Queries grouped as paragraphs ask them: groups of 1 to 5 rows of varied widths
    (short lines, long ones, a target at either end), sizes repeated."""
    lines = [SENTENCE, "长", "行长", "他还没还书。", SENTENCE[-4:] + "行", "长" + SENTENCE[:5],
             "我觉得睡觉很重要", "银行", "还", "都长大了", SENTENCE[3:17]]
    groups = []
    for line in lines:
        queries = _queries(model, line)
        for size in (1, 2, 3, 5):
            groups += [queries[i:i + size] for i in range(0, len(queries), size)]
    return [g for g in groups if g]


def test_groups_give_each_groups_own_floats_bit_for_bit(model) -> None:
    """``logits_of_groups`` runs many paragraphs' rows together and gives each group
    exactly the floats of ``logits`` on that group alone (BLAS sums rows in an order
    that depends on how many rows a product has: groups of one size are stacked, not
    joined), and ``choose_groups`` the same choices and probabilities as ``choose``."""
    groups = _paragraph_groups(model)
    sizes = {len(g) for g in groups}
    assert {1, 2, 3, 5} <= sizes and len(groups) > 30
    alone = [model.logits(g) for g in groups]
    together = model.logits_of_groups(groups)
    assert len(together) == len(groups)
    for a, b in zip(alone, together, strict=True):
        assert a.shape == b.shape and np.array_equal(a, b)
    assert model.choose_groups(groups) == [model.choose(g) for g in groups]


def test_groups_larger_than_a_batch_and_empty_groups(model) -> None:
    """A group of more rows than one batch runs as ``logits`` runs it; an empty group
    has no rows."""
    big = (_queries(model, SENTENCE) * 60)[:300]
    small = _queries(model, "行长")
    out = model.logits_of_groups([big, [], small])
    assert np.array_equal(out[0], model.logits(big))
    assert out[1].shape == (0, len(model.classes))
    assert np.array_equal(out[2], model.logits(small))


def test_many_rows_are_chosen_together_with_the_floats_of_one_by_one(model,
                                                                     monkeypatch) -> None:
    """From eight rows on, ``choose`` computes the softmax of the rows with as many
    allowed columns as one array: the same choices and probabilities as row by row,
    readings it does not know left out and rows with none None."""
    queries = _queries(model, SENTENCE)
    queries += [Query(q.text, q.index, ("xx9", *q.allowed)) for q in queries[:4]]
    queries += [Query(SENTENCE, 1, ("xx9", "yy9")), Query(SENTENCE, 1, ("chang2",))]
    assert len(queries) >= 8
    together = model.choose(queries)
    monkeypatch.setattr(model_module, "_TOGETHER", len(queries) + 1)
    assert together == model.choose(queries)  # row by row on the same logits
    assert together[-2] is None and together[-1] == Choice("chang2", 1.0)


def test_many_rows_run_wide_with_the_floats_of_the_flat_buffers(model, monkeypatch) -> None:
    """From ``_WIDE`` rows on, the LSTM steps keep only each row's units for the cells
    and masks (``_directions_wide``): the same floats as the flat buffers give, for one
    paragraph of many rows and for stacked groups."""
    long_paragraph = _queries(model, SENTENCE * 4)
    groups = _paragraph_groups(model)
    assert len(long_paragraph) >= model_module._WIDE
    wide = [model.logits(long_paragraph), *model.logits_of_groups(groups)]
    runs: list[int] = []
    real = model._directions

    def narrow(steps, group=None):
        runs.append(len(steps))
        return real(steps, group)

    monkeypatch.setattr(model_module, "_WIDE", 10**6)
    monkeypatch.setattr(model, "_directions", narrow)
    flat = [model.logits(long_paragraph), *model.logits_of_groups(groups)]
    assert runs  # the flat buffers ran this time
    for a, b in zip(wide, flat, strict=True):
        assert np.array_equal(a, b)
