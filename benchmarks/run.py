"""``make bench``: run every benchmark, print one table, write ``benchmarks/results.json``.

Each figure stands beside a baseline measured in the same run on the same
machine (the naive way, or the floor of the work), with their ratio and the
issue's target. A benchmark whose feature is missing or broken is listed as
not measured, with the reason, instead of stopping the run.

    python -m benchmarks.run                 # everything (under 5 minutes on 2 cores)
    python -m benchmarks.run --only search   # some benchmarks
    python -m benchmarks.run --quick         # tiny inputs: checks the code runs
    python -m benchmarks.run --only search --profile /tmp/prof   # pyinstrument call trees
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from benchmarks.common import Failure, Figure, table, write_results
from benchmarks.context import Context

#: Benchmark modules in the order they run (the corpus build first: the others use it).
BENCHMARKS: tuple[str, ...] = (
    "corpus_build",
    "search",
    "annotate",
    "pinyin_accuracy",
    "preview",
    "exports",
    "worksheet_preview",
    "anki_deck",
    "study_page",
    "startup",
)

RESULTS = Path(__file__).with_name("results.json")


def run_benchmarks(ctx: Context, names: tuple[str, ...] = BENCHMARKS, log=print,
                   profile_dir: Path | None = None,
                   ) -> tuple[list[Figure], list[Failure], dict[str, float]]:
    """Run ``names`` in order; returns figures, failures and seconds per benchmark.

    With ``profile_dir``, each benchmark runs under pyinstrument and its call tree is
    written to ``profile_dir/NAME.txt`` (the figures are then slower than usual)."""
    figures: list[Figure] = []
    failures: list[Failure] = []
    durations: dict[str, float] = {}
    for name in names:
        start = time.perf_counter()
        log(f"… {name}", file=sys.stderr, flush=True)
        profiler = None
        if profile_dir is not None:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.002)
            profiler.start()
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            figures += module.run(ctx)
        except Exception as exc:  # a missing feature must not hide the other figures
            failures.append(Failure(name, f"{type(exc).__name__}: {exc}"))
            traceback.print_exc(file=sys.stderr)
        if profiler is not None:
            profiler.stop()
            profile_dir.mkdir(parents=True, exist_ok=True)
            (profile_dir / f"{name}.txt").write_text(
                profiler.output_text(unicode=True, show_all=False), encoding="utf-8")
        durations[name] = round(time.perf_counter() - start, 2)
        log(f"  {name}: {durations[name]:.1f} s", file=sys.stderr, flush=True)
    return figures, failures, durations


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, help="run only these")
    parser.add_argument("--quick", action="store_true", help="tiny inputs (smoke test)")
    parser.add_argument("--profile", type=Path, metavar="DIR",
                        help="profile each benchmark with pyinstrument into DIR/NAME.txt")
    parser.add_argument("--output", type=Path, default=None,
                        help=f"results file (default {RESULTS}; --quick writes none)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    names = tuple(args.only) if args.only else BENCHMARKS
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="chinese-teach-bench-") as tmp:
        home = Path(tmp) / "home"
        work = Path(tmp) / "work"
        home.mkdir()
        work.mkdir()
        os.environ["CHINESE_TEACH_HOME"] = str(home)  # never the user's data directory
        ctx = Context(home=home, work=work, quick=args.quick)
        figures, failures, durations = run_benchmarks(ctx, names, profile_dir=args.profile)
    total = time.perf_counter() - started
    print(table(figures, failures))
    print(f"\n{len(figures)} figures in {total:.0f} s "
          f"({', '.join(f'{k} {v:.0f} s' for k, v in durations.items())})")
    output = args.output or (None if args.quick else RESULTS)
    if output is not None:
        write_results(output, figures, failures,
                      {"total_seconds": round(total, 1), "seconds_per_benchmark": durations,
                       "quick": args.quick})
        print(f"results written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
