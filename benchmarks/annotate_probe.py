"""Child process of the annotation benchmark: one sample of the small scale rows.

    python -m benchmarks.annotate_probe ORDER LENGTH SIZE [SIZE ...]

Loads the corpus (``CHINESE_TEACH_HOME``) and the engine, warms each way on "你好"
only, then times, in CPU and wall seconds, the engine on the first SIZE characters of
``mixed_text(LENGTH)`` (blocks of paragraphs as ``annotate.py`` and the app annotate;
the clock read where each SIZE is reached) and the naive way on the same prefixes,
each in :func:`~benchmarks.common.own_objects_only`. ``ORDER`` is ``engine`` or
``naive``: which way runs first. Prints one JSON line:
``{"engine": {"DONE": [wall, cpu]}, "naive": {"DONE": [wall, cpu]}}``, DONE being the
characters annotated at each checkpoint (the paragraph that reaches SIZE ends it).

Both ways start from the same kind of state: a process that has met nothing of the
text. The engine's per-word caches are as a teacher's first text finds them; the naive
way keeps nothing per word (neither jieba nor pypinyin caches), so its state is the
same in a fresh process as after a million characters.
"""

from __future__ import annotations

import json
import sys

from benchmarks.annotate import checkpoints, engine_checkpoints, naive_annotate
from benchmarks.common import cpu_timed, own_objects_only
from benchmarks.texts import mixed_text


def sample(order: str, length: int, sizes: list[int]) -> dict[str, dict[int, tuple[float, float]]]:
    """One sample of both ways at ``sizes`` (see the module's docstring)."""
    import jieba

    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.text.engine import get_engine

    jieba.initialize()
    engine = get_engine(open_corpus())
    engine.annotate("你好")
    naive_annotate("你好")
    text = mixed_text(length)
    paragraphs = text.split("\n")
    report: dict[str, dict[int, tuple[float, float]]] = {}

    def run_engine() -> None:
        with own_objects_only():
            report["engine"] = engine_checkpoints(engine, paragraphs, sizes)

    def run_naive() -> None:
        report["naive"] = {}
        for done in checkpoints(paragraphs, sizes):
            with own_objects_only():
                wall, cpu, _ = cpu_timed(lambda done=done: naive_annotate(text[:done]))
            report["naive"][done] = (wall, cpu)

    for run in ((run_engine, run_naive) if order == "engine" else (run_naive, run_engine)):
        run()
    return report


def main(argv: list[str]) -> int:
    order, length, sizes = argv[0], int(argv[1]), [int(a) for a in argv[2:]]
    if order not in ("engine", "naive") or not sizes:
        print(__doc__, file=sys.stderr)
        return 2
    report = sample(order, length, sizes)
    print(json.dumps({side: {str(k): list(v) for k, v in marks.items()}
                      for side, marks in report.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
