"""A lesson's words: the new words its texts propose, and its vocabulary resolved for print.

* :func:`propose_new_words` reads the lesson's texts and proposes the words the class
  does not know before the lesson (see :mod:`chinese_teach.core.library.known`),
  ranked by level (in the course's named standard) and then by frequency.
* :func:`resolve_vocab` gives each vocabulary word the pinyin and meaning to print:
  the teacher's own (lesson, then library), else the text engine's reading, and the
  sense the word's first occurrence in the lesson's texts chooses (四口人: 口 "measure
  word for family members"), else the dictionary's short definition.

The engine comes with the teacher's corrections already applied (the GUI keeps it so
from the library's change listener; the command line applies them once at start).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from chinese_teach.core.corpus.levels import Standard, level_name
from chinese_teach.core.documents.reader import lookup_definitions
from chinese_teach.core.labels import label
from chinese_teach.core.text.analyze import (
    KnownWords,
    join_known,
    learner_word_level,
    level_index,
    new_parts,
)
from chinese_teach.core.text.analyze import is_known as known_or_combined
from chinese_teach.core.text.annotation_cache import annotated_in_blocks
from chinese_teach.core.text.known_forms import join_learner_words
from chinese_teach.core.text.learner import is_number
from chinese_teach.core.text.sandhi import said_alone
from chinese_teach.core.text.syllables import ToneStyle, join_word
from chinese_teach.core.text.tokens import Kind

if TYPE_CHECKING:
    from chinese_teach.core.corpus.glosses import TextSense
    from chinese_teach.core.corpus.store import Corpus
    from chinese_teach.core.library.models import Lesson
    from chinese_teach.core.library.store import Library
    from chinese_teach.core.text.tokens import Token


def level_label(standard: Standard, level: int | None, lang: str | None = None) -> str:
    """``HSK2021 2`` or ``not in HSK2021``: a level always names its standard (``lang``:
    the words' language, by default the message language: the lesson editor shows it)."""
    if level is None:
        return label("level.not_in", lang, standard=standard.short)
    return f"{standard.short} {level_name(level)}"


@dataclass(frozen=True, slots=True)
class ProposedWord:
    """A word of the lesson's texts that the class does not know yet."""

    word: str
    standard: Standard
    level: int | None  # in ``standard``; None = not in its list
    freq: int  # corpus frequency (higher = more common)
    count: int  # occurrences in the lesson's texts
    first: int  # order of first occurrence across the texts
    in_vocab: bool = False  # already in the lesson's vocabulary (only with include_vocab)

    @property
    def level_label(self) -> str:
        return level_label(self.standard, self.level)


@dataclass(frozen=True, slots=True)
class VocabRow:
    """A vocabulary word ready to print: hanzi, pinyin, meaning and level."""

    word: str
    syllables: tuple[str, ...]
    pinyin: str  # textbook spelling with tone marks
    meaning: str
    standard: Standard
    level: int | None

    @property
    def level_label(self) -> str:
        return level_label(self.standard, self.level)


def _corpus(corpus: Corpus | None, engine) -> Corpus:
    if corpus is not None:
        return corpus
    if engine is not None and getattr(engine, "corpus", None) is not None:
        return engine.corpus
    from chinese_teach.core.corpus.store import open_corpus

    return open_corpus()


def _pieces(word: str, known: KnownWords, index, standard: Standard,
            dictionary_words) -> list[str]:
    """The new words hidden in a segmenter token: none if it splits into known words; for a
    phrase in no dictionary (吃饺子) made of known and listed words, the listed ones."""
    def is_known(w: str) -> bool:
        return known.knows(w, index)

    if known_or_combined(word, known, index, standard):
        return []  # known, or a free combination of known words (非常高兴, 两个)
    if index.question_base(word) is not None:  # 去不去: the class learns 去
        return [new for part in new_parts(word, known, index, standard)
                for new in _pieces(part, known, index, standard, dictionary_words)]
    if len(word) < 2 or word in dictionary_words or index.word_level(word, standard) is not None:
        return [word]
    n = len(word)
    # best[i]: pieces covering word[:i] with the fewest pieces, each known or listed
    best: list[list[str] | None] = [[]] + [None] * n
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, n + 1):
            piece = word[i:j]
            if j - i == n:
                continue
            if is_known(piece) or index.word_level(piece, standard) is not None:
                cand = [*best[i], piece]
                if best[j] is None or len(cand) < len(best[j]):
                    best[j] = cand
    if best[n] is None:
        return [word]
    return [p for p in best[n] if not is_known(p)]


