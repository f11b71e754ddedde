"""The words of a deck and where they come from (a word list, a reader's text, a lesson).

A :class:`DeckWord` carries everything a card or a Pleco/Quizlet row shows, plus
``uid``: the word's stable identity in the library. Anki note GUIDs are derived from the
uid only, so that editing a meaning or correcting a reading updates the student's note
instead of duplicating it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from chinese_teach.core.corpus.gloss_context import sentence_may_decide
from chinese_teach.core.corpus.glosses import Glosser, glosser, text_senses, traditional_form
from chinese_teach.core.corpus.levels import DEFAULT_STANDARD, Level, Standard
from chinese_teach.core.documents.display import spelled_parts
from chinese_teach.core.documents.reader import name_caps
from chinese_teach.core.errors import BadInputError
from chinese_teach.core.labels import label
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report
from chinese_teach.core.text.analyze import learner_word_level, level_index
from chinese_teach.core.text.annotation_cache import annotated_in_blocks
from chinese_teach.core.text.sandhi import said_alone
from chinese_teach.core.text.sentences import split_sentences, without_speaker
from chinese_teach.core.text.syllables import normalize
from chinese_teach.core.text.tokens import Source, Token, is_hanzi_char
from chinese_teach.core.textio import read_text_file

if TYPE_CHECKING:
    from chinese_teach.core.corpus.dictionary import Dictionary, Entry
    from chinese_teach.core.library import Library
    from chinese_teach.core.text.engine import TextEngine


@dataclass(frozen=True, slots=True)
class ExampleSentence:
    """A sentence in which the word appeared: its segments with their syllables.

    ``segments`` joined give the sentence; Chinese segments have one canonical syllable
    per character, other segments ``()``.
    """

    segments: tuple[tuple[str, tuple[str, ...]], ...]
    meaning: str = ""
    #: Per segment, its pinyin as printed (:func:`spelled_parts`: one tone-marked part
    #: per syllable, names and the sentence's first word capitalised); empty: plain.
    spellings: tuple[tuple[str, ...], ...] = ()

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.segments)

    def spelled(self, index: int) -> tuple[str, ...]:
        """The printed pinyin parts of segment ``index`` (Běijīng, Wáng lǎoshī, the
        sentence's first word with a capital), one per syllable where they split so."""
        if index < len(self.spellings) and self.spellings[index]:
            return self.spellings[index]
        return spelled_parts(self.segments[index][1])


@dataclass(slots=True)
class DeckWord:
    """One word of a deck with the teacher's corrections already applied."""

    uid: str
    simplified: str
    traditional: str
    pinyin: tuple[str, ...]
    meaning: str
    level: Level | None = None
    example: ExampleSentence | None = None
    #: A recording the teacher attached (any format Anki plays: mp3, ogg, wav, m4a).
    audio_file: Path | None = None
    #: Where the word comes from, shown small on the card ("Lesson 3 · 在银行").
    source: str = ""
    tags: tuple[str, ...] = ()
    #: The syllables as the word is said alone, 一 and 不 with their changed tones inside
    #: the word (一起 yi4 qi3, 不客气 bu2 ke4 qi5; see :func:`said_alone`); empty: as
    #: ``pinyin``, the dictionary's (which look-ups and Pleco's import keep).
    said: tuple[str, ...] = ()
    #: the standard ``level`` is read in (named also where the word is in none of its levels)
    standard: Standard = DEFAULT_STANDARD

    def level_text(self, lang: str | None = None) -> str:
        """``HSK2021 3``, or ``not in HSK2021`` for a word outside the list: every output
        of a deck (cards, study page, vocabulary list) names the list the same way as the
        lesson's vocabulary and the reader's glossary (``level.not_in``)."""
        if self.level is not None:
            return str(self.level)
        return label("level.not_in", lang, standard=self.standard.short)

    @property
    def spoken(self) -> tuple[str, ...]:
        """The syllables every pinyin field of the card prints: the word as it is said
        alone, in the convention of its example sentence (yí gè, bú shì, yìqǐ)."""
        return self.said or self.pinyin


@dataclass(slots=True)
class DeckPart:
    """One Anki deck of an export: a lesson's words, or the words of a list.

    ``key`` is the stable identity the deck id is derived from (a lesson id, or
    ``list:<name>``); ``name`` is the Anki deck name (``Course::01 Lesson title``).
    """

    key: str
    name: str
    words: list[DeckWord] = field(default_factory=list)
    tags: tuple[str, ...] = ()


def word_uid(simplified: str) -> str:
    """The identity of a word when no library is at hand.

    The same value the library gives for a word when it cannot store one (read-only):
    a name-based UUID of the simplified form. Decks built with a library use
    ``Library.word_uid`` instead, so list decks and lesson decks share notes.
    """
    return uuid.uuid5(uuid.NAMESPACE_URL, "chinese-teach:word:" + simplified).hex


_TAG_SAFE = re.compile(r"[^\w:\-]+")


def tag_of(text: str) -> str:
    """An Anki tag from free text (spaces become underscores; ``::`` nesting kept)."""
    return _TAG_SAFE.sub("_", text.strip()).strip("_") or "untitled"


def read_word_file(path: Path) -> list[str]:
    """Words from a .txt (one per line) or .csv/.tsv (first column) file, in order, once each.

    Lines starting with ``#`` are comments; a first CSV row whose cell holds no Chinese
    is taken as a header and skipped.
    """
    path = Path(path)
    return words_from_text(read_text_file(path), path.name,
                           tabular=path.suffix.lower() in (".csv", ".tsv"),
                           tabs=path.suffix.lower() == ".tsv")


def words_from_text(text: str, name: str, *, tabular: bool = False,
                    tabs: bool = False) -> list[str]:
    """Words of a word list's text (a file's content, or standard input), as
    :func:`read_word_file` reads them; ``tabular`` takes the first comma-separated column
    of every line (``tabs``: tab-separated), and a line with a tab is always split there.
    ``name`` names the source in the error raised when no line holds a Chinese word."""
    words: list[str] = []
    seen: set[str] = set()
    for n, raw in enumerate(text.splitlines()):
        line = raw.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        if tabular or "\t" in line:
            sep = "\t" if (tabs or "\t" in line) else ","
            line = line.split(sep, 1)[0].strip().strip('"').strip()
        if n == 0 and not any(is_hanzi_char(ch) for ch in line):
            continue
        if not any(is_hanzi_char(ch) for ch in line):
            continue
        if line not in seen:
            seen.add(line)
            words.append(line)
    if not words:
        raise BadInputError(key="error.deck.no_chinese_words", name=name)
    return words


def find_example(word: str, texts: Iterable[str], max_len: int = 60) -> str | None:
    """The first sentence of ``texts`` that contains ``word`` (the shortest of the first few)."""
    found: list[str] = []
    for text in texts:
        for sentence in split_sentences(text):
            # a dialogue line without its speaker's name, unless the word is in the name
            s = without_speaker(sentence)
            if word not in s:
                s = sentence.strip()
            if word in s:
                found.append(s)
                if len(found) >= 3:
                    break
        if len(found) >= 3:
            break
    if not found:
        return None
    short = [s for s in found if len(s) <= max_len]
    return short[0] if short else min(found, key=len)


def _pick_entry(entries: list[Entry], pinyin: tuple[str, ...]) -> Entry | None:
    if not entries:
        return None
    for entry in entries:
        if tuple(entry.syllables) == pinyin:
            return entry
    plain = tuple(s.rstrip("12345") for s in pinyin)
    for entry in entries:
        if tuple(s.rstrip("12345") for s in entry.syllables) == plain:
            return entry
    return entries[0]


_VARIANT_RE = re.compile(
    r"^(?:erhua |old |archaic |Japanese |)variant of ([^\s\[|]+)(?:\|([^\s\[]+))?"
)


def _meaning_of(entry: Entry | None, dictionary: Dictionary | None = None, limit: int = 4) -> str:
    """The entry's first definitions; a bare "variant of X" borrows X's meaning."""
    if entry is None:
        return ""
    defs = list(entry.definitions)
    if dictionary is not None and defs:
        match = _VARIANT_RE.match(defs[0])
        if match and len(defs) == 1:
            target = match.group(2) or match.group(1)
            others = [e for e in dictionary.lookup(target) if e.simplified != entry.simplified]
            if others and others[0].definitions:
                defs = list(others[0].definitions)
    return "; ".join(defs[:limit])


#: Sources of a reading that a sentence would have decided (see :func:`reading_of`).
_GUESSED = frozenset({Source.MODEL, Source.RULE, Source.FALLBACK})


def reading_of(engine: TextEngine, text: str, learner: Glosser | None = None) -> tuple[str, ...]:
    """Citation syllables of ``text`` as the engine reads it (teacher's corrections applied).

    A single character standing alone has no sentence to choose its reading, so where the
    engine had only its model or a context rule to go on, the reading a learner's list means
    (``learner``'s curated first reading: 脏 zāng, 少 shǎo, 还 hái) is taken instead; a
    teacher's correction and a dictionary word keep theirs.
    """
    tokens = engine.annotate(text, tone_changes=False)
    if learner is not None and len(tokens) == 1 and len(text) == 1:
        tok = tokens[0]
        if tok.pinyin and tok.sources and tok.sources[0] in _GUESSED:
            lone = learner.lone_reading(text)
            if lone is not None and len(lone) == 1:
                return lone
    out: list[str] = []
    for tok in tokens:
        if tok.pinyin:
            out.extend(tok.pinyin)
    return tuple(out)


def example_sentence(engine: TextEngine, sentence: str, meaning: str = "",
                     context: list[Token] | None = None) -> ExampleSentence:
    """Annotate a sentence for the Example/ExamplePinyin fields (as it is read aloud:
    一 and 不 with their changed tones, as the word's own fields, :func:`said_alone`).
    ``context``: the annotated text the sentence was taken from; its tokens over the
    sentence are used, so a name the text shows to be one keeps its capitals (张丽 of
    张丽拍了很多照片 alone was Zhāng lì, in the lesson's text Zhāng Lì, as the reader)."""
    tokens = _tokens_over(context, sentence) if context else None
    if tokens is None:
        tokens = engine.annotate(sentence, tone_changes=True)
    segments = tuple((tok.text, tuple(tok.pinyin) if tok.pinyin else ()) for tok in tokens)
    return ExampleSentence(segments, meaning, example_spellings(tokens))


def _tokens_over(tokens: list[Token], sentence: str) -> list[Token] | None:
    """The run of ``tokens`` (one text's) that spells ``sentence`` exactly, or None."""
    texts = [t.text for t in tokens]
    for i, tok in enumerate(tokens):
        if not sentence.startswith(tok.text) or not tok.text:
            continue
        spelled, j = "", i
        while j < len(tokens) and len(spelled) < len(sentence):
            spelled += texts[j]
            j += 1
        if spelled == sentence:
            return tokens[i:j]
    return None


#: Chinese punctuation as a pinyin line writes it (GB/T 16159: Latin punctuation)
_LATIN_PUNCT = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "、": ",",
                "…": "...", "“": '"', "”": '"', "‘": "'", "’": "'", "（": "(", "）": ")",
                "《": '"', "》": '"', "「": '"', "」": '"', "『": "'", "』": "'", "．": "."}
