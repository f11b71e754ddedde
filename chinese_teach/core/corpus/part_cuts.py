"""The parts a learner looks up inside a token the cut keeps whole (issue 15, cut38).

A token's gloss names its parts (:attr:`.glosses.Gloss.parts`), so that a word inside a
longer token is glossed too (路 in 路上). The parts were the fewest learner words
(HSK lists) only, which left two kinds of token with no part a learner looks up:

* **A dictionary word of three characters or more made of dictionary words.** 鱼香肉丝
  was 鱼 + 香 + 肉 + 丝, 旅游胜地 旅游 + 胜 + 地, 红烧肉 红 + 烧 + 肉, and 止咳糖浆,
  保温杯, 远亲不如近邻 had no parts (止咳, 糖浆, 保温 are in no list): a learner looks up
  肉丝, 胜地, 红烧, 糖浆. :func:`dictionary_parts` cuts such a word into the fewest
  learner words and dictionary words of two characters or more
  (:func:`.glosses_place_and_notes.dictionary_cut`, as a word the dictionary lacks is cut), where
  that makes fewer pieces than learner words alone, or where they cannot cut it.
* **A name made of common words.** 工业革命 "Industrial Revolution", 北京大学, 中国人民银行,
  春节联欢晚会 are proper nouns in CC-CEDICT, and a name had no parts: the learner who
  meets 革命, 大学, 银行, 晚会 inside them saw nothing. :func:`name_word_parts` cuts a
  name of four characters or more into dictionary words (names too: 天安门 + 广场) whose
  last piece, the kind of thing it names, is a common or learner word; a one-character
  piece must be a learner word and may not start the name (no surname + given name).
* **A dynasty.** 唐朝 "Tang dynasty", 明代, 清朝 are proper nouns of a dynasty's name and
  朝/代 (:func:`is_dynasty`): 朝 inside them is "dynasty", never "towards; facing" (清朝
  showed that) nor nothing (唐朝, a name, had no parts).

Pure functions of words and word lists; no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from itertools import pairwise

from chinese_teach.core.corpus.glosses_place_and_notes import dictionary_cut
from chinese_teach.core.text.learner import ADVERBS_FIRST
from chinese_teach.core.text.learner_words33 import DIRECTIONS, LOCATIVES
from chinese_teach.core.text.pieces import NUMERALS, fewest_pieces, is_number

#: First characters of free combinations, which no dictionary piece starts (the learner
#: cut's own: numbers, demonstratives, pronouns, degree and negation adverbs).
FREE_FIRST = NUMERALS | ADVERBS_FIRST | frozenset("这那哪每各某我你他她它您咱")

#: The last characters of a dynasty's name (唐朝, 明代).
DYNASTY_SUFFIXES = frozenset("朝代")
#: The sense of a dynasty in an entry ("Tang dynasty (618-907)").
_DYNASTY = re.compile(r"\bdynasty\b", re.IGNORECASE)
#: The sense words a dynasty's 朝/代 leads with (:func:`.glosses.part_led_by_whole`).
DYNASTY_KINDS = frozenset({"dynasty"})

#: Particles that end no dictionary piece (来 + 得 + 及, not 来得 + 及).
PARTICLES = frozenset("得了着过")

#: The shortest name :func:`name_word_parts` cuts (a person's name has two or three).
NAME_PARTS_MIN_LENGTH = 4


def dictionary_parts(word: str, learner_lengths: tuple[int, ...] | None,
                     listed: Container[str],
                     has_common_entry: Callable[[str], bool]) -> tuple[int, ...] | None:
    """The lengths of the parts of ``word`` (a dictionary word of three characters or
    more) where dictionary words of two characters or more make fewer pieces than learner
    words alone (``learner_lengths``; None: learner words cannot cut it): a run of
    one-character learner pieces is cut again into learner and dictionary words (红 + 烧 +
    肉 -> 红烧 + 肉, 鱼 + 香 + 肉 + 丝 -> 鱼香 + 肉丝); a learner word of two characters or
    more stays a part (全球 + 气候 + 变暖, not 全球气候 + 变暖). A dictionary piece is no
    free combination: it starts with no number or direction word and ends in no place word
    (一句 + 话 and 往前 stay 一 + 句 + 话 and 往 + 前, as the learner cut keeps them: see
    :func:`_lexical_piece`). None where nothing changes."""
    if len(word) < 3:
        return None
    if learner_lengths is None:
        cut = dictionary_cut(word, listed, has_common_entry)
        if not cut or not all(p in listed or is_number(p) or _lexical_piece(p) for p in cut):
            return None
        lengths = tuple(len(p) for p in cut)
        return None if _steals(word, lengths, listed, has_common_entry) else lengths
    out: list[int] = []
    run = ""
    changed = False
    pos = 0
    for length in (*learner_lengths, 0):
        if length == 1:
            run += word[pos]
            pos += 1
            continue
        if len(run) > 1:
            fewer = _fewer_in_run(run, listed, has_common_entry, whole=run != word)
            changed = changed or fewer is not None
            out.extend(fewer or (1,) * len(run))
        else:
            out.extend((1,) * len(run))
        run = ""
        if length:
            out.append(length)
            pos += length
    if not changed or _steals(word, tuple(out), listed, has_common_entry):
        return None
    return tuple(out)


def _steals(word: str, lengths: tuple[int, ...], listed: Container[str],
            has_common_entry: Callable[[str], bool]) -> bool:
    """Whether a dictionary piece of the cut takes the second character of a dictionary
    word that starts at the one-character piece before it: 图 + 书馆 hides 图书 (图书馆 is
    图书 + 馆, a piece no list has), so the cut is no structure of the word."""
    pos = 0
    for first, second in pairwise(lengths):
        piece = word[pos + first:pos + first + second]
        if first == 1 and piece not in listed and has_common_entry(word[pos:pos + 2]):
            return True
        pos += first
    return False


def _fewer_in_run(run: str, listed: Container[str], has_common_entry: Callable[[str], bool],
                  *, whole: bool) -> tuple[int, ...] | None:
    """A run of one-character learner words cut into fewer pieces with dictionary words
    (:func:`_lexical_piece`); None where it cannot be. ``whole``: the run may be one
    piece (it is not the whole word)."""

    def weight(piece: str) -> int | None:
        if len(piece) == 1:
            return 0 if piece in listed or is_number(piece) else None
        return 1 if has_common_entry(piece) and _lexical_piece(piece) else None

    found = fewest_pieces(run, weight, whole=whole)
    if found is None or len(found[0]) >= len(run):
        return None
    return found[0]


def _lexical_piece(piece: str) -> bool:
    """Whether a dictionary word may be a part as a word of its own, not a free
    combination a learner reads as its words: it starts with no number (一句), no
    demonstrative, pronoun, degree or negation adverb (不好, 很大: :data:`FREE_FIRST`) and
    no direction (往前, 向东: :data:`.learner_words33.DIRECTIONS`) and ends in no place
    word (门外, 水上: :data:`.learner_words33.LOCATIVES`) and no particle, which joins the
    words around it (来得 of 来得及, 来 + 得 + 及: :data:`PARTICLES`)."""
    return not (piece[0] in FREE_FIRST or piece[0] in DIRECTIONS or piece[-1] in LOCATIVES
                or piece[-1] in PARTICLES)


def name_word_parts(word: str, listed: Container[str], in_dictionary: Callable[[str], bool],
                    has_common_entry: Callable[[str], bool]) -> tuple[str, ...]:
    """The pieces of a name of :data:`NAME_PARTS_MIN_LENGTH` characters or more made of
    dictionary words (common or proper) and learner words, its last piece a common or
    learner word (北京大学 -> 北京 + 大学, 工业革命 -> 工业 + 革命, 丝绸之路 -> 丝绸 + 之 +
    路); () for a name of another shape (a person's, a transliteration: 奥林匹克 alone).
    A one-character piece is a learner word that does not start the name."""
    if len(word) < NAME_PARTS_MIN_LENGTH:
        return ()

    def weight(piece: str) -> int | None:
        if len(piece) > 1:
            return 0 if piece in listed or in_dictionary(piece) or is_number(piece) else None
        return 1 if piece in listed or is_number(piece) else None

    found = fewest_pieces(word, weight)
    if found is None:
        return ()
    pieces, pos = [], 0
    for length in found[0]:
        pieces.append(word[pos:pos + length])
        pos += length
    last = pieces[-1]
    if len(pieces[0]) == 1 or not (last in listed or has_common_entry(last)):
        return ()
    return tuple(pieces)


def is_dynasty(word: str, senses: Iterable[str]) -> bool:
    """Whether ``word`` names a dynasty: two or three characters ending in 朝 or 代
    (:data:`DYNASTY_SUFFIXES`) whose entry's first sense (``senses``) says "dynasty" (唐朝
    "Tang dynasty (618-907)"; 古代 "ancient times" and 朝代 "dynasty" itself, whose first
    character names no dynasty, are no such word: 朝代's sense is the word's own)."""
    first = next(iter(senses), "")
    return 2 <= len(word) <= 3 and word[-1] in DYNASTY_SUFFIXES and word[0] not in (
        DYNASTY_SUFFIXES) and bool(_DYNASTY.search(first))
