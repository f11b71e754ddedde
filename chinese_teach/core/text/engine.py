"""The text engine: segmentation plus readings, giving :class:`Token` lists.

One engine per corpus; it loads lazily (jieba's prefix dictionary and the word
list take about a second) and is safe to call from one worker thread at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from chinese_teach import paths
from chinese_teach.core.corpus.store import Corpus, open_corpus
from chinese_teach.core.text.lexicon import Lexicon
from chinese_teach.core.text.names import mark_names
from chinese_teach.core.text.pinyin import Reader, ReadingCorrection, WordReading
from chinese_teach.core.text.sandhi import apply_yi_bu, third_tone_flags
from chinese_teach.core.text.segment import Segmenter
from chinese_teach.core.text.tables import load_tables
from chinese_teach.core.text.tokens import Kind, Token


class TextEngine:
    """Annotates text with words and pinyin, using the corpus and the teacher's corrections."""

    def __init__(self, corpus: Corpus, cache_dir: Path | None = None) -> None:
        self.corpus = corpus
        self._cache_dir = Path(cache_dir or paths.cache_dir())
        self._lock = threading.RLock()
        self._lexicon: Lexicon | None = None
        self._segmenter: Segmenter | None = None
        self._reader: Reader | None = None

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
            self._reader = reader

    @property
    def lexicon(self) -> Lexicon:
        self.load()
        assert self._lexicon is not None
        return self._lexicon

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

    # -- annotation ---------------------------------------------------------------------
    def segment(self, text: str) -> list[Token]:
        """Tokens without readings."""
        return [
            Token(text[s:e], s, e, kind) for kind, s, e in self.segmenter.segment(text)
        ]

    def annotate(self, text: str, *, tone_changes: bool = True) -> list[Token]:
        """Words of ``text`` with one syllable per Chinese character.

        ``tone_changes`` writes 一/不 as textbooks print them (yí gè, bú shì);
        ``Token.citation`` always keeps the dictionary tones. ``Token.extra``
        holds ``"third_tone"``: per syllable, True where a third tone is said as
        a rising tone before another third tone (never written in pinyin), and on
        names ``"name"``: per syllable, True where a capital starts (:mod:`.names`).
        """
        with self._lock:
            spans = _split_reduplication(text, self.segmenter.segment(text))
            reader = self.reader
            runs: list[list[tuple[int, int]]] = []
            current: list[tuple[int, int]] = []
            for kind, start, end in spans:
                if kind is Kind.HANZI:
                    current.append((start, end))
                elif current:
                    runs.append(current)
                    current = []
            if current:
                runs.append(current)
            # Rules and the model read simplified text; traditional input is read
            # through a same-length simplified shadow (這條河很長 reads like 这条河很长).
            words = [span for run in runs for span in run]
            readings = reader.read_runs(self.lexicon.to_simplified(text, words), runs)
            run_tokens: dict[int, list[Token]] = {}
            for run, words in zip(runs, readings, strict=True):
                run_tokens[run[0][0]] = self._run_tokens(text, run, words, tone_changes)
            tokens: list[Token] = []
            for kind, start, end in spans:
                if kind is not Kind.HANZI:
                    tokens.append(Token(text[start:end], start, end, kind))
                elif start in run_tokens:
                    tokens.extend(run_tokens[start])
            mark_names(tokens, self.lexicon)
            return tokens

    @staticmethod
    def _run_tokens(
        text: str, run: list[tuple[int, int]], words: list[WordReading], tone_changes: bool
    ) -> list[Token]:
        run_start, run_end = run[0][0], run[-1][1]
        chars = text[run_start:run_end]
        citation = [syl for r in words for syl in r.syllables]
        shown = citation
        if tone_changes and ("一" in chars or "不" in chars):
            ends = {e - run_start - 1 for _, e in run}
            shown = apply_yi_bu(chars, citation, ends)
        flags = third_tone_flags(shown)
        out = []
        for (s, e), r in zip(run, words, strict=True):
            a, b = s - run_start, e - run_start
            out.append(
                Token(
                    text[s:e], s, e, Kind.HANZI,
                    pinyin=tuple(shown[a:b]),
                    citation=tuple(citation[a:b]),
                    sources=r.sources,
                    unsure=r.unsure,
                    extra={"third_tone": tuple(flags[a:b])},
                )
            )
        return out

    def annotate_lines(self, lines: Iterable[str], *, tone_changes: bool = True) -> Iterator[
        tuple[str, list[Token]]
    ]:
        """Annotate many lines with one loaded engine (``annotate --format jsonl``)."""
        for line in lines:
            yield line, self.annotate(line, tone_changes=tone_changes)


def _split_reduplication(
    text: str, spans: Iterable[tuple[Kind, int, int]]
) -> list[tuple[Kind, int, int]]:
    """Cut "V一V" and "A不A" words (看一看, 是不是) into three, as textbooks print them."""
    out: list[tuple[Kind, int, int]] = []
    for kind, s, e in spans:
        if kind is Kind.HANZI and e - s == 3 and text[s] == text[s + 2] and text[s + 1] in "一不":
            out.extend([(kind, s, s + 1), (kind, s + 1, s + 2), (kind, s + 2, e)])
        else:
            out.append((kind, s, e))
    return out


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
