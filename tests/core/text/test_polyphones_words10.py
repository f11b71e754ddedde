"""长 + 这么/那么 + what one grows to be (ninth session, words10: the reading miss of the
eighth held-out sense part): zhǎng, read the same on the fast and the slow path."""

from __future__ import annotations

import pytest

from tests.core.text.fast_slow import fast_and_slow
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("两年不见，你长这么高了！", "zhang3"),
        ("这孩子怎么长那么胖？", "zhang3"),
        ("他长这么大没哭过。", "zhang3"),
        ("这件衣服比那件长这么多。", "chang2"),
        ("这根绳子有那么长吗？", "chang2"),
    ],
)
def test_grown_tall_after_zheme(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "长", 0) == expected


def test_grown_tall_reads_the_same_fast_and_slow(engine) -> None:
    """长 is a context character (never kept as a context-free reading), and these
    sentences read the same on both paths."""
    reader, model = engine.reader, engine.reader.model
    assert reader._context_free_reading("长", model) is False
    for text in ("你儿子长这么高了", "这孩子长那么胖", "这件衣服比那件长这么多"):
        spans = [(t.start, t.end) for t in engine.segment(text)]
        fast, slow = fast_and_slow(reader, text, spans)
        assert [w.syllables for w in fast] == [w.syllables for w in slow], text
