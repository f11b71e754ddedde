"""A word drill in class: the lesson's words one at a time, hanzi, then pinyin, then
meaning, in the lesson's order or shuffled, with the words the class stumbled on marked
for review.

Pure state, no Qt: the drill window (:mod:`chinese_teach.gui.classroom.drill`) shows a
:class:`Drill` and turns the teacher's keys and clicks into its methods; the marked
words come back as :class:`VocabRow` s, the shape the dictation and the word lists take.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum

from chinese_teach.core.corpus.levels import DEFAULT_STANDARD, Standard
from chinese_teach.core.documents.display import word_ruby_parts
from chinese_teach.core.documents.lessonwords import VocabRow
from chinese_teach.core.documents.reader import GlossaryEntry
from chinese_teach.core.text.syllables import ToneStyle, tone_of


class Stage(IntEnum):
    """What the class sees of the current word; each step of the teacher adds one."""

    HANZI = 0
    PINYIN = 1
    MEANING = 2


@dataclass(frozen=True, slots=True)
class DrillWord:
    """One word of the drill: its characters, pinyin (one part per syllable, each with
    its tone) and meaning."""

    word: str
    syllables: tuple[str, ...] = ()  # numbered, as the dictionary stores them
    pinyin: str = ""  # textbook spelling with tone marks
    meaning: str = ""

    @property
    def parts(self) -> tuple[str, ...]:
        """The pinyin as one display part per syllable (they concatenate to ``pinyin``)."""
        if not self.syllables:
            return (self.pinyin,) if self.pinyin else ()
        parts = word_ruby_parts(self.syllables, ToneStyle.MARKS)
        return parts if len(parts) == len(self.syllables) else (self.pinyin,)

    @property
    def tones(self) -> tuple[int, ...]:
        """The tone of each syllable (5: neutral)."""
        return tuple(tone_of(s) for s in self.syllables)

    def row(self, standard: Standard = DEFAULT_STANDARD) -> VocabRow:
        """The word as a printable vocabulary row (for a dictation of the marked words)."""
        return VocabRow(self.word, self.syllables, self.pinyin, self.meaning, standard, None)


def drill_words(rows: Iterable[VocabRow]) -> list[DrillWord]:
    """The drill's words from vocabulary rows (a lesson's resolved vocabulary), once each."""
    seen: set[str] = set()
    out: list[DrillWord] = []
    for r in rows:
        if r.word and r.word not in seen:
            seen.add(r.word)
            out.append(DrillWord(r.word, tuple(r.syllables), r.pinyin, r.meaning))
    return out


def glossary_words(entries: Iterable[GlossaryEntry]) -> list[DrillWord]:
    """The drill's words from a reader's glossary (its new words, as printed)."""
    seen: set[str] = set()
    out: list[DrillWord] = []
    for g in entries:
        if g.word not in seen:
            seen.add(g.word)
            out.append(DrillWord(g.word, tuple(g.syllables), g.pinyin, g.definition))
    return out


@dataclass(slots=True)
class Drill:
    """Where the class is in the drill: which word, how much of it is shown, which
    words are marked; ``finished`` once the last word's meaning was passed."""

    words: list[DrillWord]
    order: list[int] = field(default_factory=list)
    position: int = 0
    stage: Stage = Stage.HANZI
    marked: set[str] = field(default_factory=set)
    shuffled: bool = False
    finished: bool = False

    def __post_init__(self) -> None:
        if not self.order:
            self.order = list(range(len(self.words)))

    @property
    def current(self) -> DrillWord | None:
        """The word shown (None for an empty drill)."""
        if not self.words:
            return None
        return self.words[self.order[self.position]]

    def step(self) -> None:
        """Show the next thing: pinyin, meaning, then the next word; past the last
        word's meaning the drill is finished."""
        if not self.words or self.finished:
            return
        if self.stage < Stage.MEANING:
            self.stage = Stage(self.stage + 1)
        elif self.position + 1 < len(self.words):
            self.position += 1
            self.stage = Stage.HANZI
        else:
            self.finished = True

    def back(self) -> None:
        """Undo one step: back from the end, to less of the word, or to the previous word
        shown in full."""
        if self.finished:
            self.finished = False
        elif self.stage > Stage.HANZI:
            self.stage = Stage(self.stage - 1)
        elif self.position > 0:
            self.position -= 1
            self.stage = Stage.MEANING

    def next_word(self) -> None:
        """Skip to the next word's characters (the end after the last word)."""
        if self.position + 1 < len(self.words):
            self.position += 1
            self.stage = Stage.HANZI
        elif self.words:
            self.finished = True

    def toggle_mark(self) -> bool:
        """Mark the current word for review, or unmark it; returns whether it is marked."""
        word = self.current
        if word is None:
            return False
        if word.word in self.marked:
            self.marked.discard(word.word)
            return False
        self.marked.add(word.word)
        return True

    @property
    def is_marked(self) -> bool:
        word = self.current
        return word is not None and word.word in self.marked

    def set_shuffled(self, shuffled: bool, seed: int | None = None) -> None:
        """Shuffle the words (``seed`` makes the order reproducible) or put them back
        in the lesson's order; the drill starts again from its first word."""
        self.order = list(range(len(self.words)))
        if shuffled:
            random.Random(seed).shuffle(self.order)
        self.shuffled = shuffled
        self.restart()

    def restart(self) -> None:
        """Back to the first word's characters (the marks stay)."""
        self.position, self.stage, self.finished = 0, Stage.HANZI, False

    def marked_words(self) -> list[DrillWord]:
        """The marked words in the order the class met them."""
        return [self.words[i] for i in self.order if self.words[i].word in self.marked]


def review_text(words: Iterable[DrillWord]) -> str:
    """The words to review as lines of ``word<TAB>pinyin<TAB>meaning`` (pasted into a
    spreadsheet, a message or the Decks page's word box)."""
    return "".join(f"{w.word}\t{w.pinyin}\t{w.meaning}\n" for w in words)
