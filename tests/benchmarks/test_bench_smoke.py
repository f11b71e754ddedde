"""The benchmark code keeps working: every benchmark runs on tiny inputs.

No timing is asserted (figures depend on the machine); the checks are that each
benchmark yields its figures with baselines, and that the table and results file
are written.
"""

from __future__ import annotations

import json
import math

import pytest

from benchmarks import run as bench_run
from benchmarks.common import Figure, percentile, table
from benchmarks.context import Context
from benchmarks.texts import mixed_text


def test_mixed_text_is_exact_length_and_deterministic() -> None:
    text = mixed_text(3000)
    assert len(text) == 3000
    assert text == mixed_text(3000)
    assert text != mixed_text(3000, seed=1)
    assert "\n" in text and any(ch.isascii() and ch.isalpha() for ch in text)


def test_percentile_and_table() -> None:
    assert percentile([5, 1, 3, 2, 4], 50) == 3
    assert percentile(list(range(1, 101)), 95) == 95
    assert math.isnan(percentile([], 50))
    fig = Figure("G", "f", 2.0, "s", baseline=4.0, baseline_name="naive", target=3.0)
    assert fig.ratio == 0.5 and fig.meets_target
    slow = Figure("G", "g", 2.0, "chars/s", baseline=1.0, target=3.0, higher_is_better=True)
    assert slow.meets_target is False
    text = table([fig, slow])
    assert "| G: f | 2.00 s |" in text and "0.50×" in text and "**no**" in text


def test_search_queries_cover_every_kind(dictionary) -> None:
    from benchmarks.queries import mixed_queries

    queries = mixed_queries(dictionary.corpus, total=200)
    assert len(queries) == 200
    kinds = {k for k, _ in queries}
    assert {"hanzi", "traditional", "pinyin numbers", "pinyin marks", "pinyin plain",
            "english", "typed prefix"} <= kinds
    assert queries == mixed_queries(dictionary.corpus, total=200)


@pytest.mark.slow
def test_every_benchmark_runs_on_tiny_inputs(fresh_home, corpus, engine, qapp, tmp_path,
                                             monkeypatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    ctx = Context(home=fresh_home, work=work, quick=True)
    ctx._cache.update(corpus=corpus, engine=engine)
    names = tuple(n for n in bench_run.BENCHMARKS if n != "corpus_build")
    figures, failures, durations = bench_run.run_benchmarks(ctx, names, log=lambda *a, **k: None)
    assert failures == []
    assert set(durations) == set(names)
    groups = {f.group for f in figures}
    assert {"Dictionary search", "Annotation", "Scale", "Live preview", "Export",
            "Anki deck", "Start-up", "Pinyin accuracy"} <= groups
    repeated = [f for f in figures if f.group == "Scale" and "cpu_ratios" in f.extra]
    assert len(repeated) == 2  # the two smallest annotation rows, from fresh processes
    for fig in figures:
        assert fig.value is not None and not math.isnan(fig.value), fig
        if fig.group not in ("Scale",) and fig.baseline_name:
            assert fig.baseline is not None, fig
        if fig.group == "Scale" and fig.name.startswith("annotate"):
            if "cpu_ratios" in fig.extra:  # 1k, 10k: the median of fresh processes' ratios
                ratios = fig.extra["cpu_ratios"]
                assert len(ratios) == fig.extra["repeats"] == 2, fig
                assert fig.extra["cpu_ratio"] == sum(ratios) / 2, fig
            else:
                assert fig.extra["cpu_ratio"] == fig.cpu / fig.extra["baseline_cpu"], fig
    import gc

    assert gc.get_freeze_count() == 0  # every timed row gave the collector its objects back


def test_runner_writes_table_and_results(tmp_path, capsys, monkeypatch) -> None:
    out = tmp_path / "results.json"
    monkeypatch.setattr(bench_run, "run_benchmarks", lambda ctx, names, **kwargs: (
        [Figure("G", "f", 1.0, "s", baseline=2.0, baseline_name="naive")], [], {"x": 0.1}))
    assert bench_run.main(["--quick", "--output", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "| G: f | 1.00 s |" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["figures"][0]["ratio"] == 0.5
    assert data["machine"]["quick"] is True


def test_cpu_ratios_rows_on_a_tiny_text(engine) -> None:
    """The CPU-time comparison runs end to end on a few hundred characters: checkpoint
    rows and alternating-block rows, each with the naive time and a ratio."""
    from benchmarks.cpu_ratios import alternating_rows, annotation_rows

    rows = annotation_rows(engine, 400)
    assert len(rows) == 1 and rows[0].startswith("annotate") and "ratio" in rows[0]
    rows = alternating_rows(engine, 400, block=2, repeats=2)
    assert [r.split("(pass ")[1][0] for r in rows] == ["1", "2"]
    assert all("naive" in r and "ratio" in r for r in rows)


def test_cpu_ratios_fresh_rows_from_a_probe(engine) -> None:
    """The fresh-process rows run end to end: one probe, one row per size reached, with
    the naive time, the median ratio and its spread."""
    from benchmarks.cpu_ratios import fresh_rows

    rows = fresh_rows(3_000, (200,), repeats=1)
    assert len(rows) == 1 and rows[0].startswith("fresh")
    assert "naive" in rows[0] and "ratio" in rows[0] and "1 processes" in rows[0]


def test_own_objects_only_hides_older_objects_from_the_collector() -> None:
    """Inside the block the collector reaches only what the block makes (the objects
    made before are frozen, so the timed way does not pay for the other way's); after
    it, everything is given back."""
    import gc

    from benchmarks.common import own_objects_only

    before = [[i] for i in range(50)]
    with own_objects_only():
        assert gc.get_freeze_count() >= len(before)
        made = [[i] for i in range(50)]
        reachable = {id(o) for o in gc.get_objects()}
        assert id(before[0]) not in reachable and id(made[0]) in reachable
    assert gc.get_freeze_count() == 0
    assert id(before[0]) in {id(o) for o in gc.get_objects()}


def test_own_objects_only_settles_the_allocator_before_the_clocks_start(monkeypatch) -> None:
    """The memory freed before a timed block is put in order on entry (glibc's
    ``malloc_trim``), not charged to the block's first large allocation."""
    import sys

    from benchmarks import common

    calls: list[str] = []
    monkeypatch.setattr(common, "settle_allocator", lambda: calls.append("settled") or True)
    with common.own_objects_only():
        assert calls == ["settled"]
    assert calls == ["settled"]
    monkeypatch.undo()
    assert common.settle_allocator() is sys.platform.startswith("linux")
