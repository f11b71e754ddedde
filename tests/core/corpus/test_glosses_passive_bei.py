"""被 in a sentence is glossed as the passive marker alone; "quilt" only where it counts a
quilt or is covered with, and beside the marker only in a word list."""

from __future__ import annotations

from tests.core.corpus.test_glosses_classes import _first


def _short(corpus, engine, text: str, word: str) -> str:
    from chinese_teach.core.corpus.glosses import token_glosses

    toks = engine.annotate(text)
    return next(gl.short for t, gl in zip(toks, token_glosses(toks, corpus), strict=True)
                if t.text == word and gl is not None)


def test_passive_bei_shows_no_quilt(corpus, engine) -> None:
    for text in ("他被老师批评了。", "我的自行车被偷了。", "杯子被弟弟打破了。"):
        shown = _short(corpus, engine, text, "被")
        assert shown.startswith("by (passive marker)")
        assert "quilt" not in shown


def test_bei_as_a_quilt_and_alone(corpus, engine) -> None:
    assert _first(corpus, engine, "床上有一床被。", "被") == "quilt"
    assert _short(corpus, engine, "被", "被") == "by (passive marker); quilt"
