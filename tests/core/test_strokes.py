"""Stroke-order data: loading, parsing the SVG paths, coordinates for painters."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chinese_teach.core.strokes import (
    EM,
    PathCommand,
    StrokeStore,
    default_store,
    has_strokes,
    path_commands,
    stroke_data,
    to_screen,
)


def test_wo_has_seven_strokes_with_medians():
    data = stroke_data("我")
    assert data is not None
    assert data.char == "我" and data.count == 7
    assert len(data.medians) == 7 and all(len(m) >= 2 for m in data.medians)
    assert all(s.startswith("M ") and s.rstrip().endswith("Z") for s in data.strokes)
    assert data.rad_strokes  # 我's radical 戈


def test_missing_characters_give_none():
    assert stroke_data("a") is None
    assert stroke_data("我们") is None  # one character at a time
    assert not has_strokes("x")
    assert has_strokes("們") and has_strokes("们")  # traditional and simplified


def test_store_covers_the_package_and_raw_json_is_hanzi_writer_format():
    store = default_store()
    assert store.count() == 9574
    raw = json.loads(store.raw_json("银"))
    assert set(raw) == {"strokes", "medians", "radStrokes"}
    many = store.raw_many({"银", "行", "a", "我"})
    assert set(many) == {"银", "行", "我"}
    assert store.stroke_count("银") == 11


def test_missing_database_is_handled(tmp_path):
    store = StrokeStore(tmp_path / "none.sqlite")
    assert not store.available
    assert store.get("我") is None and store.raw_many(["我"]) == {} and store.count() == 0


def test_path_commands_parse_and_flip():
    path = "M 100 800 Q 200 900 300 800 L 300 100 C 1 2 3 4 5 6 Z"
    cmds = path_commands(path, size=EM, flip=False)
    assert [c.op for c in cmds] == ["M", "Q", "L", "C", "Z"]
    assert cmds[1].points == ((200.0, 900.0), (300.0, 800.0))
    flipped = path_commands("M 100 800 L 300 100", size=512)
    # y up with the em top at 900 becomes y down from the top, scaled by 512/1024
    assert flipped[0] == PathCommand("M", ((50.0, 50.0),))
    assert flipped[1] == PathCommand("L", ((150.0, 400.0),))
    assert to_screen(0, 900, 1024) == (0.0, 0.0)
    assert to_screen(1024, -124, 1024) == (1024.0, 1024.0)


def test_relative_and_repeated_commands():
    cmds = path_commands("m 10 10 20 0 l 0 5 z", flip=False)
    assert [c.op for c in cmds] == ["M", "L", "L", "Z"]
    assert cmds[1].points == ((30.0, 10.0),) and cmds[2].points == ((30.0, 15.0),)
    with pytest.raises(ValueError):
        path_commands("10 10")
    with pytest.raises(ValueError):
        path_commands("M 10")


def test_every_stroke_of_a_sample_parses_inside_the_box():
    for ch in "我们银行谢谢你好龍鬱":
        data = stroke_data(ch)
        assert data is not None
        for i in range(data.count):
            cmds = data.commands(i, size=100)
            assert cmds[0].op == "M" and cmds[-1].op == "Z"
            for c in cmds:
                for x, y in c.points:
                    assert -5 <= x <= 105 and -5 <= y <= 105
            pts = data.median_points(i, size=100)
            assert all(-5 <= x <= 105 and -5 <= y <= 105 for x, y in pts)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(-2000, 2000), st.integers(-2000, 2000)), min_size=1,
                max_size=8))
def test_generated_polylines_round_trip(points):
    path = "M " + " L ".join(f"{x} {y}" for x, y in points) + " Z"
    cmds = path_commands(path, flip=False)
    assert [c.points[0] for c in cmds[:-1]] == [(float(x), float(y)) for x, y in points]
    assert cmds[-1].op == "Z"
