"""A pupil's full name whose given name is also a dictionary word is glossed as a name
(names34, issue 15): 王小龙 "(name) Wang Xiaolong", never 王 "king" and 小龙 "snake"."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import token_glosses


def _glosses(engine, corpus, text: str) -> dict[str, str]:
    toks = [t for t in engine.annotate(text) if t.is_word]
    return {t.text: g.short if g else "" for t, g in
            zip(toks, token_glosses(toks, corpus), strict=True)}


@pytest.mark.parametrize(("text", "name", "gloss"), [
    ("我叫王小龙。", "王小龙", "(name) Wang Xiaolong"),
    ("王小龙是我的同学。", "王小龙", "(name) Wang Xiaolong"),
    ("张小龙今天没来上课。", "张小龙", "(name) Zhang Xiaolong"),
    ("我给刘海燕打电话。", "刘海燕", "(name) Liu Haiyan"),
])
def test_a_full_name_is_glossed_as_the_name(engine, corpus, text, name, gloss) -> None:
    glosses = _glosses(engine, corpus, text)
    assert glosses[name] == gloss
    assert "小龙" not in glosses and "张" not in glosses and "王" not in glosses


def test_a_measure_word_before_a_small_thing_keeps_its_gloss(engine, corpus) -> None:
    glosses = _glosses(engine, corpus, "我买了三张小卡片。")
    assert glosses["张"].startswith("(measure word")
