"""benchmarks/words/gloss_diff.py: two dumps in, the changed glosses out."""

from __future__ import annotations

from pathlib import Path

from benchmarks.words.gloss_diff import _pieces, changed


def _dump(path: Path, lines: list[tuple[str, ...]]) -> Path:
    path.write_text("".join("\t".join(cells) + "\n" for cells in lines), encoding="utf-8")
    return path


def test_changed_lines_only_and_lines_one_side_has(tmp_path) -> None:
    old = _dump(tmp_path / "old.tsv", [
        ("annotate", "pool0:1", "下面", "below; under; … [下=below | 面=face]", "床下面"),
        ("parts", "名字", "名字", "名=name | 字=character", "HSK 1"),
        ("alone", "除", "除", "except", ""),
    ])
    new = _dump(tmp_path / "new.tsv", [
        ("annotate", "pool0:1", "下面", "below; under; … [下=below | 面=noodles]", "床下面"),
        ("parts", "名字", "名字", "名=name | 字=character", "HSK 1"),
        ("lesson-vocab", "L1:你好", "你好", "hello", "Lesson 1"),
    ])
    rows = list(changed(old, new))
    assert [(r[0], r[2], r[3].endswith("面=face]"), r[4].endswith("面=noodles]"))
            for r in rows[:1]] == [("annotate", "下面", True, True)]
    assert ("lesson-vocab", "L1:你好", "你好", "-", "hello", "Lesson 1") in rows
    assert ("alone", "除", "除", "except", "-", "") in rows
    assert len(rows) == 3  # 名字 is the same on both sides


def test_pieces_of_a_gloss_and_of_a_parts_line() -> None:
    """The parts shown with a gloss are the last bracket's (a gloss may hold brackets of
    its own); a parts line is only pairs."""
    assert _pieces("annotate", "Hubei, capital Wuhan [Wu3 han4] [湖北=(name) Hubei | "
                   "省=province]") == [("湖北", "(name) Hubei"), ("省", "province")]
    assert _pieces("parts", "名=name | 字=character") == [("名", "name"), ("字", "character")]
    assert _pieces("annotate", "to go; to leave") == []
