"""CC-CEDICT's cross-references inside a sense never reach a learner gloss (issue 15: a
glossary printed 英国 "United Kingdom 聯合王國|联合王国[Lian2 he2 wang2 guo2]", 超市
"supermarket (abbr. for 超級市場|超级市场[chao1 ji2 shi4 chang3])")."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus.glosses import _clean, glosser


@pytest.mark.parametrize(("sense", "shown"), [
    ("United Kingdom 聯合王國|联合王国[Lian2 he2 wang2 guo2]", "United Kingdom"),
    ("supermarket (abbr. for 超級市場|超级市场[chao1 ji2 shi4 chang3])", "supermarket"),
    ("just now (variant of 剛才|刚才[gang1 cai2])", "just now"),
    ("direct (opposite: indirect 間接|间接[jian4 jie1])", "direct"),
    ("Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]",
     "Shanghai municipality, central east China"),
    ("Ren County 任縣|任县[Ren2 Xian4] in Hebei", "Ren County in Hebei"),
    # a reference the words around it need keeps its simplified word
    ("the head of an institution whose name ends in 院[yuan4]",
     "the head of an institution whose name ends in 院"),
    ("college entrance exam (especially as abbr. for 普通高等學校招生全國統一考試|"
     "普通高等学校招生全国统一考试[Pu3 tong1 Gao1 deng3 Xue2 xiao4 Zhao1 sheng1 Quan2 guo2 "
     "Tong3 yi1 Kao3 shi4])", "college entrance exam"),
    # senses without a reference are untouched, brackets and all
    ("leg (of an animal or an object)", "leg (of an animal or an object)"),
    ("to get along (with)", "to get along (with)"),
])
def test_a_sense_loses_its_cross_references(sense: str, shown: str) -> None:
    assert _clean(sense) == shown


@pytest.mark.parametrize(("word", "first"), [
    ("英国", "United Kingdom"), ("超市", "supermarket"), ("刚才", "just now"),
    ("相机", "camera"), ("交警", "traffic police"), ("高考", "college entrance exam"),
])
def test_learner_glosses_print_no_reference(corpus, word: str, first: str) -> None:
    short = glosser(corpus).short(word, None)
    assert short.split(";")[0] == first
    assert "[" not in short and "|" not in short


def test_a_sense_that_named_another_word_still_never_leads_a_part(corpus, engine) -> None:
    """高速 "expressway (abbr. for 高速公路[…])" shows "expressway" without its reference now,
    and still never leads 高速 inside 高速公路, where it is "high speed"."""
    from chinese_teach.core.corpus.glosses import token_glosses

    toks = engine.annotate("他们在高速公路上开车。")
    found = next(g for t, g in zip(toks, token_glosses(toks, corpus), strict=True)
                 if t.text == "高速公路")
    assert dict(found.parts)["高速"].startswith("high speed")
