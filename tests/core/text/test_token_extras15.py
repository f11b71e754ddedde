"""The engine's tokens share their extras (issue 23, speed15): one read-only object per
distinct content, the names' own, and the same content as a dict per token gave."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.tokens import NO_EXTRAS, Extras, Kind

TEXT = "王老师说：我很好，你也很好。小明买了五本书, OK? 我们看一看吧。"


def test_tokens_share_one_read_only_extras_per_content(engine) -> None:
    tokens = engine.annotate(TEXT)
    assert all(type(t.extra) is Extras for t in tokens)
    plain = [t for t in tokens if t.kind is not Kind.HANZI]
    assert plain and all(t.extra is NO_EXTRAS for t in plain)
    words = [t for t in tokens if t.kind is Kind.HANZI and "name" not in t.extra]
    by_content: dict[tuple, set[int]] = {}
    for tok in words:
        by_content.setdefault(tuple(tok.extra.items()), set()).add(id(tok.extra))
    assert len(words) > len(by_content)  # several words share each content
    assert all(len(ids) == 1 for ids in by_content.values())
    with pytest.raises(TypeError):
        words[0].extra["third_tone"] = (True,)


def test_extras_content_is_the_engines_flags_and_names(engine) -> None:
    tokens = {t.text: t for t in engine.annotate(TEXT)}
    assert tokens["很"].extra["third_tone"] == (True,)  # hen3 before hao3: said rising
    assert tokens["好"].extra["third_tone"] == (False,)
    assert tokens["我们"].extra == {"third_tone": (False, False)}
    teacher = tokens["王老师"]
    assert teacher.extra["name"] == (True, False, False) and teacher.extra["name_title"] == 1
    assert list(teacher.extra) == ["third_tone", "name", "name_title"]
    assert tokens["小明"].extra["name"] == (True, False)  # Xiǎomíng
    again = {t.text: t for t in engine.annotate(TEXT)}
    assert all(again[w].extra == t.extra for w, t in tokens.items())
