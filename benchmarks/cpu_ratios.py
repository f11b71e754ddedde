"""Annotation and reader + HTML export against the naive way, both in CPU time.

``make bench`` times the naive baselines in wall-clock time, which swings with the
machine's load (eight engineers on two cores: 0.15× to 6× for the same code). This
times both sides in CPU time in one process, on the same texts as ``annotate.py``
and ``exports.py``::

    CHINESE_TEACH_HOME=DIR .venv/bin/python -m benchmarks.cpu_ratios [SIZE ...]

Annotation: the 1M mixed text in blocks of paragraphs (``TextEngine.annotate_many`` on
``ops.annotate.BLOCK`` paragraphs, as the app annotates and ``annotate.py`` times), the
clock read at 1k, 10k, 100k and 1M characters, against ``jieba.cut`` +
``pypinyin.lazy_pinyin`` on the same prefix, each timed row with the collector
walking only what that way makes (``common.own_objects_only``). Readers: build +
HTML export of texts of SIZE characters (default 1k, 10k, 100k) against the naive
annotation + plain HTML.
The engine and corpus are the data directory's (built if missing).

``--alternate [SIZE]`` instead times annotation and the naive way on alternating
blocks of 50 paragraphs (one ``annotate_many`` call each) of a SIZE-character text
(default 100k), three passes: the ratio least moved by other work on the machine.

``--fresh [REPEATS]`` times the 1k and 10k annotation rows as ``make bench`` takes them
since issue 23's sixteenth round: REPEATS fresh processes (default 5), each timing both ways
from the same state (``annotate.fresh_samples``); the median CPU ratio and its spread.

``--million [SIZE]`` times the 1M reader as ``make bench`` builds it: the text annotated
block by block into a cache, the reader built with that cache, then exported
to HTML; each step's CPU time and the garbage collector's share of it, and the
process's peak memory.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.annotate import REPEATS, _repeated_figure, fresh_samples, naive_annotate
from benchmarks.common import own_objects_only
from benchmarks.exports import plain_html
from benchmarks.texts import mixed_text
from chinese_teach.core.documents.lasting import long_job
from chinese_teach.ops.annotate import BLOCK


def cpu(work: Callable[[], Any]) -> tuple[float, Any]:
    """CPU seconds of ``work()`` in this process, and its result."""
    start = time.process_time()
    result = work()
    return time.process_time() - start, result


def annotation_rows(engine, length: int = 1_000_000) -> list[str]:
    """One line per checkpoint: CPU time, µs per character and ratio to the naive way."""
    text = mixed_text(length)
    pending = [n for n in (1_000, 10_000, 100_000) if n < length]
    marks: dict[int, float] = {}
    kept = []
    done = 0
    with own_objects_only():  # as in ``annotate.py``: no pass walks the other way's objects
        start = time.process_time()
        block: list[str] = []
        with long_job(len(text)):  # one job, as ``annotate_paragraphs`` makes it
            for para in text.split("\n"):
                block.append(para)
                done += len(para) + 1
                reached = bool(pending) and done >= pending[0]
                if reached or len(block) == BLOCK:  # blocks as annotate.py's, as the app's
                    kept.extend(engine.annotate_many(block))
                    block = []
                while pending and done >= pending[0]:
                    marks[done] = time.process_time() - start
                    pending.pop(0)
            kept.extend(engine.annotate_many(block))
        marks[len(text)] = time.process_time() - start
    rows = []
    for size, ours in marks.items():
        with own_objects_only():
            naive, _ = cpu(lambda size=size: naive_annotate(text[:size]))
        rows.append(f"annotate {size:>9,}: {ours:7.2f} s CPU ({ours / size * 1e6:5.1f} µs/char)"
                    f"  naive {naive:6.2f} s  ratio {ours / naive:.2f}")
    return rows


def fresh_rows(length: int = 1_000_000, sizes: tuple[int, ...] = (1_000, 10_000),
               repeats: int = REPEATS) -> list[str]:
    """One line per size: the medians of ``repeats`` fresh processes (each timing the
    engine and the naive way on the first characters of ``mixed_text(length)``), the
    median CPU ratio and the spread of the ratios, as ``make bench``'s 1k and 10k rows."""
    rows = []
    for done, samples in fresh_samples(length, list(sizes), repeats).items():
        fig = _repeated_figure(done, samples)
        low, high = fig.extra["cpu_ratio_spread"]
        rows.append(f"fresh    {done:>9,}: {fig.cpu:7.3f} s CPU "
                    f"({fig.extra['cpu_us_per_char']:5.1f} µs/char)  naive "
                    f"{fig.extra['baseline_cpu']:6.3f} s  ratio {fig.extra['cpu_ratio']:.2f} "
                    f"({low:.2f}-{high:.2f}, {len(samples)} processes)")
    return rows


