"""Reference corpus build from the shipped data (target under 10 s)."""

from __future__ import annotations

import time

from benchmarks.common import Figure, timed
from benchmarks.context import Context
from chinese_teach import paths
from chinese_teach.core.corpus import cedict
from chinese_teach.core.corpus.build import build_corpus, read_jieba_freqs
from chinese_teach.core.corpus.store import reset_shared

GROUP = "Corpus build"


def read_sources_only() -> int:
    """The floor of any build: read and parse CC-CEDICT and jieba's frequencies."""
    return sum(1 for _ in cedict.iter_entries()) + len(read_jieba_freqs())


def run(ctx: Context) -> list[Figure]:
    """Build the corpus into the run's data directory (the other benchmarks use it)."""
    floor, _ = timed(read_sources_only)
    reset_shared()
    path = paths.corpus_path()
    path.unlink(missing_ok=True)
    cpu = time.process_time()
    seconds, _ = timed(lambda: build_corpus(path))
    cpu = time.process_time() - cpu
    size_mb = path.stat().st_size / 1e6
    return [
        Figure(GROUP, "build from shipped data", seconds, "s", baseline=floor,
               baseline_name="reading + parsing the sources only", target=10.0,
               cpu=cpu, note=f"database {size_mb:.0f} MB",
               extra={"cpu_seconds": cpu, "size_mb": size_mb}),
    ]
