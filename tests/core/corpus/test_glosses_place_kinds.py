"""A place's name that swallows the kind of place (cut20): 海南岛 is one name, and its
parts give 海南 as a name and 岛 "island"."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import token_glosses


def _parts(corpus, engine, text: str, word: str) -> dict[str, str]:
    toks = engine.annotate(text)
    for tok, gl in zip(toks, token_glosses(toks, corpus), strict=True):
        if tok.text == word and gl is not None:
            return dict(gl.parts)
    raise AssertionError(f"{word} is no token of {text}")


@pytest.mark.parametrize(("text", "word", "kind", "sense"), [
    ("海南岛在中国的最南边。", "海南岛", "岛", "island"),
    ("我们明年夏天去长白山旅游。", "长白山", "山", "mountain"),
    ("青海湖的水很清。", "青海湖", "湖", "lake"),
    ("上海的南京路非常热闹。", "南京路", "路", "road"),
])
def test_a_place_name_gives_its_kind_of_place(corpus, engine, text, word, kind,
                                              sense) -> None:
    parts = _parts(corpus, engine, text, word)
    assert parts[kind].startswith(sense)
    assert parts[word[:-1]].startswith("(name)")


def test_a_street_name_is_cut_after_a_dictionary_word(corpus, engine) -> None:
    # 王府井大 is no dictionary word: 王府井 + 大街, as before
    parts = _parts(corpus, engine, "我的家在王府井大街。", "王府井大街")
    assert "大街" in parts and "街" not in parts
