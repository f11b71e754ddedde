"""The annotation benchmark's harness: blocks, checkpoints and the repeated small rows."""

from __future__ import annotations

import statistics

from benchmarks.annotate import BLOCK, _repeated_figure, blocks, checkpoints, engine_checkpoints
from benchmarks.texts import mixed_text


def test_blocks_end_at_each_checkpoint_and_keep_every_paragraph() -> None:
    paragraphs = mixed_text(20_000).split("\n")
    sizes = [1_000, 10_000]
    got = list(blocks(paragraphs, sizes))
    assert [p for block, _ in got for p in block] == paragraphs
    assert all(0 < len(block) <= BLOCK for block, _ in got)
    ends = [done for _, done in got]
    points = checkpoints(paragraphs, sizes)
    assert len(points) == 2 and set(points) <= set(ends)
    # each checkpoint is the end of the first paragraph that reaches its size
    for size, point in zip(sizes, points, strict=True):
        done = 0
        for para in paragraphs:
            done += len(para) + 1
            if done >= size:
                break
        assert point == done


def test_checkpoints_stop_at_the_text_end() -> None:
    assert checkpoints(["ab", "cd"], [2, 4, 100]) == [3, 6]
    assert checkpoints(["ab", "cd"], [1, 2]) == [3]  # both reached by the first paragraph


class _CountingEngine:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def annotate_many(self, block: list[str]) -> list:
        self.calls.append(block)
        return [[] for _ in block]


def test_engine_checkpoints_stop_after_the_largest_size() -> None:
    paragraphs = mixed_text(30_000).split("\n")
    engine = _CountingEngine()
    marks = engine_checkpoints(engine, paragraphs, [1_000, 10_000])
    assert list(marks) == checkpoints(paragraphs, [1_000, 10_000])
    annotated = sum(len(p) + 1 for block in engine.calls for p in block)
    assert annotated == list(marks)[-1]  # nothing annotated past the 10k checkpoint
    assert all(wall >= 0 and cpu >= 0 for wall, cpu in marks.values())


def test_repeated_figure_is_the_median_ratio_with_its_spread() -> None:
    samples = [(0.05, 0.04, 0.03, 0.02), (0.06, 0.03, 0.02, 0.01), (0.04, 0.02, 0.04, 0.04)]
    fig = _repeated_figure(1_000, samples)
    assert fig.extra["cpu_ratios"] == [2.0, 3.0, 0.5]
    assert fig.extra["cpu_ratio"] == 2.0
    assert fig.extra["cpu_ratio_spread"] == [0.5, 3.0]
    assert fig.cpu == 0.03 and fig.extra["baseline_cpu"] == 0.02
    assert fig.value == 0.05 and fig.baseline == 0.03
    assert fig.extra["repeats"] == 3
    assert fig.extra["cpu_us_per_char"] == statistics.median([0.04, 0.03, 0.02]) / 1_000 * 1e6
