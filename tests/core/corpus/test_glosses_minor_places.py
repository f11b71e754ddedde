"""Words whose only CC-CEDICT entries are small places (fifteenth session, words33): a
free combination in the text shows its parts' senses, never the township."""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import glosser, place_only, place_only_parts
from tests.core.corpus.test_glosses_classes import _first


def _short(corpus, engine, text: str, word: str) -> str:
    toks = engine.annotate(text)
    from chinese_teach.core.corpus.glosses import token_glosses

    return next(g.short for t, g in zip(toks, token_glosses(toks, corpus), strict=True)
                if t.text == word)


def test_a_township_only_word_shows_its_parts_in_a_sentence(corpus, engine) -> None:
    """大树 and 山上 are in CC-CEDICT only as Taiwanese townships: in 这是一棵大树 and
    山上有一层薄雾 a learner reads 大 "big" + 树 "tree" and 山 "mountain" + 上 "on"."""
    assert _short(corpus, engine, "这是一棵大树。", "大树") == "大 big + 树 tree"
    assert _first(corpus, engine, "山上有一层薄雾。", "山上").startswith("山 mountain")
    assert "township" not in _short(corpus, engine, "我们去山上种树吧。", "山上")
    assert _first(corpus, engine, "大树", "大树").startswith("大 big")  # typed alone
    g = glosser(corpus)
    assert g.short("大树") == "大 big + 树 tree"  # a reader's or word list's short gloss
    assert g.short("山上", ("shan1", "shang4")) == g.gloss("山上", ("shan1", "shang4")).short


def test_the_place_keeps_its_name_where_it_is_one(corpus, engine) -> None:
    """A word that ends with a kind of place (大树乡) names the place; a word with a common
    entry (向阳 "facing the sun") or a larger place (朝阳) is not this rule's."""
    g = glosser(corpus)
    assert place_only(g, "大树") and place_only(g, "山上")
    assert not place_only(g, "向阳")  # a common entry beside the district
    assert not place_only(g, "朝阳")  # also a prefecture-level city
    assert not place_only(g, "大学")
    assert place_only_parts(g, "大树乡", None) is None
    assert "township" in _short(corpus, engine, "大树乡", "大树乡").lower()


def test_a_name_marked_word_keeps_the_place(corpus) -> None:
    """The rule is for words the text does not mark as a name: a marked one is the place."""
    g = glosser(corpus)
    assert "township" in g.gloss("山上", ("shan1", "shang4"), name=True).short.lower()
    assert g.gloss("山上", ("shan1", "shang4")).short.startswith("山 mountain")
