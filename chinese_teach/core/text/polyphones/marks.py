"""Unsure marks for the teacher's eyes: the model asked where it may doubt.

The engine's own marks (``Token.unsure``, set while reading, :mod:`.doubt`) cost no
model query beyond the engine's. The marks of this module ask the polyphone model, in one
batch per call, at every character it knows whatever gave the reading (a teacher's
correction excepted), and weigh its doubt of the engine's reading with what the engine
knows of the word (source, frequency, HSK, the dictionaries), the kind of reading
(:meth:`MarkScorer.category`: the model's and undecided readings and unconfirmed
dictionary words, light syllables, rules' readings, HSK words, words pypinyin's phrases
confirm; each kind has its own weights), how plain its sentence is (its share of HSK
words and of rare words), how often new classroom text showed that character misread
in that kind of reading (``char_rate``, :func:`load_rates`) and whether a pypinyin phrase
around it, cut its own way, reads it otherwise
(:meth:`MarkScorer.around_phrase_disagrees`) in one logistic score. The
score is fitted on CPP dev, on the classroom sets' *blind* readings (each set as the
engine read it before any rule was tuned on it: what a teacher's new text gets) and on
today's readings of the classroom sets (``benchmarks/pinyin/marks_fit.py``). A character
is marked when its score is above :data:`THRESHOLD`, the score that marks the fit's budget
of CPP dev's characters (``marks_fit.py --budget``, 1.95 %: a margin under the 2 % a
teacher is promised). Fitted without a set and measured on its blind readings (leave one
set out), the marks dot 57 % of the errors of new classroom text at 2.06 % of its
characters (the seventh round's way: 36 % at 2.00 %); CPP test 62.1 % of its errors at
1.95 %; the seen classroom sets 0.60-1.68 % (issue 19, branches marks11 and marks16, the
refit on the readings of 2026-12-07; benchmarks/pinyin/README.md, which also says why
90 % is out of reach at 2 %). After reading changes, ``marks_fit.py --write`` refits.

The queries cost about twice the annotation's CPU, so these marks are computed only
where marks are shown: the reader preview and its word pop-up
(:func:`chinese_teach.core.documents.reader.build_reader` with ``marks=True``) and
``chinese-teach annotate --format json/jsonl``. A printed reader, the PDF, the Word and
HTML exports and Quick annotate never show marks and never pay for them
(:meth:`chinese_teach.core.text.engine.TextEngine.unsure_marks`).

Characters the model does not know keep the engine's own mark; a teacher's correction
is never marked; readings are never changed.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from chinese_teach import paths
from chinese_teach.core.text import fallback
from chinese_teach.core.text.polyphones.model import WINDOW, PolyphoneModel, Query
from chinese_teach.core.text.tokens import Kind, Source, Token, shared

#: The kinds of reading :meth:`MarkScorer.category` tells apart (``core`` first).
CATEGORIES = ("core", "light", "rule", "hsk", "phrase")
#: A word jieba counts fewer times than this is rare (:meth:`MarkScorer.sentence_features`).
RARE_FREQ = 100
#: The score's inputs, in the order of :data:`WEIGHTS` (see :meth:`MarkScorer.features`).
FEATURES = (
    "engine_mark", "src_dictionary", "src_model", "doubt", "doubt_dictionary", "disagrees",
    "no_opinion", "log_freq", "hsk", "in_word", "several_readings", "phrase_disagrees",
    "proper", "suspect",
    "margin", "entropy", "light", "rule", "hsk_word", "phrase_confirms",
    "doubt_light", "doubt_rule", "doubt_hsk_word", "doubt_phrase_confirms",
    "no_opinion_outside_core", "sentence_hsk", "sentence_rare", "char_rate",
    "around_phrase_disagrees",
)
#: Logistic weights on the raw features of :data:`FEATURES`, then the intercept
#: (fitted by ``benchmarks/pinyin/marks_fit.py``).
WEIGHTS: tuple[float, ...] = (
    0.641762, -0.777425, 2.58952, 0.0397681, -0.022164, 0.270951, 4.48331, -0.0658509,
    -0.236627, 0.113023, 0.386168, 0.651584, 1.23875, 1.30665, 2.37551, 3.18175,
    -0.488352, 0.153919, -0.578274, -0.151263, -0.0319516, -0.123475, 0.0178965,
    -0.0228069, -0.873492, 0.828151, 0.0784374, 0.317511, 2.05451,
)
INTERCEPT = -8.05093
#: A character is marked when its score (log-odds of being wrong) is above this: the
#: score that marks the fit's budget of CPP dev's characters (1.95 %, ``marks_fit.py``).
THRESHOLD = -3.14913

#: The file of :func:`load_rates` (written by ``marks_fit.py --write``).
RATES_FILE = ("polyphones", "mark_rates.tsv")

_SENTENCE_END = re.compile(r"[。！？!?；;\n\r…]")
#: The model's log-odds are cut at this many units (p of 1e-9 .. 1 - 1e-9).
_LOGIT_CAP = 20.7


def load_rates(path=None) -> dict[tuple[str, str], float]:
    """(character, kind of reading) -> the feature ``char_rate``: the log-odds of that
    character being read wrong in that kind of reading on new classroom text, against
    all characters' (smoothed), measured on the classroom sets' blind readings
    (``benchmarks/pinyin/marks_fit.py``); pairs not listed count 0."""
    path = path or paths.resource(*RATES_FILE)
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            char, kind, _, _, value = line.split("\t")
            out[(char, kind)] = float(value)
    return out


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

    def __init__(self, model: PolyphoneModel, lexicon, lexical, phrase, suspects, *,
                 rates: dict[tuple[str, str], float] | None = None) -> None:
        self.model = model
        self.lexicon = lexicon
        self.lexical = lexical
        self.phrase = phrase
        self.suspects = suspects
        self.rates = load_rates() if rates is None else rates
        self._phrase_words: frozenset[str] | None = None

    def category(self, word: str, k: int, syllable: str, source: Source) -> str | None:
        """Which kind of reading character ``k`` of ``word`` read ``syllable`` is, one of
        :data:`CATEGORIES` (each has its own weights in the score), or None for a
        teacher's correction (never marked). ``core`` are the model's readings, the
        undecided ones and dictionary words outside HSK that pypinyin's phrases do not
        confirm (the sixth round scored only these); then light syllables, rules'
        readings, HSK words and dictionary words pypinyin's phrases confirm."""
        if source is Source.CORRECTION:
            return None
        if syllable[-1:] == "5":
            return "light"
        if source is Source.RULE:
            return "rule"
        if source is Source.DICTIONARY:
            if word in self.lexicon.hsk_words:
                return "hsk"
            if len(word) > 1:
                phrase = self.phrase(word)
                if phrase is not None and phrase[k] == syllable:
                    return "phrase"
        return "core"

    def features(
        self, word: str, k: int, syllable: str, source: Source, *, engine_mark: bool,
        opinion: tuple[np.ndarray, tuple[str, ...]] | None,
        sentence: tuple[float, float] = (0.0, 0.0),
        around: tuple[str, int] | None = None,
    ) -> list[float]:
        """The inputs of the score (:data:`FEATURES`) for character ``k`` of ``word``
        read ``syllable`` (a full tone: see :meth:`category`), given the model's
        ``opinion``, ``sentence`` (:meth:`sentence_features` of its sentence) and
        ``around``, the simplified text and the word's start in it (the words around
        it, :meth:`around_phrase_disagrees`; none without it)."""
        lexicon = self.lexicon
        doubt = disagrees = entropy = 0.0
        margin = 1.0
        no_opinion = True
        if opinion is not None:
            probs, names = opinion
            ranked = np.sort(probs)[::-1]
            margin = float(ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0))
            entropy = float(-(probs * np.log(probs + 1e-12)).sum())
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
        kind = self.category(word, k, syllable, source)
        light, rule, hsk, confirmed = (float(kind == c) for c in CATEGORIES[1:])
        return [
            float(engine_mark), float(is_dict), float(source is Source.MODEL), doubt,
            doubt * is_dict, disagrees, float(no_opinion),
            math.log10(lexicon.freq.get(word, 0) + 1), float(word in lexicon.hsk_words),
            float(len(word) > 1), several, phrase_disagrees, proper,
            float(word in self.suspects),
            margin, entropy, light, rule, hsk, confirmed,
            doubt * light, doubt * rule, doubt * hsk, doubt * confirmed,
            float(no_opinion and kind != "core"), *sentence,
            self.rates.get((word[k], kind), 0.0),
            self.around_phrase_disagrees(word, k, syllable, around),
        ]

    def around_phrase_disagrees(self, word: str, k: int, syllable: str,
                                around: tuple[str, int] | None) -> float:
        """1.0 where a phrase of pypinyin's of 2-4 characters of the text covering
        character ``k`` of ``word`` (other than ``word`` itself, across the word's edges
        too) reads that character otherwise than ``syllable`` (full tones compared): a
        second opinion from a dictionary that cuts the text its own way. ``around`` is
        the simplified text and the word's start in it; without it, 0.0."""
        if around is None:
            return 0.0
        text, start = around
        ch, pos = word[k], start + k
        listed = self.phrase_words
        full = None
        for n in (2, 3, 4):
            for lo in range(max(0, pos - n + 1), min(pos, len(text) - n) + 1):
                sub = text[lo:lo + n]
                if sub == word or sub not in listed:
                    continue
                phrase = self.phrase(sub)
                if phrase is None or len(phrase) != n:
                    continue
                if full is None:
                    full = self.lexical(ch, syllable)
                if self.lexical(ch, phrase[pos - lo]) != full:
                    return 1.0
        return 0.0

    @property
    def phrase_words(self) -> frozenset[str]:
        """The words of pypinyin's phrase list, read once (a set test is ~50 times cheaper
        than a look-up in the table, and most substrings are no phrase)."""
        if self._phrase_words is None:
            self._phrase_words = frozenset(w for w, _ in fallback.phrase_items())
        return self._phrase_words

    def sentence_features(self, text: str, tokens: Sequence[Token]) -> list[tuple[float, float]]:
        """For each token, (share of its sentence's hanzi in HSK words, share in words
        jieba counts fewer than :data:`RARE_FREQ` times): a plain everyday sentence
        (a classroom text) is read right more often than an encyclopaedia's."""
        ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        hsk_words, freq = self.lexicon.hsk_words, self.lexicon.freq
        sums: dict[int, list[int]] = {}
        where = []
        for tok in tokens:
            n = bisect.bisect_left(ends, tok.start)
            where.append(n)
            if tok.kind is Kind.HANZI:
                word = text[tok.start:tok.end]
                acc = sums.setdefault(n, [0, 0, 0])
                acc[0] += len(word)
                acc[1] += len(word) * (word in hsk_words)
                acc[2] += len(word) * (freq.get(word, 0) < RARE_FREQ)
        shares = {n: (h / total, r / total) for n, (total, h, r) in sums.items()}
        return [shares.get(n, (0.0, 0.0)) for n in where]

    def rows(self, text: str, tokens: Sequence[Token]) -> list[tuple[int, int, list[float]]]:
        """(token index, character index, features) of every character of ``tokens``
        the model knows, except a teacher's corrections (:meth:`category`); ``text`` is
        the simplified text the tokens spell."""
        model = self.model
        known, hanzi, category = model.candidates, Kind.HANZI, self.category
        at: list[tuple[int, int]] = []
        for t, tok in enumerate(tokens):
            if tok.kind is not hanzi or tok.sources is None:
                continue
            word = text[tok.start:tok.end]
            for k, ch in enumerate(word):
                if ch in known and category(word, k, tok.citation[k], tok.sources[k]):
                    at.append((t, k))
        if not at:
            return []
        opinions = model_opinions(model, text, [tokens[t].start + k for t, k in at])
        sentences = self.sentence_features(text, tokens)
        out = []
        for (t, k), opinion in zip(at, opinions, strict=True):
            tok = tokens[t]
            word = text[tok.start:tok.end]
            out.append((t, k, self.features(word, k, tok.citation[k], tok.sources[k],
                                            engine_mark=tok.unsure[k], opinion=opinion,
                                            sentence=sentences[t], around=(text, tok.start))))
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
