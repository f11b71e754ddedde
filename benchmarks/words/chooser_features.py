"""The features of the sense chooser (chooser16, issue 15), for :mod:`.chooser_data` and
:mod:`.chooser_fit`.

For a word whose dictionary entry has two or more learner senses, each candidate sense
(the one the glosser's rules chose, and the entry's other useful senses) is described by
features that never name a sentence: the candidate's shape (a verb "to …", a measure
word, an "(of …)" scope, an adverb, an adjective, a noun), its place in the entry, its
notes ("(bound form)", "(coll.)"), whether the rules chose it and how, crossed with the
classes of the words around the token (a number before it, 了 after it, a noun next, the
end of its clause …), and whether it shares a content word with the glosses of the words
around it or of the dictionary word it forms with its neighbour (打 + 电话: 打电话).
``chooser_fit`` fits a conditional logit on them. The chooser was measured and not put
into the glosser (benchmarks/words/README.md, chooser16): this module reads the glosser's
tables from outside, as the other benchmark scripts do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

#: Most candidate senses read per token (an entry's later senses are rarely the learner's).
MAX_CANDIDATES = 8

#: Words whose class is the word itself: particles, degree words, negations, aspect marks,
#: prepositions and auxiliaries say the most about the next or the last word's class.
FUNCTION_WORDS = frozenset({
    "的", "地", "得", "了", "着", "过", "很", "太", "真", "非常", "最", "更", "比较", "不",
    "没", "没有", "别", "在", "是", "有", "把", "被", "给", "和", "跟", "对", "从", "向",
    "也", "都", "就", "还", "又", "才", "要", "会", "能", "可以", "想", "一", "一个", "这",
    "那", "个", "吗", "呢", "吧", "啊", "比", "去", "来", "让", "叫", "一下", "一点",
    "一起", "已经", "正在",
})

_ADVERB = re.compile(r"^[a-z]+ly\b")
_NOT_ADVERBS = ("only", "early", "daily", "likely", "friendly", "lonely", "ugly", "family",
                "fly", "reply", "supply", "apply", "rely", "holy", "belly", "jelly", "lily",
                "silly", "ally", "july", "italy")


_ENGLISH = re.compile(r"[a-z]{3,}")
#: English words too common in glosses to tell senses apart.
_STOP = frozenset({
    "the", "and", "for", "with", "one", "sth", "sb", "someone", "something", "etc", "word",
    "measure", "used", "also", "into", "from", "out", "off", "about", "over", "that", "this",
    "not", "has", "have", "being", "its", "other", "all", "any", "are", "was", "can", "way",
    "abbr", "lit", "fig", "variant", "see", "usu", "esp", "make", "get", "take", "give",
    "put", "very", "kind",
})


def sense_stems(text: str) -> frozenset[str]:
    """The content words of a gloss, cut to five letters ("calling" -> "calli", "call"
    -> "call"), without words too common to tell senses apart."""
    return frozenset(w[:5] for w in _ENGLISH.findall(text.lower()) if w not in _STOP)


_NOTE = re.compile(r"\(([A-Za-z][^()\s,;]*)")


def sense_notes(text: str) -> list[str]:
    """The first word of each parenthetical note of a sense, lower case: "(bound form) …"
    -> "bound", "(coll.) …" -> "coll.", "(of a person) …" -> "of" (register, field and
    scope notes, which tell a learner's sense from a specialist's)."""
    return [m.lower() for m in _NOTE.findall(text)]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One sense a token may show first: its text, its place among the entry's useful
    senses (-1: not one of them, a curated line's own words), whether the rules chose it,
    and its feature names."""

    sense: str
    index: int
    current: bool
    features: tuple[str, ...]


def sense_shape(sense: str, is_adjective: Callable[[str], bool]) -> str:
    """The kind of meaning a sense gives: "verb" ("to …"), "measure" (a measure word),
    "scope" ("(of …) …": said of a kind of thing), "adverb" ("usually"), "adj" (an
    adjective, as ``is_adjective`` tells), else "noun"."""
    text = sense.strip().lower()
    if text.startswith("(measure word") or text.startswith("classifier"):
        return "measure"
    if text.startswith("(of "):
        return "scope"
    if text.startswith("to "):
        return "verb"
    m = _ADVERB.match(text)
    if m and m.group(0) not in _NOT_ADVERBS:
        return "adverb"
    if is_adjective(sense):
        return "adj"
    return "noun"


