"""Propose a lesson's new words from its texts: words the class does not know yet.

The teacher then accepts, removes, adds and reorders them
(:meth:`Library.set_lesson_vocab`). Proposals are ranked by level in the
course's standard (lower first; words in no list last), then by frequency
(commoner first), then by first appearance in the texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from chinese_teach.core.corpus.levels import Standard, level_name
from chinese_teach.core.library.known import _index, known_before
from chinese_teach.core.text.tokens import is_hanzi_char

if TYPE_CHECKING:
    from chinese_teach.core.corpus.store import Corpus
    from chinese_teach.core.library.store import Library


@dataclass(frozen=True, slots=True)
class Proposal:
    """A word of the lesson's texts that the class does not know before the lesson."""

    word: str
    level: int | None  # in ``standard``; None = in no list of that standard
    standard: str
    freq: int  # corpus frequency count (0 = unknown)
    count: int  # occurrences in the lesson's texts
    in_vocab: bool  # already in the lesson's vocabulary

    @property
    def level_label(self) -> str:
        """``HSK2021 3``, ``HSK2021 7-9`` or ``HSK2021 -`` (the standard is always named)."""
        return f"{Standard(self.standard).short} {level_name(self.level)}"


def propose_new_words(
    lib: Library, lesson_id: str, engine, corpus: Corpus | None = None,
    texts: list[str] | None = None,
) -> list[Proposal]:
    """Rank the unknown words of the lesson's texts (or of ``texts`` if given).

    ``engine`` is the text engine (anything with ``segment(text) -> tokens``); its
    lexicon's frequencies are used when it has one.
    """
    lesson = lib.lesson(lesson_id)
    course = lib.course(lesson.course_id)
    standard = Standard.parse(course.standard)
    known = known_before(lib, lesson_id, corpus)
    index = _index(corpus)
    if texts is None:
        texts = [doc.text for doc in lib.readers(lesson_id)]
    order: dict[str, int] = {}
    counts: dict[str, int] = {}
    for text in texts:
        for token in engine.segment(text):
            word = token.text
            if not token.is_word or not any(is_hanzi_char(ch) for ch in word):
                continue
            if known.knows(word, index):
                continue
            counts[word] = counts.get(word, 0) + 1
            order.setdefault(word, len(order))
    freq_table: dict[str, int] = {}
    lexicon = getattr(engine, "lexicon", None)
    if lexicon is not None and hasattr(lexicon, "freq"):
        freq_table = lexicon.freq
    in_vocab = set(lesson.words)
    proposals = [
        Proposal(word, index.word_level(word, standard), standard.value,
                 int(freq_table.get(word, 0)), counts[word], word in in_vocab)
        for word in order
    ]
    proposals.sort(key=lambda p: (p.level is None, p.level or 0, -p.freq, order[p.word]))
    return proposals
