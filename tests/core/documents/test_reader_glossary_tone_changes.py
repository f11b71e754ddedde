"""A reader's glossary writes a word's 一 and 不 as the text above it does (qa19): the text
said "yìzhí", "búcuò" and the glossary under it "yīzhí", "bùcuò"; a reader that writes no
tone changes keeps the dictionary's in both."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.reader import ReaderOptions, build_reader

TEXT = "这个饭馆不错，他一直在这儿吃饭。你一定来。一共多少钱？我们不必去。"
SAID = {"不错": "búcuò", "一直": "yìzhí", "一定": "yídìng", "一共": "yígòng", "不必": "búbì"}
WRITTEN = {"不错": "bùcuò", "一直": "yīzhí", "一定": "yīdìng", "一共": "yīgòng", "不必": "bùbì"}


@pytest.mark.parametrize("tone_changes", [True, False])
def test_glossary_pinyin_follows_the_text_s_tone_changes(tone_changes, engine, dictionary):
    doc = build_reader(TEXT, ReaderOptions(target_level=1, tone_changes=tone_changes),
                       engine, dictionary)
    glossary = {g.source: g.pinyin for g in doc.glossary}
    expected = SAID if tone_changes else WRITTEN
    listed = {w: p for w, p in expected.items() if w in glossary}
    assert len(listed) >= 4, glossary
    assert {w: glossary[w] for w in listed} == listed
    # the text's own pinyin agrees with its glossary
    text = {t.text: "".join(t.ruby) for p in doc.paragraphs for t in p if t.ruby}
    for word, pinyin in listed.items():
        assert text.get(word, pinyin).lower() == pinyin, (word, text.get(word))
