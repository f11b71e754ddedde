"""Senses of the sixteenth session's words36 (the former fourteenth held-out part's sense
misses): an ``object:`` line reads a thing fronted before its verb when a result or 得
follows the verb (饺子都包好了, 你的车不能停在这儿), and the curated lines of the "# words36"
block; each with a counter-example that keeps the other sense."""

from __future__ import annotations

from tests.core.corpus.test_glosses_classes import _first


def test_a_fronted_object_before_a_result_is_the_verb_s_object(corpus, engine) -> None:
    """包好了 "to wrap", 停在楼下 "to park", 改完了 "to correct", 拖干净了 "to mop": the thing
    before the verb is what it handles; 车停了 (no result: the car may be its subject) keeps
    "to stop", and 你的 of 你的领带 is no 的士 of 打's taxi line."""
    assert _first(corpus, engine, "饺子都包好了，快来吃吧。", "包") == "to wrap"
    assert _first(corpus, engine, "你的车不能停在这儿，这里是消防通道。", "停") == "to park (a car)"
    assert _first(corpus, engine, "作业改完了，明天发给大家。", "改") == "to correct"
    assert _first(corpus, engine, "地拖干净了，别进去。", "拖") == "to mop (the floor)"
    assert _first(corpus, engine, "车停了，我们下去吧。", "停") == "to stop"
    assert _first(corpus, engine, "你的领带打得真好看。", "打") == "to tie (a tie, a knot)"
