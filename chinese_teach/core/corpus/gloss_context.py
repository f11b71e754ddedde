"""Which words a sentence may give another gloss than their own (issue 23, reader16).

:func:`~chinese_teach.core.corpus.glosses.text_senses` glosses the first occurrences of
every word of a text in their sentences (:func:`~chinese_teach.core.corpus.glosses.context_gloss`),
and keeps the gloss where the sentence chose one ("context" or "measure"); most words take
their own gloss whatever the sentence. :func:`sentence_may_decide` tells those apart once
per word and reading, from the rules' own conditions: every exit of
:meth:`~chinese_teach.core.corpus.glosses.Glosser.gloss` that returns a sentence's gloss
returns what one of :data:`RULE_HELPERS` made (or a curated line's condition chose), and
each of those helpers answers None for a word whose entry has no sense of the kind it
brings first, whatever the sentence. A word is decided by its sentence when

* it has one character (a verb said twice, a split verb's object, a verb with its aspect
  particle, a measure word before a complement: rules for single characters);
* a curated line of it has a condition, or its entries give a surname (他姓张);
* one of the helpers, asked without a sentence with each of the flags the rules pass,
  finds a sense to bring first (the word's entry and its curated default line are what
  they read of the word); words32's helpers, which read the words around too, are asked
  with those words set to the place where each may speak (:data:`SENTENCE_FREE`: after
  得 or a degree word with nothing but particles after it).

Exits that give the word's own gloss whatever the sentence (words33's
``place_only_parts``: 大树 "大 big + 树 tree") need no check (:data:`OWN_GLOSS_HELPERS`).

``tests/core/corpus/test_gloss_context.py`` keeps this honest: it reads the exits of
``Glosser.gloss`` from its source and fails on an exit this module does not know, and
checks on the tuning sentences that a word said to be its own is never given a sentence's
gloss.
"""

from __future__ import annotations

from itertools import product
from typing import Any

from chinese_teach.core.corpus import glosses as _glosses
from chinese_teach.core.corpus.adverbs import is_adjective_sense, ly_adverb
from chinese_teach.core.corpus.glosses_adjective_verbs import verb_sense_first
from chinese_teach.core.corpus.glosses_beyond_hsk5 import (
    _ADV27_OBJECT_NOTE,
    _kinds,
    for_a_time_first,
    sentence_may_choose,
)
from chinese_teach.core.corpus.glosses_clause_places import (
    adverb_before_de,
    clause_end_adjective_first,
    degree_complement_first,
)
from chinese_teach.core.corpus.glosses_counted_objects import later_adjective_first

#: The producers of exits of ``Glosser.gloss`` that never give a sentence's gloss: ``_composed``
#: and ``place_only_parts`` make the word's own gloss ("parts", "composed", "none"; the
#: test reads the sources of the glosses they build), ``_dictionary_short`` the entry's own,
#: ``_name_gloss`` a name's, which ``context_gloss`` never asks for.
OWN_GLOSS_HELPERS: frozenset[str] = frozenset({
    "_composed", "_name_gloss", "_dictionary_short", "place_only_parts"})

#: The producers of every exit of ``Glosser.gloss`` that may return a sentence's gloss
#: ("context", "measure"), as the test reads them from its source: a helper's name, or the
#: source text of another expression. Each is checked by :func:`_decided` (or is one of
#: :data:`OWN_GLOSS_HELPERS`).
RULE_HELPERS: frozenset[str] = frozenset({
    # checked by the word's shape: one character
    "_echoed", "_split_object_first", "_measure_word_as_verb",
    # table21: the first verb of a doubled verb and object (散 + 散步: "to have a stroll")
    "doubled_verb_gloss",
    # words38: a one-character verb whose later note names its object (踢 + 足球)
    "object_class_note_first",
    # words38: a one-character word after a measure word, ending its clause (一个 + 伤)
    "noun_sense_first",
    # collo18: a one-character verb before its object, by the dictionary words it forms
    # with that object or objects like it (补 + 两节课: 补课 "to make up for")
    "collocation_first",
    # collo21: a verb's curated ``object:`` line, for the object collo19-21's readers find
    # away from it (打篮球 + 打得很好, 装 + 的是 + 东西)
    "object_line_gloss",
    # checked by the word's entries and curated lines
    "surnames", "curated", "_curated",
    "_adverbial_first", "_subject_first", "_measure_first", "_noun_first",
    "_adjective_first", "own_adjective_first", "_verb_first", "_adverb_first",
    "_adv27_placed", "for_a_time_first",
    # words32's rules: asked with the sentence that lets them speak (:data:`SENTENCE_FREE`)
    "adverb_before_de", "clause_end_adjective_first", "degree_complement_first",
    # words37's: an adjective's entry with a verb sense, before an object (富有 + 营养);
    # it reads the word's senses alone (the glosser checks the place)
    "verb_sense_first",
    # words38's: a noun-led entry's later adjective before 的 and a noun (专业的摄影师); it
    # reads the word's senses alone (the glosser checks the place)
    "later_adjective_first",
    # words41's: a verb's later sense whose note names a noun before it (签证 … 到期); a
    # word with such a note is decided by words27's check of ``_adv27_object_named``
    "_noted_before",
    # words42's: a figurative sense said of the subject after 是 (他是个夜猫子); a word
    # with a later figurative sense is decided by :func:`_decided`
    "figurative_said_of",
    # words42's: a noun's later sense naming another noun of its sentence (桶 + 垃圾); a
    # word with such a sense is decided by :func:`_decided`
    "neighbour_sense_first",
}) | OWN_GLOSS_HELPERS

