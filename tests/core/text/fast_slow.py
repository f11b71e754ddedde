"""A run read on the reader's fast path and on its slow one, for the tests that check a
context rule is never kept as a context-free reading."""

from __future__ import annotations


def fast_and_slow(reader, text: str, spans: list[tuple[int, int]]) -> tuple[list, list]:
    """The word readings of ``text`` cut at ``spans``, read as it is (the fast path where
    it can) and after 量一量, a doubled verb that sends the whole run down the slow path."""
    fast = reader.read_runs(text, [spans])[0]
    slow = reader.read_runs(
        "量一量" + text, [[(0, 1), (1, 2), (2, 3)] + [(s + 3, e + 3) for s, e in spans]]
    )[0][3:]
    return fast, slow
