"""Annotation throughput against plain jieba + pypinyin, engine load, growth with size.

The full engine (``get_engine().annotate_many``: segmentation with the corpus lexicon,
polyphone rules and model, 一/不 tone changes, round-trip tokens), called on blocks of
paragraphs as the app does (Quick annotate's ``annotate_paragraphs``), is timed on the
same mixed text as the naive way, ``jieba.cut`` then ``pypinyin.lazy_pinyin`` on the
whole text. The scale rows show the time per character staying flat from 1k to 1M characters.
Each timed row runs in :func:`~benchmarks.common.own_objects_only`: the collector's
passes walk only the objects that way makes (the engine's kept tokens; not pypinyin's
phrase table, which only the naive way loads, and not the engine's tokens while the
naive way is timed). The scale rows give both ways in CPU time too.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from benchmarks.common import Figure, cpu_timed, own_objects_only, timed
from benchmarks.context import Context
from benchmarks.texts import mixed_text
from chinese_teach.ops.annotate import BLOCK

GROUP = "Annotation"


def naive_annotate(text: str) -> list[str]:
    """The naive way: jieba's words, then pypinyin's reading of each."""
    import jieba
    import pypinyin

    return pypinyin.lazy_pinyin(list(jieba.cut(text)))


def _engine_loads(ctx: Context) -> tuple[float, float, float, float]:
    """Seconds to load the engine with cold caches (first start after an install or a
    corpus update) and warm (every later start), and for jieba's own initialisation."""
    import jieba

    from chinese_teach.core.text.engine import TextEngine

    corpus = ctx.corpus()  # opened (or built) before the clock starts
    baseline, _ = timed(jieba.initialize)
    cold = float("nan")
    if "engine" not in ctx._cache:
        cold, _ = timed(ctx.engine)
    warm, warm_cpu, _ = cpu_timed(lambda: TextEngine(corpus).annotate("你好"))
    return cold, warm, baseline, warm_cpu


