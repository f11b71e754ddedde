"""A word shown without its sentence never takes a sentence's sense.

A typed word list, a deck card from one, a reader's glossary or pop-up where the text's
sentence chooses nothing and ``annotate`` of a word by itself have no sentence: the
word's own learner gloss is shown (its curated "*" line, else the dictionary's first
learner senses), never a curated line whose condition happens to hold on an empty
context (a clause's end, a sentence's start, no verb next). Where a text is the source,
the sense of the word's first occurrence is the glossary's.
"""

from __future__ import annotations

from chinese_teach.core.corpus.glosses import (
    Curated,
    Glosser,
    glosser,
    token_glosses,
    weakens_to,
)
from chinese_teach.core.documents.reader import (
    GlossaryMode,
    PinyinMode,
    ReaderOptions,
    build_reader,
)

#: 另外's default line and its line of a sentence's start (resources/words/learner_glosses.tsv)
OWN = "in addition; besides; other"
AT_START = "in addition; besides; moreover"


def _in(corpus, engine, text: str, word: str) -> list[str]:
    toks = engine.annotate(text)
    return [g.short for t, g in zip(toks, token_glosses(toks, corpus), strict=True)
            if t.text == word and g is not None]


def _default_line(g: Glosser, word: str) -> str | None:
    syls = g.lone_reading(word) or g._default_reading(word)
    for line in g.curated[word]:
        if line.when == "*" and (line.syllables is None or syls is None
                                 or weakens_to(syls, line.syllables)):
            return line.gloss
    return None


def test_every_curated_word_alone_shows_its_default_line(corpus) -> None:
    """Every word of the curated table that has a "*" line for its lone reading shows that
    line alone, in Glosser.short (a list, a glossary) and Glosser.gloss with no context
    (块 "piece; lump; yuan (money)", not the line of a clause's end "yuan (money); piece";
    另外 not the line of a sentence's start)."""
    g = glosser(corpus)
    checked = 0
    for word in g.curated:
        own = _default_line(g, word)
        if own is None:
            continue
        checked += 1
        assert g.short(word) == own, word
        assert g.gloss(word).short == own, word
    assert checked > 400
    assert g.short("块") == "piece; lump; yuan (money)"
    assert g.short("另外") == OWN


def test_no_condition_is_read_alone_whatever_its_kind(corpus) -> None:
    """The conditions that hold on an empty context (end, start, not-before-verb, and
    one combined with in-sentence) are not read for a word alone: its "*" line shows, or
    the dictionary's gloss where the word has none; in a sentence the same lines fire."""
    lines = [Curated("猫", None, when, f"sense {when}")
             for when in ("end", "start", "not-before-verb", "end&in-sentence")]
    g = Glosser(corpus, {"猫": [*lines, Curated("猫", None, "*", "cat (own)")],
                         "狗": lines[:1]})
    assert g.short("猫") == "cat (own)"
    assert g.gloss("猫").short == "cat (own)"
    assert g.gloss("猫", prev="小").short == "sense end"
    assert g.gloss("猫", rest=("很", "小")).short == "sense start"
    assert g.gloss("狗").source == "dictionary"
    assert g.gloss("狗", prev="小").short == "sense end"


def test_a_word_first_in_a_sentence_before_a_comma_has_a_sentence(corpus, engine) -> None:
    """另外 + ， + …: no word next to it in its clause, but a sentence follows: its line of
    a sentence's start fires; 另外 typed alone shows its own line."""
    assert _in(corpus, engine, "另外，我们明天去北京。", "另外") == [AT_START]
    assert _in(corpus, engine, "另外", "另外") == [OWN]
    assert _in(corpus, engine, "另外。", "另外") == [OWN]


def test_words_without_a_default_line_show_the_dictionary_alone(corpus) -> None:
    """最后 has lines only for sentences (before a verb, at a clause's end): alone it shows
    the dictionary's learner senses, in a sentence the line's."""
    g = glosser(corpus)
    assert g.gloss("最后").source == "dictionary"
    assert g.short("最后") == g.gloss("最后").short
    assert g.gloss("最后", prev="我们", rest=("去",)).short.startswith("finally")


def test_the_reader_glossary_shows_the_first_occurrence_s_sense(engine, dictionary) -> None:
    """A glossary lists 另外 once, with the sense of its first occurrence: its own line
    where that sentence decides nothing (我另外问了他), the line of a sentence's start
    where the text starts with it (另外，…); the pop-ups show the same."""
    opts = ReaderOptions(glossary=GlossaryMode.END, pinyin=PinyinMode.ALL, target_level=2)
    for text, first in (("我另外问了他。另外，我们明天去北京。", OWN),
                        ("另外，我们明天去北京。我另外问了他。", AT_START)):
        doc = build_reader(text, opts, engine, dictionary)
        glossary = {g.word: g.definition for g in doc.glossary}
        assert glossary["另外"] == first, text
        shown = {t.meaning for p in doc.paragraphs for t in p if t.text == "另外"}
        assert shown == {first}, text


def test_a_reader_word_whose_sentence_chooses_its_own_gloss_keeps_it(engine, dictionary) -> None:
    """没有 before a verb (没有看清楚) takes no curated line in its sentence, so the reader
    shows the word's own gloss, "haven't", as the sentence chose; not the line of "no verb
    next" ("to not have"), which held when the glossary asked with no sentence."""
    doc = build_reader("他没有看清楚题目。",
                       ReaderOptions(glossary=GlossaryMode.END, pinyin=PinyinMode.ALL,
                                     target_level=1), engine, dictionary)
    [shown] = {t.meaning for p in doc.paragraphs for t in p if t.text == "没有"}
    assert shown.startswith("haven't")
