"""The text engine: segmentation plus readings, giving :class:`Token` lists.

One engine per corpus; it loads lazily (jieba's prefix dictionary and the word
list take about a second) and is safe to call from one worker thread at a time.
"""

from __future__ import annotations

import gc
import json
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from itertools import accumulate, pairwise
from pathlib import Path

from chinese_teach import paths
from chinese_teach.core.corpus.glosses import lone_readings, unmark_common_word_names
from chinese_teach.core.corpus.store import Corpus, open_corpus
from chinese_teach.core.text.crossing import Uncrosser
from chinese_teach.core.text.learner import LearnerCut, Piece
from chinese_teach.core.text.levels import senses_start
from chinese_teach.core.text.lexicon import Lexicon, textbook_names
from chinese_teach.core.text.names import join_names_met, mark_names, person_names
from chinese_teach.core.text.pieces import KeptAnswers, is_number
from chinese_teach.core.text.pinyin import Reader, ReadingCorrection, WordReading, phrase_reading
from chinese_teach.core.text.polyphones.marks import MarkScorer
from chinese_teach.core.text.sandhi import apply_yi_bu, third_tone_flags
from chinese_teach.core.text.segment import Segmenter
from chinese_teach.core.text.segment import runs as char_runs
from chinese_teach.core.text.tables import load_tables
from chinese_teach.core.text.tokens import (
    NO_EXTRAS,
    Extras,
    Kind,
    Source,
    Token,
    new_token,
    plain_token,
    shared,
    split_before_extras,
    third_tone_extras,
)

#: Sources of a reading the engine chose itself (no teacher's correction, no dictionary
#: word): a character alone on its line may take its learner's reading instead.
_GUESSED = frozenset({Source.MODEL, Source.RULE, Source.FALLBACK})


