"""A place's name at the start of a string only jieba has (上海博物馆) stays whole in the
learner cut: 上海 + 博物馆, never 上 "on" + 海 "sea" + 博物馆 (found at the end of the
sixteenth session)."""

from __future__ import annotations

import pytest


def _cut(engine, text: str) -> list[str]:
    return [t.text for t in engine.annotate(text) if t.is_hanzi]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("这是上海博物馆。", ["这", "是", "上海", "博物馆"]),
        ("上海博物馆很大。", ["上海", "博物馆", "很", "大"]),
        ("我去上海博物馆。", ["我", "去", "上海", "博物馆"]),
    ],
)
def test_a_place_name_at_the_start_stays_whole(engine, text: str, words: list[str]) -> None:
    assert _cut(engine, text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("我去上海。", ["我", "去", "上海"]),
        ("他在长沙工作。", ["他", "在", "长沙", "工作"]),
        ("我最喜欢吃红烧鱼。", ["我", "最", "喜欢", "吃", "红烧", "鱼"]),
    ],
)
def test_other_cuts_are_unchanged(engine, text: str, words: list[str]) -> None:
    assert _cut(engine, text) == words


def test_the_name_reads_as_a_name(engine, corpus) -> None:
    from chinese_teach.core.corpus.glosses import token_glosses

    toks = [t for t in engine.annotate("这是上海博物馆。")]
    glosses = dict(zip([t.text for t in toks], token_glosses(toks, corpus), strict=True))
    assert "Shanghai" in glosses["上海"].short
    assert glosses["博物馆"].short.startswith("museum")
