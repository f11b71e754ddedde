"""Worksheets from a lesson, as format-neutral models (the PDF writer is ``render.worksheet_pdf``).

Five kinds, each with an answer key printed on its own page:

* ``writing``: each character of the lesson's vocabulary with pinyin, meaning and
  its stroke-order sequence, then a row of 田字格/米字格 boxes: grey models to trace,
  then empty boxes;
* ``tones``: write the tone marks on toneless pinyin; match hanzi with pinyin;
* ``cloze``: sentences of the lesson's texts with a vocabulary word blanked, and a
  word bank;
* ``matching``: match hanzi with meanings;
* ``order``: put the words of a sentence of the text back in order.

Every random choice comes from ``random.Random`` seeded with the worksheet's seed
and kind, so the same seed gives the same sheet (print the seed; reprint later).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from chinese_teach.core.documents.lessonwords import VocabRow, resolve_vocab
from chinese_teach.core.errors import BadInputError
from chinese_teach.core.strokes import stroke_data
from chinese_teach.core.text.syllables import ToneStyle, render
from chinese_teach.core.text.tokens import Kind, is_hanzi_char

if TYPE_CHECKING:
    from chinese_teach.core.corpus.store import Corpus
    from chinese_teach.core.library.store import Library

#: Grey models to trace before the empty boxes, and boxes per practice row.
TRACED = 3
BOXES_PER_ROW = 10
MATCH_GROUP = 8
MAX_SENTENCES = 12
ORDER_MIN_WORDS, ORDER_MAX_WORDS = 3, 10
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;…])|\n")


class WorksheetKind(StrEnum):
    """The kinds of worksheet a lesson can print."""

    WRITING = "writing"
    TONES = "tones"
    CLOZE = "cloze"
    MATCHING = "matching"
    ORDER = "order"

    @property
    def label(self) -> str:
        return {
            "writing": "Character writing",
            "tones": "Pinyin and tones",
            "cloze": "Fill in the blanks",
            "matching": "Match the words",
            "order": "Word order",
        }[self.value]


class Grid(StrEnum):
    """Guide lines of a practice box: 田字格 (cross) or 米字格 (cross and diagonals)."""

    TIAN = "tian"
    MI = "mi"

    @property
    def label(self) -> str:
        return "田字格" if self is Grid.TIAN else "米字格"


@dataclass(frozen=True, slots=True)
class WritingChar:
    """A character to practise, with the word it comes from."""

    char: str
    pinyin: str  # the syllable, tone marks
    word: str
    word_pinyin: str
    meaning: str
    strokes: int  # 0 = no stroke-order data for this character


@dataclass(frozen=True, slots=True)
class ToneItem:
    """Toneless pinyin under a word; the answer has the marks."""

    hanzi: str
    prompt: str  # ``ni hao``
    answer: str  # ``nǐ hǎo``


@dataclass(frozen=True, slots=True)
class Matching:
    """Numbered items on the left, lettered options on the right (shuffled)."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    answer: tuple[int, ...]  # for each left item, the index of its option on the right

    def answer_text(self, i: int) -> str:
        return f"{i + 1} - {letter(self.answer[i])}"


@dataclass(frozen=True, slots=True)
class ClozeItem:
    """A sentence with one word blanked."""

    before: str
    answer: str
    after: str


@dataclass(frozen=True, slots=True)
class OrderItem:
    """The words of a sentence, shuffled; the answer is the sentence."""

    words: tuple[str, ...]
    answer: str
    end: str = ""  # the sentence's final punctuation, printed after the blank line


@dataclass(slots=True)
class Section:
    """One exercise of a worksheet; exactly one of its item lists is filled."""

    heading: str
    instructions: str
    writing: list[WritingChar] = field(default_factory=list)
    tones: list[ToneItem] = field(default_factory=list)
    matches: list[Matching] = field(default_factory=list)
    cloze: list[ClozeItem] = field(default_factory=list)
    bank: list[str] = field(default_factory=list)
    order: list[OrderItem] = field(default_factory=list)

    def answers(self) -> list[str]:
        """The answer key of this section as numbered lines."""
        out: list[str] = []
        for i, w in enumerate(self.writing):
            out.append(f"{i + 1}. {w.char} {w.pinyin}: {w.strokes or '?'} strokes ({w.word} "
                       f"{w.word_pinyin})")
        for i, t in enumerate(self.tones):
            out.append(f"{i + 1}. {t.hanzi} {t.answer}")
        n = 0
        for m in self.matches:
            for i in range(len(m.left)):
                n += 1
                out.append(f"{n}. {m.left[i]} - {letter(m.answer[i])} {m.right[m.answer[i]]}")
        for i, c in enumerate(self.cloze):
            out.append(f"{i + 1}. {c.answer}: {c.before}{c.answer}{c.after}")
        for i, o in enumerate(self.order):
            out.append(f"{i + 1}. {o.answer}{o.end}")
        return out


