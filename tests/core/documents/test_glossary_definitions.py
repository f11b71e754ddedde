"""Glossary definitions skip CC-CEDICT senses that only point to another entry."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.reader import (
    GlossaryMode,
    ReaderOptions,
    _short_definition,
    build_reader,
    is_cross_reference,
    lookup_definitions,
    lookup_words,
)


@pytest.mark.parametrize("sense", [
    "variant of 馱|驮[tuo2]", "old variant of 乃[nai3]", "see 某某[mou3 mou3]",
    "see also 看[kan4]", "used in 蜈蚣[wu2 gong1]", "Japanese variant of 國|国",
])
def test_cross_references(sense):
    assert is_cross_reference(sense)


@pytest.mark.parametrize("sense", ["seed", "to see", "used to", "variant", "to use"])
def test_meanings_are_not_cross_references(sense):
    assert not is_cross_reference(sense)


def test_short_definition_prefers_meanings_and_falls_back():
    assert _short_definition(["variant of 馱|驮[tuo2]", "to carry on one's back"]) == (
        "to carry on one's back")
    assert _short_definition(["see 某某[mou3 mou3]", "used in X", "so-and-so"]) == "so-and-so"
    # Nothing else there: the cross-reference is better than an empty cell.
    assert _short_definition(["variant of 馱|驮[tuo2]"]) == "variant of 馱|驮[tuo2]"
    assert _short_definition(["used in 上聲|上声", "surname Shang"]) == "surname Shang"


def test_an_entry_with_a_meaning_wins_over_a_variant_entry(corpus):
    # CC-CEDICT has 从 cong2 twice: 從 (from; through) and the variant line "variant of
    # 從|从[cong2]"; 驮 tuo2 likewise.
    defs = lookup_definitions(corpus, {"从", "驮"})
    assert not is_cross_reference(defs[("从", ("cong2",))])
    assert "from" in defs[("从", ("cong2",))]
    assert defs[("驮", ("tuo2",))].startswith("to carry")


def test_glossary_shows_no_cross_reference(engine, dictionary):
    opts = ReaderOptions(glossary=GlossaryMode.END, target_level=1)
    doc = build_reader("骆驼从沙漠里驮着货物走来。", opts, engine, dictionary)
    assert doc.glossary
    for entry in doc.glossary:
        assert entry.definition and not is_cross_reference(entry.definition), entry


def test_word_glosses_choose_only_what_is_asked_and_agree_with_lookup(corpus, monkeypatch):
    """A reader's gloss table knows every key of the eager look-up and gives the same
    gloss for each, but chooses a gloss only for the keys it is asked for."""
    from chinese_teach.core.corpus.glosses import glosser
    from chinese_teach.core.documents.reader import word_glosses

    words = {"了", "行", "银行", "北京"}
    eager, eager_caps = lookup_words(corpus, words)
    g = glosser(corpus)
    asked: list[tuple] = []
    real_short = g.short
    monkeypatch.setattr(g, "short", lambda w, s=None: asked.append((w, s)) or real_short(w, s))
    lazy, caps = word_glosses(corpus, words)
    assert asked == []
    assert list(lazy) == list(eager) and len(lazy) == len(eager)
    assert caps == eager_caps
    assert ("行", ("hang2",)) in lazy and ("行", ("xing2",)) in lazy
    assert lazy[("行", ("hang2",))] == eager[("行", ("hang2",))]
    assert asked == [("行", ("hang2",))]
    assert lazy.get(("行", ("hang2",))) == eager[("行", ("hang2",))]
    assert len(asked) == 1  # kept, not chosen again
    assert lazy.get(("行", ("zzz9",))) is None and len(asked) == 1
    assert {k: lazy[k] for k in eager} == eager