class TextEngine:
    """Annotates text with words and pinyin, using the corpus and the teacher's corrections."""

    def __init__(self, corpus: Corpus, cache_dir: Path | None = None) -> None:
        self.corpus = corpus
        self._cache_dir = Path(cache_dir or paths.cache_dir())
        self._lock = threading.RLock()
        self._lexicon: Lexicon | None = None
        self._segmenter: Segmenter | None = None
        self._reader: Reader | None = None
        self._learner: LearnerCut | None = None
        #: character -> the reading a learner means by it alone (:func:`lone_readings`),
        #: read from the curated table the first time a line is one character
        self._lone: dict[str, tuple[str, ...]] | None = None
        self._uncrosser: Uncrosser | None = None
        self._proper_words: dict[str, bool] = {}
        self._verb_objects: dict[str, bool] = {}
        #: "A不A" words kept whole (:meth:`_listed_a_not_a`), decided once each
        self._a_not_a: dict[str, bool] = {}
        self._spellings: dict[tuple[str, tuple[str, ...]], tuple[bool, ...] | None] = {}
        self._mark_scorer: MarkScorer | None = None
        #: words :func:`mark_names` found to be no name, kept from text to text
        self._plain_words: set[str] = set()

    # -- loading ----------------------------------------------------------------------
    def load(self) -> None:
        """Load everything now (the GUI calls this in the background at start)."""
        with self._lock:
            if self._reader is not None:
                return
            lexicon, segmenter = load_tables(self.corpus, self._cache_dir)
            self._lexicon = lexicon
            self._segmenter = segmenter
            reader = Reader(lexicon)
            reader.warm_up()
            self._learner = LearnerCut(
                lexicon.hsk_words,
                lexicon.readings,
                self._proper_only,
                segmenter.is_merged,
                textbook_names(),
                tagged=lexicon.names,
                level=lexicon.levels.get,
                verb_object=self._verb_object,
                verbs=KeptAnswers(lexicon.learner_verbs.__contains__),  # = _is_verb
                nouns=lexicon.nouns,
                verb_word=KeptAnswers(lambda word: self._senses_start(word, True)).__getitem__,
                heads=lexicon.listed_heads,
            )
            self._uncrosser = Uncrosser(lexicon.hsk_words, lexicon.readings,
                                        lexicon.lowest_levels.get,
                                        self._learner.pieces, self._learner.fixed)
            self._reader = reader

    @property
    def lexicon(self) -> Lexicon:
        self.load()
        assert self._lexicon is not None
        return self._lexicon

    def _name_spelling(
        self, word: str, syllables: tuple[str, ...] | None
    ) -> tuple[bool, ...] | None:
        """Which syllables of the proper noun ``word`` the dictionary writes with a
        capital (王明 "Wang2 Ming2": both; 北京 "Bei3 jing1": the first), in the entry
        read ``syllables`` when there is one; None when the dictionary has no proper
        entry for it. Read once per word and reading."""
        key = (word, tuple(syllables) if syllables else ())
        if key in self._spellings:
            return self._spellings[key]
        rows = [p.split() for (p,) in self.corpus.query(
            "SELECT pinyin FROM entries WHERE (simplified = ? OR traditional = ?) "
            "AND is_proper = 1 ORDER BY id", (word, word))]
        rows = [r for r in rows if len(r) == len(word)]
        wanted = tuple(s.lower() for s in key[1])
        same = [r for r in rows if tuple(s.lower() for s in r) == wanted] or rows
        found = tuple(s[:1].isupper() for s in same[0]) if same else None
        self._spellings[key] = found
        return found

    def _verb_object(self, word: str) -> bool:
        """True for a three-character verb of HSK 2021 levels 7-9 (a first sense "to
        ...") that is a verb of one character and its object of two (HSK 1-6, a first
        sense that is no verb's): 做生意, 发脾气, 过日子; not 打招呼 (招呼 is a verb),
        进出口 or 热气球 (no verbs). Asked only for three-character words, and kept."""
        found = self._verb_objects.get(word)
        if found is None:
            verb, obj = word[:1], word[1:]
            level_of = self.lexicon.levels.get  # HSK 2021 levels, as the learner cut has them
            level, verb_level, obj_level = level_of(word), level_of(verb), level_of(obj)
            found = (level is not None and level >= 7 and verb_level is not None
                     and verb_level <= 6 and obj_level is not None and obj_level <= 6
                     and self._senses_start(word, True) and self._senses_start(verb, True)
                     and self._senses_start(obj, False))
            self._verb_objects[word] = found
        return found

    def _is_verb(self, char: str) -> bool:
        """True for a character that is a learner's verb on its own: in an HSK list at
        level 1-4 and a first sense "to ..." (看, 写, 听, 穿; :func:`.levels.learner_verbs`,
        read when the tables were built)."""
        return char in self.lexicon.learner_verbs

    def _listed_a_not_a(self, word: str) -> bool:
        """True for an "A不A" word an HSK list holds and the dictionary has as a word of
        its own, no alternative question (动不动 "apt to", 时不时 "from time to time",
        HSK 2021 levels 7-9): one token (cut39), where 是不是 "is or isn't", 去不去 stay
        three words, as GB/T 16159 writes a verb's question form apart (lái bu lái)."""
        if word[1] != "不":
            return False
        found = self._a_not_a.get(word)
        if found is None:
            lexicon = self._lexicon
            first = ""
            if lexicon is not None and word in lexicon.hsk_words and word in lexicon.readings:
                rows = self.corpus.query(
                    "SELECT definitions FROM entries WHERE simplified = ? ORDER BY id LIMIT 1",
                    (word,))
                senses = json.loads(rows[0][0]) if rows else []
                first = senses[0] if senses else ""
            found = bool(first) and " or " not in first and not first.startswith("whether")
            self._a_not_a[word] = found
        return found

    def _senses_start(self, word: str, verb: bool) -> bool:
        """:func:`.levels.senses_start` of ``word`` in this engine's corpus."""
        return senses_start(self.corpus, word, verb)

    def _proper_only(self, word: str) -> bool:
        """True for a word the dictionary has only as a proper noun (asked only for the
        few words of a text in no HSK list that the lexicon knows as proper nouns)."""
        lexicon = self._lexicon
        if lexicon is None or word not in lexicon.proper:
            return False
        found = self._proper_words.get(word)
        if found is None:
            rows = self.corpus.query(
                "SELECT min(is_proper) FROM entries WHERE simplified = ? OR traditional = ?",
                (word, word),
            )
            found = self._proper_words[word] = bool(rows and rows[0][0] == 1)
        return found

    @property
    def learner(self) -> LearnerCut:
        """Cuts words at learner size and marks names (:mod:`.learner`)."""
        self.load()
        assert self._learner is not None
        return self._learner

    @property
    def segmenter(self) -> Segmenter:
        self.load()
        assert self._segmenter is not None
        return self._segmenter

    @property
    def reader(self) -> Reader:
        self.load()
        assert self._reader is not None
        return self._reader

    # -- the teacher's edits --------------------------------------------------------------
    def set_corrections(self, corrections: Iterable[ReadingCorrection]) -> None:
        """Use these reading corrections from now on."""
        self.reader.set_corrections(list(corrections))

    def set_segmentation(self, merges: Iterable[str], splits: dict[str, tuple[str, ...]]) -> None:
        """Keep ``merges`` whole and cut each key of ``splits`` into its parts.

        These replace the previous edits: a merge or split no longer listed is undone.
        """
        seg = self.segmenter
        freq = self.lexicon.freq
        # The segmenter locks its own tables: no wait for an annotation running in a worker.
        seg.set_edits({w: max(1000, freq.get(w, 0) + 1) for w in merges}, dict(splits))
        self.learner.forget()
        assert self._uncrosser is not None
        self._uncrosser.forget()

    # -- annotation ---------------------------------------------------------------------
    def segment(self, text: str) -> list[Token]:
        """Tokens without readings, cut at learner size like :meth:`annotate`'s."""
        learner = self.learner
        runs, layout = self._cut(text)
        tokens: list[Token] = []
        for item in layout:
            if type(item) is not int:
                tokens.append(item)  # type: ignore[arg-type]
                continue
            run = runs[item]  # type: ignore[index]
            pieces = self._pieces_of(text, run, learner)
            for start, end, name in pieces if pieces is not None else (
                (s, e, False) for s, e in run
            ):
                tokens.append(Token(text[start:end], start, end, Kind.HANZI,
                                    extra=Extras(name=_first_capital(end - start)) if name
                                    else NO_EXTRAS))
        return tokens

    def _cut(self, text: str) -> tuple[list[list[tuple[int, int]]], list[Token | int]]:
        """The runs of Chinese words of ``text`` (each run the spans of its words, with no
        other text between them) and the tokens in order: a non-Chinese token, or the
        index of the run whose words go there. One pass over the text's runs of one
        kind; each Chinese run is cut by the segmenter, a boundary that hides learner
        words moved (:mod:`.crossing`: 把手 | 机关 -> 把 | 手机 | 关), the days of the week
        kept whole and "V一V", "A不A" cut in three (:func:`_join_weekdays`,
        :func:`_reduplicated`; not an "A不A" word the lists hold that is no question form,
        动不动, 时不时: :meth:`_listed_a_not_a`), 上周/下周 kept before a weekday's number
        (:func:`_week_before_weekday`), and a number whose tens the segmenter gave to
        the next word made whole again (九 | 十分 -> 九十 | 分, :func:`_whole_numbers`)."""
        cut = self.segmenter.cut
        uncrosser = self._uncrosser
        uncross = uncrosser.uncross if uncrosser is not None else None
        regroup = self._learner.regroup if self._learner is not None else None
        weekdays = "星期" in text or "礼拜" in text
        week = "周" in text
        tens = "十" in text or "百" in text or "千" in text or "万" in text
        makeshift = "将就着" in text
        runs: list[list[tuple[int, int]]] = []
        current: list[tuple[int, int]] = []
        layout: list[Token | int] = []
        for kind, start, end in char_runs(text):
            if kind is Kind.HANZI:
                chunk = text[start:end]
                words = cut(chunk)
                if len(words) > 1:
                    if uncross is not None:
                        words = uncross(words)
                    if regroup is not None:
                        words = regroup(words)
                    # Each of these reads characters the run must hold (the text's test
                    # first, then the run's: most runs hold none).
                    if weekdays and ("星期" in chunk or "礼拜" in chunk):
                        words = _join_weekdays(words)
                    if week and "周" in chunk:
                        words = _week_before_weekday(words)
                    if tens and ("十" in chunk or "百" in chunk or "千" in chunk
                                 or "万" in chunk):
                        words = _whole_numbers(words)
                    if makeshift and "将就着" in chunk:
                        words = _join_makeshift(words)
                # The words' ends in one pass in C; a run with 一 or 不 is walked word by
                # word for "V一V" and "A不A", cut in three (看 | 一 | 看).
                ends = list(accumulate(map(len, words), initial=start))
                if "一" in chunk or "不" in chunk:
                    for pos, stop in pairwise(ends):
                        if stop - pos == 3 and text[pos] == text[pos + 2] and (
                            text[pos + 1] in "一不"
                        ) and not self._listed_a_not_a(text[pos:stop]):
                            current += _reduplicated(pos)
                        else:
                            current.append((pos, stop))
                else:
                    current += pairwise(ends)
                continue
            if current:
                layout.append(len(runs))
                runs.append(current)
                current = []
            layout.append(plain_token(text[start:end], start, end, kind))
        if current:
            layout.append(len(runs))
            runs.append(current)
        return runs, layout

    def annotate(self, text: str, *, tone_changes: bool = True) -> list[Token]:
        """Words of ``text`` with one syllable per Chinese character.

        ``tone_changes`` writes 一/不 as textbooks print them (yí gè, bú shì);
        ``Token.citation`` always keeps the dictionary tones. ``Token.extra``
        holds ``"third_tone"``: per syllable, True where a third tone is said as
        a rising tone before another third tone (never written in pinyin), and on
        names ``"name"``: per syllable, True where a capital starts (:mod:`.names`).
        """
        with self._lock, collector_paused():
            runs, layout = self._cut(text)
            # Rules and the model read simplified text; traditional input is read
            # through a same-length simplified shadow (這條河很長 reads like 这条河很长).
            words = [span for run in runs for span in run]
            readings = self.reader.read_runs(self.lexicon.to_simplified(text, words), runs)
            return self._tokens(text, runs, layout, words, readings, tone_changes=tone_changes)

    def annotate_many(self, texts: list[str], *, tone_changes: bool = True
                      ) -> list[list[Token]]:
        """:meth:`annotate` of each of ``texts`` (a text's paragraphs), the polyphone
        model run once for all of them instead of once per text: the same tokens
        (:meth:`.Reader.read_texts`)."""
        with self._lock, collector_paused():
            lexicon = self.lexicon
            cuts = [self._cut(text) for text in texts]
            spans = [[span for run in runs for span in run] for runs, _ in cuts]
            readings = self.reader.read_texts([
                (lexicon.to_simplified(text, words), runs)
                for text, (runs, _), words in zip(texts, cuts, spans, strict=True)])
            raw = [self._raw_tokens(text, runs, layout, read, tone_changes=tone_changes)
                   for text, (runs, layout), read in zip(texts, cuts, readings, strict=True)]
            # a person the cutter found in one paragraph is the same name in the others
            names = set().union(*map(person_names, raw)) if raw else set()
            return [self._finish_tokens(text, tokens, words, names)
                    for text, tokens, words in zip(texts, raw, spans, strict=True)]

    def _tokens(
        self, text: str, runs: list[list[tuple[int, int]]], layout: list[Token | int],
        words: list[tuple[int, int]], readings: list[list[WordReading]], *, tone_changes: bool,
    ) -> list[Token]:
        """The tokens of ``text`` from its cut (:meth:`_cut`) and its words' readings:
        cut at learner size, names marked, a character alone read as a learner's."""
        return self._finish_tokens(
            text, self._raw_tokens(text, runs, layout, readings, tone_changes=tone_changes),
            words, None)

    def _raw_tokens(
        self, text: str, runs: list[list[tuple[int, int]]], layout: list[Token | int],
        readings: list[list[WordReading]], *, tone_changes: bool,
    ) -> list[Token]:
        """The tokens of ``text`` cut at learner size, before names are marked."""
        learner = self._learner
        run_tokens = [
            self._run_tokens(text, run, read, tone_changes,
                             self._pieces_of(text, run, learner) if learner is not None
                             else None)
            for run, read in zip(runs, readings, strict=True)
        ]
        tokens: list[Token] = []
        for item in layout:
            if type(item) is int:
                tokens.extend(run_tokens[item])
            else:
                tokens.append(item)
        return tokens

    def _finish_tokens(self, text: str, tokens: list[Token], words: list[tuple[int, int]],
                       names: set[str] | None) -> list[Token]:
        """``tokens`` (:meth:`_raw_tokens`) with the persons' names met elsewhere in the
        text joined (``names``: those of all the paragraphs read together; None: this
        text's own), names marked, a character alone read as a learner's."""
        tokens = join_names_met(tokens, names, text)  # 我叫李华 … 可是李 | 华说 -> 李华
        mark_names(tokens, self.lexicon, self._name_spelling, self._plain_words)
        # a name that is its common word here (明天下小雨) is no name: the glosser's decision
        unmark_common_word_names(tokens, self.corpus)
        if len(words) == 1 and words[0][1] - words[0][0] == 1 and len(text) < 8:
            self._read_alone(text, tokens)
        return tokens

    def _pieces_of(
        self, text: str, run: list[tuple[int, int]], learner: LearnerCut
    ) -> list[Piece] | None:
        """The learner cut's pieces of ``run`` (:meth:`.LearnerCut.recut`), except for a
        text that is one dictionary word typed alone (a word list's line, a word looked
        up): the teacher typed the word, so it stays whole, a token that knows its parts
        (发脾气, 一堆, 公元前), where in a sentence the learner cut would cut it
        (发 + 脾气, 一 + 堆)."""
        pieces = learner.recut(text, run)
        if pieces is None or len(pieces) < 2 or len(run) != 1:
            return pieces
        start, end = run[0]
        if end - start < 2 or text.strip() != text[start:end] or any(
            name for _s, _e, name in pieces
        ):
            return pieces
        word = self.lexicon.to_simplified(text, run)[start:end]
        if word not in self.lexicon.readings:
            return pieces  # no dictionary word: a free combination (二十岁, 三本书)
        return [(start, end, False)]

    def _read_alone(self, text: str, tokens: list[Token]) -> None:
        """A character alone on its line (a typed word, a word list's line) has no sentence
        to choose its reading: where the engine only guessed it (model, rule or fallback;
        never a teacher's correction), it is the reading a learner's list means (少 shǎo,
        not shào; 脏 zāng; 为 wèi), as a deck's lone word has (:func:`lone_readings`)."""
        if text.strip() != text.strip()[:1]:
            return
        if self._lone is None:  # not at load: most texts have no line of one character
            self._lone = {w: r for w, r in lone_readings().items() if len(w) == 1}
        for i, tok in enumerate(tokens):
            if tok.kind is not Kind.HANZI:
                continue
            lone = self._lone.get(tok.text)
            if (lone is not None and tok.sources and tok.sources[0] in _GUESSED
                    and tok.pinyin != lone):
                tokens[i] = replace(tok, pinyin=lone, citation=lone,
                                    sources=shared((Source.RULE,)), unsure=shared((False,)))
            return

    @staticmethod
    def _run_tokens(
        text: str, run: list[tuple[int, int]], words: list[WordReading], tone_changes: bool,
        pieces: list[Piece] | None = None,
    ) -> list[Token]:
        """The tokens of one run: the segmenter's words read as words, then cut at
        learner size (``pieces``) with each piece keeping its characters' readings.

        A word's ``citation`` is its reading's own tuple and ``pinyin`` the same object
        unless 一/不 changed; flags and sources are :func:`shared` tuples."""
        run_start, run_end = run[0][0], run[-1][1]
        citation = [syl for r in words for syl in r.syllables]
        shown = citation
        if tone_changes:
            chars = text[run_start:run_end]
            if "一" in chars or "不" in chars:
                ends = {e - run_start - 1 for _, e in run}
                shown = apply_yi_bu(chars, citation, ends)
        # Most runs have no third tone before another (one search over the syllables
        # joined): every token's flags are then the one all-False tuple of its length.
        flags: list[bool] | None = None
        if _THIRD_PAIR.search("|".join(shown) + "|") is not None:
            flags = third_tone_flags(shown)
        no_flags = _NO_FLAGS_EXTRAS
        changed = shown is not citation and shown != citation
        out: list[Token] = []
        append = out.append
        hanzi = Kind.HANZI
        if pieces is not None:
            flat: tuple[list, list] | None = None
            wi, last = 0, len(run) - 1
            for start, end, name in pieces:
                a, b = start - run_start, end - run_start
                while wi < last and run[wi][1] <= start:  # the word the piece starts in
                    wi += 1
                if run[wi][0] == start and run[wi][1] == end:  # a word the cut left whole
                    r = words[wi]
                    sources, unsure, cit = r.sources, r.unsure, r.syllables
                else:  # a piece of a word, or a name across two words
                    if flat is None:
                        flat = ([x for r in words for x in r.sources],
                                [u for r in words for u in r.unsure])
                    sources, unsure = shared(tuple(flat[0][a:b])), shared(tuple(flat[1][a:b]))
                    cit = tuple(citation[a:b])
                pin = _shown(cit, shown, a, b) if changed else cit
                if flags is None:
                    extra = (no_flags[b - a] if b - a < _FLAGS_KEPT
                             else third_tone_extras(_no_flags(b - a)))
                else:
                    extra = third_tone_extras(shared(tuple(flags[a:b])))
                if name:  # a capital on the first syllable; :func:`mark_names` may refine it
                    extra = Extras(extra, name=_first_capital(b - a))
                elif run[wi][0] < start:  # the cut split the segmenter's word here (拉 | 肚子)
                    extra = split_before_extras(extra)
                append(new_token(text[start:end], start, end, hanzi, pin, cit, sources, unsure,
                                 extra))
            return out
        for (s, e), r in zip(run, words, strict=True):
            cit = r.syllables
            n = e - s
            if flags is None:
                extra = no_flags[n] if n < _FLAGS_KEPT else third_tone_extras(_no_flags(n))
            else:
                extra = third_tone_extras(shared(tuple(flags[s - run_start:e - run_start])))
            append(new_token(
                text[s:e], s, e, hanzi,
                _shown(cit, shown, s - run_start, e - run_start) if changed else cit, cit,
                r.sources, r.unsure, extra))
        return out

    def unsure_marks(self, text: str, tokens: list[Token]) -> list[Token]:
        """``tokens`` (of :meth:`annotate` on ``text``) with the unsure marks a teacher
        sees: the model asked where it may doubt (:mod:`.polyphones.marks`). About half
        the annotation's CPU more, so only where marks are shown (the reader preview,
        ``annotate --format json``); readings are not changed."""
        with self._lock, collector_paused():
            reader = self.reader
            if self._mark_scorer is None:
                self._mark_scorer = MarkScorer(reader.model, self.lexicon, reader.lexical_tone,
                                               phrase_reading, reader.suspect_words())
            spans = [(t.start, t.end) for t in tokens if t.kind is Kind.HANZI]
            return self._mark_scorer.marks(self.lexicon.to_simplified(text, spans), tokens)

    def annotate_lines(self, lines: Iterable[str], *, tone_changes: bool = True) -> Iterator[
        tuple[str, list[Token]]
    ]:
        """Annotate many lines with one loaded engine (``annotate --format jsonl``)."""
        for line in lines:
            yield line, self.annotate(line, tone_changes=tone_changes)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a stretch of work that makes many
    objects and no reference cycles (refcounting frees what it drops).

    Annotating allocates a few dozen short-lived containers per word; with the
    collector on, every 700 of them start a young pass, and the passes add up to
    full ones that walk every token a long text keeps alive. Paused, one young pass
    follows the call. Nested or concurrent pauses leave it as they found it."""
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _shown(
    citation: tuple[str, ...], shown: list[str], a: int, b: int
) -> tuple[str, ...]:
    """The syllables ``shown[a:b]`` with 一/不 changes, ``citation`` itself when none
    changed there (one tuple object for both fields)."""
    part = tuple(shown[a:b])
    return citation if part == citation else part


_NO_FLAGS: dict[int, tuple[bool, ...]] = {}


def _no_flags(length: int) -> tuple[bool, ...]:
    """The shared all-False flags of ``length`` syllables."""
    found = _NO_FLAGS.get(length)
    if found is None:
        found = _NO_FLAGS[length] = shared((False,) * length)
    return found


#: :func:`_no_flags` of the lengths most words have, by length.
_FLAGS_KEPT = 16
#: The shared extras of a word of each of those lengths with no third-tone flag set.
_NO_FLAGS_EXTRAS = [third_tone_extras(_no_flags(n)) for n in range(_FLAGS_KEPT)]
#: A syllable ending in 3 before another (the syllables joined, each followed by "|"):
#: where :func:`third_tone_flags` marks something.
_THIRD_PAIR = re.compile(r"3\|[^|]*3\|")


def _first_capital(length: int) -> tuple[bool, ...]:
    """The ``extra["name"]`` of a name the learner cut found: a capital on its first
    syllable (the format of :mod:`.names`)."""
    return (True,) + (False,) * (length - 1)


_WEEKDAYS = frozenset("一二三四五六日天")


def _join_weekdays(words: list[str]) -> list[str]:
    """Keep the days of the week whole in a run's ``words``: the segmenter cuts
    下个星期一 as 下个星期 | 一 (a dictionary word and the numeral, read yì before a third
    tone), but it is 下个 | 星期一 (xīngqīyī), as 上个星期天 and 这个星期六 are."""
    out = list(words)
    for i in range(len(out) - 1):
        word, nxt = out[i], out[i + 1]
        if len(word) > 2 and len(nxt) == 1 and word[-2:] in ("星期", "礼拜") and (
            nxt in _WEEKDAYS
        ):
            out[i], out[i + 1] = word[:-2], word[-2:] + nxt
    return out


#: The week words before a weekday's 周 + number (上 | 周三 -> 上周 | 三).
_WEEK_BEFORE = frozenset("上下")


def _week_before_weekday(words: list[str]) -> list[str]:
    """The week word before a day of the week (cut38): the segmenter cuts 下周三 as 下 |
    周三 (and 下 | 周四, 上 | 周六) but 上周二 as 上周 | 二; the learner's word is 上周/下周
    "last/next week" (HSK 2), and the day's number stands after it as 星期 | 六 does
    (``cut_gold.txt``), so 上 | 周X is 上周 | X. Only before 周 + a weekday's number (下 |
    周末 stays: next weekend)."""
    out = list(words)
    for i in range(len(out) - 1):
        word, nxt = out[i], out[i + 1]
        if word in _WEEK_BEFORE and len(nxt) == 2 and nxt[0] == "周" and nxt[1] in _WEEKDAYS:
            out[i], out[i + 1] = word + "周", nxt[1]
    return out


def _join_makeshift(words: list[str]) -> list[str]:
    """Keep 将就 "to make do" whole before 着: the segmenter cuts 你先将就着穿吧 as
    将 | 就 | 着 (jiù), but it is 将就 | 着 (jiāngjiu), as 将就一下 is cut.

    A place rule, not a count in the segmenter's word table: which of 将就 and 将 | 就 is
    right depends on the word after them (将就着 "make do"; 我们将就这个问题进行讨论 and
    他将就在这里工作 "will ... about / will then"), and a count cannot see it. 将就 at the
    count that keeps it whole (552 for its 300) cuts those two sentences 将就 | 这个 and
    将就 | 在. Raising all 33 HSK words the table cuts apart on their own that way (branch
    tidy11) moved the cut of 50 of the pinyin dump's 11,767 texts, most for the worse (都 |
    会 "all will" became 都会 "metropolis" 14 times, 得 | 了 "got" 得了 8 times, 仅 | 有 | 的
    有的), and cut F1 went 0.9950 -> 0.9948. The other kind of loss, a dictionary word whose
    last character goes to a word with a particle (将 | 就着), is cut right at all its 13
    places in the dump's texts and the cut gold (可 | 通过, 做 | 完了, 我 | 去过)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == "将" and words[i + 1:i + 2] == ["就"] and i + 2 < len(words) and (
            words[i + 2].startswith("着")
        ):
            out.append("将就")
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