@dataclass(slots=True)
class Worksheet:
    """A worksheet ready to write: sections, then the answer key on its own page."""

    kind: WorksheetKind
    title: str
    subtitle: str  # course, lesson
    seed: int
    grid: Grid
    sections: list[Section]
    traced: int = TRACED
    boxes_per_row: int = BOXES_PER_ROW

    @property
    def footer(self) -> str:
        """Printed on every page so the same sheet can be made again."""
        extra = f", {self.grid.label}" if self.kind is WorksheetKind.WRITING else ""
        return f"{self.kind.label} worksheet, seed {self.seed}{extra}"

    def answer_key(self) -> list[tuple[str, list[str]]]:
        """``[(section heading, answer lines)]``."""
        return [(s.heading, s.answers()) for s in self.sections]


def letter(i: int) -> str:
    """Option labels A..Z, then AA, AB..."""
    if i < 26:
        return chr(ord("A") + i)
    return letter(i // 26 - 1) + letter(i % 26)


# -- building -----------------------------------------------------------------------------

def _rng(seed: int, kind: WorksheetKind) -> random.Random:
    return random.Random(f"{seed}:{kind.value}")


def _shuffled(rng: random.Random, items: list, avoid_identity: bool = True) -> list[int]:
    """A permutation of ``range(len(items))``, not the identity when that is possible."""
    order = list(range(len(items)))
    for _ in range(20):
        rng.shuffle(order)
        if not avoid_identity or len(items) < 2 or order != sorted(order):
            break
    return order


T = TypeVar("T")


def _at_most(rng: random.Random, items: list[T], limit: int) -> list[T]:
    """``items``, or a random ``limit`` of them kept in their order when there are more."""
    if len(items) <= limit:
        return items
    keep = sorted(rng.sample(range(len(items)), limit))
    return [items[k] for k in keep]


def writing_chars(rows: list[VocabRow]) -> list[WritingChar]:
    """The distinct characters of the vocabulary in order, with their syllable."""
    out: list[WritingChar] = []
    seen: set[str] = set()
    for row in rows:
        hanzi = [ch for ch in row.word if is_hanzi_char(ch)]
        for k, ch in enumerate(hanzi):
            if ch in seen:
                continue
            seen.add(ch)
            syl = row.syllables[k] if k < len(row.syllables) and len(row.syllables) == len(
                hanzi) else ""
            data = stroke_data(ch)
            out.append(WritingChar(ch, render(syl, ToneStyle.MARKS) if syl else "", row.word,
                                   row.pinyin, row.meaning, data.count if data else 0))
    return out


def _matchings(rng: random.Random, pairs: list[tuple[str, str]]) -> list[Matching]:
    out = []
    for start in range(0, len(pairs), MATCH_GROUP):
        group = pairs[start:start + MATCH_GROUP]
        order = _shuffled(rng, group)
        right = tuple(group[j][1] for j in order)
        answer = tuple(order.index(i) for i in range(len(group)))
        out.append(Matching(tuple(p[0] for p in group), right, answer))
    return out


def split_sentences(text: str) -> list[str]:
    """Sentences of a text (cut after 。！？; and at line ends), stripped."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _cloze(rng: random.Random, texts: list[str], rows: list[VocabRow], engine) -> Section:
    vocab = {r.word for r in rows}
    items: list[ClozeItem] = []
    used: set[str] = set()
    for sentence in (s for t in texts for s in split_sentences(t)):
        tokens = engine.segment(sentence)
        spots = [i for i, t in enumerate(tokens) if t.kind is Kind.HANZI and t.text in vocab]
        if not spots:
            continue
        fresh = [i for i in spots if tokens[i].text not in used] or spots
        i = rng.choice(fresh)
        used.add(tokens[i].text)
        items.append(ClozeItem("".join(t.text for t in tokens[:i]), tokens[i].text,
                               "".join(t.text for t in tokens[i + 1:])))
    if not items:
        raise BadInputError("No sentence of the lesson's texts uses a vocabulary word, so "
                            "there is nothing to blank out.")
    items = _at_most(rng, items, MAX_SENTENCES)
    bank = sorted({c.answer for c in items})
    rng.shuffle(bank)
    return Section("Fill in the blanks",
                   "Write the missing word in each sentence. Use the words in the box.",
                   cloze=items, bank=bank)


def _order(rng: random.Random, texts: list[str], engine) -> Section:
    candidates: list[OrderItem] = []
    for sentence in (s for t in texts for s in split_sentences(t)):
        tokens = [t for t in engine.segment(sentence) if t.kind not in (Kind.SPACE,
                                                                         Kind.NEWLINE)]
        end = ""
        while tokens and tokens[-1].kind is Kind.PUNCT:
            end = tokens.pop().text + end
        words = [t.text for t in tokens if t.kind is not Kind.PUNCT]
        if not ORDER_MIN_WORDS <= len(words) <= ORDER_MAX_WORDS or len(words) != len(tokens):
            continue
        candidates.append(OrderItem(tuple(words), "".join(words), end))
    if not candidates:
        raise BadInputError("The lesson's texts have no sentence of 3 to 10 words without "
                            "inner punctuation to put in order.")
    candidates = _at_most(rng, candidates, MAX_SENTENCES)
    items = []
    for c in candidates:
        order = _shuffled(rng, list(c.words))
        items.append(OrderItem(tuple(c.words[j] for j in order), c.answer, c.end))
    return Section("Word order", "Put the words in the right order to make a sentence.",
                   order=items)


def build_worksheet(
    lib: Library, lesson_id: str, kind: WorksheetKind | str, engine,
    corpus: Corpus | None = None, *, seed: int = 1, grid: Grid | str = Grid.TIAN,
) -> Worksheet:
    """Make a worksheet of ``kind`` from the lesson's vocabulary and texts."""
    try:
        kind = WorksheetKind(kind)
        grid = Grid(grid)
    except ValueError as exc:
        raise BadInputError(str(exc)) from exc
    lesson = lib.lesson(lesson_id)
    course = lib.course(lesson.course_id)
    rows = resolve_vocab(lib, lesson, engine, corpus)
    if not rows and kind is not WorksheetKind.ORDER:
        raise BadInputError(f"Lesson {lesson.position + 1} ({lesson.title}) has no vocabulary "
                            "yet: accept its new words in the lesson editor first.")
    texts = [doc.text for doc in lib.readers(lesson_id)]
    if not texts and kind in (WorksheetKind.CLOZE, WorksheetKind.ORDER):
        raise BadInputError(f"Lesson {lesson.position + 1} ({lesson.title}) has no text.")
    rng = _rng(seed, kind)
    if kind is WorksheetKind.WRITING:
        chars = writing_chars(rows)
        sections = [Section("Character writing",
                            "Follow the stroke order. Trace the grey characters, then write "
                            "the character in the empty boxes.", writing=chars)]
    elif kind is WorksheetKind.TONES:
        order = _shuffled(rng, rows, avoid_identity=False)
        tones = [ToneItem(rows[j].word, " ".join(render(s, ToneStyle.NONE)
                                                 for s in rows[j].syllables),
                          " ".join(render(s, ToneStyle.MARKS) for s in rows[j].syllables))
                 for j in order if rows[j].syllables]
        pairs = [(r.word, r.pinyin) for r in rows if r.pinyin]
        sections = [
            Section("Tone marks", "Write the tone marks on the pinyin.", tones=tones),
            Section("Hanzi and pinyin", "Match each word with its pinyin.",
                    matches=_matchings(rng, pairs)),
        ]
    elif kind is WorksheetKind.MATCHING:
        pairs = [(r.word, r.meaning) for r in rows if r.meaning]
        if not pairs:
            raise BadInputError("The vocabulary has no meanings to match.")
        sections = [Section("Words and meanings", "Match each word with its meaning.",
                            matches=_matchings(rng, pairs))]
    elif kind is WorksheetKind.CLOZE:
        sections = [_cloze(rng, texts, rows, engine)]
    else:
        sections = [_order(rng, texts, engine)]
    subtitle = f"{course.name} - Lesson {lesson.position + 1}: {lesson.title}"
    return Worksheet(kind, kind.label, subtitle, seed, grid, sections)
