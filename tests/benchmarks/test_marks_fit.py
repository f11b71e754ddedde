"""The fit of the teacher's marks (``benchmarks/pinyin/marks_fit.py``) on synthetic rows."""

from __future__ import annotations

import argparse
import math

import numpy as np

from benchmarks.pinyin.evaluate import BLIND_SETS, CLASSROOM_SETS
from benchmarks.pinyin.marks_fit import (
    BLIND_READINGS,
    HERE,
    classroom_items,
    fit_on,
    rate_counts,
    rates,
    read_blind,
    threshold,
    training_sets,
    with_rates,
    without,
)
from chinese_teach.core.text.polyphones import marks
from chinese_teach.core.text.tokens import Source


def _set(x: np.ndarray, y: np.ndarray) -> dict:
    return {"x": x, "y": y, "sent": np.arange(len(y)), "counts": np.array([0, len(y), 0, 0])}


def _args(classroom: float = 0.0, blind: float = 0.0, error: float = 1.0) -> argparse.Namespace:
    return argparse.Namespace(l2=1.0, classroom_weight=classroom, blind_weight=blind,
                              error_weight=error)


def test_training_sets_are_cpp_dev_and_the_chosen_classroom_rows(monkeypatch) -> None:
    from benchmarks.pinyin import marks_fit

    blind = [f"{n} (blind)" for n in BLIND_READINGS]
    sets = {name: {} for name in ["CPP dev", "CPP test", *CLASSROOM_SETS, *blind]}
    for train, expected in (("seen", set(CLASSROOM_SETS)), ("blind", set(blind)),
                            ("both", set(CLASSROOM_SETS) | set(blind))):
        names = training_sets(sets, train)
        assert names[0] == "CPP dev" and "CPP test" not in names
        assert set(names[1:]) == expected - BLIND_SETS
    # a blind set (none is blind today) is never trained on, in either form
    monkeypatch.setattr(marks_fit, "BLIND_SETS", frozenset({"classroom fresh 9"}))
    names = training_sets(sets, "both")
    assert "classroom fresh 9" not in names and "classroom fresh 9 (blind)" not in names
    # leaving a set out drops its rows of today and its blind rows
    rest = without(training_sets(sets, "both"), "classroom fresh 8")
    assert not {"classroom fresh 8", "classroom fresh 8 (blind)"} & set(rest)


def test_every_blind_reading_is_of_a_sentence_with_labels_today() -> None:
    """The recorded blind readings (blind/*.tsv) cover every Chinese character of each
    sentence once, and every sentence still has its hand-checked syllables."""
    for name, (file, commit) in BLIND_READINGS.items():
        assert commit in file
        labels = classroom_items(name)
        recorded = read_blind(HERE / "blind" / file)
        assert len(recorded) > 100
        for text, tokens in recorded:
            assert text in labels, (name, text)
            covered = [i for t in tokens for i in range(t.start, t.end)]
            assert covered == sorted(labels[text]), (name, text)
            for t in tokens:
                assert t.text == text[t.start:t.end] and len(t.pinyin) == len(t.text)
                assert all(isinstance(s, Source) for s in t.sources)


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
    w0, _ = fit_on(sets, ["CPP dev", name], keep, _args(0.0))
    w5, _ = fit_on(sets, ["CPP dev", name], keep, _args(5.0))
    assert w0[0] > 1.0 and w5[0] < w0[0]
    # blind rows count by their own weight, not the classroom weight
    sets["x (blind)"] = room
    wb, _ = fit_on(sets, ["CPP dev", "x (blind)"], keep, _args(0.0, 5.0))
    assert np.allclose(wb, w5)
    # a held-out fold leaves its rows out of the fit
    w_fold, _ = fit_on(sets, ["CPP dev"], keep, _args(0.0), fold=0)
    assert not np.allclose(w_fold, w0)


