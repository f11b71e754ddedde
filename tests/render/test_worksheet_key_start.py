"""A worksheet's layout says where its teacher's pages start: the answer key, after a
dictation's script (the in-app preview hides them, printing for the class leaves them out)."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.worksheet import WorksheetKind, build_worksheet
from chinese_teach.render.pages import TextItem
from chinese_teach.render.worksheet_pdf import layout_worksheet


@pytest.mark.parametrize("kind", [k.value for k in WorksheetKind])
def test_key_start_is_the_first_answer_key_page(story, engine, corpus, kind) -> None:
    lib, _, ids = story
    doc = layout_worksheet(build_worksheet(lib, ids[2], kind, engine, corpus, seed=3))
    assert doc.key_start is not None and 1 <= doc.key_start < len(doc.pages)
    first_texts = [it.text for it in doc.pages[doc.key_start].items
                   if isinstance(it, TextItem)]
    if kind == "dictation":
        assert first_texts[0].startswith("Teacher's script")
        later = [it.text for p in doc.pages[doc.key_start + 1:] for it in p.items
                 if isinstance(it, TextItem)]
        assert any(t.startswith("Answer key") for t in later)
    else:
        assert first_texts[0].startswith("Answer key")
    before = [it.text for p in doc.pages[:doc.key_start] for it in p.items
              if isinstance(it, TextItem)]
    assert not any(t.startswith(("Answer key", "Teacher's script")) for t in before)
