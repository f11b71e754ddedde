"""A text as the class sees it on the projector: sentences of words, each word with its
pinyin, tones and meaning, ready for the Show-in-class window to paint.

Sentences are cut as the worksheets cut them (:func:`worksheet.split_sentences`), so a
step of the teacher's clicker is one sentence; each word keeps the reading the reader
would print (the engine's annotation, the teacher's corrections included) and the
learner gloss of its place in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from chinese_teach.core.corpus.glosses import token_glosses
from chinese_teach.core.documents.display import word_ruby_parts
from chinese_teach.core.documents.reader import capitalize_ruby, name_caps
from chinese_teach.core.documents.worksheet import split_sentences
from chinese_teach.core.text.annotation_cache import annotated_in_blocks
from chinese_teach.core.text.syllables import ToneStyle, tone_of
from chinese_teach.core.text.tokens import Kind

if TYPE_CHECKING:
    from chinese_teach.core.corpus.store import Corpus


class PinyinShown(StrEnum):
    """Which words show their pinyin on the projector; one key cycles through them."""

    ALL = "all"
    NEW = "new"
    NONE = "none"

    def next(self) -> PinyinShown:
        order = list(PinyinShown)
        return order[(order.index(self) + 1) % len(order)]


@dataclass(frozen=True, slots=True)
class ClassWord:
    """One word (or run of punctuation and other text) of a projected sentence."""

    text: str
    pinyin: str = ""  # tone marks, textbook spelling; empty for punctuation
    tones: tuple[int, ...] = ()  # one per character (5 = neutral); empty: no colour
    meaning: str = ""
    new: bool = False  # one of the lesson's new words
    #: the pinyin as one part per syllable (they concatenate to ``pinyin``)
    parts: tuple[str, ...] = ()

    @property
    def is_word(self) -> bool:
        return bool(self.pinyin)

    def coloured_parts(self) -> list[tuple[str, int]]:
        """The pinyin in pieces, each with the tone its colour shows: one piece per
        syllable, so each syllable takes the colour of its character (0: no colour,
        when the syllables are not known one by one)."""
        if self.parts and len(self.parts) == len(self.tones):
            return list(zip(self.parts, self.tones, strict=True))
        return [(self.pinyin, 0)] if self.pinyin else []

    def shows_pinyin(self, shown: PinyinShown) -> bool:
        return self.is_word and (shown is PinyinShown.ALL or (shown is PinyinShown.NEW
                                                              and self.new))


@dataclass(frozen=True, slots=True)
class ClassText:
    """The title and the sentences of a text to show in class."""

    title: str
    sentences: tuple[tuple[ClassWord, ...], ...]
    #: per sentence, True where it starts a line of the text (a dialogue's next speaker, a
    #: new paragraph): the projector starts it on a line of its own; empty: none known
    line_starts: tuple[bool, ...] = ()


def class_text(title: str, text: str, engine, corpus: Corpus | None = None,
               new_words: frozenset[str] | set[str] = frozenset(), *,
               tone_changes: bool = True) -> ClassText:
    """``text`` cut in sentences of annotated words; ``new_words`` are marked new (their
    pinyin stays when the teacher shows the new words' pinyin only); ``tone_changes``:
    一 and 不 as said (yí gè, bú shì), else in their dictionary tones, as the teacher's
    printed reader writes them."""
    sentences: list[tuple[ClassWord, ...]] = []
    pieces = split_sentences(text)
    starts = _line_starts(text, pieces)
    line_starts: list[bool] = []
    for tokens, start in zip(annotated_in_blocks(engine, pieces,  # a block per call
                                                 tone_changes=tone_changes), starts,
                             strict=True):
        glosses = token_glosses(tokens, corpus) if corpus is not None else [None] * len(tokens)
        words: list[ClassWord] = []
        k = 0
        while k < len(tokens):
            run = whole_word_run(tokens, glosses, k)
            if run is not None:
                words.append(_whole_word(tokens[k:run[0]], run[1], run[2], new_words))
                k = run[0]
                continue
            tok, gloss = tokens[k], glosses[k]
            k += 1
            if tok.kind is Kind.HANZI and tok.pinyin:
                parts = spelling_parts(tok)
                words.append(ClassWord(tok.text, "".join(parts),
                                       tuple(tone_of(s) for s in tok.pinyin),
                                       gloss.short if gloss is not None else "",
                                       tok.text in new_words, parts))
            elif tok.kind not in (Kind.NEWLINE,):
                words.append(ClassWord(tok.text))
        if words:
            sentences.append(tuple(words))
            line_starts.append(start)
    return ClassText(title, tuple(sentences), tuple(line_starts))


def _line_starts(text: str, pieces: list[str]) -> list[bool]:
    """Per sentence of ``text`` (``pieces``, in order): True where it is the first of a
    line of the text (only spaces before it since the last line break)."""
    out: list[bool] = []
    pos = 0
    for piece in pieces:
        at = text.find(piece, pos)
        if at < 0:
            out.append(False)
            continue
        before = text[:at].rstrip(" \t\u3000")
        out.append(not before or before.endswith("\n"))
        pos = at + len(piece)
    return out


def whole_word_run(tokens: list, glosses: list, k: int) -> tuple[int, str, str] | None:
    """``(end, word, meaning)`` when the tokens from ``k`` to ``end`` are the pieces of one
    dictionary word the learner cut split (星期 + 一, 拉 + 肚子, 听 + 懂): each piece's gloss
    names that whole among its parts, the pieces touch and spell it. None otherwise (a
    word's own parts, 我们: 我 + 们, are shorter than it and name no whole)."""
    first = glosses[k]
    if first is None or not tokens[k].pinyin or _PARTICLE.match(first.short):
        return None  # a particle the glosser tied to the verb before starts no word (转过身)
    for word, meaning in first.parts:
        if len(word) <= len(tokens[k].text) or not word.startswith(tokens[k].text):
            continue
        text, end = tokens[k].text, k + 1
        while len(text) < len(word) and end < len(tokens):
            tok, gloss = tokens[end], glosses[end]
            if (not tok.pinyin or tok.start != tokens[end - 1].end or gloss is None
                    or all(w != word for w, _ in gloss.parts)):
                break
            text += tok.text
            end += 1
        if text == word and meaning and not _BOOKISH.search(meaning):
            return end, word, meaning
    return None


#: a piece glossed as a particle (过 "(particle after a verb: …)" in 转过身来) belongs to the
#: word before it: the whole it would start (过身 "to die") is no word of the sentence (qa21)
_PARTICLE = re.compile(r"\(particle\b")

#: a whole the dictionary marks as bookish is no word a class reads in its pieces (哪 + 国 +
#: 人 is "which country's person", not 国人 "compatriots (literary)")
_BOOKISH = re.compile(r"\((?:literary|classical|archaic|old)\b")


def _whole_word(pieces: list, word: str, meaning: str, new_words) -> ClassWord:
    """One projected word made of the pieces of ``word``: their syllables spelled as one
    word (xīngqīyī), their tones, the whole word's meaning; new when it or a piece is."""
    syls = tuple(s for tok in pieces for s in tok.pinyin)
    parts = word_ruby_parts(syls, ToneStyle.MARKS)
    new = word in new_words or any(tok.text in new_words for tok in pieces)
    return ClassWord(word, "".join(parts), tuple(tone_of(s) for s in syls), meaning, new,
                     parts)


def spelling(tok) -> str:
    """A word's pinyin as the readers print it: one unit, names capitalised (Wáng
    Xiǎomíng, Běijīng)."""
    return "".join(spelling_parts(tok))


def spelling_parts(tok) -> tuple[str, ...]:
    """:func:`spelling` cut in one part per syllable (when the spelling allows it)."""
    syls = tuple(tok.pinyin)
    parts = word_ruby_parts(syls, ToneStyle.MARKS)
    caps = name_caps(tok, syls, {})
    if caps:
        parts = capitalize_ruby(parts, caps if len(parts) == len(caps) else caps[:1], word=True)
    return tuple(parts)