def test_error_weight_counts_a_wrong_reading_more_as_if_repeated() -> None:
    """A wrong reading with error weight 3 weighs as three copies of it: the fit equals
    the one on the rows with each error written three times, and the errors' scores rise
    above those of the plain fit (the top of the ranking, where the marks sit)."""
    rng = np.random.default_rng(5)
    x = rng.normal(size=(600, 2))
    y = (rng.random(600) < 1 / (1 + np.exp(4 - 1.5 * x[:, 0]))).astype(int)
    keep = np.array([True, True])
    w3, b3 = fit_on({"CPP dev": _set(x, y)}, ["CPP dev"], keep, _args(error=3.0))
    rep = np.r_[np.arange(600), np.repeat(np.flatnonzero(y == 1), 2)]
    w1, b1 = fit_on({"CPP dev": _set(x[rep], y[rep])}, ["CPP dev"], keep, _args(error=1.0))
    plain, _ = fit_on({"CPP dev": _set(x, y)}, ["CPP dev"], keep, _args(error=1.0))
    # standardised on different rows, so equal up to the regulariser's small pull
    assert np.allclose(w3, w1, rtol=0.05) and abs(b3 - b1) < 0.1
    assert b3 > fit_on({"CPP dev": _set(x, y)}, ["CPP dev"], keep, _args(error=1.0))[1]
    assert not np.allclose(w3, plain)


def _rows(chars: str, wrong: list[int]) -> dict:
    x = np.zeros((len(chars), len(marks.FEATURES)))
    x[:, marks.FEATURES.index("rule")] = 1.0  # every row a rule's reading
    return {"x": x, "y": np.array(wrong), "char": np.array([ord(c) for c in chars])}


def test_char_rate_is_the_smoothed_log_odds_from_the_other_sets_only() -> None:
    """A character read wrong twice in three rows of one set's blind readings gets a
    positive ``char_rate`` elsewhere, never on that set's own rows (leave one set out)."""
    sets = {"a (blind)": _rows("看看看上上上上上", [1, 1, 0, 0, 0, 0, 0, 0]),
            "b (blind)": _rows("上上上上看", [0, 0, 0, 0, 0]),
            "CPP dev": _rows("看上", [-1, -1])}
    counts = rate_counts(sets, ["a (blind)", "b (blind)", "CPP dev"])
    assert counts[("看", "rule")] == [2, 4] and counts[("上", "rule")] == [0, 9]
    table = rates(counts, prior=2.0)
    p0 = 2 / 13
    r = (2 + 2 * p0) / (4 + 2)
    assert math.isclose(table[("看", "rule")], math.log(r / (1 - r)) - math.log(p0 / (1 - p0)))
    assert table[("上", "rule")] < 0 < table[("看", "rule")]
    out = with_rates(sets, ["a (blind)", "b (blind)", "CPP dev"], prior=2.0)
    col = marks.FEATURES.index("char_rate")
    assert out["CPP dev"]["x"][0, col] == table[("看", "rule")]
    # b's rows see a's errors; a's rows see only b's (no error there: no rate at all)
    assert out["b (blind)"]["x"][4, col] > 0
    assert not out["a (blind)"]["x"][:, col].any()
    assert not sets["CPP dev"]["x"][:, col].any()  # the input is left alone


def test_threshold_marks_the_budget_of_all_characters() -> None:
    scores = np.arange(100, dtype=float)
    counts = np.array([1, 200, 0, 0])  # 200 characters, one mark kept from the engine
    thr = threshold(scores, counts, budget=2.0)  # 4 marks in all, 3 from the score
    assert int((scores > thr).sum()) == 3


