"""The glosser reads the curated table at first use (issue 23, speed16): an annotation,
whose name pass asks only whether a marked name is a common word, never reads it."""

from __future__ import annotations

import pytest

from chinese_teach.core.corpus import glosses
from chinese_teach.core.corpus.glosses import Glosser, load_curated


def test_curated_table_is_read_at_first_use_and_equals_the_file(corpus) -> None:
    g = Glosser(corpus)
    assert g._curated_table is None
    assert g.has_common_entry("小雨") and not g.has_common_entry("王明")
    assert g._curated_table is None  # the dictionary's rows only
    assert g.curated == load_curated()
    eager = Glosser(corpus, curated=load_curated())
    for word in ("脏", "还", "为", "少", "小雨"):
        assert g.lone_reading(word) == eager.lone_reading(word)
    for word, syls in (("打", ("da3",)), ("还", ("hai2",)), ("小雨", ("xiao3", "yu3"))):
        assert g.short(word, syls) == eager.short(word, syls)


def test_annotation_with_names_does_not_read_the_curated_table(engine, corpus,
                                                               monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the curated table was read")

    monkeypatch.setattr(glosses, "_glossers", {})  # a glosser made for this test
    monkeypatch.setattr(glosses, "load_curated", refuse)
    tokens = engine.annotate("王明对李华说：“我们明天去北京看长城。”")
    marked = [t.text for t in tokens if t.extra.get("name")]
    assert "王明" in marked  # the name pass ran and asked the glosser
    assert glosses._glossers  # the shared glosser was made, without the table
    with pytest.raises(AssertionError, match="curated"):
        glosses._glossers[corpus.path].curated  # noqa: B018 - first use reads it
