"""Readings of words: the teacher's corrections, the dictionary, rules, a model, pypinyin.

:meth:`Reader.read_runs` gives one canonical syllable per character for the
Chinese words of a text, with the source of each reading and whether the
engine is unsure of it. Sources, strongest first:

1. the teacher's corrections (matched on the text, most specific context wins);
2. the dictionary reading of a multi-character word when CC-CEDICT gives it one
   common reading, or the textbook reading from :data:`rules.WORD_READINGS`;
3. context rules for frequent one-character polyphones (:mod:`.polyphones.rules`);
4. the BiLSTM polyphone model (:mod:`.polyphones.model`), run once per call on
   all the positions still open, in batches;
5. pypinyin's default reading of the character (or of the word, when pypinyin
   knows the word as a phrase), derived once into ``resources/pinyin/``
   (:mod:`.fallback`).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from chinese_teach import paths
from chinese_teach.core.text import fallback
from chinese_teach.core.text.lexicon import Lexicon
from chinese_teach.core.text.polyphones.class19 import potential_bu
from chinese_teach.core.text.polyphones.collocations import (
    COLLOCATIONS,
    VERB_FILLER,
    collocation_reading,
    surname_reading,
)
from chinese_teach.core.text.polyphones.doubt import (
    CHOICE_UNSURE_BELOW,
    DOUBT_CHECK_ALL_SUSPECTS,
    MODEL_UNSURE_BELOW,
    PHRASE_UNSURE_UNLESS_DEFAULT,
    SUSPECT_UNLESS_PHRASE_AGREES,
    locative_unsure,
)
from chinese_teach.core.text.polyphones.erhua_names import (
    HEAD_REACH,
    NAMED_ER,
    er_of_name,
    er_of_transliteration,
    er_starts_word,
    takes_no_erhua,
)
from chinese_teach.core.text.polyphones.given_names import tan_in_given_name
from chinese_teach.core.text.polyphones.model import WINDOW, Choice, PolyphoneModel, Query
from chinese_teach.core.text.polyphones.rules import (
    CONTEXT_CHARS,
    CONTEXT_WORDS,
    NUMERALS,
    REDUPLICATED_VERBS,
    SHANG_WORD_NEXT,
    SINGLE_READINGS,
    WORD_READINGS,
    Context,
    light_bu,
    reduplicated_verb,
    rule_reading,
    word_in_context,
)
from chinese_teach.core.text.syllables import normalize
from chinese_teach.core.text.tokens import Source, shared

# When a reading is marked unsure: thresholds chosen on CPP dev (see .polyphones.doubt).
UNSURE_BELOW = CHOICE_UNSURE_BELOW
#: A rare (non-HSK) dictionary word's reading gives way to the model above this
#: probability: CC-CEDICT's less common entries carry old or variant readings.
OVERRIDE_ABOVE = 0.99
#: ... and only for words rarer than this (jieba count): everyday words keep CC-CEDICT's reading.
OVERRIDE_MAX_FREQ = 100
#: A rare two-character word (not HSK, rarer than this) whose last character a collocation
#: reads otherwise is the segmenter's glue of a noun and a verb (把画卷起来: 画 | 卷 juǎn).
GLUED_MAX_FREQ = 1000
#: ... and only for words this short: set phrases and idioms (为人民服务, 一丘之貉) are
#: fixed expressions whose dictionary reading is right where a context model errs.
OVERRIDE_MAX_LEN = 3
_SENTENCE_END = re.compile(r"[。！？!?；;\n\r…]")


@dataclass(frozen=True, slots=True)
class ReadingCorrection:
    """A teacher's reading for ``word``, optionally only between ``left`` and ``right``.

    A correction applies wherever its characters occur in the text with the given
    context (across the engine's word cuts), except that a one-character
    correction applies only where that character is a word of its own.
    """

    word: str
    pinyin: tuple[str, ...]
    left: str = ""
    right: str = ""

    def matches(self, before: str, after: str) -> bool:
        """True if the text ``before`` and ``after`` an occurrence fits this correction."""
        return before.endswith(self.left) and after.startswith(self.right)

    @property
    def specificity(self) -> int:
        """Longer context is more specific; a bare word is the least specific."""
        return len(self.left) + len(self.right)


@dataclass(slots=True)
class WordReading:
    """The reading chosen for one word."""

    syllables: tuple[str, ...]
    sources: tuple[Source, ...]
    unsure: tuple[bool, ...]


@lru_cache(maxsize=65536)
def _char_default(ch: str) -> str:
    return fallback.char_reading(ch)


@lru_cache(maxsize=65536)
def _phrase_reading(word: str) -> tuple[str, ...] | None:
    """pypinyin's reading of ``word`` if it knows the word as a phrase."""
    return citation_phrase(word, fallback.phrase_reading(word))


def phrase_reading(word: str) -> tuple[str, ...] | None:
    """pypinyin's reading of ``word`` if it knows the word as a phrase (citation tones
    of 一/不)."""
    return _phrase_reading(word)


def citation_phrase(word: str, syl: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """pypinyin's phrase reading ``syl`` of ``word`` with the citation tones of 一/不."""
    if syl is None or len(syl) != len(word):
        return None
    # pypinyin's phrases carry 一/不 tone changes (一起 yì); we want citation tones,
    # except the light 不 of a potential complement (挑不动 tiāo bu dòng).
    light_bu = len(word) == 3 and word[1] == "不"
    return tuple(
        "yi1" if ch == "一"
        else ("bu5" if light_bu and k == 1 else "bu4") if ch == "不" and s[:2] == "bu"
        else s
        for k, (ch, s) in enumerate(zip(word, syl, strict=True))
    )


class _Slots:
    """Mutable per-character decisions for one word while a text is being read."""

    __slots__ = ("src", "syl", "unsure")

    def __init__(self, n: int) -> None:
        self.syl: list[str] = [""] * n
        self.src: list[Source] = [Source.FALLBACK] * n
        self.unsure: list[bool] = [False] * n

    def freeze(self) -> WordReading:
        return WordReading(tuple(self.syl), shared(tuple(self.src)), shared(tuple(self.unsure)))


@dataclass(slots=True)
class _Run:
    """A stretch of Chinese words with no other text between them."""

    text: str
    spans: list[tuple[int, int]]
    start: int
    end: int


@dataclass(slots=True)
class _Pending:
    """A character left to the model: where it is and which readings it may take.

    ``readings`` is ``()`` for a one-character word, the word's dictionary
    readings for a word with several, and ``None`` for a rare word whose single
    dictionary reading the model double-checks.
    """

    slots: _Slots
    pos: int
    k: int
    allowed: tuple[str, ...]
    readings: tuple[tuple[str, ...], ...] | None
    off: int = 0  # where the word of ``readings`` starts in ``slots``
    #: a dictionary word the model only double-checks: its reading stays, a different
    #: choice of the model marks it unsure
    only_mark: bool = False


class _Opened:
    """A text's runs read up to the model (:meth:`Reader._open_runs`): per run its words'
    slots or kept readings, and the positions and passes left."""

    __slots__ = ("corrected", "kept_only", "pending", "slots_runs", "tried")

    def __init__(self) -> None:
        self.slots_runs: list[list[_Slots | WordReading]] = []
        #: per run: True when every word is a kept reading (nothing to freeze)
        self.kept_only: list[bool] = []
        self.pending: list[_Pending] = []
        #: runs a teacher's correction may touch, and runs with a verb said twice (量一量)
        self.corrected: list[tuple[_Run, list[_Slots | WordReading]]] = []
        self.tried: list[tuple[list[tuple[int, int]], list[_Slots | WordReading]]] = []


#: Words jieba tags as nouns or places whose 上 is not the light locative (关上 "to
#: close", 患上 "to catch", 中上 "upper middle").
_NOT_LOCATIVE = frozenset({
    "关上", "怀上", "交上", "患上", "染上", "中上", "坝上", "塞上", "祖上", "府上", "庄上",
    "县上",
})
#: What may stand between the two characters of a verb-object word that keeps its
#: reading when split (睡了一大觉, 出了一趟差, 理了个发).
_SPLIT_FILLER = frozenset("了过着一两三几半个大小好次趟顿回场阵会儿点完")
#: Measure words that are filler only after a numeral or a demonstrative (照了一张相: 照相
#: xiàng; 标本的 is no split 标的).
_SPLIT_MEASURES = frozenset("张本件条口杯碗根")
_SPLIT_NUMERALS = frozenset("一两二三四五六七八九十几半这那每")

#: The filler between a verb and a one-character object that keeps a verb-object
#: word's reading (铺好了床: 铺床 pū, 散了一会儿步: 散步 sàn, 吐了一口痰: 吐痰 tǔ).
_FORWARD_FILLER = re.compile(VERB_FILLER)
#: The characters that can start that filler (a quick test before the expression).
_FILLER_FIRST = frozenset("了着过好完一两二三四五六七八九十几半这那每整满很不许")

#: The first characters of the two-character directional complements (起来, 下去 ...).
_DIRECTIONS = frozenset("起出过下上回进开")
#: The directions that end a two-character verb before 来/去 (提出 | 来); 上, 下 and 过 also
#: end nouns and adverbs (晚上 | 来, 以下, 不过 | 去).
_VERB_DIRECTIONS = frozenset("起出回进开")
#: Two-character words ending in such a direction that are not verbs.
_NOT_VERB_DIRECTIONS = frozenset({"一起", "这回", "那回", "来回", "先进", "杰出", "突出", "支出"})


#: Characters that never start the object of a split verb-object word: particles, the
#: sentence-final ones (头发干了吗 is not 干吗 gànmá split by 了), and numerals, which
#: start an amount (他重了五斤 is not 重五 chóngwǔ split by 了).
_NO_SPLIT_OBJECT = "了过着的得地吗吧呢啊呀嘛一二两三四五六七八九十百千万几半"
#: An amount after 了/过 (倒了好几辆, 干了好多天): no object that makes a word with the verb
#: (not 倒好 dàohǎo, 干好).
_AMOUNT_AFTER_LE = ("好几", "好多", "好些")


def _inside_word_before(run: _Run, wi: int, back: int) -> bool:
    """True if the character ``back`` places before word ``wi`` (a one-character word)
    lies inside the word just before it, together with everything up to ``wi``: the
    segmenter made them one word (难过 | 得), so they are no verb and particle."""
    if wi == 0:
        return False
    start, end = run.spans[wi - 1]
    return end == run.spans[wi][0] and end - start >= 2 and start <= end - back


def _inside_a_word_after_its_start(run: _Run, wi: int, back: int) -> bool:
    """True if the character ``back`` places before word ``wi`` lies inside a longer word
    of the run and does not start it: the end of a word (今天 | 一点儿 | 空) is no verb of
    a split verb-object word (天空), a verb that starts a word is (睡好 | 了 | 觉)."""
    pos = run.spans[wi][0] - back
    for start, end in reversed(run.spans[:wi]):
        if start <= pos < end:
            return end - start >= 2 and pos > start
    return False


def _may_complete_direction(text: str, span: tuple[int, int], start: int) -> bool:
    """A quick test before :meth:`Reader._completes_verb_direction`: the word at ``span``
    ends right before ``start``, has two characters and ends in a verb direction."""
    return span[1] == start and span[1] - span[0] == 2 and text[start - 1] in _VERB_DIRECTIONS


def _completes_direction(part_before: str, part: str) -> bool:
    """True if ``part`` (来 or 去) completes a two-character directional complement that
    ends ``part_before`` (挑起 | 来, 留下 | 来): it then reads as that complement does."""
    return part in ("来", "去") and len(part_before) == 2 and part_before[1] in _DIRECTIONS


#: Particles and suffixes whose light tone is their only everyday reading.
_LIGHT_ONLY = frozenset("的得地了着过么吗呢吧啊呀们个子头啦哟嘛呗哦哩")


#: A one-character verb said twice around 一 or 了 (量一量, 称了称): one verb, one reading.
_TRIED_VERB = re.compile(r"(\w)[一了]\1")


def _named_er(text: str, start: int, end: int) -> bool:
    """True when a 儿 of the run ``text[start:end]`` stands before a name's head, which may
    lie past the run (金爪儿（学名：）: :data:`.erhua_names.NAMED_ER`)."""
    m = NAMED_ER.search(text, start, min(len(text), end + HEAD_REACH))
    return m is not None and m.start() < end





def _same_verb_twice(text: str, spans: list[tuple[int, int]], slots_run: list[_Slots]) -> None:
    """Give the second verb of 量一量, 称了称 the reading of the first (the model reads
    the second alone and may take 量 for the noun liàng)."""
    for i, (s, e) in enumerate(spans[:-2]):
        if e - s != 1 or spans[i + 1][1] - spans[i + 1][0] != 1:
            continue
        s2, e2 = spans[i + 2]
        if e2 - s2 != 1 or text[s2] != text[s] or text[s + 1] not in "一了":
            continue
        first, second = slots_run[i], slots_run[i + 2]
        if second.src[0] in (Source.CORRECTION, Source.RULE) or not first.syl[0]:
            continue
        second.syl[0], second.src[0] = first.syl[0], first.src[0]
        second.unsure[0] = first.unsure[0]


#: How much more frequent (log) the words of the right-to-left cut of an unknown word must
#: be to win over the left-to-right one (ten times: 道理 is fifty times 讲道, 热水 not three
#: times 地热).
_SPLIT_MARGIN = math.log(10)


#: What ends a clause after a run of Chinese text (besides the end of the text).
_CLAUSE_PUNCTUATION = frozenset("，。、；：！？,.;:!?…）)」』”’】》\n\r")


def _clause_end(run: _Run) -> bool:
    """True if punctuation or the end of the text follows the run (参将。), not a digit,
    an opening quotation mark or Latin letters (将“望江”, 将140型)."""
    return run.end >= len(run.text) or run.text[run.end] in _CLAUSE_PUNCTUATION


def _number_follows(run: _Run) -> bool:
    """True if digits follow the run (河长 | 88千米, 轴重 | 23吨): a number the collocations
    and rules of a length or a weight see (``collocations.NUMBER_AFTER``)."""
    return run.end < len(run.text) and run.text[run.end] in _DIGITS


#: Digits, ASCII and full-width.
_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _ends_word(run: _Run, wi: int, j: int) -> bool:
    """True if the character ``j`` places after word ``wi`` ends its word (床 in 铺好了床;
    枪 in the segmenter's 一枪 of 中了一枪): it is the whole object, not the start of a
    longer one (香 of 香水)."""
    at = run.spans[wi][1] + j
    for _s, e in run.spans[wi + 1:]:
        if e > at:
            return e == at + 1
    return False


class Reader:
    """Chooses readings for words in context."""

    def __init__(self, lexicon: Lexicon, model: Callable[[], PolyphoneModel] | None = None) -> None:
        self.lexicon = lexicon
        self._model_factory = model
        self._model: PolyphoneModel | None = None
        self._corrections: dict[str, list[ReadingCorrection]] = {}
        self._kept_corrections: list[ReadingCorrection] = []
        self._correction_firsts: frozenset[str] = frozenset()
        self._word_cache: dict[str, tuple] = {}
        #: Word -> its reading in every context, or False if context decides it.
        self._known_readings: dict[str, WordReading | bool] = {}
        self._suspect_words: frozenset[str] | None = None
        #: Characters read without context: char -> (syllable, source, unsure).
        self._mono: dict[str, tuple[str, Source, bool]] = {}
        #: 来/去 where no verb before them ends in a direction: their reading object.
        self._come_go: dict[str, WordReading] = {}

    @property
    def model(self) -> PolyphoneModel:
        """The polyphone model (loaded on first use)."""
        if self._model is None:
            if self._model_factory is None:
                from chinese_teach.core.text.polyphones.model import get_model

                self._model = get_model()
            else:
                self._model = self._model_factory()
        return self._model

    def warm_up(self) -> None:
        """Load the polyphone model, its word list and the readings of last resort
        (:func:`.fallback.preload`) now (the engine's ``load`` calls this)."""
        self._suspects()
        _ = self.model
        fallback.preload()

    # -- corrections ---------------------------------------------------------------
    def set_corrections(self, corrections: list[ReadingCorrection]) -> None:
        """Replace the teacher's corrections (most specific context wins)."""
        table: dict[str, list[ReadingCorrection]] = {}
        kept: list[ReadingCorrection] = []
        simp = self.lexicon.to_simplified  # texts are read in simplified form
        for c in corrections:
            if c.word and len(c.pinyin) == len(c.word):
                pinyin = tuple(normalize(s) for s in c.pinyin)
                kept.append(ReadingCorrection(c.word, pinyin, c.left, c.right))
                fixed = ReadingCorrection(simp(c.word), pinyin, simp(c.left), simp(c.right))
                table.setdefault(fixed.word[0], []).append(fixed)
        for lst in table.values():
            lst.sort(key=lambda c: (c.specificity, len(c.word)))
        self._corrections = table
        self._kept_corrections = kept
        self._correction_firsts = frozenset(table)

    @property
    def corrections(self) -> list[ReadingCorrection]:
        """The corrections in use, as the teacher wrote them."""
        return list(self._kept_corrections)

    def suspect_words(self) -> frozenset[str]:
        """The words of ``suspect_words.txt`` (see :mod:`.polyphones.doubt`)."""
        return self._suspects()

    def _suspects(self) -> frozenset[str]:
        if self._suspect_words is None:
            path = paths.resource("polyphones", "suspect_words.txt")
            self._suspect_words = frozenset(path.read_text(encoding="utf-8").split())
        return self._suspect_words

    def lexical_tone(self, char: str, syllable: str) -> str:
        """The full tone a light (neutral) syllable has on its own: 认识 rènshi -> shí.

        Benchmarks such as CPP write word-internal light syllables with their
        full tone; particles (的, 了, 们 ...) stay light.
        """
        if syllable[-1:] != "5" or char in _LIGHT_ONLY:
            return syllable
        base = syllable[:-1]
        full = {
            r[0] for r in self.lexicon.common_readings(char)
            if r[0][:-1] == base and r[0][-1] != "5"
        }
        if len(full) > 1:
            default = _char_default(char)
            return default if default in full else syllable
        return full.pop() if full else syllable

    def is_polyphonic(self, char: str) -> bool:
        """True if ``char`` has several readings that context decides between."""
        return self.model.knows(char)

    # -- reading ---------------------------------------------------------------------
    def read_word(self, word: str, before: str = "", after: str = "") -> WordReading:
        """The reading of one ``word`` given the text ``before`` and ``after`` it."""
        text = before + word + after
        return self.read_runs(text, [[(len(before), len(before) + len(word))]])[0][0]

    def read_runs(
        self, text: str, runs: list[list[tuple[int, int]]]
    ) -> list[list[WordReading]]:
        """Readings for the words of ``text``.

        Each run is a list of ``(start, end)`` word spans that follow each other
        with no non-Chinese text between them.
        """
        model = self.model
        opened = self._open_runs(text, runs, model)
        if opened.pending:
            self._resolve(text, opened.pending, model)
        return self._close_runs(text, opened)

    def read_texts(
        self, texts: list[tuple[str, list[list[tuple[int, int]]]]]
    ) -> list[list[list[WordReading]]]:
        """:meth:`read_runs` of each ``(text, runs)``, with one model call for the
        positions of all of them: the same readings, sources and unsure flags as one
        :meth:`read_runs` per text (the model's floats are those of one call per text,
        :meth:`.PolyphoneModel.logits_of_groups`)."""
        model = self.model
        opened = [(text, self._open_runs(text, runs, model)) for text, runs in texts]
        asked = [(text, o.pending) for text, o in opened if o.pending]
        if len(asked) == 1:
            self._resolve(asked[0][0], asked[0][1], model)
        elif asked:
            groups = [self._queries(text, pending) for text, pending in asked]
            for (_, pending), choices in zip(asked, model.choose_groups(groups),
                                             strict=True):
                _write_choices(pending, choices)
        return [self._close_runs(text, o) for text, o in opened]

    def _open_runs(
        self, text: str, runs: list[list[tuple[int, int]]], model: PolyphoneModel
    ) -> _Opened:
        """The words of ``runs`` read as far as rules and kept readings go, the
        positions left to the model collected (:meth:`read_runs`' first part)."""
        opened = _Opened()
        slots_runs, kept_only = opened.slots_runs, opened.kept_only
        pending, corrected, tried = opened.pending, opened.corrected, opened.tried
        firsts = self._correction_firsts
        known = self._known_readings
        for spans in runs:
            start, end = spans[0][0], spans[-1][1]
            run: _Run | None = None  # made for the first word read in context
            slots_run: list[_Slots | WordReading] = []
            fix = bool(firsts) and not firsts.isdisjoint(text[start:end])
            verb = _TRIED_VERB.search(text, start, end) is not None
            named = "儿" in text[start:end] and _named_er(text, start, end)
            # Runs whose words a later pass edits (corrections, 量一量, 叶儿遗址's 儿) are
            # read slot by slot.
            slow = fix or verb or named
            for wi, (s, e) in enumerate(spans):
                if not slow:
                    # A word read the same in every context: its reading object, kept.
                    found = known.get(text[s:e])
                    if found is None:
                        found = self._context_free_reading(text[s:e], model)
                    if found:
                        slots_run.append(found)
                        continue
                    if e - s == 1 and text[s] in "来去" and not (
                        wi > 0 and _may_complete_direction(text, spans[wi - 1], s)
                    ):
                        # 来/去 after no word ending in a direction: read as without context
                        slots_run.append(self._come_go_reading(text[s]))
                        continue
                if run is None:
                    run = _Run(text, spans, start, end)
                slots = _Slots(e - s)
                slots_run.append(slots)
                self._read_word(run, wi, slots, pending, model)
                if named and text[e - 1] == "儿":
                    self._er_of_name(text, spans, wi, slots)
            if fix:
                corrected.append((run, slots_run))  # type: ignore[arg-type]
            if verb:
                tried.append((spans, slots_run))
            slots_runs.append(slots_run)
            kept_only.append(run is None)
        return opened

    def _er_of_name(
        self, text: str, spans: list[tuple[int, int]], wi: int, slots: _Slots
    ) -> None:
        """Read ér the 儿 closing word ``wi`` of a run when a name's head follows it and
        the word (or the word before a lone 儿, with it) is a name, no learner word
        (叶儿遗址, 金爪儿（学名：）; 这儿村里 keeps zhèr: :mod:`.polyphones.erhua_names`)."""
        s, e = spans[wi]
        if slots.syl[-1] != "r5" or not NAMED_ER.match(text, e - 1, e - 1 + 1 + HEAD_REACH):
            return
        whole = text[spans[wi - 1][0]:e] if e - s == 1 and wi > 0 else text[s:e]
        if er_of_name(whole, self.lexicon.hsk_words, self.lexicon.freq):
            slots.syl[-1], slots.src[-1], slots.unsure[-1] = "er2", Source.RULE, False

    def _close_runs(self, text: str, opened: _Opened) -> list[list[WordReading]]:
        """The readings of :meth:`_open_runs`' runs once the model has written its
        choices: 量一量's second verb, then the teacher's corrections, then frozen."""
        for spans, slots_run in opened.tried:
            _same_verb_twice(text, spans, slots_run)  # type: ignore[arg-type]
        # Last, so that nothing computed for this text can overwrite a correction.
        for run, slots_run in opened.corrected:
            self._apply_corrections(run, slots_run)
        return [run if plain else [  # type: ignore[misc]
            s.freeze() if type(s) is _Slots else s for s in run]
            for run, plain in zip(opened.slots_runs, opened.kept_only, strict=True)]

    def _context_free_reading(self, word: str, model: PolyphoneModel) -> WordReading | bool:
        """The reading of ``word`` if its context cannot change it, else False; either
        is kept for the next occurrence (:attr:`_known_readings`).

        That is a character the model and the context rules do not know (its reading
        without context, as :meth:`_read_char` gives it), and a word of several
        characters that the context rules do not know, not starting with 不 (a light
        不 depends on the word before) nor two characters ending in 上 (the word after
        decides), whose plan is one fixed reading. A new context rule in
        :meth:`_read_word` or :meth:`_read_char` must be excluded here too."""
        known = self._known_readings
        if len(known) >= 200_000:
            known.clear()
        if len(word) == 1:
            # (来/去 after a verb may complete its direction: 提出 | 来, see _read_word)
            if word in model.candidates or word in ("不", "来", "去") or word in CONTEXT_CHARS:
                known[word] = False
                return False
            mono = self._mono.get(word)
            if mono is None:
                mono = self._mono[word] = self._context_free(word)
            syl, src, unsure = mono
            found = known[word] = WordReading((syl,), shared((src,)), shared((unsure,)))
            return found
        if (
            word in CONTEXT_WORDS or word[0] == "不" or (len(word) == 2 and word[1] == "上")
            or self._maybe_glued(word) or self._phrase_with_collocation(word)
        ):
            # (X上 is read by the word after it: 墙上 | 部 starts 上部, see _read_word)
            known[word] = False
            return False
        kind, value = self._plan(word, model)
        if kind in ("parts", "chars"):
            found = known[word] = self._reading_of_parts(
                word, value or [(k, 1) for k in range(len(word))], model)
            return found
        if kind != "fixed":
            known[word] = False
            return False
        syl, src, *doubt = value
        n = len(word)
        found = known[word] = WordReading(
            tuple(syl), shared((src,) * n), shared(tuple(doubt[0]) if doubt else (False,) * n)
        )
        return found

    def _reading_of_parts(
        self, word: str, parts: list[tuple[int, int]], model: PolyphoneModel
    ) -> WordReading | bool:
        """The reading :meth:`_read_word` gives a word read part by part (a word the
        dictionary lacks: 很多, 做作业) when no part depends on its context, else False:
        every one-character part a character read without context (:meth:`_read_char`
        answers those from :attr:`_mono` before looking around), every longer part a
        fixed reading that no context rule knows, no 不 (a light 不 depends on the part
        before it) and no 来/去 completing a direction (留下 | 来: :func:`_completes_direction`)."""
        if "不" in word:
            return False
        syl: list[str] = []
        src: list[Source] = []
        unsure: list[bool] = []
        part_prev = ""
        for off, length in parts:
            sub = word[off:off + length]
            if length == 1:
                if sub in model.candidates or sub in CONTEXT_CHARS or _completes_direction(
                    part_prev, sub
                ):
                    return False
                mono = self._mono.get(sub)
                if mono is None:
                    mono = self._mono[sub] = self._context_free(sub)
                syl.append(mono[0])
                src.append(mono[1])
                unsure.append(mono[2])
            else:
                if sub in CONTEXT_WORDS:
                    return False
                kind, value = self._plan(sub, model)
                if kind != "fixed":
                    return False
                part_syl, part_src, *doubt = value
                syl.extend(part_syl)
                src.extend([part_src] * length)
                unsure.extend(doubt[0] if doubt else [False] * length)
            part_prev = sub
        return WordReading(tuple(syl), shared(tuple(src)), shared(tuple(unsure)))

    def _read_word(
        self, run: _Run, wi: int, slots: _Slots, pending: list[_Pending], model: PolyphoneModel
    ) -> None:
        s, e = run.spans[wi]
        word = run.text[s:e]
        n = len(word)
        if n > 1:
            prev = run.text[run.spans[wi - 1][0]:s] if wi > 0 else ""
            if word in CONTEXT_WORDS:
                in_context = word_in_context(
                    word, prev, run.text[e:run.end], self.lexicon.nouns, run.text[run.start:s]
                )
                if in_context:
                    slots.syl[:] = in_context
                    slots.src[:] = [Source.RULE] * n
                    return
            if self._maybe_glued(word) and self._read_glued(run, wi, slots, pending, model):
                return
            if self._phrase_with_collocation(word):
                self._apply_plan(self._plan(word, model), slots, s, 0, n, pending=pending)
                self._collocations_inside(run, wi, slots, model)
                return
            if n == 2 and word[1] == "上" and self._shang_starts_word(run, wi):
                self._read_char(run, wi, 0, slots, pending, model=model)
                slots.syl[1], slots.src[1] = "shang4", Source.RULE
                return
            plan = self._plan(word, model)
            if plan[0] == "parts":
                part_prev = prev
                for off, length in plan[1]:
                    sub = word[off:off + length]
                    if length == 1:
                        # 地 after an adverb inside a longer word (不高兴地) and 上 after a
                        # noun (操场上: 操场 | 上) see the part before them, not one character.
                        if sub == "子" and self._light_zi(part_prev):
                            # 买房 | 子: the 子 of 房子 (fángzi), split from its noun
                            slots.syl[off], slots.src[off] = "zi5", Source.RULE
                        else:
                            self._read_char(
                                run, wi, off, slots, pending, model=model,
                                prev_word=part_prev if sub == "地" or (
                                    sub == "上" and part_prev in self.lexicon.nouns
                                ) else None,
                            )
                        if _completes_direction(part_prev, sub):
                            # 挑起 | 来: the complement 起来 reads as its own word (qǐlai)
                            complement = self._word_reading(part_prev[1] + sub)
                            if complement:
                                slots.syl[off] = complement[1]
                    elif sub in CONTEXT_WORDS and (
                        fixed := word_in_context(
                            sub, part_prev, run.text[s + off + length:run.end], self.lexicon.nouns,
                            run.text[run.start:s + off],
                        )
                    ) is not None:
                        slots.syl[off:off + length] = fixed
                        slots.src[off:off + length] = [Source.RULE] * length
                    else:
                        part = self._plan(sub, model)
                        self._apply_plan(part, slots, s, off, length, pending=pending)
                        if light_bu(part_prev, sub):
                            slots.syl[off] = "bu5"
                    part_prev = sub
            elif plan[0] == "chars":
                for k in range(n):
                    # 闷闷不乐 | 地走了: a leading 地 after a four-character idiom sees it
                    # (an adverbial: de); after a shorter word it is read as before
                    # (安徽 | 地矿局, 使用 | 地高辛 dì)
                    self._read_char(
                        run, wi, k, slots, pending, model=model,
                        prev_word=prev if k == 0 and word[0] == "地" and len(prev) == 4 else None,
                    )
            else:
                if plan[0] == "choose" and self._choose_by_collocation(run, s, word, plan, slots):
                    return
                self._apply_plan(plan, slots, s, 0, n, pending=pending)
                if word[0] == "不" and light_bu(prev, word):
                    slots.syl[0] = "bu5"
            return
        if wi > 0 and word in ("来", "去") and self._completes_verb_direction(run, wi):
            # 把问题提出来: 来 completes the complement 出来 of the word 提出 (chūlai)
            prev = run.text[run.spans[wi - 1][0]:s]
            complement = self._word_reading(prev[1] + word)
            if complement:
                slots.syl[0], slots.src[0] = complement[1], Source.RULE
                return
        if wi > 0 and word == "子" and self._light_zi(
            run.text[run.spans[wi - 1][0]:run.spans[wi - 1][1]]
        ):
            # 书包带 | 子: the 子 of 带子 (dàizi), split from its noun by the segmenter
            slots.syl[0], slots.src[0] = "zi5", Source.RULE
            return
        self._read_char(run, wi, 0, slots, pending, model=model)

    def _light_zi(self, before: str) -> bool:
        """True if a 子 standing alone after ``before`` (a word or a word's part) makes a
        word with its last character whose 子 is light (房子 fángzi, 带子 dàizi): the
        segmenter split the noun (买房 | 子, 书包带 | 子); not after a numeral and its
        measure word (三个 | 子分期 is no 个子 gèzi)."""
        if not before or before[-1] == "个" or before[-2:-1] in NUMERALS:
            return False
        reading = self._word_reading(before[-1] + "子")
        return reading is not None and reading[1] == "zi5"

    def _come_go_reading(self, ch: str) -> WordReading:
        """The reading of 来 or 去 that completes no complement (as :meth:`_read_char`
        reads it without context), kept for the next occurrence."""
        found = self._come_go.get(ch)
        if found is None:
            mono = self._mono.get(ch)
            if mono is None:
                mono = self._mono[ch] = self._context_free(ch)
            found = self._come_go[ch] = WordReading(
                (mono[0],), shared((mono[1],)), shared((mono[2],)))
        return found

    def _completes_verb_direction(self, run: _Run, wi: int) -> bool:
        """True if word ``wi`` (来 or 去) completes a directional complement that ends the
        two-character verb just before it (提出 | 来, 拿回 | 去, 站起 | 来); not after a
        noun, a numeral and its measure (这回 | 来) or the adverb 一起 (一起 | 去)."""
        start, end = run.spans[wi - 1]
        prev = run.text[start:end]
        return (
            end == run.spans[wi][0] and len(prev) == 2 and prev[1] in _VERB_DIRECTIONS
            and prev[0] not in NUMERALS and prev not in self.lexicon.nouns
            and prev not in _NOT_VERB_DIRECTIONS
        )

    def _maybe_glued(self, word: str) -> bool:
        """True for a rare two-character word of a noun and a character that collocations
        read (画卷, 球弹): context may show it is the noun and a verb glued together."""
        return (
            len(word) == 2 and word[1] in COLLOCATIONS and word[0] in self.lexicon.nouns
            and word not in self.lexicon.hsk_words
            and self.lexicon.freq.get(word, 0) < GLUED_MAX_FREQ
        )

    def _phrase_with_collocation(self, word: str) -> bool:
        """True for a word only pypinyin's phrase list knows (CC-CEDICT lacks it) with a
        character that collocations read (率部, 劈成): its phrase reading is context-free
        and may be the other reading of that character (率部 lǜbù, 劈成 pǐ)."""
        return (
            not COLLOCATIONS.keys().isdisjoint(word) and word not in self.lexicon.readings
            and word not in WORD_READINGS and not reduplicated_verb(word)
            and _phrase_reading(word) is not None
        )

    def _collocations_inside(
        self, run: _Run, wi: int, slots: _Slots, model: PolyphoneModel
    ) -> None:
        """Let the collocations of a phrase word's characters overrule its phrase reading
        in context: 他率部入城 shuài (率部 lǜbù in the phrase list), 把木头劈成两半 pī."""
        s, e = run.spans[wi]
        text = run.text
        for k in range(e - s):
            ch = text[s + k]
            if ch not in COLLOCATIONS:
                continue
            found = collocation_reading(
                ch, text[run.start:s + k], text[s + k + 1:run.end], _clause_end(run),
                _number_follows(run),
            )
            if found is not None and found != slots.syl[k] and found in model.candidates.get(
                ch, ()
            ):
                slots.syl[k], slots.src[k], slots.unsure[k] = found, Source.RULE, False

    def _read_glued(
        self, run: _Run, wi: int, slots: _Slots, pending: list[_Pending], model: PolyphoneModel
    ) -> bool:
        """Read a rare word as a noun and a verb when a collocation of its last character
        reads that character otherwise than the word does: 把画卷起来 huà juǎn (画卷
        huàjuàn 'scroll'), 这个球弹得很高 qiú tán (球弹 'ball cartridge'). True if it did."""
        s, e = run.spans[wi]
        word = run.text[s:e]
        found = collocation_reading(word[1], run.text[run.start:s + 1], run.text[e:run.end])
        if found is None or found not in model.candidates.get(word[1], ()):
            return False
        plan = self._plan(word, model)
        if plan[0] not in ("fixed", "check") or plan[1][0][1] == found:
            return False
        self._read_char(run, wi, 0, slots, pending, model=model)
        slots.syl[1], slots.src[1] = found, Source.RULE
        return True

    def _shang_starts_word(self, run: _Run, wi: int) -> bool:
        """True if the 上 ending word ``wi`` starts a word with what follows (墙上 | 部:
        上部), so that it is not the locative after a noun."""
        if wi + 1 >= len(run.spans):
            return False
        s, e = run.spans[wi + 1]
        nxt = run.text[s:e]
        return nxt[0] in SHANG_WORD_NEXT and (
            len(nxt) == 1 or nxt not in self.lexicon.readings  # 山上 | 午睡 stays locative
        )

    def _plan(self, word: str, model: PolyphoneModel) -> tuple:
        plan = self._word_cache.get(word)
        if plan is None:
            plan = self._word_plan(word, model)
            if len(self._word_cache) < 200_000:
                self._word_cache[word] = plan
        return plan

    @staticmethod
    def _apply_plan(
        plan: tuple, slots: _Slots, s: int, off: int, n: int, *, pending: list[_Pending],
    ) -> None:
        """Write a dictionary word's reading into ``slots[off:off + n]``."""
        kind, value = plan
        if kind == "fixed":
            syl, src, *doubt = value
            slots.syl[off:off + n] = syl
            slots.src[off:off + n] = [src] * n
            if doubt:
                slots.unsure[off:off + n] = doubt[0]
            return
        if kind == "check":
            # a rare word: (reading, checks); a name (see _name_only) also carries the
            # mark-only checks and the marks of its other polyphones
            reading, checks, *more = value
            slots.syl[off:off + n] = reading
            slots.src[off:off + n] = [Source.DICTIONARY] * n
            for k, allowed in checks:
                pending.append(_Pending(slots, s + off + k, off + k, allowed, None))
            if more:
                marks, doubt = more
                if doubt:
                    slots.unsure[off:off + n] = doubt
                for k, allowed in marks:
                    pending.append(_Pending(slots, s + off + k, off + k, allowed, None,
                                            only_mark=True))
            return
        if kind == "doubt":
            reading, checks, doubt = value
            slots.syl[off:off + n] = reading
            slots.src[off:off + n] = [Source.DICTIONARY] * n
            if doubt:
                slots.unsure[off:off + n] = doubt
            for k, allowed in checks:
                pending.append(_Pending(slots, s + off + k, off + k, allowed, None,
                                        only_mark=True))
            return
        readings, pos = value  # "choose"
        slots.syl[off:off + n] = readings[0]
        slots.src[off:off + n] = [Source.DICTIONARY] * n
        if pos is None:
            for k in range(n):
                slots.unsure[off + k] = len({r[k] for r in readings}) > 1
        else:
            allowed = tuple(r[pos] for r in readings)
            pending.append(_Pending(slots, s + off + pos, off + pos, allowed, readings, off))

    def _word_plan(self, word: str, model: PolyphoneModel) -> tuple:
        """How to read a multi-character word, independent of its context."""
        if len(word) == 2 and word[1] == "上" and word in self.lexicon.nouns and (
            word not in _NOT_LOCATIVE
        ):
            # 山上 shān shang, 树上 shù shang: a noun and the locative; a polyphone with
            # a fixed everyday reading reads it (车上 chē shang)
            first = self.lexicon.common_readings(word[0])
            noun = first[0][0] if len(first) == 1 else SINGLE_READINGS.get(word[0])
            if noun:
                return ("fixed", ((noun, "shang5"), Source.DICTIONARY))
        plan = self._dictionary_plan(word, model)
        if plan[0] == "fixed" and plan[1][0][1:2] == ("bu4",) and potential_bu(
            word, self.lexicon.common_readings
        ):
            # 合不拢嘴, 沉不住气: the potential complement's 不 light, as in 听不懂 (pyclass19)
            syl, *rest = plan[1]
            return ("fixed", ((syl[0], "bu5", *syl[2:]), *rest))
        if plan[0] == "fixed" and ("个" in word or word[-1] == "上"):
            syl, *rest = plan[1]
            light = self._light_syllables(word, syl)
            if light != syl:
                return ("fixed", (light, *rest))
        return plan

    def _light_syllables(self, word: str, syl: tuple[str, ...]) -> tuple[str, ...]:
        """The light 个 and locative 上 of the conventions inside a word: 一个 yí ge,
        这个 zhège, 几个 jǐ ge; 山上 shān shang, 墙上 qiáng shang (a noun and 上)."""
        out = list(syl)
        for k, ch in enumerate(word):
            if (
                ch == "个" and k > 0 and (word[k - 1] in NUMERALS or word[k - 1] in "上下")
                and word[k + 1:k + 2] != "个"
            ):
                out[k] = "ge5"
        if len(word) == 2 and word[1] == "上" and word in self.lexicon.nouns and (
            word not in _NOT_LOCATIVE
        ):
            out[1] = "shang5"
        return tuple(out)

    def _dictionary_plan(self, word: str, model: PolyphoneModel) -> tuple:
        """How the dictionaries and the word tables read ``word``."""
        preferred = WORD_READINGS.get(word)
        if preferred:
            return ("fixed", (preferred, Source.DICTIONARY))
        if reduplicated_verb(word):
            first = REDUPLICATED_VERBS[word[0]]
            light = (first, first[:-1] + "5")
            if len(word) == 2:
                return ("fixed", (light, Source.RULE))
            objects = self.lexicon.common_readings(word[0] + word[2])
            if len(objects) == 1:
                return ("fixed", ((*light, objects[0][1]), Source.RULE))  # 聊聊天
        readings = self.lexicon.common_readings(word)
        if len(readings) == 1 and len(readings[0]) == len(word):
            named = er_of_transliteration(
                word, readings[0], self.lexicon.proper.get(word, ()), self.lexicon.hsk_words
            )
            if named is not None:
                return ("fixed", (named, Source.RULE))  # 塔塔儿 Tǎtǎ'ér (cpp20)
        if len(readings) == 1:
            reading = readings[0]
            suspect = word in self._suspects()
            # (the frequency is read only for the few suspect words that need it)
            rare = suspect and (
                len(word) <= OVERRIDE_MAX_LEN
                and self.lexicon.freq.get(word, 0) < OVERRIDE_MAX_FREQ
            )
            if (
                suspect
                and (rare or self._name_only(word, reading))
                and _phrase_reading(word) != reading
            ):
                checks = tuple(
                    (k, model.candidates[ch]) for k, ch in enumerate(word)
                    if reading[k] in model.candidates.get(ch, ()) and reading[k][-1] != "5"
                    and (rare or reading[k] == _char_default(ch))
                    and not self._corroborated(word, reading, k)
                )
                if checks and rare:
                    return ("check", (reading, checks))
            else:
                checks = ()
            # a name's everyday readings the model may overrule (see _name_only); its
            # other polyphones keep the mark-only check below
            overrule = checks
            doubt = self._sources_disagree(word, reading, model)
            if DOUBT_CHECK_ALL_SUSPECTS and suspect and not (
                "个" in word or word[-1] == "上"  # light syllables of the conventions
            ):
                # the dictionary's reading stays; the model in context may mark it,
                # except where pypinyin's phrase data gives the same reading: two
                # dictionaries agree, and the model's doubt there is mostly its training
                # labels' (挣脱 zhēng, 钻井 zuàn) or a right everyday word (有空, 还给)
                phrase = _phrase_reading(word) if SUSPECT_UNLESS_PHRASE_AGREES else None
                overruled = {k for k, _ in overrule}
                checks = tuple(
                    (k, model.candidates[ch]) for k, ch in enumerate(word)
                    if reading[k] in model.candidates.get(ch, ()) and reading[k][-1] != "5"
                    and (phrase is None or phrase[k] != reading[k]) and k not in overruled
                )
                if overrule:
                    return ("check", (reading, overrule, checks, doubt))
                if checks:
                    return ("doubt", (reading, checks, doubt))
            if overrule:
                return ("check", (reading, overrule, (), doubt))
            if doubt:
                return ("fixed", (reading, Source.DICTIONARY, doubt))
            return ("fixed", (reading, Source.DICTIONARY))
        if readings:
            differing = [k for k in range(len(word)) if len({r[k] for r in readings}) > 1]
            if len(differing) == 1:
                k = differing[0]
                allowed = {r[k] for r in readings}
                if model.knows(word[k]) and all(a in model.class_index for a in allowed):
                    return ("choose", (readings, k))
            return ("choose", (readings, None))
        rate = self._rate_plan(word, model)
        if rate is not None:
            return rate
        phrase = _phrase_reading(word)
        if phrase and word[-1] == "儿" and len(word) >= 2 and (
            phrase[-1] == "er5" or (
                phrase[-1] == "er2" and len(word) >= 3 and word[-2:] not in self.lexicon.readings
                and _phrase_reading(word[-2:]) is None
            )
        ):
            # 一道缝儿 fèngr, 撒欢儿 sā huānr: the erhua the conventions write (小女儿, 小孙儿
            # keep ér: 女儿, 孙儿 are words)
            phrase = (*phrase[:-1], "r5")
        parts = self._split_known(word)
        if phrase:
            return self._phrase_plan(word, self._light_from_parts(word, phrase, parts), parts)
        if any(length > 1 for _, length in parts):
            return ("parts", parts)
        return ("chars", None)

    def _rate_plan(self, word: str, model: PolyphoneModel) -> tuple | None:
        """The plan of a word the dictionary lacks made of a dictionary word and the suffix
        率 "rate", lǜ (自给率, 磁化率, 递减率: the model read 率 shuài, "to lead"), or None.
        Not after a name (a general leading: 刘虎 | 率) nor where 率 makes a word of
        "leading" with the character before it (轻率, 统率 shuài)."""
        if len(word) < 3 or word[-1] != "率" or word[:-1] in self.lexicon.names:
            return None
        if any(r[1] != "lv4" for r in self.lexicon.common_readings(word[-2:])):
            return None
        head = self._plan(word[:-1], model)
        if head[0] != "fixed":
            return None
        return ("fixed", ((*head[1][0], "lv4"), Source.RULE))

    def _phrase_plan(
        self, word: str, reading: tuple[str, ...], parts: list[tuple[int, int]]
    ) -> tuple:
        """How to read a word only pypinyin's phrases know: their reading, its polyphones
        marked where the phrase gives them another reading than the character's own
        default (种菜 zhòng, 种 alone zhǒng; :data:`PHRASE_UNSURE_UNLESS_DEFAULT`) or a
        light syllable the model has no class for. A polyphone inside a dictionary word
        of ``parts`` that reads it the same (干净 in 干干净净, 号码 in 电话号码), or
        doubles such a character (the first 干 of 干干净净), is settled: two
        dictionaries agree."""
        model = self.model
        if "个" in word or word[-1] == "上":
            reading = self._light_syllables(word, reading)
        settled = set()
        for off, length in parts:
            if length > 1:
                sub = word[off:off + length]
                fixed = WORD_READINGS.get(sub)
                readings = (fixed,) if fixed else self.lexicon.common_readings(sub)
                if len(readings) == 1:
                    settled.update(off + j for j, syl in enumerate(readings[0])
                                   if syl == reading[off + j])
        for k in range(len(word) - 2, -1, -1):  # AABB: 干 | 干净 | 净
            if k + 1 in settled and word[k] == word[k + 1] and reading[k] == reading[k + 1]:
                settled.add(k)
        doubt = tuple(
            model.knows(ch) and k not in settled and (
                not PHRASE_UNSURE_UNLESS_DEFAULT or reading[k] != _char_default(ch)
                or reading[k] not in model.candidates.get(ch, ())
            )
            for k, ch in enumerate(word)
        )
        if any(doubt):
            return ("fixed", (reading, Source.FALLBACK, doubt))
        return ("fixed", (reading, Source.FALLBACK))

    def _name_only(self, word: str, reading: tuple[str, ...]) -> bool:
        """True for a name outside the HSK lists that CC-CEDICT reads only as a proper
        noun (德累斯顿, 塞尔维亚, 葛洲坝). Where such a name gives a polyphone the
        character's everyday reading, that is often an old or variant reading of a
        transliteration or a place (累 lèi, 塞 sāi, 葛 gé), and the model in context may
        overrule it, whatever the name's length or frequency; a rarer reading the name
        gives on purpose (华国锋 Huà, 洪都拉斯 dū, 大乘 shèng) stays."""
        return (
            reading in self.lexicon.proper.get(word, ())
            and word not in self.lexicon.hsk_words
        )

    def _corroborated(self, word: str, reading: tuple[str, ...], k: int) -> bool:
        """True if a shorter dictionary word inside ``word`` (理发 in 理发店, 鸡冠 in
        鸡冠花) or a collocation of the character within the word (炸 before 酱 in
        炸酱面) gives ``word[k]`` the same reading as the word's own entry: then the
        rare word's reading is not an old one for the model to overrule."""
        ch = word[k]
        if collocation_reading(ch, word[:k], word[k + 1:]) == reading[k]:
            return True
        for start in range(len(word) - 1):
            for end in range(max(start + 2, k + 1), len(word) + 1):
                if start > k or end - start == len(word):
                    continue
                part = word[start:end]
                sub = self.lexicon.common_readings(part)
                if (
                    len(sub) == 1 and sub[0][k - start] == reading[k]
                    and sub[0] not in self.lexicon.proper.get(part, ())  # not a name (覃塘)
                ):
                    return True
        return False

    def _sources_disagree(
        self, word: str, reading: tuple[str, ...], model: PolyphoneModel
    ) -> tuple[bool, ...] | None:
        """Per character, True where pypinyin's phrase reading of a dictionary word gives
        a polyphone another full reading than CC-CEDICT (a sign that one of them is an
        old or variant reading); None where they agree. The words where they differ are
        found once, when the engine's tables are built (``Lexicon.phrase_differs``)."""
        phrase = self.lexicon.phrase_differs.get(word)
        if phrase is None or phrase == reading:
            return None
        doubt = tuple(
            model.knows(ch) and syl[-1:] != "5" and alt != syl
            for ch, syl, alt in zip(word, reading, phrase, strict=True)
        )
        return doubt if any(doubt) else None

    def _light_from_parts(
        self, word: str, phrase: tuple[str, ...], parts: list[tuple[int, int]]
    ) -> tuple[str, ...]:
        """pypinyin's reading of a phrase CC-CEDICT lacks, with the light syllables of
        the dictionary words inside it (换衣服: 衣服 yīfu; 买房子: 房子 fángzi): pypinyin
        writes word-internal light tones as full ones."""
        out = list(phrase)
        for off, length in parts:
            if length < 2:
                continue
            sub = word[off:off + length]
            fixed = WORD_READINGS.get(sub)
            readings = (fixed,) if fixed else self.lexicon.common_readings(sub)
            if len(readings) != 1:
                continue
            for k, syl in enumerate(readings[0]):
                if syl[-1:] == "5" and out[off + k][:-1] == syl[:-1]:
                    out[off + k] = syl
        return tuple(out)

    def _split_known(self, word: str) -> list[tuple[int, int]]:
        """Cut an unknown word into dictionary words: the longest words left to right,
        unless the longest words right to left make no more parts and their own words
        are far more frequent (讲道理: 讲 | 道理, not 讲道 "to preach" | 理; 穿衣服: 穿 |
        衣服; 地热水 stays 地热 | 水: 热水 is not that much more frequent)."""
        forward = self._longest_words(word, backward=False)
        if len(word) < 3:
            return forward
        backward = self._longest_words(word, backward=True)
        if backward == forward or len(backward) > len(forward):
            return forward
        if self._words_score(word, backward) >= self._words_score(word, forward) + _SPLIT_MARGIN:
            return backward
        return forward

    def _longest_words(self, word: str, *, backward: bool) -> list[tuple[int, int]]:
        """The longest dictionary words (four characters at most), from the left or from
        the right; a character no longer word takes is a part of its own."""
        readings = self.lexicon.readings
        parts: list[tuple[int, int]] = []
        if not backward:
            i = 0
            while i < len(word):
                for length in range(min(4, len(word) - i), 0, -1):
                    sub = word[i:i + length]
                    if length == 1 or sub in readings or sub in WORD_READINGS:
                        parts.append((i, length))
                        i += length
                        break
            return parts
        j = len(word)
        while j > 0:
            for length in range(min(4, j), 0, -1):
                sub = word[j - length:j]
                if length == 1 or sub in readings or sub in WORD_READINGS:
                    parts.append((j - length, length))
                    j -= length
                    break
        return parts[::-1]

    def _words_score(self, word: str, parts: list[tuple[int, int]]) -> float:
        """The log frequencies of the words of several characters in ``parts``."""
        freq = self.lexicon.freq
        return sum(
            math.log(freq.get(word[off:off + length], 0) + 1)
            for off, length in parts if length > 1
        )

    @staticmethod
    def _choose_by_collocation(
        run: _Run, s: int, word: str, plan: tuple, slots: _Slots
    ) -> bool:
        """Read a word with several dictionary readings by a collocation of its
        polyphone (干这一行 yì háng), if one matches; True if it did."""
        readings, k = plan[1]
        if k is None:
            return False
        pos = s + k
        found = collocation_reading(
            word[k], run.text[run.start:pos], run.text[pos + 1:run.end], _clause_end(run),
            _number_follows(run),
        )
        if found is None:
            return False
        for reading in readings:
            if reading[k] == found:
                slots.syl[:] = reading
                slots.src[:] = [Source.RULE] * len(word)
                return True
        return False

    def _split_word(
        self, before: str, ch: str, after: str = "", words: tuple[_Run, int] | None = None,
    ) -> str | None:
        """The reading of ``ch`` as a character of a verb-object word split by a particle
        or a measure phrase: 睡了一大觉 jiào (睡觉), 出了一趟差 chāi (出差), 还了钱 huán
        (还钱), 铺好了床 pū (铺床).

        Forward, the object must end its word (``words``: the run and the index of
        ``ch``'s word): a longer word after a verb is its object as a whole (喷了一点儿香水
        is not 喷香)."""
        if words is not None and after and after[0] in _FILLER_FIRST and ch not in _LIGHT_ONLY:
            filler = _FORWARD_FILLER.match(after)
            j = filler.end() if filler else 0
            if (
                0 < j < len(after) and after[j] not in (ch, *_NO_SPLIT_OBJECT)
                and _ends_word(*words, j)
            ):
                reading = self._word_reading(ch + after[j])
                if reading:
                    return reading[0]
        # Right after 了/过, the next character as before (炸了鸡翅: 炸鸡 zhá, 还了钱包:
        # 还钱 huán), whatever word it starts; a sentence-final particle is no object
        # (头发干了吗 is not 干吗 gànmá).
        if (
            len(after) >= 2 and after[0] in "了过" and after[1] not in (ch, *_NO_SPLIT_OBJECT)
            and not after.startswith(_AMOUNT_AFTER_LE, 1)
        ):
            reading = self._word_reading(ch + after[1])
            if reading:
                return reading[0]
        if ch == "的" and before[-1:] in ("了", "过", "着"):
            return None  # 破了的口子: 的 after an aspect particle is the particle (破的 pòdì)
        for gap in range(1, min(5, len(before))):
            if before[-gap] not in _SPLIT_FILLER and not (
                before[-gap] in _SPLIT_MEASURES and before[-gap - 1] in _SPLIT_NUMERALS
            ):
                return None
            if before[-gap - 1] == ch:
                return None  # 数了数, 凉一凉: a reduplicated verb, not a word
            if before[-gap - 1] in "不没":
                return None  # 睡不着觉: a potential complement, not the word 不觉
            if before[-gap] == "会" and before[-gap - 1] != "一":
                return None  # 才会干, 就会好: the modal 会, no filler (散了一会步: 一会 is)
            if words is not None and _inside_word_before(*words, gap + 1):
                continue  # 难过得哭了: 难过 is one word, not a verb and the particle 过
            if words is not None and _inside_a_word_after_its_start(*words, gap + 1):
                return None  # 今天一点儿空: 天 ends 今天, no verb of 天空
            reading = self._word_reading(before[-gap - 1] + ch)
            if reading:
                return reading[1]
        return None

    def _word_reading(self, word: str) -> tuple[str, ...] | None:
        """The one reading of a two-character word (our table, CC-CEDICT, then
        pypinyin's phrases), or None."""
        if word in WORD_READINGS:
            return WORD_READINGS[word]
        readings = self.lexicon.common_readings(word)
        if readings:
            return readings[0] if len(readings) == 1 else None
        return _phrase_reading(word)

    def _read_char(
        self, run: _Run, wi: int, k: int, slots: _Slots, pending: list[_Pending],
        *, model: PolyphoneModel, prev_word: str | None = None,
    ) -> None:
        text = run.text
        s, e = run.spans[wi]
        ch = text[s + k]
        mono = self._mono.get(ch)
        if mono is not None:
            slots.syl[k], slots.src[k], slots.unsure[k] = mono
            return
        cands = model.candidates.get(ch)
        if cands is None and ch != "不" and ch not in CONTEXT_CHARS:
            mono = self._mono[ch] = self._context_free(ch)
            slots.syl[k], slots.src[k], slots.unsure[k] = mono
            return
        pos = s + k
        if e - s == 1:
            prev = text[run.spans[wi - 1][0]:s] if wi > 0 else ""
            nxt = text[e:run.spans[wi + 1][1]] if wi + 1 < len(run.spans) else ""
        else:
            prev = text[pos - 1] if pos > run.start else ""
            nxt = text[pos + 1] if pos + 1 < run.end else ""
        if prev_word:
            prev = prev_word
        if ch == "儿" and k == 0 and e - s > 1 and er_starts_word(text[s:e], self.lexicon.readings):
            # 儿茶酚胺 érchá fēn'àn: the erhua never starts a word (cpp19)
            slots.syl[k], slots.src[k] = "er2", Source.RULE
            return
        if ch == "儿" and e - s == 1 and len(prev) > 1 and self._erhua_after(prev):
            slots.syl[k], slots.src[k] = "r5", Source.RULE
            return
        if ch == "儿" and (
            (e - s == 1 and len(prev) == 1) or 0 < k < e - s - 1
        ) and not (prev in self.lexicon.nouns or self._erhua_after(prev)) and (
            prev not in self.lexicon.hsk_words or takes_no_erhua(prev, self.lexicon.learner_verbs)
        ):
            # 瑚 | 儿, 浪孛 | 儿 | 罕, 脱 | 儿 | 豁, 二 | 儿, 阿儿浑: after a character of a
            # name (no noun, no word of the HSK lists but a verb, a numeral or a function
            # word, which take no erhua alone), no erhua word of the dictionary with 儿,
            # or inside a word read character by character, 儿 is ér (盘儿, 歌儿 keep
            # their erhua; :func:`.erhua_names.takes_no_erhua`, cpp19)
            slots.syl[k], slots.src[k] = "er2", Source.RULE
            return
        tried = False
        before, after = text[run.start:pos], text[pos + 1:run.end]
        if e - s == 1 and cands is not None:
            # A collocation (一宿 xiǔ, 看一会儿行李 kān) before a split word (住宿 sù).
            # 覃 in a given name (孙覃 tán: cpp19).
            found = (
                tan_in_given_name(ch, prev)
                or surname_reading(ch, before, after)
                or collocation_reading(ch, before, after, _clause_end(run), _number_follows(run))
            )
            if found is not None and found in cands:
                slots.syl[k], slots.src[k] = found, Source.RULE
                return
            tried = found is None
            split = self._split_word(before, ch, after, (run, wi))
            if split is not None and split in cands:
                slots.syl[k], slots.src[k] = split, Source.RULE
                return
        ctx = Context(ch, prev, nxt, before, after, self.lexicon.nouns, _clause_end(run),
                      _number_follows(run))
        ruled = rule_reading(ctx, collocations=not tried)
        if ruled == "shang4" and e - s == 1 and len(prev) == 1:
            # 系 | 上, 戴 | 上: a verb and its complement the segmenter split, that the
            # dictionary writes light as one word (系上 jìshang, 戴上 dàishang)
            word = self._word_reading(prev + ch)
            if word is not None and word[1] == "shang5":
                ruled = "shang5"
        if ruled:
            slots.syl[k] = ruled
            slots.src[k] = Source.RULE
            if ch == "上" and ruled == "shang4" and ctx.next not in SHANG_WORD_NEXT:
                slots.unsure[k] = locative_unsure(e - s, k, len(prev))
            return
        if cands is None:  # 不 or a context character outside its rules' patterns
            if ch == "不":
                slots.syl[k], slots.src[k] = "bu4", Source.DICTIONARY
            else:
                slots.syl[k], slots.src[k], slots.unsure[k] = self._context_free(ch)
            return
        slots.syl[k] = _char_default(ch) or cands[0]
        slots.src[k] = Source.FALLBACK
        slots.unsure[k] = True
        pending.append(_Pending(slots, pos, k, cands, ()))

    def _erhua_after(self, prev: str) -> bool:
        """True if 儿 after the longer word ``prev`` is the erhua of its last character, as
        the dictionary writes it (杏核 | 儿: 核儿 húr; 小孩 | 儿: 孩儿)."""
        return any(
            r[-1] == "r5" for r in self.lexicon.common_readings(prev[-1] + "儿")
        ) or any(r[-1] == "r5" for r in self.lexicon.common_readings(prev + "儿"))

    def _context_free(self, ch: str) -> tuple[str, Source, bool]:
        """The reading of a character the model does not know, without context."""
        readings = self.lexicon.common_readings(ch)
        if len(readings) == 1:
            return (readings[0][0], Source.DICTIONARY, False)
        if ch in SINGLE_READINGS:
            return (SINGLE_READINGS[ch], Source.RULE, False)
        # No rule or model for this character: several dictionary readings
        # (a polyphone we cannot decide) make the fallback unsure.
        syl = _char_default(ch) or (readings[0][0] if readings else "")
        full = {r[0] for r in readings if r[0][-1:] != "5"}
        return (syl, Source.FALLBACK, len(full) > 1)

    def _resolve(self, text: str, pending: list[_Pending], model: PolyphoneModel) -> None:
        """Run the model once on every open position and write its choices."""
        _write_choices(pending, model.choose(self._queries(text, pending)))

    @staticmethod
    def _queries(text: str, pending: list[_Pending]) -> list[Query]:
        """The model's query for each open position: its sentence of ``text``, cut to
        the model's window on each side."""
        ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        queries = []
        for p in pending:
            i = bisect.bisect_left(ends, p.pos)
            lo = ends[i - 1] + 1 if i > 0 else 0
            hi = ends[i] + 1 if i < len(ends) else len(text)
            lo = max(lo, p.pos - WINDOW - 1)
            hi = min(hi, p.pos + WINDOW + 2)
            queries.append(Query(text[lo:hi], p.pos - lo, p.allowed))
        return queries

    def _apply_corrections(self, run: _Run, slots_run: list[_Slots]) -> None:
        """Overwrite readings with the teacher's corrections found in this run."""
        text, run_start = run.text, run.start
        run_text = text[run_start:run.end]
        owner: list[tuple[_Slots, int]] = []
        bounds = {0}
        for (s, e), slots in zip(run.spans, slots_run, strict=True):
            owner.extend((slots, k) for k in range(e - s))
            bounds.add(e - run_start)
        best = [-1] * len(run_text)
        for first in self._correction_firsts.intersection(run_text):
            for corr in self._corrections[first]:
                start = run_text.find(corr.word)
                while start >= 0:
                    end = start + len(corr.word)
                    if len(corr.word) == 1 and not (start in bounds and end in bounds):
                        # A one-character correction is for that word, not for the
                        # character inside longer words (a 长 correction leaves 长江).
                        start = run_text.find(corr.word, start + 1)
                        continue
                    at, to = run_start + start, run_start + end
                    before = text[max(0, at - len(corr.left)):at]
                    after = text[to:to + len(corr.right)]
                    if corr.matches(before, after):
                        for k in range(start, end):
                            if corr.specificity >= best[k]:
                                best[k] = corr.specificity
                                slots, kk = owner[k]
                                slots.syl[kk] = corr.pinyin[k - start]
                                slots.src[kk] = Source.CORRECTION
                                slots.unsure[kk] = False
                    start = run_text.find(corr.word, start + 1)


def _write_choices(pending: list[_Pending], choices: list[Choice | None]) -> None:
    """Write the model's choice for each open position into its word's slots."""
    for p, choice in zip(pending, choices, strict=True):
        if choice is None:
            continue
        slots, k = p.slots, p.k
        if p.only_mark:  # a suspect dictionary word: the model may only mark it
            if choice.syllable != slots.syl[k]:
                slots.unsure[k] = True
        elif p.readings is None:  # a rare dictionary word checked by the model
            if choice.syllable != slots.syl[k]:
                if choice.probability >= OVERRIDE_ABOVE:
                    slots.syl[k] = choice.syllable
                    slots.src[k] = Source.MODEL
                slots.unsure[k] = True
        elif p.readings:  # a word with several dictionary readings
            for r in p.readings:
                if r[k - p.off] == choice.syllable:
                    slots.syl[p.off:p.off + len(r)] = r
                    break
            slots.unsure[k] = choice.probability < UNSURE_BELOW
        else:
            slots.syl[k] = choice.syllable
            slots.src[k] = Source.MODEL
            slots.unsure[k] = choice.probability < MODEL_UNSURE_BELOW