def test_the_bound_ranks_cells_by_their_error_rate_and_pays_for_every_row() -> None:
    """``marks_misses.bound``: a cell of 2 errors in 4 rows is marked before a cell of
    1 in 100; a cell's unlabelled rows (-1) cost marks too; an unmarked error counts
    the other readings of its cell."""
    from benchmarks.pinyin.marks_misses import bound

    desc = {"a": np.array(["x"] * 4 + ["y"] * 100 + ["z"] * 6)}
    y = np.array([1, 1, 0, 0] + [1] + [0] * 99 + [-1] * 6)
    marked = np.zeros(len(y), dtype=bool)
    counts = np.array([0, 1000, 0, 0])  # 1,000 hanzi, no engine mark kept
    caught, errors, n, crowd = bound(desc, y, marked, counts, budget=1.0)  # 10 marks
    assert (errors, n) == (3, 3)
    # x (rate 1/2, 4 rows) first; then y (1/100) before z (no labelled row): 6 more marks
    # of y's 100 rows carry 6/100 of its error
    assert abs(caught - (2 + 6 / 100)) < 1e-9
    assert crowd == {"< 10": 2, "50-499": 1}


def test_a_half_of_cpp_dev_is_its_even_or_odd_sentences() -> None:
    """``half``: half A holds the rows of even sentences (from 0), B of odd ones, as
    ``benchmarks.pinyin.halves`` splits dev; the counts follow the rows' share."""
    from benchmarks.pinyin.marks_fit import half

    data = {"x": np.arange(8.0)[:, None], "y": np.array([1, 0, 0, 0, 1, 1, 0, 0]),
            "sent": np.array([0, 0, 1, 2, 3, 3, 4, 5]), "counts": np.array([4, 100, 2, 6])}
    a, b = half(data, 0), half(data, 1)
    assert a["x"][:, 0].tolist() == [0.0, 1.0, 3.0, 6.0] and a["y"].tolist() == [1, 0, 0, 0]
    assert b["sent"].tolist() == [1, 3, 3, 5]
    assert a["counts"].tolist() == [2, 50, 1, 3] and b["counts"].tolist() == [2, 50, 1, 3]


def test_halves_fit_on_one_half_and_report_the_other() -> None:
    """A feature that flags the errors of both halves marks them on the half it was not
    fitted on (A->B and B->A), within the budget of that half."""
    from benchmarks.pinyin.marks_fit import halves

    rng = np.random.default_rng(3)
    n = 4000
    flag = rng.random(n) < 0.01
    y = (flag & (rng.random(n) < 0.9)).astype(int)
    x = np.zeros((n, len(marks.FEATURES)))
    x[:, marks.FEATURES.index("doubt")] = flag * 5.0 + rng.normal(size=n)
    dev = {"x": x, "y": y, "sent": np.arange(n), "char": np.full(n, ord("看")),
           "counts": np.array([0, n, 0, 0])}
    keep = np.ones(len(marks.FEATURES), dtype=bool)
    args = argparse.Namespace(l2=1.0, classroom_weight=2.0, blind_weight=5.0, rate_prior=2.0,
                              budget=2.0)
    out = halves({"CPP dev": dev}, ["CPP dev"], keep, args)
    for tag, other in (("A->B", 1), ("B->A", 0)):
        errors, caught, dotted, hanzi = out[tag]
        assert errors == int(y[np.arange(n) % 2 == other].sum())
        assert caught >= 0.8 * errors and dotted <= 0.025 * hanzi


def test_a_cache_older_than_the_readings_code_is_stale(tmp_path) -> None:
    """``--write`` refuses a feature cache older than a file that makes the readings;
    the files ``--write`` itself writes (marks.py, the rates table) do not count."""
    import os

    from benchmarks.pinyin.marks_fit import stale_cache

    root = tmp_path / "repo"
    code = root / "chinese_teach" / "core" / "x.py"
    code.parent.mkdir(parents=True)
    code.write_text("x = 1\n", encoding="utf-8")
    cache = tmp_path / "rows.npz"
    cache.write_bytes(b"")
    os.utime(code, (1_000, 1_000))
    os.utime(cache, (2_000, 2_000))
    assert stale_cache(cache, root) is None
    os.utime(code, (3_000, 3_000))
    assert stale_cache(cache, root) == code
