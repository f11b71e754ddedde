"""Names the sentence shows, given back their capital (fifteenth session, words33):
names29 read some name-tagged words of encyclopedic text as their common word; where the
words around them show a name (a surname CC-CEDICT gives before it, a marked name beside
it or across a list mark, a kind of place or a year after it) the mark, the capital and
the name's gloss stay, while classroom sentences keep their common words."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import token_glosses


def _marked(engine, corpus, text: str, word: str) -> tuple[bool, str]:
    toks = engine.annotate(text)
    for t, g in zip(toks, token_glosses(toks, corpus), strict=True):
        if t.text == word:
            return bool(t.extra.get("name")), g.short if g else ""
    raise AssertionError(f"{word} not a token of {text}")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("尹小龙眼看对手位置靠前，用右脚巧妙射门。", "小龙"),  # a surname outside the list
        ("司马懿曾于武功水涨水之时试图偷袭。", "武功"),  # a river: 水 after it
        ("早七八百年的城址就与青山矶遥遥相对。", "青山"),  # a rock jetty: 矶
        ("太平兴国五年，他到了京城。", "兴国"),  # an era's name before its year
        ("外迁的支派有江西新建支、四川阆中支等。", "新建"),  # after a marked place
    ],
)
def test_a_name_the_sentence_shows_keeps_its_capital(engine, corpus, text: str,
                                                     word: str) -> None:
    marked, gloss = _marked(engine, corpus, text, word)
    assert marked
    assert gloss.startswith("(name)") or gloss[:1].isupper()  # the name's gloss, not the word's


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("明天下小雨。", "小雨"),
        ("天空中有很多白云。", "白云"),
        ("姐姐扎了一条马尾。", "马尾"),
        ("这是一座新建的大楼。", "新建"),
        ("他的武功很好。", "武功"),
    ],
)
def test_classroom_common_words_stay_small(engine, corpus, text: str, word: str) -> None:
    marked, gloss = _marked(engine, corpus, text, word)
    assert not marked
    assert not gloss.startswith("(name)")
