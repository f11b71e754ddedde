"""Senses the nineteenth session's words40 reads (issue 15): a word marked as a name whose
every CC-CEDICT name sense is a company or a brand (山水 "Sansui, Japanese company", 乐天
"Lotte") glossed as its common word, unless the next word is the firm or a product."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses_words40 import brand_may_stand, brand_only_names
from tests.core.corpus.test_glosses_classes import _first


def test_brand_only_names() -> None:
    assert brand_only_names(["Sansui, Japanese company"])
    assert brand_only_names(["Lay's (brand)"])
    assert brand_only_names(["Volkswagen (automobile manufacturer)"])
    assert not brand_only_names(["Asahi (Japanese place name, company name etc)"])
    assert not brand_only_names(["Hongqi district of Xinxiang"])
    assert not brand_only_names(["Sansui, Japanese company", "surname Shan"])
    assert not brand_only_names([])


def test_brand_may_stand() -> None:
    assert brand_may_stand(("汽车",)) and brand_may_stand(("公司", "的"))
    assert not brand_may_stand(("很", "美")) and not brand_may_stand(())


@pytest.mark.parametrize(("text", "word", "first"), [
    ("他是一个很乐天的人，从来不发愁。", "乐天", "carefree"),
    ("这里的山水很美，我们每年都来。", "山水", "water from a mountain"),
])
def test_brand_entry_leaves_the_common_word(corpus, engine, text, word, first) -> None:
    assert _first(corpus, engine, text, word) == first
