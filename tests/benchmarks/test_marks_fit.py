"""The fit of the teacher's marks (``benchmarks/pinyin/marks_fit.py``) on synthetic rows."""

from __future__ import annotations

import numpy as np

from benchmarks.pinyin.evaluate import BLIND_SETS, CLASSROOM_SETS
from benchmarks.pinyin.marks_fit import fit_on, threshold, training_sets


def _set(x: np.ndarray, y: np.ndarray) -> dict:
    return {"x": x, "y": y, "sent": np.arange(len(y)), "counts": np.array([0, len(y), 0, 0])}


def test_training_sets_are_cpp_dev_and_the_seen_classroom_sets(monkeypatch) -> None:
    from benchmarks.pinyin import marks_fit

    sets = {name: {} for name in ["CPP dev", "CPP test", *CLASSROOM_SETS]}
    names = training_sets(sets)
    assert names[0] == "CPP dev" and "CPP test" not in names
    assert not BLIND_SETS & set(names)
    assert set(names[1:]) == set(CLASSROOM_SETS) - BLIND_SETS
    # a blind set (none is blind today) is never trained on
    monkeypatch.setattr(marks_fit, "BLIND_SETS", frozenset({"classroom fresh 9"}))
    names = training_sets(sets)
    assert "classroom fresh 9" not in names
    assert set(names[1:]) == set(CLASSROOM_SETS) - {"classroom fresh 9"}


def test_classroom_rows_pull_the_score_down_by_their_weight() -> None:
    """A feature that flags errors on CPP but flags right readings on a classroom set:
    the more a classroom row counts, the lower its weight in the fitted score."""
    rng = np.random.default_rng(11)
    flag = rng.random(2000) < 0.2
    y = (rng.random(2000) < np.where(flag, 0.5, 0.02)).astype(int)
    cpp = _set(np.c_[flag.astype(float), rng.normal(size=2000)], y)
    room = _set(np.c_[np.ones(300), rng.normal(size=300)], np.zeros(300, dtype=int))
    name = next(n for n in CLASSROOM_SETS if n not in BLIND_SETS)
    sets = {"CPP dev": cpp, name: room}
    keep = np.array([True, True])
    w0, _ = fit_on(sets, ["CPP dev", name], keep, l2=1.0, classroom_weight=0.0)
    w5, _ = fit_on(sets, ["CPP dev", name], keep, l2=1.0, classroom_weight=5.0)
    assert w0[0] > 1.0 and w5[0] < w0[0]
    # a held-out fold leaves its rows out of the fit
    w_fold, _ = fit_on(sets, ["CPP dev"], keep, l2=1.0, classroom_weight=0.0, fold=0)
    assert not np.allclose(w_fold, w0)


def test_threshold_marks_the_budget_of_all_characters() -> None:
    scores = np.arange(100, dtype=float)
    counts = np.array([1, 200, 0, 0])  # 200 characters, one mark kept from the engine
    thr = threshold(scores, counts, budget=2.0)  # 4 marks in all, 3 from the score
    assert int((scores > thr).sum()) == 3