def context_tags(word: str, prev: str, rest: Sequence[str], earlier: Sequence[str],
                 word_class: Callable[[str], str]) -> tuple[str, ...]:
    """The features of a token's place that do not name its sentence: the classes of the
    word before, of the one before that, of the next two words (``word_class``), whether
    its clause ends after it (only particles) and whether it starts its clause, and the
    token's length."""
    nxt = rest[0] if rest else ""
    tags = [f"p:{word_class(prev)}", f"n:{word_class(nxt)}",
            f"pp:{word_class(earlier[1]) if prev and len(earlier) > 1 else '-'}",
            f"nn:{word_class(rest[1]) if len(rest) > 1 else '-'}",
            f"len:{min(len(word), 3)}"]
    if all(w in ("了", "吗", "呢", "吧", "啊", "呀", "啦", "的") for w in rest):
        tags.append("end")
    if not prev:
        tags.append("start")
    return tuple(tags)


def candidates(word: str, senses: Sequence[str], current: str, source: str,
               tags: Sequence[str], is_adjective: Callable[[str], bool],
               prior: bool = True,
               near: Sequence[tuple[str, frozenset[str]]] = (),
               extra: Callable[[str], list[str]] | None = None) -> list[Candidate]:
    """The candidate senses of ``word`` (``senses``: its entry's useful senses in order;
    ``current``: the first sense the rules chose, from ``source``), each with its features:
    the candidate's shape and place, whether the rules chose it and how, and the shape
    crossed with each tag of its place (:func:`context_tags`). ``prior``: also a feature
    of the word itself (its place's index), a prior the fit may use. ``near``: (role,
    content words of the gloss of a word around the token: :func:`sense_stems`); a
    candidate sharing a content word with one has a feature "lesk:ROLE" (打 + 电话 "to
    call": 电话 "phone call"). ``extra``: more features of a candidate's text."""
    listed = list(senses[:MAX_CANDIDATES])
    texts: list[str] = [current] + [s for s in listed if s != current]
    out = []
    for text in texts:
        index = listed.index(text) if text in listed else -1
        shape = sense_shape(text, is_adjective)
        place = "x" if index < 0 else str(min(index, 3))
        feats = [f"S={shape}", f"i={place}", f"S={shape}|i={place}"]
        if "(" in text:
            feats.append("paren")
            feats += [f"note:{n}" for n in sense_notes(text)]
        if len(text) > 24:
            feats.append("long")
        if text == current:
            feats += ["cur", f"cur@{source}"]
            feats += [f"cur|{t}" for t in tags]
        feats += [f"{t}|S={shape}" for t in tags]
        if prior:
            feats.append(f"w={word}|i={place}")
        if near:
            own = sense_stems(text)
            shared = [role for role, stems in near if own & stems]
            feats += [f"lesk:{role}" for role in shared]
            if shared:
                feats += ["lesk", f"lesk|S={shape}"]
        if extra is not None:
            feats += extra(text)
        out.append(Candidate(text, index, text == current, tuple(feats)))
    return out


#: The sources of a gloss the chooser may weigh (not a name's, nor one made of parts).
CHOOSABLE_SOURCES = frozenset({"dictionary", "curated", "context", "measure", "reference"})