def alternating_rows(engine, length: int = 100_000, block: int = BLOCK,
                     repeats: int = 3) -> list[str]:
    """Annotation against the naive way on alternating blocks of ``block`` paragraphs
    (ours, then the naive way on the same paragraphs), ``repeats`` times over the
    text: on a shared machine both sides meet the same load, where the checkpoint rows
    time the naive way minutes after the engine."""
    paras = mixed_text(length).split("\n")
    rows = []
    for run in range(1, repeats + 1):
        ours = naive = 0.0
        for b in range(0, len(paras), block):
            part = paras[b:b + block]
            start = time.process_time()
            engine.annotate_many(part)
            ours += time.process_time() - start
            spent, _ = cpu(lambda part=part: naive_annotate("\n".join(part)))
            naive += spent
        rows.append(f"alternate {length:>8,} (pass {run}): {ours:7.2f} s CPU "
                    f"({ours / length * 1e6:5.1f} µs/char)  naive {naive:6.2f} s "
                    f"({naive / length * 1e6:5.1f} µs/char)  ratio {ours / naive:.2f}")
    return rows


def reader_row(engine, size: int, work: Path) -> str:
    """Reader build + HTML export of ``size`` characters against naive + plain HTML."""
    from chinese_teach.core.documents.reader import ReaderOptions, build_reader
    from chinese_teach.core.export.reader_html import export_html

    text = mixed_text(size, seed=size)
    with own_objects_only():
        build, doc = cpu(lambda: build_reader(text, ReaderOptions(), engine, None,
                                              title="Benchmark reader"))
        export, _ = cpu(lambda: export_html(doc, work / "reader.html", overwrite=True))
    with own_objects_only():
        naive, _ = cpu(lambda: (naive_annotate(text), plain_html(text, work / "plain.html")))
    ours = build + export
    return (f"reader   {size:>9,}: {ours:7.2f} s CPU ({ours / size * 1e6:5.1f} µs/char; "
            f"build {build:.2f}, export {export:.2f})  naive {naive:6.2f} s  "
            f"ratio {ours / naive:.2f}")


def million_rows(engine, work: Path, length: int = 1_000_000) -> list[str]:
    """The 1M reader's steps (annotation into a cache, build, HTML export): CPU seconds,
    the collector's seconds and passes (young, middle, full) in each, and peak RSS."""
    import gc
    import resource

    from chinese_teach.core.documents.reader import ReaderOptions, build_reader
    from chinese_teach.core.export.reader_html import export_html

    passes = [0.0, [0, 0, 0], 0.0]  # seconds, passes per generation, start of the current

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            passes[2] = time.process_time()
        else:
            passes[0] += time.process_time() - passes[2]
            passes[1][info["generation"]] += 1

    text = mixed_text(length)
    cache: dict = {}
    rows = []

    def step(name: str, work_step: Callable[[], Any]) -> Any:
        passes[0], passes[1] = 0.0, [0, 0, 0]
        spent, result = cpu(work_step)
        rows.append(f"million  {name:>8}: {spent:7.2f} s CPU (collector {passes[0]:.2f} s,"
                    f" passes {passes[1]})")
        return result

    gc.callbacks.append(watch)
    try:
        paras = text.split("\n")

        def annotate_all() -> None:
            with long_job(len(text)):  # one job, as ``annotate_paragraphs`` makes it
                for b in range(0, len(paras), BLOCK):
                    block = paras[b:b + BLOCK]
                    cache.update(((p, True), tokens) for p, tokens in
                                 zip(block, engine.annotate_many(block), strict=True))

        step("annotate", annotate_all)
        doc = step("build", lambda: build_reader(text, ReaderOptions(), engine, None,
                                                 title="Benchmark reader", annotations=cache))
        step("export", lambda: export_html(doc, work / "reader.html", overwrite=True))
    finally:
        gc.callbacks.remove(watch)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(f"million  peak RSS: {peak:,.0f} MB")
    return rows


def main(argv: list[str]) -> None:
    from chinese_teach.core.documents.reader import ReaderOptions, build_reader
    from chinese_teach.core.text.engine import get_engine

    engine = get_engine()
    engine.annotate("你好")  # loaded before any clock starts, jieba's table too
    naive_annotate("你好")
    build_reader("你好。", ReaderOptions(), engine, None, title="warm-up")
    # OpenCC's s2t tables, read once per process when a gloss first weighs entries
    # written alike (后/後): the app pays it once, not per reader
    from chinese_teach.core.corpus.glosses import traditional_form
    traditional_form("以后")
    if argv[:1] == ["--fresh"]:
        for row in fresh_rows(repeats=int(argv[1]) if len(argv) > 1 else REPEATS):
            print(row, flush=True)
        return
    if argv[:1] == ["--million"]:
        work = Path(tempfile.mkdtemp())
        for row in million_rows(engine, work, int(argv[1]) if len(argv) > 1 else 1_000_000):
            print(row, flush=True)
        return
    if argv[:1] == ["--alternate"]:
        for row in alternating_rows(engine, int(argv[1]) if len(argv) > 1 else 100_000):
            print(row, flush=True)
        return
    for row in annotation_rows(engine):
        print(row, flush=True)
    work = Path(tempfile.mkdtemp())
    for size in [int(a) for a in argv] or [1_000, 10_000, 100_000]:
        print(reader_row(engine, size, work), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