def propose_new_words(
    lib: Library, lesson_id: str, engine, corpus: Corpus | None = None,
    known: KnownWords | None = None, *, include_vocab: bool = False,
    texts: list[str] | None = None, tokens: list[list[Token]] | None = None,
) -> list[ProposedWord]:
    """Words of the lesson's texts not known before the lesson, easiest and commonest first.

    Words already in the lesson's vocabulary are left out unless ``include_vocab``.
    A compound that splits into known words (非常高兴) is not proposed. ``texts``
    replaces the lesson's saved texts (a text being typed that is not saved yet);
    ``tokens``: the texts already cut by the engine (``segment`` or ``annotate``), so a
    caller that has them does not cut them again.
    """
    corpus = _corpus(corpus, engine)
    lesson = lib.lesson(lesson_id)
    course = lib.course(lesson.course_id)
    standard = Standard.parse(course.standard)
    index = level_index(corpus)
    if known is None:
        known = lib.known_before(lesson_id, corpus)
    vocab = set(lesson.words)
    taken = set() if include_vocab else vocab
    lexicon = engine.lexicon
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    if tokens is None:
        sources = texts if texts is not None else [doc.text for doc in lib.readers(lesson_id)]
        tokens = [engine.segment(text) for text in sources]
    # The lesson's own words count as known for cutting a token into its new words
    # (英国人 with 英国 in the vocabulary proposes nothing), as in the lesson's coverage.
    known_here = KnownWords(known.words | frozenset(taken), known.description)
    for cut in tokens:
        for tok in join_known(join_learner_words(cut, index.every_words), known_here):
            if tok.kind is not Kind.HANZI or is_number(tok.text) or (
                tok.extra.get("name") and index.word_level(tok.text, standard) is None
                and not known_here.knows(tok.text, index)
            ):
                continue  # names and numbers are not vocabulary to propose
            for word in _pieces(tok.text, known_here, index, standard, lexicon.readings):
                if word in taken:
                    continue
                if word not in counts:
                    first[word] = len(first)
                counts[word] = counts.get(word, 0) + 1
    freq = lexicon.freq
    out = [ProposedWord(w, standard, learner_word_level(w, index, standard), int(freq.get(w, 0)),
                        counts[w], first[w], w in vocab) for w in counts]
    top = max(standard.levels) + 1
    out.sort(key=lambda p: (p.level if p.level is not None else top, -p.freq, p.first))
    return out


def word_reading(engine, word: str) -> tuple[str, ...]:
    """The reading of ``word`` on its own (dictionary tones, teacher's corrections applied)."""
    syllables: list[str] = []
    for tok in engine.annotate(word, tone_changes=False):
        if tok.pinyin:
            syllables.extend(tok.pinyin)
    return tuple(syllables)


def lesson_senses(
    lib: Library, lesson: Lesson, engine, corpus: Corpus, words: set[str] | None = None,
    *, annotated: list[list[Token]] | None = None,
) -> dict[str, TextSense]:
    """The sense each word takes where its first occurrence in the lesson's texts chooses
    one (四口人: 口 "measure word for family members", not "mouth"), as the lesson's reader
    shows it: see :func:`~chinese_teach.core.corpus.glosses.text_senses`. ``words``
    limits it to those words (the vocabulary without the teacher's own meaning);
    ``annotated``: the texts already annotated (not annotated again)."""
    from chinese_teach.core.corpus.gloss_context import sentence_may_decide
    from chinese_teach.core.corpus.glosses import text_senses

    if annotated is not None:
        return text_senses(annotated, corpus, words, sentence_may_decide) if annotated else {}
    texts = [doc.text for doc in lib.readers(lesson.id)]
    if not texts:
        return {}
    return text_senses(annotated_in_blocks(engine, texts), corpus, words, sentence_may_decide)


def resolve_vocab(
    lib: Library, lesson: Lesson, engine, corpus: Corpus | None = None,
    annotated: list[list[Token]] | None = None,
) -> list[VocabRow]:
    """The lesson's vocabulary with the pinyin and meaning to print, in the lesson's order
    (``annotated``: the lesson's texts already annotated, read for the words' senses)."""
    corpus = _corpus(corpus, engine)
    course = lib.course(lesson.course_id)
    standard = Standard.parse(course.standard)
    index = level_index(corpus)
    words = set(lesson.words)
    syllables: dict[str, tuple[str, ...]] = {}
    meanings: dict[str, str | None] = {}
    typed: set[str] = set()
    for item in lesson.vocab:
        data = lib.word_data(item.word)
        own = item.pinyin or (data.pinyin if data else None)
        if own:
            typed.add(item.word)
        syls = own or word_reading(engine, item.word)
        syllables[item.word] = tuple(syls)
        meanings[item.word] = item.meaning or (data.meaning if data else None)
    defs = lookup_definitions(corpus, words) if words else {}
    untold = {w for w, m in meanings.items() if not m}
    senses = lesson_senses(lib, lesson, engine, corpus, untold,
                                                annotated=annotated) if untold else {}
    rows: list[VocabRow] = []
    for item in lesson.vocab:
        syls = syllables[item.word]
        meaning = meanings[item.word]
        sense = senses.get(item.word)
        chosen = sense.in_reading(syls) if sense is not None else None
        if not meaning and chosen is not None:
            meaning = chosen.short
        if not meaning:
            meaning = defs.get((item.word, tuple(s.lower() for s in syls))) or defs.get(
                (item.word, ()), "")
        # printed as the deck prints it: 一 and 不 as said (一起 yìqǐ), a typed pinyin as typed
        shown = syls if item.word in typed else said_alone(item.word, syls)
        pinyin = join_word(list(shown), ToneStyle.MARKS) if shown else ""
        # the level the lesson's proposals showed (每天 at 每's level, 有没有 at 有's)
        rows.append(VocabRow(item.word, shown, pinyin, meaning, standard,
                             learner_word_level(item.word, index, standard)))
    return rows
