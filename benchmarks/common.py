"""Shared pieces of the benchmarks: figures, timing, the table and the JSON file."""

from __future__ import annotations

import ctypes
import gc
import json
import math
import os
import platform
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Figure:
    """One measured figure beside its baseline, measured in the same run.

    ``ratio`` is ``value / baseline``: below 1 the product is faster (or smaller)
    than the baseline; for a throughput (``higher_is_better``) above 1 is faster.
    ``target`` is the issue's target in the figure's unit (``None``: no target).
    """

    group: str
    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    target: float | None = None
    higher_is_better: bool = False
    note: str = ""
    #: The same figure counted in CPU time (seconds, or ``ms`` for latencies; this
    #: process, or the child for a subprocess): on a shared, loaded machine the wall
    #: time swells with the other processes' load, the CPU time much less.
    cpu: float | None = None
    extra: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0) or self.value is None:
            return None
        return self.value / self.baseline

    @property
    def meets_target(self) -> bool | None:
        if self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value < self.target

    def to_json(self) -> dict:
        data = asdict(self)
        data["ratio"] = self.ratio
        data["meets_target"] = self.meets_target
        return data


@dataclass
class Failure:
    """A benchmark that could not run (a missing feature or an error), kept in the table."""

    group: str
    reason: str


def timed(func: Callable[[], object]) -> tuple[float, object]:
    """Seconds taken by ``func()`` and its result."""
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def cpu_timed(func: Callable[[], object]) -> tuple[float, float, object]:
    """Wall seconds, CPU seconds (all threads of this process) and the result of ``func()``."""
    cpu = time.process_time()
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, time.process_time() - cpu, result


@contextmanager
def own_objects_only() -> Iterator[None]:
    """Time a way of doing some work with Python's cyclic collector walking only the
    objects that way makes inside the block.

    Two ways timed in one process otherwise pay for each other's objects: the naive
    pipeline's passes walked the engine's kept tokens (700k on a million characters),
    and the engine's passes walked pypinyin's phrase table (200k lists the app never
    loads). On entry the young objects are collected and everything tracked is moved
    out of the collector's reach (:func:`gc.freeze`); on exit it is given back. Not
    nestable: use one block per timed row.

    The C allocator is settled too (:func:`settle_allocator`): the memory the work before
    the block freed is put in order before the clocks start, not at the block's first
    large allocation."""
    gc.collect()
    gc.freeze()
    settle_allocator()
    try:
        yield
    finally:
        gc.unfreeze()


def settle_allocator() -> bool:
    """Have glibc's ``malloc`` put the memory freed so far in order now (``malloc_trim(0)``:
    merging the freed chunks and handing whole free pages back); False where there is no
    glibc (nothing to do).

    glibc files freed chunks in an unsorted list and sorts them at a later allocation
    that the small-object lists cannot serve. After the exports before the scale rows
    (PDF, DOCX, worksheets) and the collection that opens a timed block, the first such
    allocation in the block (a ``random.Random``, a reader's first big list) paid for
    sorting all of them: about 40-50 ms of CPU in the 1k reader row (issue 23, speed14b),
    charged to whichever way was timed first."""
    global _LIBC  # noqa: PLW0603 - loaded once
    if _LIBC is None:
        try:
            _LIBC = ctypes.CDLL("libc.so.6")
            _LIBC.malloc_trim  # noqa: B018 - glibc's, or AttributeError
        except (OSError, AttributeError):
            _LIBC = False
    if not _LIBC:
        return False
    _LIBC.malloc_trim(0)
    return True


#: glibc, once loaded by :func:`settle_allocator` (False: none on this system)
_LIBC: ctypes.CDLL | bool | None = None


def best_of(func: Callable[[], object], repeat: int) -> float:
    """The shortest of ``repeat`` runs, in seconds (the least disturbed by other load)."""
    return min(timed(func)[0] for _ in range(max(1, repeat)))


def percentile(samples: Sequence[float], pct: float) -> float:
    """The ``pct`` percentile (nearest rank) of ``samples``."""
    ordered = sorted(samples)
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples) if samples else math.nan


def fmt(value: float | None, unit: str) -> str:
    """A figure with its unit, rounded for the table."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if unit == "chars/s":
        return f"{value:,.0f} {unit}"
    if unit == "%":
        return f"{value:.1f} %"
    if unit == "MB":
        return f"{value:.1f} MB" if value < 10 else f"{value:.0f} MB"
    if abs(value) >= 100:
        return f"{value:.0f} {unit}"
    if abs(value) >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}"


def _target_text(fig: Figure) -> str:
    if fig.target is None:
        return ""
    sign = "≥" if fig.higher_is_better else "<"
    return f"{sign} {fmt(fig.target, fig.unit)}"


def _met_text(fig: Figure) -> str:
    met = fig.meets_target
    return "" if met is None else ("yes" if met else "**no**")


def table(figures: Sequence[Figure], failures: Sequence[Failure] = ()) -> str:
    """The Markdown table of every figure (the one table ``make bench`` prints)."""
    head = ("| Benchmark | Figure | CPU | Baseline (same run) | Ratio | Target | Met |\n"
            "|---|---|---|---|---|---|---|")
    rows = [head]
    for fig in figures:
        base = f"{fmt(fig.baseline, fig.unit)} {fig.baseline_name}" if fig.baseline_name else ""
        ratio = ""
        if fig.ratio is not None:
            ratio = f"{fig.ratio:.3f}×" if fig.ratio < 0.1 else f"{fig.ratio:.2f}×"
        cpu = fmt(fig.cpu, "ms" if fig.unit == "ms" else "s") if fig.cpu is not None else ""
        rows.append(
            f"| {fig.group}: {fig.name} | {fmt(fig.value, fig.unit)} | {cpu} | {base.strip()} | "
            f"{ratio} | {_target_text(fig)} | {_met_text(fig)} |"
        )
    for fail in failures:
        rows.append(f"| {fail.group} | not measured: {fail.reason} | | | | | |")
    return "\n".join(rows)


def machine() -> dict:
    """What the figures were measured on."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_1min_at_start": load,
    }


def write_results(path: Path, figures: Sequence[Figure], failures: Sequence[Failure],
                  info: dict) -> None:
    """Write ``results.json`` (figures, failures, machine, durations)."""
    data = {
        "machine": machine() | info,
        "figures": [f.to_json() for f in figures],
        "not_measured": [asdict(f) for f in failures],
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
