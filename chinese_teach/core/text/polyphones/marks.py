"""Unsure marks for the teacher's eyes: the model asked where it may doubt.

The engine's own marks (``Token.unsure``, set while reading, :mod:`.doubt`) cost no
model query beyond the engine's; they catch 62.6 % of the wrong readings of CPP test.
The marks of this module ask the polyphone model, in one batch per call, at the
characters :meth:`MarkScorer.in_scope` accepts (the model's readings, undecided ones,
dictionary words outside HSK that pypinyin's phrases do not confirm), and weigh its
doubt of the engine's reading with what the engine knows of the word (source,
frequency, HSK, the dictionaries) in a logistic score fitted on CPP dev
(``benchmarks/pinyin/marks_fit.py``). A character is marked when its score is above
:data:`THRESHOLD`, the score that marks 2 % of CPP dev's characters: CPP test 66.0 % of
its errors at 1.98 % of its characters, the classroom sets 1.0-1.9 % (issue 19, sixth
round; benchmarks/pinyin/README.md).

The queries cost about half the annotation's CPU, so these marks are computed only where
marks are shown: the reader preview and its word pop-up
(:func:`chinese_teach.core.documents.reader.build_reader` with ``marks=True``) and
``chinese-teach annotate --format json/jsonl``. A printed reader, the PDF, the Word and
HTML exports and Quick annotate never show marks and never pay for them
(:meth:`chinese_teach.core.text.engine.TextEngine.unsure_marks`).

Elsewhere (light syllables, rules' readings, HSK words, readings two dictionaries agree
on, characters the model does not know) the engine's own mark stays; a teacher's
correction is never marked; readings are never changed.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from chinese_teach.core.text.polyphones.model import WINDOW, PolyphoneModel, Query
from chinese_teach.core.text.tokens import Kind, Source, Token, shared

#: The score's inputs, in the order of :data:`WEIGHTS` (see :meth:`MarkScorer.features`).
FEATURES = (
    "engine_mark", "src_dictionary", "src_model", "doubt", "doubt_dictionary", "disagrees",
    "no_opinion", "log_freq", "hsk", "in_word", "several_readings", "phrase_disagrees",
    "proper", "suspect",
)
#: Logistic weights on the raw features of :data:`FEATURES`, then the intercept
#: (fitted on CPP dev by ``benchmarks/pinyin/marks_fit.py``).
WEIGHTS: tuple[float, ...] = (
    0.370828, -0.503543, 0.790275, 0.187198, 0.019886, 0.883639, 6.92586, -0.125292,
    0.322491, -0.285616, -5.45308, 2.64821, 0.0657999, 1.20837,
)
INTERCEPT = -2.15265
#: A character is marked when its score (log-odds of being wrong) is above this: the
#: score that marks at most 2 % of CPP dev's characters.
THRESHOLD = -3.60758

_SENTENCE_END = re.compile(r"[。！？!?；;\n\r…]")
#: The model's log-odds are cut at this many units (p of 1e-9 .. 1 - 1e-9).
_LOGIT_CAP = 20.7


def model_opinions(
    model: PolyphoneModel, text: str, positions: Sequence[int]
) -> list[tuple[np.ndarray, tuple[str, ...]] | None]:
    """The model's probabilities over each position's readings (and those readings),
    asked in one batch, each position with its sentence around it as the engine asks
    (``WINDOW`` characters each side); None where the model knows none of them."""
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    queries = []
    for pos in positions:
        i = bisect.bisect_left(ends, pos)
        lo = ends[i - 1] + 1 if i > 0 else 0
        hi = ends[i] + 1 if i < len(ends) else len(text)
        lo, hi = max(lo, pos - WINDOW - 1), min(hi, pos + WINDOW + 2)
        queries.append(Query(text[lo:hi], pos - lo, model.candidates[text[pos]]))
    if not queries:
        return []
    logits = model.logits(queries)
    out: list[tuple[np.ndarray, tuple[str, ...]] | None] = []
    for q, row in zip(queries, logits, strict=True):
        names = tuple(s for s in q.allowed if s in model.class_index)
        if not names:
            out.append(None)
            continue
        vals = row[[model.class_index[s] for s in names]].astype(np.float64)
        probs = np.exp(vals - vals.max())
        out.append((probs / probs.sum(), names))
    return out


class MarkScorer:
    """Computes the marks of one text's tokens (see the module docstring).

    ``lexical`` gives the full tone of a light syllable (``Reader.lexical_tone``): the
    model has no class for light syllables, so 衣服 fú·fu is asked as fú."""

    def __init__(self, model: PolyphoneModel, lexicon, lexical, phrase, suspects) -> None:
        self.model = model
        self.lexicon = lexicon
        self.lexical = lexical
        self.phrase = phrase
        self.suspects = suspects

    def in_scope(self, word: str, k: int, syllable: str, source: Source) -> bool:
        """True if the score decides the mark of character ``k`` of ``word`` read
        ``syllable`` (elsewhere the engine's own mark stays): the model's readings and
        the undecided ones, and the readings of dictionary words outside HSK that
        pypinyin's phrases do not confirm; never a light syllable, a rule's reading, an
        HSK word's or one two dictionaries agree on. Measured on CPP dev, the score
        also marks more CPP errors there; but those are mostly CPP labels that
        differ from the dictionaries and the conventions (瓶子 zǐ, 了解 le), and on the
        classroom sets the same marks fall on right everyday readings (7-9 % of
        their characters marked instead of under 2 %)."""
        if syllable[-1:] == "5" or source is Source.RULE or source is Source.CORRECTION:
            return False
        if source is Source.DICTIONARY:
            if word in self.lexicon.hsk_words:
                return False
            if len(word) > 1:
                phrase = self.phrase(word)
                return phrase is None or phrase[k] != syllable
        return True

    def features(
        self, word: str, k: int, syllable: str, source: Source, *, engine_mark: bool,
        opinion: tuple[np.ndarray, tuple[str, ...]] | None,
    ) -> list[float]:
        """The inputs of the score for character ``k`` of ``word`` read ``syllable``
        (a full tone: see :meth:`in_scope`), given the model's ``opinion``."""
        lexicon = self.lexicon
        doubt = disagrees = 0.0
        no_opinion = True
        if opinion is not None:
            probs, names = opinion
            asked = self.lexical(word[k], syllable)
            if asked in names:
                no_opinion = False
                at = names.index(asked)
                p = min(max(float(probs[at]), 1e-9), 1 - 1e-9)
                doubt = max(-_LOGIT_CAP, min(_LOGIT_CAP, -math.log(p / (1 - p))))
                disagrees = float(int(probs.argmax()) != at)
        several = phrase_disagrees = proper = 0.0
        if len(word) > 1:
            several = float(len(lexicon.common_readings(word)) > 1)
            phrase = self.phrase(word)
            phrase_disagrees = float(phrase is not None and phrase[k] != syllable)
            proper = float(any(r[k] == syllable for r in lexicon.proper.get(word, ())))
        is_dict = source is Source.DICTIONARY
        return [
            float(engine_mark), float(is_dict), float(source is Source.MODEL), doubt,
            doubt * is_dict, disagrees, float(no_opinion),
            math.log10(lexicon.freq.get(word, 0) + 1), float(word in lexicon.hsk_words),
            float(len(word) > 1), several, phrase_disagrees, proper,
            float(word in self.suspects),
        ]

    def rows(self, text: str, tokens: Sequence[Token]) -> list[tuple[int, int, list[float]]]:
        """(token index, character index, features) of every character of ``tokens``
        the model knows and the score decides (:meth:`in_scope`); ``text`` is the
        simplified text the tokens spell."""
        model = self.model
        known, hanzi, in_scope = model.candidates, Kind.HANZI, self.in_scope
        at: list[tuple[int, int]] = []
        for t, tok in enumerate(tokens):
            if tok.kind is not hanzi or tok.sources is None:
                continue
            word = text[tok.start:tok.end]
            for k, ch in enumerate(word):
                if ch in known and in_scope(word, k, tok.citation[k], tok.sources[k]):
                    at.append((t, k))
        opinions = model_opinions(model, text, [tokens[t].start + k for t, k in at])
        out = []
        for (t, k), opinion in zip(at, opinions, strict=True):
            tok = tokens[t]
            word = text[tok.start:tok.end]
            out.append((t, k, self.features(word, k, tok.citation[k], tok.sources[k],
                                            engine_mark=tok.unsure[k], opinion=opinion)))
        return out

    def marks(self, text: str, tokens: Sequence[Token]) -> list[Token]:
        """``tokens`` with these marks in ``unsure`` (the same objects where nothing
        changes); readings are untouched."""
        flags: dict[int, list[bool]] = {}
        for t, k, x in self.rows(text, tokens):
            mark = score(x) > THRESHOLD
            if mark != tokens[t].unsure[k]:
                flags.setdefault(t, list(tokens[t].unsure))[k] = mark
        out = list(tokens)
        for t, new in flags.items():
            out[t] = replace(tokens[t], unsure=shared(tuple(new)))
        return out


def score(x: Sequence[float]) -> float:
    """The log-odds that the reading is wrong, from :meth:`MarkScorer.features`."""
    return INTERCEPT + sum(w * v for w, v in zip(WEIGHTS, x, strict=True))
