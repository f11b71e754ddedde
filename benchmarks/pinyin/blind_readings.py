"""Record a classroom set's readings as the engine of an older commit gave them.

Usage (from a worktree of the old commit, with that worktree first on the path)::

    cd /tmp/old && PYTHONPATH=/tmp/old CHINESE_TEACH_HOME=/tmp/old-home \\
        python /path/to/benchmarks/pinyin/blind_readings.py SET.tsv OUT.tsv [--part held-out]

A set's *blind* readings are those of the engine at the commit where its first blind
figure was taken, before any rule was tuned on it: the unsure marks of
``core/text/polyphones/marks.py`` are fitted on them (``marks_fit.py``), because a
teacher's new text is read as a blind set is, not as a set the rules were tuned to.

Every sentence of ``SET.tsv`` (only its held-out parts with ``--part held-out``) is
annotated with textbook tone changes; ``OUT.tsv`` gets one line per Chinese token: the
sentence number, the sentence (on its first token only, else empty), start, end, then
space-separated shown syllables, citation syllables, sources and engine marks (0/1).
The script uses only :func:`get_engine` and :meth:`TextEngine.annotate`, so that it runs
against old code unchanged (it was run on the seven commits of ``marks_fit.BLIND_READINGS``,
2026-12-05 and 12-06). Give the old code its own ``CHINESE_TEACH_HOME`` (a copy of the
corpus): an older engine removes the cache files of other cache formats in its folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def sentences(path: Path, held_out_only: bool) -> list[str]:
    """The sentences of a classroom TSV (marks ``[]`` removed), as ``evaluate.py`` reads
    them; with ``held_out_only`` only those after a ``# held-out`` line (until ``# tuning``)."""
    out, part = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# held-out"):
            part = "held-out"
        elif line.startswith("# tuning"):
            part = ""
        if not line.strip() or line.startswith("#"):
            continue
        if held_out_only and not part:
            continue
        out.append(line.split("\t")[0].replace("[", "").replace("]", ""))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("set", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--part", choices=("all", "held-out"), default="all")
    args = ap.parse_args(argv)
    from chinese_teach.core.text.engine import get_engine

    engine = get_engine()
    engine.load()
    lines = []
    for n, text in enumerate(sentences(args.set, args.part == "held-out")):
        first = True
        for tok in engine.annotate(text, tone_changes=True):
            if tok.pinyin is None or tok.sources is None:
                continue
            lines.append("\t".join((
                str(n), text if first else "", str(tok.start), str(tok.end),
                " ".join(tok.pinyin), " ".join(tok.citation),
                " ".join(str(s.value) for s in tok.sources),
                " ".join(str(int(u)) for u in tok.unsure),
            )))
            first = False
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(lines)} tokens", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