#: marks that open: a space before them, none between them and the word after
_OPENING = frozenset("“‘（《「『([")


#: aspect particles in their neutral tone (过 guò "to cross", 着 zháo are verbs)
_ASPECT_PARTICLES = frozenset({("了", ("le5",)), ("着", ("zhe5",)), ("过", ("guo5",))})


def joins_its_verb(text: str, syllables: tuple[str, ...],
                   after: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """True for an aspect particle just after a word, which GB/T 16159 and the shared
    conventions write joined to its verb (kànle, kànzhe, qùguo); a 了 that ends its
    clause (nothing Chinese after it: ``after`` is the segment that follows) is the
    sentence's particle and stands alone (Tā lái le.)."""
    if (text, tuple(syllables)) not in _ASPECT_PARTICLES:
        return False
    return text != "了" or bool(after and after[0][1])


def pinyin_line(example: ExampleSentence) -> list[tuple[int | None, str, str]]:
    """The example's pinyin line as ``(segment index or None, lead, text)`` pieces: each
    word spelt as printed (:meth:`ExampleSentence.spelled`) after a space, punctuation in
    its Latin form against the word before it (an opening mark against the word after
    it; a straight quote opens or closes by its count), an aspect particle against its
    verb (:func:`joins_its_verb`: mǎile yí jiàn). ``lead`` is the space before the
    piece; a renderer wraps a word's ``text`` as it likes."""
    out: list[tuple[int | None, str, str]] = []
    glued = True  # at the start, or after an opening mark: no space before the next piece
    straight = {'"': 0, "'": 0}
    segments = example.segments
    for i, (seg, syllables) in enumerate(segments):
        if syllables:
            joined = (out and out[-1][0] is not None
                      and joins_its_verb(seg, syllables, segments[i + 1:i + 2]))
            out.append((i, "" if glued or joined else " ", "".join(example.spelled(i))))
            glued = False
            continue
        raw = seg.strip()
        if not raw:
            continue
        if any(ch.isalnum() for ch in raw):  # a Latin word or a number
            out.append((None, "" if glued else " ", raw))
            glued = False
            continue
        for ch in raw:
            latin = _LATIN_PUNCT.get(ch, ch)
            if ch in straight:
                straight[ch] += 1
            opening = ch in _OPENING or (ch in straight and straight[ch] % 2 == 1)
            if opening:
                out.append((None, "" if glued else " ", latin))
                glued = True
            else:
                out.append((None, "", latin))
                glued = False
    return out


def example_spellings(tokens: list[Token]) -> tuple[tuple[str, ...], ...]:
    """Each token's pinyin as a sentence line prints it (:func:`spelled_parts`): a name
    the engine marked in its sentence capitalised as the reader prints it (Lǐ Huá, Zhāng
    lǎoshī, Běijīng), and the sentence's first word with a capital (GB/T 16159)."""
    out: list[tuple[str, ...]] = []
    first = True
    for tok in tokens:
        syls = tuple(tok.pinyin) if tok.pinyin else ()
        if not syls:
            out.append(())
            continue
        caps = name_caps(tok, syls, {}) or ()
        if first:
            caps = (True, *caps[1:]) if caps else (True,)
            first = False
        out.append(spelled_parts(syls, caps, tok.extra.get("name_title", 0)))
    return tuple(out)


def _uids(library: Library | None, words: list[str]) -> dict[str, str]:
    """Stable uids of ``words``; new ones are stored in one library transaction."""
    if library is None:
        return {w: word_uid(w) for w in words}
    if library.read_only:
        return {w: library.word_uid(w) for w in words}
    with library.transaction():
        return {w: library.word_uid(w) for w in words}


def _library_override(library: Library | None, word: str) -> WordOverride:
    data = library.word_data(word) if library is not None else None
    if data is None:
        return WordOverride()
    return WordOverride(meaning=data.meaning, pinyin=data.pinyin)


@dataclass(slots=True)
class WordOverride:
    """The teacher's own data for a word (from the library): any of these may be None."""

    meaning: str | None = None
    pinyin: tuple[str, ...] | None = None
    example: str | None = None
    example_meaning: str = ""
    audio_file: Path | None = None


def build_words(
    words: Iterable[str],
    *,
    dictionary: Dictionary,
    engine: TextEngine,
    standard: Standard | str = DEFAULT_STANDARD,
    texts: Iterable[str] = (),
    overrides: dict[str, WordOverride] | None = None,
    library: Library | None = None,
    source: str = "",
    tags: tuple[str, ...] = (),
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> list[DeckWord]:
    """Look every word up and build its :class:`DeckWord`.

    Pinyin comes from the text engine (which applies the teacher's corrections), unless
    the teacher gave one in ``overrides``; the meaning is the teacher's, else the sense
    the word's first occurrence in ``texts`` chooses (四口人: 口 "measure word for family
    members"; see :func:`text_senses`), else the dictionary's learner gloss; the level
    is the word's in ``standard``; the example is the first sentence of ``texts`` that
    uses the word. With a ``library``, uids and the teacher's
    saved meanings/readings come from it (``overrides`` win over both).
    """
    std = Standard.parse(standard)
    word_list = list(dict.fromkeys(w.strip() for w in words if w.strip()))
    text_list = list(texts)
    overrides = overrides or {}
    out: list[DeckWord] = []
    total = len(word_list)
    uids = _uids(library, word_list)
    learner = glosser(dictionary.corpus)
    levels = level_index(dictionary.corpus)
    learner.prefetch(word_list)
    # The sense a word's first occurrence in the texts chooses (四口人: 口 "measure word
    # for family members"), as the text's reader and the lesson's vocabulary show it;
    # a word of a typed list with no text keeps its lone-word sense.
    given = {w: overrides.get(w) or _library_override(library, w) for w in word_list}
    untold = [w for w in word_list if given[w].meaning is None]
    senses = text_senses(annotated_in_blocks(engine, text_list), dictionary.corpus,
                         untold, sentence_may_decide) if text_list and untold else {}
    context_of: dict[str, list[Token]] = {}  # each text annotated once, for its examples
    for i, word in enumerate(word_list):
        if i % 50 == 0:
            check(cancel)
            report(progress, i, total, label("progress.looking_up_words"))
        ov = given[word]
        pinyin = (tuple(normalize(s) for s in ov.pinyin) if ov.pinyin
                  else reading_of(engine, word, learner))
        entries = dictionary.lookup(word)
        entry = _pick_entry(entries, pinyin)
        chosen = senses[word].in_reading(pinyin) if word in senses else None
        meaning = ov.meaning if ov.meaning is not None else (
            chosen.short if chosen is not None
            else learner.short(word, pinyin) or _meaning_of(entry, dictionary))
        traditional = learner.traditional(word, pinyin) or (
            entry.traditional if entry is not None else traditional_form(word))
        lvl = learner_word_level(word, levels, std)  # 每天 at 每's level, as the lesson
        sentence = ov.example or find_example(word, text_list)
        source_text = next((t for t in text_list if sentence and sentence in t), None)
        if source_text is not None and source_text not in context_of:
            context_of[source_text] = engine.annotate(source_text, tone_changes=True)
        example = (
            example_sentence(engine, sentence, ov.example_meaning,
                             context_of.get(source_text) if source_text else None)
            if sentence and sentence != word
            else None
        )
        out.append(
            DeckWord(
                uid=uids[word],
                simplified=word,
                traditional=traditional,
                pinyin=pinyin,
                meaning=meaning,
                level=Level(std, lvl) if lvl is not None else None,
                standard=std,
                example=example,
                audio_file=ov.audio_file,
                source=source,
                tags=tags,
                # the teacher's own reading is printed as she wrote it
                said=() if ov.pinyin else said_alone(word, pinyin),
            )
        )
    report(progress, total, total, label("progress.looking_up_words"))
    return out


def attach_recordings(parts: list[DeckPart], folder: Path) -> int:
    """Give each word the teacher's recording named after it (``银行.mp3``) in ``folder``.

    Returns how many words got one. Any audio type Anki plays is accepted; a word that
    already has a recording keeps it.
    """
    import unicodedata

    from chinese_teach.core.audio import AUDIO_SUFFIXES

    folder = Path(folder)
    if not folder.is_dir():
        raise BadInputError(key="error.deck.no_recordings_folder", folder=folder)
    found: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix.lower() in AUDIO_SUFFIXES:
            found.setdefault(unicodedata.normalize("NFC", path.stem.strip()), path)
    count = 0
    for part in parts:
        for word in part.words:
            if word.audio_file is None and word.simplified in found:
                word.audio_file = found[word.simplified]
                count += 1
    return count