class CandidateReader:
    """The candidates of the tokens of one glosser (:func:`candidates`), with the classes
    and gloss words of the words around them kept per word."""

    def __init__(self, g: Any) -> None:
        from chinese_teach.core.corpus import glosses as gl

        self.g = g
        self.gl = gl
        self._classes: dict[str, str] = {}
        self._stems: dict[str, frozenset[str]] = {}
        self._compounds: dict[str, list[tuple[str, frozenset[str]]]] = {}

    def compounds(self, word: str) -> list[tuple[str, frozenset[str]]]:
        """The dictionary words made of ``word`` and one or two characters after it (开 +
        车: 开车), each as (the characters after, the content words of its gloss)."""
        found = self._compounds.get(word)
        if found is None:
            import json

            found = []
            for text, senses in self.g.corpus.query(
                    "SELECT simplified, definitions FROM entries WHERE simplified > ? AND "
                    "simplified < ? AND is_proper = 0", (word, word + "\U0010ffff")):
                if len(word) < len(text) <= len(word) + 2:
                    found.append((text[len(word):], sense_stems(" ".join(json.loads(senses)[:3]))))
            self._compounds[word] = found
        return found

    def object_features(self, word: str, rest: Sequence[str]) -> Callable[[str], list[str]]:
        """Features of a candidate sense from the dictionary words ``word`` begins
        (:meth:`compounds`) whose gloss shares a content word with it: how many there are
        (a sense the language builds on), and whether one's second part shares a character
        or a gloss word with the first noun after the token (开 + 汽车 and 开车)."""
        comps = self.compounds(word)
        obj = next((w for w in rest[:4] if w not in FUNCTION_WORDS and self.word_class(w)
                    not in ("NUM", "NUMCL", "CL", "DEM")), "")
        obj_stems = self.stems(obj)

        def features(text: str) -> list[str]:
            own = sense_stems(text)
            backing = [y for y, stems in comps if own & stems]
            n = len(backing)
            out = [f"comp:{'0' if not n else '1-2' if n < 3 else '3-9' if n < 10 else '10+'}"]
            if obj and any(set(y) & set(obj) for y in backing):
                out.append("obj:char")
            if obj_stems and any(self.stems(y) & obj_stems for y in backing):
                out.append("obj:gloss")
            return out

        return features

    def word_class(self, word: str) -> str:
        """The class of a word next to a token (:func:`context_tags`): a function word
        itself (了, 很, 的), else "NUM" (a number), "NUMCL" (a number with its measure
        word: 三本), "DEM" (这本), "CL" (a measure word), "PRON", "PERSON", "N" (a noun),
        "V" (a verb), "A" or "D" (an entry led by an adjective or an adverb), "X"
        (anything else), "none" (no word)."""
        if not word:
            return "none"
        found = self._classes.get(word)
        if found is not None:
            return found
        g, gl = self.g, self.gl
        if word in FUNCTION_WORDS:
            found = word
        elif gl.is_number(word):
            found = "NUM"
        elif (k := gl._number_prefix(word)) and k < len(word) and g._is_measure(word[k:]):
            found = "NUMCL"
        elif g._demonstrative(word):
            found = "DEM"
        elif g._is_measure(word):
            found = "CL"
        elif word in gl._SUBJECT_PRONOUNS:
            found = "PRON"
        elif gl.is_person(word):
            found = "PERSON"
        elif g._noun_like(word):
            found = "N"
        elif g._is_verb(word):
            found = "V"
        else:
            chosen = g._pick(word, g.rows(word), None)
            first = gl._useful_senses(chosen)[:1] if chosen is not None else []
            found = "X"
            if first and gl._ADVERB_SENSE.match(first[0]) and first[0] not in gl._NOT_ADVERBS:
                found = "D"
            elif first and gl.is_adjective_sense(first[0], g._attested_adverbs()):
                found = "A"
        self._classes[word] = found
        return found

    def stems(self, word: str) -> frozenset[str]:
        """The content words of the first three useful senses of ``word``'s commonest
        entry (:func:`sense_stems`); none for a function word or no word."""
        if not word or word in FUNCTION_WORDS:
            return frozenset()
        found = self._stems.get(word)
        if found is None:
            g, gl = self.g, self.gl
            chosen = g._pick(word, g.rows(word), None)
            found = (sense_stems(" ".join(gl._useful_senses(chosen)[:3])) if chosen
                     else frozenset())
            self._stems[word] = found
        return found

    def candidates(self, word: str, syllables: Sequence[str] | None, found: Any, prev: str,
                   rest: Sequence[str], earlier: Sequence[str],
                   prior: bool = True) -> tuple[list[Candidate], list[str]]:
        """The candidates of ``word`` glossed ``found`` (a ``Gloss``) between ``prev`` and
        ``rest`` (:func:`candidates`: the rules' first sense and the entry's other useful
        senses), and the entry's useful senses; nothing for a name, a word glossed from
        its parts or an entry with fewer than two useful senses."""
        g, gl = self.g, self.gl
        if found.name or found.parts or found.source not in CHOOSABLE_SOURCES:
            return [], []
        syls = (tuple(s.lower() for s in syllables) if syllables else g.lone_reading(word))
        chosen = g._pick(word, g.rows(word), syls)
        if chosen is None:
            return [], []
        useful = gl._useful_senses(chosen)
        current = found.short.split(";", maxsplit=1)[0].strip()
        if len(useful) < 2 or not current:
            return [], useful
        rest = tuple(rest)
        tags = context_tags(word, prev, rest, earlier, self.word_class)
        attested = g._attested_adverbs()
        far = [w for w in (*rest[1:4], *earlier[1:4]) if w not in FUNCTION_WORDS]
        nxt = rest[0] if rest else ""
        after = rest[1] if nxt in ("了", "着", "过") and len(rest) > 1 else nxt  # 打了 + 电话
        joined = {x for x in (prev + word if prev else "", prev[-1:] + word if prev else "",
                              word + after if after else "", word + after[:1] if after else "")
                  if x and x != word and x not in FUNCTION_WORDS}
        near = [("p", self.stems(prev)), ("n", self.stems(nxt)),
                ("far", frozenset().union(*(self.stems(w) for w in far))),
                ("cmp", frozenset().union(*(self.stems(w) for w in joined)))]
        return candidates(word, useful, current, found.source, tags,
                          lambda x: gl.is_adjective_sense(x, attested), prior=prior,
                          near=near, extra=self.object_features(word, rest)), useful
