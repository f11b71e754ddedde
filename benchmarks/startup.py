"""Cold start to the first painted main window (target under 1.0 s) and peak memory
after loading a 3,000-character text (target under 250 MB, issue 23), each in a fresh process.

The baseline is an empty PySide6 main window started the same way: the floor of
any Qt app on this machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Figure, median
from benchmarks.context import Context
from benchmarks.texts import mixed_text

GROUP = "Start-up"
ROOT = Path(__file__).resolve().parent.parent


def probe(mode: str, text_file: Path | None = None) -> tuple[dict, float]:
    """Run the probe in a new process; its JSON report and the child's CPU seconds."""
    args = [sys.executable, "-m", "benchmarks.startup_probe", mode, repr(time.time())]
    if text_file is not None:
        args.append(str(text_file))
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=os.environ | {"QT_QPA_PLATFORM": "offscreen"}, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    err = proc.stderr.read() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    lines = [ln for ln in out.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"start-up probe {mode} failed ({proc.returncode}): "
                           f"{(err or out).strip()[-300:]}")
    report = json.loads(lines[-1])
    if "error" in report:
        raise RuntimeError(f"start-up probe {mode}: {report['error']}")
    return report, usage.ru_utime + usage.ru_stime


def run(ctx: Context) -> list[Figure]:
    ctx.corpus()  # the figures are for a launch with a built corpus
    repeat = ctx.size(3, 1)
    if not ctx.quick:
        probe("app")  # first launch of this data directory writes settings and caches
    apps = [probe("app") for _ in range(repeat)]
    bares = [probe("bare") for _ in range(repeat)]
    first = median([r["first_paint_s"] for r, _ in apps])
    bare = median([r["first_paint_s"] for r, _ in bares])
    cpu = median([c for _, c in apps])
    text_file = ctx.work / "text3000.txt"
    text_file.write_text(mixed_text(ctx.size(3000, 300), seed=3), encoding="utf-8")
    # The figure is for a usual start, with the engine's caches in this data directory
    # warm: loading the engine here writes them (already done when the annotation
    # benchmark ran before; ``--only startup`` would otherwise measure a cold start).
    ctx.engine()
    loaded, loaded_cpu = probe("app-text", text_file)
    bare_loaded, _ = probe("bare-text", text_file)
    return [
        Figure(GROUP, "cold start to first painted main window", first, "s", baseline=bare,
               baseline_name="empty PySide6 window", target=1.0, cpu=cpu,
               note=f"median of {repeat} fresh processes, built corpus"),
        Figure(GROUP, "peak RSS after loading a 3,000-char text", loaded["peak_rss_mb"], "MB",
               baseline=bare_loaded["peak_rss_mb"],
               baseline_name="empty window + jieba + pypinyin on the text", target=250.0,
               note=f"text shown with pinyin {loaded['total_s']:.1f} s after launch",
               extra={"seconds_to_text_shown": loaded["total_s"], "cpu_seconds": loaded_cpu}),
    ]