#: Numerals a number ends with before 十/百/千/万 continue it (九 + 十 = 九十).
_DIGITS = frozenset("一二三四五六七八九两")
#: Characters that continue a number written before them (九 | 十分 -> 九十 | 分).
_TENS = frozenset("十百千万")
#: Units of measure that start with a numeral's unit: after a number they stay whole
#: (五 | 千克 "five kilograms", not 五千 | 克), as 五 | 公斤 and 三 | 公里 are cut.
_UNITS = frozenset({"千克", "千米"})


def _whole_numbers(words: list[str]) -> list[str]:
    """Keep a number whole where the segmenter took its tens into the next word: 他考了
    九十分 is cut 九 | 十分 ("very") but is 九十 | 分 (ninety points), 三 | 十年代 is 三十 |
    年代. Only after a number ending in a digit, before a word that starts with 十, 百, 千
    or 万 and is no number itself nor a unit of measure (五 | 千克 stays: five kilograms)."""
    out = list(words)
    for i in range(len(out) - 1):
        word, nxt = out[i], out[i + 1]
        if (word and word[-1] in _DIGITS and len(nxt) > 1 and nxt[0] in _TENS
                and is_number(word) and not is_number(nxt) and nxt not in _UNITS):
            k = 1
            while is_number(nxt[:k + 1]):
                k += 1  # 一 | 百万元 -> 一百万 | 元
            out[i], out[i + 1] = word + nxt[:k], nxt[k:]
    return out


def _reduplicated(start: int) -> list[tuple[int, int]]:
    """The spans of a "V一V" or "A不A" word at ``start`` (看一看, 是不是): three words,
    as textbooks print them."""
    return [(start, start + 1), (start + 1, start + 2), (start + 2, start + 3)]


_engines: dict[Path, TextEngine] = {}
_engines_lock = threading.Lock()


def get_engine(corpus: Corpus | None = None) -> TextEngine:
    """The process-wide engine for ``corpus`` (default: the data directory's corpus)."""
    corpus = corpus or open_corpus()
    with _engines_lock:
        engine = _engines.get(corpus.path)
        if engine is None:
            engine = TextEngine(corpus)
            _engines[corpus.path] = engine
        return engine


def reset_engines() -> None:
    """Forget loaded engines (tests switch data directories)."""
    with _engines_lock:
        _engines.clear()
