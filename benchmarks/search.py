"""Dictionary search latency over 1,000 mixed queries (target p95 under 10 ms)."""

from __future__ import annotations

import time

from benchmarks.common import Figure, percentile
from benchmarks.context import Context
from benchmarks.queries import mixed_queries
from chinese_teach.core.corpus.dictionary import pinyin_query_keys

GROUP = "Dictionary search"

#: The naive way: one LIKE scan over every column a query could match.
NAIVE_SQL = (
    "SELECT id, simplified, traditional, syllables, definitions FROM entries "
    "WHERE simplified LIKE ? OR traditional LIKE ? OR pinyin_key LIKE ? OR pinyin_tone_key LIKE ? "
    "OR definitions LIKE ? ORDER BY freq DESC LIMIT 50"
)


def naive_search(corpus, query: str) -> list[tuple]:
    """Search without indexes: what a first version with ``LIKE`` would do."""
    keys = pinyin_query_keys(query)
    key = keys[0] if keys else query
    return corpus.query(NAIVE_SQL, (f"{query}%", f"{query}%", f"{key}%", f"{key}%", f"%{query}%"))


def latencies(search, queries: list[tuple[str, str]]) -> list[tuple[str, float, float]]:
    """``(kind, wall ms, CPU ms)`` for each query, in order."""
    out = []
    for kind, q in queries:
        cpu = time.process_time()
        start = time.perf_counter()
        search(q)
        out.append((kind, (time.perf_counter() - start) * 1000,
                    (time.process_time() - cpu) * 1000))
    return out


def run(ctx: Context) -> list[Figure]:
    dictionary = ctx.dictionary()
    corpus = ctx.corpus()
    queries = mixed_queries(corpus, total=ctx.size(1000, 60))
    for _, q in queries[:20]:  # warm the page cache, as a running app would be
        dictionary.search(q)
    ours = latencies(dictionary.search, queries)
    naive = latencies(lambda q: naive_search(corpus, q), queries[:: ctx.size(20, 3)])
    times = [ms for _, ms, _ in ours]
    cpu_times = [ms for _, _, ms in ours]
    naive_times = [ms for _, ms, _ in naive]
    per_kind = {}
    for kind in dict.fromkeys(k for k, _, _ in ours):
        sample = [ms for k, ms, _ in ours if k == kind]
        per_kind[kind] = {"n": len(sample), "p50_ms": percentile(sample, 50),
                          "p95_ms": percentile(sample, 95), "max_ms": max(sample)}
    slowest = sorted(zip(times, (q for _, q in queries), strict=True), reverse=True)[:5]
    extra = {"per_kind": per_kind, "slowest": [[q, ms] for ms, q in slowest],
             "queries": len(queries), "naive_sample": len(naive)}
    base = f"naive LIKE scan ({len(naive)} of the queries)"
    return [
        Figure(GROUP, f"p50 over {len(queries)} queries", percentile(times, 50), "ms",
               baseline=percentile(naive_times, 50), baseline_name=base,
               cpu=percentile(cpu_times, 50)),
        Figure(GROUP, f"p95 over {len(queries)} queries", percentile(times, 95), "ms",
               baseline=percentile(naive_times, 95), baseline_name=base, target=10.0,
               cpu=percentile(cpu_times, 95),
               note="slowest: " + ", ".join(f"{q} {ms:.0f} ms" for ms, q in slowest[:3]),
               extra=extra),
    ]
