"""The unsure-mark curves of ``benchmarks/pinyin/doubt_fit.py`` on rows whose answer is known."""

from __future__ import annotations

import math
import random

import numpy as np

from benchmarks.pinyin.doubt_fit import curve, fit_logistic, policy_marks, temperature


def _row(*, wrong: bool = False, target: bool = True, src: str = "model",
         p: float | None = None, unsure: bool = False) -> dict:
    return {"wrong": wrong, "target": target, "src": src, "p_engine": p, "p_alone": p,
            "unsure": unsure}


def test_curve_marks_the_highest_scores_within_the_budget() -> None:
    # 200 characters: 1 % is 2 marks. The two errors have the two lowest probabilities
    # but one of them is outranked by a right reading, so 1 % catches one error of two.
    rows = [_row(p=0.9999) for _ in range(196)]
    rows += [_row(wrong=True, p=0.5), _row(p=0.6), _row(wrong=True, p=0.7), _row(p=0.99)]
    points = curve(rows, lambda r: -r["p_alone"])
    assert points[0] == (1.0, 50.0, 1)
    assert points[-1] == (3.0, 100.0, 2)  # 6 marks reach both


def test_curve_keeps_the_marks_no_threshold_changes() -> None:
    # pypinyin's lone readings are marked in every policy and use up the budget first
    rows = [_row(src="fallback", unsure=True, wrong=True)] + [_row(p=0.99) for _ in range(99)]
    rows.append(_row(wrong=True, p=0.1))
    assert curve(rows, lambda r: -r["p_alone"])[0] == (1.0, 50.0, 1)


def test_policy_replay_moves_only_the_model_threshold() -> None:
    model = _row(p=0.9999)
    assert policy_marks(model, 0.99999) and not policy_marks(model, 0.999)
    # a dictionary reading keeps the mark the engine gave it
    assert policy_marks(_row(src="dictionary", unsure=True), 0.5)
    assert not policy_marks(_row(src="dictionary", p=0.1), 0.99999)


def test_temperature_recovers_an_over_confident_model() -> None:
    rng = random.Random(3)
    rows = []
    for _ in range(4000):
        z = rng.uniform(0.0, 4.0)  # the true log-odds of being right
        right = rng.random() < 1 / (1 + math.exp(-z))
        shown = 1 / (1 + math.exp(-3.0 * z))  # the model claims three times the log-odds
        rows.append(_row(wrong=not right, p=shown))
    assert abs(temperature(rows) - 3.0) < 0.4


def test_logistic_fit_finds_the_informative_feature() -> None:
    rng = np.random.default_rng(5)
    x = rng.normal(size=(3000, 2))
    y = (rng.random(3000) < 1 / (1 + np.exp(-(2.0 * x[:, 0] - 1.0)))).astype(float)
    w = fit_logistic(x, y, l2=0.1)
    assert abs(w[0] - 2.0) < 0.3 and abs(w[1]) < 0.2 and abs(w[2] + 1.0) < 0.2


def test_features_dump_records_what_the_engine_knew(engine) -> None:
    from benchmarks.pinyin.doubt_features import COLUMNS, Recorder, rows_for

    rec = Recorder(engine)
    try:
        text = "皮划艇很有名。"
        rows = [dict(zip(COLUMNS, r, strict=True))
                for r in rows_for(engine, rec, "t:0", text, {1: "hua4"})]
        phrase = [dict(zip(COLUMNS, r, strict=True))
                  for r in rows_for(engine, rec, "t:1", "我们在院子里种菜。", {})]
    finally:
        rec.close()
    hua = next(r for r in rows if r["char"] == "划")
    # the dictionary's reading, marked because the model (asked in context) reads huà
    assert (hua["word"], hua["src"], hua["syl"], hua["unsure"], hua["asked"]) == (
        "皮划艇", "dictionary", "hua2", 1, "suspect")
    assert hua["p_engine"] and hua["top"] == "hua4"
    assert float(hua["p_alone"]) < 0.5 and hua["wrong"] == 1
    assert all(r["target"] == 0 for r in rows if r["char"] != "划")
    # pypinyin's phrase 种菜 is marked without asking the model (zhòng is not 种's
    # default); 院子 was not asked either
    zhong = next(r for r in phrase if r["char"] == "种")
    assert (zhong["src"], zhong["asked"], zhong["unsure"]) == ("fallback", "", 1)
    assert next(r for r in phrase if r["char"] == "院")["asked"] == ""
    # the reader is the engine's own again
    assert "read_runs" not in vars(engine.reader)
    tok = next(t for t in engine.annotate(text) if t.text == "皮划艇")
    assert tok.unsure == (False, True, False)


def test_logistic_fit_counts_a_weighted_row_as_repeated() -> None:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(400, 2))
    y = (rng.random(400) < 1 / (1 + np.exp(-x[:, 0]))).astype(float)
    twice = fit_logistic(np.vstack([x, x[:100]]), np.concatenate([y, y[:100]]), l2=0.5)
    weights = np.ones(400)
    weights[:100] = 2.0
    assert np.allclose(fit_logistic(x, y, l2=0.5, weights=weights), twice, atol=1e-6)
    assert np.allclose(fit_logistic(x, y, l2=0.5, weights=np.ones(400)),
                       fit_logistic(x, y, l2=0.5), atol=1e-9)
