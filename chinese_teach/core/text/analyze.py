"""Analysis of a text for a chosen HSK standard: levels, coverage, known words.

* :class:`LevelIndex` answers "what level is this word/character in standard S?"
* :class:`KnownWords` is the set of words a class already knows (an HSK level of
  a named standard, an imported list, a course's progress, or any union).
* :func:`analyze` profiles a token list: counts per level, the estimated level,
  the words above a target level, words in no list, and coverage by a known set.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from chinese_teach.core.corpus.levels import Level, Standard, level_name
from chinese_teach.core.corpus.store import Corpus
from chinese_teach.core.text.known_forms import (
    fixed_words_of_question_shape,
    join_learner_words,
    question_base,
)
from chinese_teach.core.text.pieces import fewest_pieces, is_number
from chinese_teach.core.text.tokens import Token, is_hanzi_char, join_touching_runs
from chinese_teach.core.text.wordtable import TextTable

#: Share of running words a reader must know to read comfortably (with help / alone).
COMFORT_THRESHOLDS = (0.95, 0.98)


#: Each traditional character with the simplified form of its first entry.
_CHAR_TO_SIMPLIFIED = (
    "SELECT traditional, simplified, min(id) FROM entries"
    " WHERE simplified != traditional AND length(traditional) = 1 GROUP BY traditional"
)
#: The longer traditional words and the simplified forms of their first entries, as two
#: strings of lines in the same order.
_WORDS_TO_SIMPLIFIED = (
    "SELECT group_concat(trad, char(10)), group_concat(simp, char(10)) FROM"
    " (SELECT traditional AS trad, simplified AS simp, min(id) FROM entries"
    "  WHERE simplified != traditional AND length(traditional) > 1"
    "  GROUP BY traditional ORDER BY traditional)"
)
#: Words ending in 儿 that the dictionary reads with a syllable ér of its own (女儿, 婴儿,
#: 少儿): a word with its own 儿, never the erhua spelling of the word before it.
_FULL_ER_WORDS = (
    "SELECT DISTINCT simplified FROM entries WHERE simplified LIKE '%儿'"
    " AND (syllables LIKE '% er2' OR syllables = 'er2')"
)
#: Dictionary words shaped as an A不A / A没A question, with their definitions.
_QUESTION_SHAPED = (
    "SELECT simplified, definitions FROM entries WHERE length(simplified) BETWEEN 3 AND 5"
    " AND (simplified LIKE '_不%' OR simplified LIKE '__不%'"
    " OR simplified LIKE '_没%' OR simplified LIKE '__没%')"
)
#: Dictionary words of 每 and one or two characters (每天, 每年, 每星期 if listed).
_EVERY_WORDS = (
    "SELECT DISTINCT simplified FROM entries WHERE simplified LIKE '每_'"
    " OR simplified LIKE '每__'"
)


class LevelIndex:
    """Word and character levels of the three standards, held in memory."""

    def __init__(self, corpus: Corpus) -> None:
        self._words: dict[Standard, dict[str, int]] = {s: {} for s in Standard}
        self._chars: dict[Standard, dict[str, int]] = {s: {} for s in Standard}
        for word, std, lvl in corpus.query("SELECT word, standard, level FROM word_levels"):
            self._words[Standard(std)][word] = lvl
        for ch, std, lvl in corpus.query(
            "SELECT char, standard, level FROM char_levels WHERE kind = 'recognition'"
        ):
            self._chars[Standard(std)][ch] = lvl
        # Traditional forms read through their simplified twin (the first entry's): the
        # 3,600 characters in a dict (asked for every character of a text), the 72,000
        # longer words in a compact table read from two strings (14 MB as a dict; a word
        # is asked for once per text).
        self._char_to_simp = {t: s for t, s, _ in corpus.query(_CHAR_TO_SIMPLIFIED)}
        keys, values = corpus.query(_WORDS_TO_SIMPLIFIED)[0]
        self._word_to_simp = TextTable.from_lines(keys or "", values or "")
        self._full_er = frozenset(w for (w,) in corpus.query(_FULL_ER_WORDS))
        #: A不A-shaped dictionary words that ask nothing (动不动): words of their own
        self.fixed_question_words = fixed_words_of_question_shape(corpus.query(_QUESTION_SHAPED))
        #: 每 + a measure word or time unit that the dictionary lists as one word (每天)
        self.every_words = frozenset(w for (w,) in corpus.query(_EVERY_WORDS))

    def question_base(self, word: str) -> str | None:
        """A, when ``word`` is an A不A / A没A question read by its parts (有没有 -> 有);
        ``None`` otherwise (动不动 is a word of its own)."""
        return question_base(word, self.fixed_question_words)

    def erhua_twin(self, word: str) -> str | None:
        """The same word spelt with or without its erhua 儿: 玩 -> 玩儿, 玩儿 -> 玩,
        一会 -> 一会儿; ``None`` for a word whose 儿 is a syllable ér of its own (女儿), or
        whose twin would be one (女 -> 女儿). The HSK 3.0 list writes 玩儿, 聊天儿, 面条儿 where
        a text and the other lists write 玩, 聊天, 面条: one word for levels and known words."""
        if not word or word == "儿":
            return None
        if word.endswith("儿"):
            return None if word in self._full_er else word[:-1]
        twin = word + "儿"
        return None if twin in self._full_er else twin

    def simplified(self, word: str) -> str:
        """The simplified form of ``word`` when the dictionary knows it as traditional."""
        if len(word) == 1:
            return self._char_to_simp.get(word, word)
        return self._word_to_simp.get(word, word)

    def word_level(self, word: str, standard: Standard) -> int | None:
        """The level of ``word`` in ``standard`` (``None`` if the list does not have it)."""
        table = self._words[standard]
        lvl = table.get(word)
        if lvl is None:
            word = self.simplified(word)
            lvl = table.get(word)
        if lvl is None:  # the list spells it with or without an erhua 儿 (玩儿 for 玩)
            twin = self.erhua_twin(word)
            lvl = table.get(twin) if twin else None
        return lvl

    def char_level(self, char: str, standard: Standard) -> int | None:
        """The character level (HSK 2.0 has no character list: its word list is used)."""
        if standard is Standard.HSK2:
            return self.word_level(char, standard)
        table = self._chars[standard]
        return table.get(char, table.get(self.simplified(char)))

    def words_up_to(self, level: Level) -> frozenset[str]:
        """Every word of ``level.standard`` at or below ``level.level``."""
        return frozenset(w for w, lv in self._words[level.standard].items() if lv <= level.level)

    def words_at(self, standard: Standard) -> dict[str, int]:
        """The whole word list of a standard (word -> level)."""
        return dict(self._words[standard])


_indexes: dict[Path, LevelIndex] = {}
_lock = threading.Lock()


def level_index(corpus: Corpus) -> LevelIndex:
    """The shared :class:`LevelIndex` for ``corpus`` (built once, ~0.2 s)."""
    with _lock:
        idx = _indexes.get(corpus.path)
        if idx is None:
            idx = _indexes[corpus.path] = LevelIndex(corpus)
        return idx


@dataclass(frozen=True, slots=True)
class KnownWords:
    """Words a class already knows; ``description`` says where they come from."""

    words: frozenset[str] = frozenset()
    description: str = "no known words"

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def __len__(self) -> int:
        return len(self.words)

    def knows(self, word: str, index: LevelIndex | None = None) -> bool:
        """True if ``word`` (or its simplified form, or the same word spelt with or
        without its erhua 儿: 玩 for a list's 玩儿) is known."""
        if word in self.words:
            return True
        if index is None:
            return False
        word = index.simplified(word)
        if word in self.words:
            return True
        twin = index.erhua_twin(word)
        return twin is not None and twin in self.words

    def union(self, other: KnownWords) -> KnownWords:
        return KnownWords(self.words | other.words, f"{self.description} + {other.description}")

    @classmethod
    def from_level(cls, index: LevelIndex, level: Level) -> KnownWords:
        """All words up to ``level`` (e.g. HSK 3.0 (2021 standard) level 3); level 0 is a
        class that knows no word of the list yet (described so, never "level 1-0")."""
        if not level.level:
            return cls(frozenset(), "no known words")
        label = f"{level.standard.label} level 1-{level_name(level.level)}"
        return cls(index.words_up_to(level), label)

    @classmethod
    def from_words(cls, words: Iterable[str], description: str = "word list") -> KnownWords:
        return cls(frozenset(w.strip() for w in words if w and w.strip()), description)

    @classmethod
    def from_file(cls, path: Path | str) -> KnownWords:
        """One word per line; for CSV/TSV the first column; ``#`` lines are comments."""
        from chinese_teach.core.textio import read_text_file

        path = Path(path)
        words = []
        for raw in read_text_file(path).splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            first = line.replace("\t", ",").split(",", 1)[0].strip().strip('"')
            if any(is_hanzi_char(ch) for ch in first):
                words.append(first)
        return cls.from_words(words, f"word list {path.name}")


def parse_known(spec: str, index: LevelIndex) -> KnownWords:
    """``hsk2021:3`` (a level of a standard) or a path to a word-list file."""
    if ":" in spec and not Path(spec).exists():
        return KnownWords.from_level(index, Level.parse(spec))
    return KnownWords.from_file(spec)


@dataclass(slots=True)
class TextAnalysis:
    """The level profile of a text for one standard."""

    standard: Standard
    hanzi_count: int = 0
    unique_hanzi: int = 0
    word_count: int = 0
    unique_words: int = 0
    #: running words per level (``None`` = in no list of this standard)
    words_per_level: dict[int | None, int] = field(default_factory=dict)
    unique_words_per_level: dict[int | None, int] = field(default_factory=dict)
    chars_per_level: dict[int | None, int] = field(default_factory=dict)
    #: lowest level whose words cover >= 95% of running words (``None``: beyond the lists);
    #: a word in no list counts at the level of its hardest character
    estimated_level: int | None = None
    #: (word, level) of distinct words above the target level, in order of appearance
    above_target: list[tuple[str, int]] = field(default_factory=list)
    not_in_list: list[str] = field(default_factory=list)
    #: distinct words not in the known set, in order of appearance
    unknown_words: list[str] = field(default_factory=list)
    #: share of running words in the known set (``None`` when no known set was given);
    #: a word made of known words (两个, 星期六) is known; names and numbers are not counted
    coverage: float | None = None
    #: names (小明, 王老师) and numbers (二十, 两千) of the text, shown apart: they are
    #: neither unknown vocabulary nor part of the level estimate
    names: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        def keyed(d: dict[int | None, int]) -> dict[str, int]:
            return {("none" if k is None else level_name(k)): v for k, v in sorted(
                d.items(), key=lambda kv: 99 if kv[0] is None else kv[0])}

        return {
            "standard": self.standard.value,
            "standard_name": self.standard.label,
            "hanzi": self.hanzi_count,
            "unique_hanzi": self.unique_hanzi,
            "words": self.word_count,
            "unique_words": self.unique_words,
            "words_per_level": keyed(self.words_per_level),
            "unique_words_per_level": keyed(self.unique_words_per_level),
            "chars_per_level": keyed(self.chars_per_level),
            "estimated_level": level_name(self.estimated_level) if self.estimated_level else None,
            "above_target": [{"word": w, "level": level_name(lv)} for w, lv in self.above_target],
            "not_in_list": self.not_in_list,
            "unknown_words": self.unknown_words,
            "coverage": self.coverage,
            "names": self.names,
            "numbers": self.numbers,
        }


def _char_based_level(word: str, index: LevelIndex, standard: Standard) -> int | None:
    """The level of ``word``'s hardest character, if every character is graded."""
    levels = [index.char_level(ch, standard) for ch in word if is_hanzi_char(ch)]
    if not levels or any(lv is None for lv in levels):
        return None
    return max(lv for lv in levels if lv is not None)


def parts_level(word: str, index: LevelIndex, standard: Standard) -> int | None:
    """For a word in no list, the level of the hardest of the listed words (or numbers)
    it is made of, cut into the fewest (星期六 -> 星期 1 + 六 1 = 1); None if it cannot be
    cut so."""
    found = fewest_pieces(
        word, lambda piece: 1 if is_number(piece) else index.word_level(piece, standard))
    return found[1] if found is not None else None


def splits_into(word: str, ok: Callable[[str], bool], max_piece: int = 8) -> bool:
    """True if ``word`` is ``ok`` or can be cut into pieces that all are ``ok``."""
    if ok(word):
        return True
    n = len(word)
    reach = [True] + [False] * n
    for i in range(n):
        if not reach[i]:
            continue
        for j in range(i + 1, min(n, i + max_piece) + 1):
            if not reach[j] and (j - i < n) and ok(word[i:j]):
                reach[j] = True
    return reach[n]


def is_known(word: str, known: KnownWords, index: LevelIndex, standard: Standard) -> bool:
    """Known, or a free combination of known words or numbers (两个, 这个星期, 八点).

    A word the standard lists is a word of its own, known only as itself: 难忘 (level 6)
    is new to a class that knows 难 and 忘. The erhua 儿 adds no new word (早点儿). An
    A不A / A没A question is its parts, listed or not (有没有, 去不去: known with 有 or 去).
    """
    if known.knows(word, index):
        return True
    base = index.question_base(word)
    if base is not None:
        return is_known(base, known, index, standard)
    if index.word_level(word, standard) is not None:
        return False

    def ok(w: str) -> bool:
        return is_number(w) or known.knows(w, index)

    return splits_into(word, ok) or (
        len(word) > 1 and word[-1] == "儿" and splits_into(word[:-1], ok))


def analyze(
    tokens: Iterable[Token],
    index: LevelIndex,
    standard: Standard,
    target: int | None = None,
    known: KnownWords | None = None,
) -> TextAnalysis:
    """Profile the Chinese words of ``tokens`` against ``standard``.

    Names (tokens the engine marks as names) and numbers are listed apart and left out
    of the level estimate and the coverage; a word in no list counts at the level of
    the listed words it is made of, else of its hardest character.
    """
    result = TextAnalysis(standard=standard)
    words: list[str] = []
    tokens = join_learner_words(list(tokens), index.every_words)
    if known is not None:
        tokens = join_known(tokens, known)
    for t in tokens:
        if not t.is_word:
            continue
        if t.extra.get("name") and not known_or_listed(t.text, index, standard, known):
            if t.text not in result.names:
                result.names.append(t.text)
        elif is_number(t.text):
            if t.text not in result.numbers:
                result.numbers.append(t.text)
        else:
            words.append(t.text)
    result.word_count = len(words)
    result.unique_words = len(set(words))
    chars = [ch for w in words for ch in w if is_hanzi_char(ch)]
    result.hanzi_count = len(chars)
    result.unique_hanzi = len(set(chars))

    word_levels = {w: learner_word_level(w, index, standard) for w in set(words)}
    per_level: Counter[int | None] = Counter(word_levels[w] for w in words)
    result.words_per_level = dict(per_level)
    result.unique_words_per_level = dict(Counter(word_levels.values()))
    result.chars_per_level = dict(Counter(index.char_level(ch, standard) for ch in chars))

    if words:
        # A word in no list (走路, 十分钟) counts at the level of the listed words it is
        # made of, else of its hardest character, so that everyday compounds do not
        # push a simple text "beyond the lists".
        estimate_levels = {
            w: lv if lv is not None
            else parts_level(w, index, standard) or _char_based_level(w, index, standard)
            for w, lv in word_levels.items()
        }
        by_level: Counter[int | None] = Counter(estimate_levels[w] for w in words)
        # Numbers are easy running words (level 1) for the estimate, though not vocabulary.
        numbers = sum(1 for t in tokens if t.is_word and is_number(t.text))
        by_level[1] += numbers
        running = len(words) + numbers
        covered = 0
        for lvl in standard.levels:
            covered += by_level.get(lvl, 0)
            if covered / running >= COMFORT_THRESHOLDS[0]:
                result.estimated_level = lvl
                break

    seen: set[str] = set()
    known_cache: dict[str, bool] = {}
    for w in words:
        if known is not None and w not in known_cache:
            known_cache[w] = is_known(w, known, index, standard)
        if w in seen:
            continue
        seen.add(w)
        lvl = word_levels[w]
        if lvl is None:
            result.not_in_list.append(w)
        elif target is not None and lvl > target:
            result.above_target.append((w, lvl))
        if known is not None and not known_cache[w]:
            for new in new_parts(w, known, index, standard):
                if new not in result.unknown_words:
                    result.unknown_words.append(new)
    if known is not None:
        result.coverage = (
            sum(1 for w in words if known_cache[w]) / len(words) if words else 1.0
        )
    return result


def learner_word_level(word: str, index: LevelIndex, standard: Standard) -> int | None:
    """The level of ``word`` in ``standard``, for a lesson's words: an A不A / A没A
    question's is A's (有没有: 有's level 1, though HSK 3.0 lists the question at level
    6); a 每 word the lists leave out (每天) is at 每's level or its other part's,
    whichever is higher."""
    base = index.question_base(word)
    if base is None:
        listed = index.word_level(word, standard)
        if listed is None and word in index.every_words:
            return parts_level(word, index, standard)
        return listed
    level = learner_word_level(base, index, standard)
    return level if level is not None else index.word_level(word, standard)


def new_parts(word: str, known: KnownWords, index: LevelIndex, standard: Standard) -> list[str]:
    """What an unknown ``word`` teaches: an A不A / A没A question its A (去不去 -> 去), any
    other word itself."""
    base = index.question_base(word)
    if base is None:
        return [word]
    return new_parts(base, known, index, standard)


def join_known(tokens: Iterable[Token], known: KnownWords) -> list[Token]:
    """``tokens`` with runs of adjacent words joined where together they are a word of
    ``known`` (a class's vocabulary has 每天: the cutter's 每 + 天 count as that word)."""
    words = known.words

    def word(text: str) -> bool:
        return text in words

    def joined(run: list[Token]) -> Token:
        return Token("".join(t.text for t in run), run[0].start, run[-1].end, run[0].kind)

    return join_touching_runs(list(tokens), word, _is_word, joined, max_parts=4, max_chars=99)


def _is_word(token: Token) -> bool:
    return token.is_word


def known_or_listed(
    word: str, index: LevelIndex, standard: Standard, known: KnownWords | None
) -> bool:
    """True for a name that is also vocabulary (北京 in an HSK list, or known)."""
    if known is not None and known.knows(word, index):
        return True
    return index.word_level(word, standard) is not None