def run(ctx: Context) -> list[Figure]:
    cold, warm, jieba_load, warm_cpu = _engine_loads(ctx)
    engine = ctx.engine()
    figures = []
    if cold == cold:  # not NaN: this process loaded the engine here, with cold caches
        figures.append(
            Figure(GROUP, "engine load, cold caches", cold, "s", baseline=jieba_load,
                   baseline_name="jieba.initialize() alone",
                   note="first start after an install or a corpus update"))
    figures.append(
        Figure(GROUP, "engine load, warm caches", warm, "s", baseline=jieba_load, cpu=warm_cpu,
               baseline_name="jieba.initialize() alone",
               note="every later start; in a worker thread after the first paint"))
    sizes = [ctx.size(n, q) for n, q in ((1_000, 200), (10_000, 500),
                                          (100_000, 2_000), (1_000_000, 5_000))]
    largest = sizes[-1]
    text = mixed_text(largest)
    naive_annotate(text[:200])  # jieba's dictionary already loaded above
    # In blocks of paragraphs, as the app annotates (Quick annotate's
    # ``annotate_paragraphs``: ``annotate_many`` on BLOCK paragraphs, the polyphone model
    # run once per block); the tokens are kept as a reader build's annotation cache for
    # the 1M export row. The clock is read after each block, and a block ends at the
    # paragraph that reaches 1k, 10k or 100k characters: the time to those points gives
    # the scale rows without annotating those texts again.
    annotations = AskedCache()
    checkpoints: dict[int, tuple[float, float]] = {}
    #: (wall, CPU) seconds each paragraph's annotation took, by its cache key (a block's
    #: time shared among its paragraphs by length): the 1M reader row counts only the
    #: paragraphs its build takes from the cache
    para_seconds: dict[tuple[str, bool], tuple[float, float]] = {}
    paragraphs = text.split("\n")

    def blocks() -> Iterator[tuple[list[str], int]]:
        """The paragraphs in blocks of at most BLOCK, each with the characters done
        at its end (a block ends where a scale row's size is reached)."""
        pending = list(sizes[:-1])
        block: list[str] = []
        done = 0
        for para in paragraphs:
            block.append(para)
            done += len(para) + 1
            reached = bool(pending) and done >= pending[0]
            while pending and done >= pending[0]:
                pending.pop(0)
            if reached or len(block) == BLOCK:
                yield block, done
                block = []
        if block:
            yield block, done

    def annotate_all() -> int:
        count = 0
        pending = list(sizes[:-1])
        start, cpu_start = time.perf_counter(), time.process_time()
        wall, cpu = start, cpu_start
        for block, done in blocks():
            done_tokens = engine.annotate_many(block)
            now, cpu_now = time.perf_counter(), time.process_time()
            length = sum(len(p) + 1 for p in block)
            for para, tokens in zip(block, done_tokens, strict=True):
                annotations[(para, True)] = tokens
                share = (len(para) + 1) / length
                old = para_seconds.get((para, True), (0.0, 0.0))
                para_seconds[(para, True)] = (old[0] + (now - wall) * share,
                                              old[1] + (cpu_now - cpu) * share)
                count += len(tokens)
                assert "".join(t.text for t in tokens) == para
            wall, cpu = now, cpu_now
            while pending and done >= pending[0]:
                checkpoints[done] = (now - start, cpu_now - cpu_start)
                pending.pop(0)
        return count

    # Each way's collector passes walk only what that way makes: the engine's kept
    # tokens, not pypinyin's tables; the naive way's lists, not the engine's tokens.
    with own_objects_only():
        full, full_cpu, token_count = cpu_timed(annotate_all)
    with own_objects_only():
        naive_full, naive_cpu, _ = cpu_timed(lambda: naive_annotate(text))
    ctx._cache["annotated"] = {"text": text, "annotations": annotations, "seconds": full,
                               "cpu": full_cpu, "naive_seconds": naive_full,
                               "naive_cpu": naive_cpu,
                               "para_seconds": para_seconds}
    figures.append(
        Figure(GROUP, f"throughput on {largest:,} mixed characters", largest / full, "chars/s",
               baseline=largest / naive_full, baseline_name="jieba.cut + pypinyin.lazy_pinyin",
               higher_is_better=True, cpu=full_cpu,
               note=f"{full:.1f} s against {naive_full:.1f} s",
               extra={"seconds": full, "cpu_seconds": full_cpu, "naive_seconds": naive_full,
                      "tokens": token_count, "paragraphs": len(annotations)}),
    )
    for done, (ours, cpu) in checkpoints.items():
        with own_objects_only():
            naive, naive_part_cpu, _ = cpu_timed(lambda done=done: naive_annotate(text[:done]))
        figures.append(_scale_figure(done, ours, naive, cpu, naive_part_cpu))
    figures.append(_scale_figure(largest, full, naive_full, full_cpu, naive_cpu))
    return figures


class AskedCache(dict):
    """An annotation cache that remembers which keys a reader build asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set = set()

    def get(self, key, default=None):
        """``dict.get``, noting ``key``."""
        self.asked.add(key)
        return super().get(key, default)


def _scale_figure(size: int, seconds: float, naive: float, cpu: float,
                  naive_cpu: float) -> Figure:
    """The time to annotate the first ``size`` characters of the 1M text; the note and
    ``extra`` also give both ways in CPU time (on a loaded machine the wall-clock ratio
    says little: the two are timed minutes apart)."""
    note = f"{seconds / size * 1e6:.0f} µs per character"
    extra = {"chars": size, "us_per_char": seconds / size * 1e6}
    if naive_cpu:
        extra |= {"baseline_cpu": naive_cpu, "cpu_ratio": cpu / naive_cpu}
        note += f"; in CPU time {cpu:.2f} s against {naive_cpu:.2f} s: {cpu / naive_cpu:.2f}×"
    return Figure("Scale", f"annotate {size:,} chars", seconds, "s", baseline=naive,
                  baseline_name="jieba + pypinyin", cpu=cpu, note=note, extra=extra)