#: The boolean flags the rules of ``Glosser.gloss`` pass to the helpers; :func:`_decided`
#: asks each helper with every combination of them.
HELPER_FLAGS: dict[str, tuple[str, ...]] = {
    "_adverbial_first": ("with_de",),
    "_noun_first": ("strict", "head"),
    "_verb_first": ("strict", "marked"),
}

#: words32's helpers read a word's senses and the words around it; :func:`_decided` asks
#: them with the words around set to the place where each may speak: name -> (the
#: parameters that read the sentence, the values given them). Every other parameter reads
#: the word's senses or is a function of the glosser's; the test checks the names against
#: each helper's signature and that ``Glosser.gloss`` passes no others of the sentence.
SENTENCE_FREE: dict[str, dict[str, Any]] = {
    # after a degree word (很, 真), only particles after it: 真讨厌。
    "clause_end_adjective_first": {"after_degree": True, "rest": ()},
    # after 得, only particles after it: 饿得要命。
    "degree_complement_first": {"prev": "得", "rest": ()},
    # before 地 (``Glosser.gloss`` checks the place; the helper reads the senses alone)
    "adverb_before_de": {},
}

#: What ``_adv27_placed`` returns, as the test reads it from its source.
ADV27_PARTS: frozenset[str] = frozenset({
    "field_sense_first", "correlative_first", "_adv27_object_named"})

#: Per glosser: (word, syllables) -> whether its sentence may decide its gloss.
_KEPT: dict[Any, dict[tuple[str, tuple[str, ...] | None], bool]] = {}
_KEPT_MAX = 100_000


def sentence_may_decide(g: _glosses.Glosser, word: str,
                        syllables: tuple[str, ...] | list[str] | None) -> bool:
    """Whether some sentence may give ``word`` read ``syllables`` (numbered; None: its
    commonest reading) a gloss of its own (:func:`~.glosses.context_gloss` not None);
    False means every sentence leaves the word its own gloss. Kept per glosser."""
    syls = tuple(s.lower() for s in syllables) if syllables else None
    store = _KEPT.get(g)
    if store is None or len(store) > _KEPT_MAX:
        if len(_KEPT) > 4:
            _KEPT.clear()
        store = _KEPT[g] = {}
    key = (word, syls)
    found = store.get(key)
    if found is None:
        found = store[key] = _decided(g, word, syls)
    return found


def _decided(g: _glosses.Glosser, word: str, syls: tuple[str, ...] | None) -> bool:
    """:func:`sentence_may_decide`, computed (``syls`` lower case or None)."""
    if len(word) == 1:
        return True
    if any(line.when != "*" for line in g.curated.get(word, ())):
        return True
    rows = g.rows(word)
    if any(r.proper and r.simplified == word and any(s.startswith("surname ") for s in r.senses)
           for r in rows):
        return True
    if syls is None:
        syls = g.lone_reading(word)
    curated = g._curated(word, syls, "", ())[0]  # the default line: no condition holds
    chosen = g._pick(word, rows, syls)
    for helper in (g._noun_first, g._verb_first):
        flags = HELPER_FLAGS[helper.__name__]
        for values in product((False, True), repeat=len(flags)):
            if helper(curated, chosen, **dict(zip(flags, values, strict=True))) is not None:
                return True
    if chosen is None:  # the rules that read an entry have none; ``_composed`` reads no sentence
        return False
    attested = g._attested_adverbs()
    if adverb_before_de(_glosses._sense_list(curated, chosen) or [],  # 拼命地 (words32)
                        lambda x: is_adjective_sense(x, attested), ly_adverb,
                        _glosses.shorten, **SENTENCE_FREE["adverb_before_de"]) is not None:
        return True
    if verb_sense_first(_glosses._sense_list(curated, chosen) or [],  # 富有 (words37)
                        lambda x: is_adjective_sense(x, attested),
                        _glosses.shorten) is not None:
        return True
    if later_adjective_first(_glosses._sense_list(curated, chosen) or [],  # 专业 (words38)
                             lambda x: is_adjective_sense(x, attested),
                             _glosses._adjective_first(chosen) if curated is None else None,
                             _glosses.shorten, curated=curated is not None) is not None:
        return True
    if "(of " in " ".join(chosen.senses):  # ``_subject_first``
        return True
    if any(g._adverbial_first(curated, chosen, with_de=de) is not None for de in (True, False)):
        return True
    if g._measure_first(chosen, curated) is not None or g._adverb_first(chosen) is not None:
        return True
    if _glosses._adjective_first(chosen) is not None:  # (``own_adjective_first`` needs it)
        return True
    if g._figurative_later(word) or g._named_later(word):  # 夜猫子, 桶 + 垃圾 (words42)
        return True
    useful = _glosses._useful_senses(chosen)
    if len(useful) < 2:  # ``_adv27_placed``, ``for_a_time_first`` and words32's two below
        return False  # need a later sense
    for helper in (clause_end_adjective_first, degree_complement_first):  # 真讨厌, 饿得要命
        if helper(useful, particles=_glosses._FINAL_PARTICLES, shorten=_glosses.shorten,
                  **SENTENCE_FREE[helper.__name__]) is not None:
            return True
    if sentence_may_choose(useful) or for_a_time_first(useful, _glosses.shorten) is not None:
        return True
    # ``_adv27_object_named``: a later verb sense of the reading's entries whose note names
    # a kind of thing
    senses = [_glosses._clean(x) for r in rows if r.simplified == word and not r.proper
              and r.syllables == chosen.syllables for x in r.senses if _glosses._useful(x)]
    return len(senses) >= 2 and senses[0].startswith("to ") and any(
        (m := _ADV27_OBJECT_NOTE.match(s)) and _kinds(m.group(1)) for s in senses[1:])
