"""The readings of last resort are found through a sparse index of their table, not by a
line-by-line bisection in Python (issue 23, speed22b): the same answer for every key,
present or absent, in every stretch of the index."""

from __future__ import annotations

import random

import pytest

from chinese_teach import paths
from chinese_teach.core.text import fallback
from chinese_teach.core.text.fallback import SortedTable


def _bisected(data: bytes, key: str) -> str | None:
    """The look-up the index replaces: a bisection over the lines of ``data``."""
    target = key.encode("utf-8")
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", 0, mid) + 1
        end = data.find(b"\n", start)
        if end < 0:
            end = len(data)
        tab = data.find(b"\t", start, end)
        found = data[start:tab]
        if found == target:
            return data[tab + 1:end].decode("utf-8")
        if found < target:
            lo = end + 1
        else:
            hi = start
    return None


def _probes(keys: list[str], rng: random.Random) -> list[str]:
    """Every key, and absent keys beside them: longer, shorter, changed last character."""
    out = list(keys)
    for key in rng.sample(keys, min(len(keys), 2000)):
        out += [key + "的", key[:-1], key[:-1] + chr(ord(key[-1]) + 1), key + "\t", "\n" + key]
    return [*out, "", "a", "\t", "\n", "\uffff", "𠀀", chr(0x4DFF)]


@pytest.mark.parametrize("name", [fallback.CHARS_FILE, fallback.PHRASES_FILE])
def test_the_index_finds_what_the_bisection_found(name: str) -> None:
    data = paths.resource("pinyin", name).read_bytes()
    table = SortedTable(data)
    assert 10 < len(table._keys) < len(data) // 200  # sparse, made when read
    keys = [key for key, _ in table.items()]
    for key in _probes(keys, random.Random(len(name))):
        assert table.get(key) == _bisected(data, key), repr(key)


@pytest.mark.parametrize("stride", [1, 8, 20, 64, 10_000])
def test_every_stretch_of_a_small_table(stride: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys at a stretch's first line, inside it and at its last line, before the first
    key and after the last, with and without the last newline."""
    monkeypatch.setattr(SortedTable, "STRIDE", stride)
    words = sorted({"一", "丁", "七", "万", "丈", "三", "上", "下", "一下", "一个", "中国",
                    "中国人", "人", "人民", "龥"}, key=lambda w: w.encode())
    body = "".join(f"{w}\t{i}\n" for i, w in enumerate(words)).encode()
    for data in (body, body[:-1]):
        table = SortedTable(data)
        for key in [*words, "丂", "中", "中国人民", "一丁", "", "\u4dff", "\uffff"]:
            assert table.get(key) == _bisected(data, key), (stride, key)
    assert SortedTable(b"").get("一") is None
