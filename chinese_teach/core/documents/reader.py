"""The reader document: a pinyin-annotated text with its glossary, format-neutral.

:class:`ReaderOptions` holds every choice the teacher makes (stored in the library
as ``to_dict()``); :func:`build_reader` annotates the text with the text engine
(which already applies the teacher's reading corrections and segmentation edits)
and decides, word by word, what to print: pinyin or not, in which style, which
characters, which words are "new" and go into the glossary. The PDF/PNG renderer,
the HTML and the DOCX exporters all draw the resulting :class:`ReaderDocument`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from enum import Enum, StrEnum
from functools import partial
from itertools import repeat
from typing import Any

from chinese_teach.core.corpus.levels import DEFAULT_STANDARD, Standard, level_name
from chinese_teach.core.documents.display import (
    DisplayToken,
    Shape,
    capitalize_ruby,
    display_token,
    placed,
    shaped,
    spelled_parts,
)
from chinese_teach.core.documents.headings import same_title
from chinese_teach.core.errors import BadInputError
from chinese_teach.core.labels import SOURCE, for_document, label
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report
from chinese_teach.core.text.analyze import splits_into
from chinese_teach.core.text.annotation_cache import PARAGRAPHS_PER_CALL, AnnotationCache
from chinese_teach.core.text.linebreak import keep_unbroken
from chinese_teach.core.text.pieces import is_number
from chinese_teach.core.text.sandhi import said_alone
from chinese_teach.core.text.scripts import Script
from chinese_teach.core.text.syllables import ToneStyle
from chinese_teach.core.text.tokens import Kind, Token

MAX_DEFINITION_CHARS = 60
#: the key printed in a reader's header when third-tone changes are marked; the
#: marked sample syllable goes before it
THIRD_TONE_SAMPLE = "nǐ"
THIRD_TONE_LEGEND = "ˇ→ˊ: third tone said as second tone (nǐ hǎo → ní hǎo)"  # English
#: CC-CEDICT senses that only point at another entry ("variant of 馱|驮[tuo2]", "see 某某")
_CROSS_REFERENCE = re.compile(
    r"^(?:(?:old |archaic |ancient |japanese |korean |erroneous |non-standard |"
    r"traditional |simplified )?variant of|see(?: also)?|used in|also written|"
    r"same as|erhua variant of)\b",
    re.IGNORECASE,
)


class PinyinMode(StrEnum):
    """Which words get pinyin."""

    ALL = "all"
    NEW = "new"  # words the class does not know yet (a known-word set)
    ABOVE = "above"  # words above the target level of the chosen standard
    NONE = "none"


class GlossaryMode(StrEnum):
    """Where the glossary of new words goes."""

    END = "end"  # a table after the text
    NOTES = "notes"  # numbered notes after each paragraph
    NONE = "none"


class GlossMark(StrEnum):
    """How glossary words are marked in the text (first occurrence)."""

    NONE = "none"
    UNDERLINE = "underline"
    NUMBER = "number"


PAGE_SIZES = ("A4", "Letter")
NUMBERING = ("none", "paragraph", "line")


@dataclass
class ReaderOptions:
    """Everything a teacher can choose about a reader. Defaults suit a first print."""

    pinyin: PinyinMode = PinyinMode.ALL
    known: str = ""  # "hsk2021:3" or a word-list path, for pinyin=new
    standard: Standard = DEFAULT_STANDARD
    target_level: int = 3  # for pinyin=above, and the glossary when no known set is given
    per_char: bool = True
    tone_style: ToneStyle = ToneStyle.MARKS
    tone_changes: bool = True
    #: mark pinyin of a third tone said as a rising tone (nǐ hǎo said ní hǎo); the
    #: pinyin itself is never changed
    show_third_tone_sandhi: bool = False
    tone_scheme: str = "default"  # a key of core.text.tonecolors.SCHEMES
    color_hanzi: bool = False
    color_pinyin: bool = True
    #: as-written (traditional input stays traditional) | simplified | traditional |
    #: traditional-hk
    script: str = "as-written"
    font_family: str = ""  # "" = the default teaching font
    font_size: float = 16.0  # points, hanzi
    ruby_ratio: float = 0.5  # pinyin size relative to hanzi
    line_spacing: float = 1.3
    numbering: str = "none"  # none | paragraph | line (HTML numbers sentences: no fixed lines)
    glossary: GlossaryMode = GlossaryMode.END
    gloss_mark: GlossMark = GlossMark.NONE
    first_only: bool = False  # new/above modes: pinyin on a word's first occurrence only
    definitions: dict[str, str] = field(default_factory=dict)  # teacher's glossary edits
    page_size: str = "A4"
    margin_mm: float = 18.0
    header: bool = True
    page_numbers: bool = True

    @property
    def colored(self) -> bool:
        """False when everything prints black (black-and-white printing)."""
        return self.tone_scheme != "black" and (self.color_hanzi or self.color_pinyin)

    def validate(self) -> ReaderOptions:
        """Raise :class:`BadInputError` (a teacher-readable message) on a bad value."""
        if self.page_size not in PAGE_SIZES:
            raise BadInputError(key="error.reader.page_size", value=repr(self.page_size))
        if self.numbering not in NUMBERING:
            raise BadInputError(key="error.reader.numbering")
        if not 6 <= self.font_size <= 72:
            raise BadInputError(key="error.reader.font_size")
        if not 0.8 <= self.line_spacing <= 4:
            raise BadInputError(key="error.reader.line_spacing")
        if not 0 <= self.margin_mm <= 60:
            raise BadInputError(key="error.reader.margins")
        if self.target_level not in self.standard.levels:
            raise BadInputError(key="error.reader.no_level", standard=self.standard.label,
                                level=self.target_level)
        try:
            Script.parse(self.script)
        except ValueError as exc:
            raise BadInputError(str(exc)) from exc
        return self

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able values (enums as their strings)."""
        out = asdict(self)
        for k, v in out.items():
            if isinstance(v, Enum):
                out[k] = v.value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> ReaderOptions:
        """Options from ``to_dict()`` output; unknown keys are ignored, bad values
        fall back to the default (an old or hand-edited reader still opens)."""
        opts = cls()
        if not data:
            return opts
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            default = getattr(opts, f.name)
            try:
                if isinstance(default, Standard):
                    value = Standard.parse(value)
                elif isinstance(default, Enum):
                    value = type(default)(value)
                elif isinstance(default, bool):
                    value = bool(value)
                elif isinstance(default, float):
                    value = float(value)
                elif isinstance(default, int):
                    value = int(value)
                elif isinstance(default, dict):
                    value = {str(k): str(v) for k, v in dict(value).items()}
                elif isinstance(default, str):
                    value = str(value)
                if isinstance(value, float) and not math.isfinite(value):
                    continue  # 1e400 or NaN in a hand-edited file: keep the default
            except (TypeError, ValueError, OverflowError):  # int(1e400) overflows
                continue
            setattr(opts, f.name, value)
        return opts

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """A new word: printed form, pinyin, short definition, level in ``standard``."""

    number: int
    word: str  # as printed (chosen script)
    source: str  # simplified form (key of the teacher's definition edits)
    pinyin: str  # tone marks, textbook word spelling
    syllables: tuple[str, ...]
    definition: str
    level: int | None
    standard: Standard
    paragraph: int  # where it first occurs
    edited: bool = False
    lang: str = SOURCE  # the document language

    @property
    def level_label(self) -> str:
        """``HSK 3.0 (2021 standard) 4`` or ``not in HSK 3.0 (2021 standard)``."""
        standard = standard_name(self.standard, self.lang)
        if self.level is None:
            return label("level.not_in", self.lang, standard=standard)
        return f"{standard} {level_name(self.level)}"

    @property
    def level_short(self) -> str:
        """The level under a column that names the standard (``3``), or ``not in
        HSK2021`` (never a bare dash: a word outside the list says which list)."""
        if self.level is None:
            return label("level.not_in", self.lang, standard=self.standard.short)
        return level_name(self.level)

    @property
    def level_note(self) -> str:
        """The level after a numbered note: ``HSK2021 3`` or ``not in HSK2021``."""
        if self.level is None:
            return self.level_short
        return f"{self.standard.short} {level_name(self.level)}"


@dataclass
class ReaderDocument:
    """A reader ready to render: paragraphs of display tokens and the glossary."""

    title: str
    subtitle: str
    options: ReaderOptions
    paragraphs: list[list[DisplayToken]]
    sources: list[str]
    glossary: list[GlossaryEntry]
    known_description: str = ""
    #: the language of the document's headings and labels (a code of core.labels)
    lang: str = SOURCE
    #: the characters the document prints (``as-written`` resolved to the text's own)
    script: Script = Script.SIMPLIFIED

    @property
    def traditional(self) -> bool:
        """True when the document prints traditional characters (fonts, language tags)."""
        return self.script is not Script.SIMPLIFIED

    @property
    def standard(self) -> Standard:
        return self.options.standard

    def notes_for(self, paragraph: int) -> list[GlossaryEntry]:
        """Glossary entries first seen in ``paragraph`` (numbered-notes mode)."""
        return [g for g in self.glossary if g.paragraph == paragraph]

    def plain_text(self) -> str:
        return "\n".join("".join(t.text for t in p) for p in self.paragraphs)

    @property
    def pinyin_description(self) -> str:
        """What the pinyin shows, for the document header (``Pinyin: words above ...``)."""
        return self.describe_pinyin(self.lang)

    def describe_pinyin(self, lang: str | None) -> str:
        """What the pinyin shows, in ``lang`` (None: the message language, which is the
        interface language in the GUI: the Reader studio's status line)."""
        o = self.options
        if o.pinyin is PinyinMode.ALL:
            return label("reader.pinyin.all", lang)
        if o.pinyin is PinyinMode.NONE:
            return label("reader.pinyin.none", lang)
        if o.pinyin is PinyinMode.ABOVE:
            return label("reader.pinyin.above", lang, standard=standard_name(o.standard, lang),
                         level=level_name(o.target_level))
        known = (known_words_name(self.known_description, lang) if self.known_description
                 else label("reader.known_words", lang))
        return label("reader.pinyin.new", lang, known=known)

    @property
    def third_tone_legend(self) -> str:
        """The key to the third-tone mark, for the header; empty when nothing is marked."""
        if not any(t.third_tone for p in self.paragraphs for t in p):
            return ""
        return label("reader.third_tone_legend", self.lang)


def standard_name(standard: Standard, lang: str | None = None) -> str:
    """The standard's full name in ``lang`` (``HSK 3.0（2021 标准）``)."""
    return label(f"standard.{standard.value}", lang)


_KNOWN_LEVELS = re.compile(r"^(?P<standard>.+) level 1-(?P<level>\d+|7-9)$")
_KNOWN_LIST = re.compile(r"^word list (?P<name>.*)$", re.DOTALL)
_KNOWN_LESSONS = re.compile(r"^lessons 1-(?P<n>\d+)$")


def known_words_name(description: str, lang: str | None = None) -> str:
    """A known-word set's description (``HSK 3.0 (2021 standard) level 1-2 + lessons 1-3``,
    as :mod:`chinese_teach.core.text.analyze` and the library write it, in English) in
    ``lang``; the parts it does not recognise (lesson titles, word-list names) are kept."""
    names = {s.label: s for s in Standard}
    parts = []
    for part in description.split(" + "):
        m = _KNOWN_LEVELS.match(part)
        if m and m["standard"] in names:
            parts.append(label("known.levels", lang,
                               standard=standard_name(names[m["standard"]], lang),
                               level=m["level"]))
        elif (m := _KNOWN_LIST.match(part)) is not None:
            parts.append(label("known.word_list", lang, name=m["name"]))
        elif (m := _KNOWN_LESSONS.match(part)) is not None:
            parts.append(label("known.lessons", lang, n=m["n"]))
        elif part == "lesson 1":
            parts.append(label("known.lesson_1", lang))
        elif part == "no known words":
            parts.append(label("known.none", lang))
        else:
            parts.append(part)
    return " + ".join(parts)


def split_paragraphs(text: str) -> list[str]:
    """Non-empty lines of ``text``, without the indentation spaces Chinese texts carry."""
    out = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = line.strip().strip("\u3000").strip()
        if stripped:
            out.append(stripped)
    return out


def is_cross_reference(sense: str) -> bool:
    """True for a CC-CEDICT sense that only refers to another entry (``variant of
    馱|驮[tuo2]``, ``see 某某``, ``used in 蜈蚣``, ``old variant of 乃``)."""
    return bool(_CROSS_REFERENCE.match(sense.strip()))


def _short_definition(defs: Sequence[str]) -> str:
    """Up to three senses that say what the word means; cross-references and
    surnames only when the entry has nothing else."""
    useful = [d for d in defs if not is_cross_reference(d) and not d.startswith("surname ")]
    if not useful:
        useful = [d for d in defs if not is_cross_reference(d)] or list(defs[:1])
    text = "; ".join(useful[:3])
    if len(text) > MAX_DEFINITION_CHARS:
        cut = text[:MAX_DEFINITION_CHARS].rsplit(";", 1)[0].rsplit(" ", 1)[0]
        text = cut.rstrip(",; ") + "…"
    return text


class WordGlosses(Mapping[tuple[str, tuple[str, ...]], str]):
    """Learner glosses keyed by (word, syllables), and (word, ()) for the word's commonest
    reading, each looked up on first use and kept.

    The keys are known from the words' dictionary entries alone (read in a few queries);
    a gloss is chosen (:meth:`Glosser.short`: ranking entries, cleaning senses) only for
    the keys a reader asks for: the readings its text has, not every reading of every
    word (了 le/liǎo, 行 xíng/háng ...), and the commonest reading only where the text's
    own reading has no entry. A 1,000-character reader asked for half the glosses."""

    def __init__(self, glosser, keys: list[tuple[str, tuple[str, ...]]]) -> None:
        self._glosser = glosser
        self._keys = keys
        self._known = frozenset(keys)
        self._found: dict[tuple[str, tuple[str, ...]], str] = {}

    def __getitem__(self, key: tuple[str, tuple[str, ...]]) -> str:
        found = self._found.get(key)
        if found is None:
            if key not in self._known:
                raise KeyError(key)
            word, syls = key
            found = self._found[key] = self._glosser.short(word, syls or None)
        return found

    def get(self, key: tuple[str, tuple[str, ...]], default: str | None = None) -> str | None:
        found = self._found.get(key)
        if found is not None:
            return found
        return self[key] if key in self._known else default

    def __contains__(self, key: object) -> bool:
        return key in self._known

    def __iter__(self):
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def word_glosses(
    corpus, words: set[str]
) -> tuple[WordGlosses, dict[tuple[str, tuple[str, ...]], tuple]]:
    """Learner glosses keyed by (word, syllables), and (word, ()) for the word's commonest
    reading (:mod:`chinese_teach.core.corpus.glosses`: one choice for every output), each
    chosen when first asked for (:class:`WordGlosses`); plus, for readings that are only
    ever proper names (北京, 王明), which syllables are capitalised (``(True, False)`` for
    Běijīng, ``(True, True)`` for Wáng Míng)."""
    from chinese_teach.core.corpus.glosses import glosser

    g = glosser(corpus)
    known = _WORD_KEYS.get(g)
    if known is None or len(known) > _KEPT_MAX:
        known = _WORD_KEYS[g] = {}
    todo = [w for w in words if w not in known]
    if todo:
        g.prefetch(todo)
        for word in todo:
            known[word] = _word_keys(g, word)
    keys: list[tuple[str, tuple[str, ...]]] = []
    capital: dict[tuple[str, tuple[str, ...]], tuple] = {}
    for word in sorted(words):
        word_keys, word_capital = known[word]
        keys += word_keys
        capital.update(word_capital)
    return WordGlosses(g, keys), capital


#: Per glosser (one per corpus), each word's gloss keys and name capitals
#: (:func:`_word_keys`): a reader's build asks for every word of its text again.
_WORD_KEYS: dict[Any, dict[str, tuple[list, dict]]] = {}
#: Entries kept per glosser in the stores of this module; past it a store starts again.
_KEPT_MAX = 20_000


def _word_keys(g, word: str) -> tuple[list[tuple[str, tuple[str, ...]]],
                                      dict[tuple[str, tuple[str, ...]], tuple]]:
    """``word``'s keys for :class:`WordGlosses` (``(word, ())`` and one per reading of its
    entries), and the capitals of the readings that are only ever proper names."""
    keys: list[tuple[str, tuple[str, ...]]] = [(word, ())]
    seen: set[tuple[str, tuple[str, ...]]] = set()
    capital: dict[tuple[str, tuple[str, ...]], tuple | None] = {}
    for row in g.rows(word):
        if row.simplified != word:
            continue
        key = (word, row.syllables)
        if key not in seen:
            seen.add(key)
            keys.append(key)
        caps = tuple(p[:1].isupper() for p in row.raw.split()) if row.proper else None
        if caps is not None and (len(caps) != len(key[1]) or not any(caps)):
            caps = None
        if key not in capital:
            capital[key] = caps
        elif capital[key] != caps:
            capital[key] = None  # a common word too, or spelt both ways
    return keys, {k: v for k, v in capital.items() if v}


def lookup_words(
    corpus, words: set[str]
) -> tuple[dict[tuple[str, tuple[str, ...]], str], dict[tuple[str, tuple[str, ...]], tuple]]:
    """:func:`word_glosses` with every gloss looked up now, as a plain dict."""
    glosses, capital = word_glosses(corpus, words)
    return dict(glosses.items()), capital


def _meaning(tok: Token, syls: tuple[str, ...], definitions: Mapping, corpus,
             names: dict[tuple[str, tuple[str, ...]], str] | None = None) -> str:
    """The gloss of a word of the text: a name's as a name (王老师 Teacher Wang), any
    other word's for its reading. ``names`` keeps the names' glosses of one build."""
    if tok.extra.get("name"):
        key = (tok.text, syls)
        found = names.get(key) if names is not None else None
        if found is None:
            from chinese_teach.core.corpus.glosses import glosser

            # the engine decided in the sentence that it is a name (我叫小雨): the name's
            # gloss, never the common word the word alone would be
            found = glosser(corpus).marked_name_gloss(tok.text, syls).short
            if names is not None:
                names[key] = found
        return found
    found = definitions.get((tok.text, syls))  # the commonest reading's only if none
    return found if found is not None else definitions.get((tok.text, ()), "")


def _text_meaning(tok: Token, syls: tuple[str, ...], senses: Mapping, definitions: Mapping,
                  corpus, *, names: dict | None = None) -> str:
    """A word's meaning in this text: the sense its first occurrence's sentence chooses (两台
    电脑: the measure word; 离这儿很远: "from"; see
    :func:`~chinese_teach.core.corpus.glosses.text_senses`), else the word's own
    (:func:`_meaning`). The glossary and every pop-up of the word show the same."""
    found = senses.get(tok.text) if not tok.extra.get("name") else None
    chosen = found.in_reading(syls) if found is not None else None
    if chosen is not None:
        return chosen.short
    return _meaning(tok, syls, definitions, corpus, names)


def lookup_definitions(corpus, words: set[str]) -> dict[tuple[str, tuple[str, ...]], str]:
    """Short definitions keyed by (word, syllables) and (word, ())."""
    return lookup_words(corpus, words)[0]


def name_caps(
    tok: Token, syls: tuple[str, ...], proper: dict[tuple[str, tuple[str, ...]], tuple]
) -> tuple[bool, ...] | None:
    """Which syllables of ``tok`` start a capital: only for a name in context (the
    engine's ``extra["name"]``), spelt as the dictionary spells that name when it
    does (星期六 and 山上 are not names, whatever homograph a dictionary lists)."""
    caps = tok.extra.get("name")
    if not caps:
        return None
    if caps is True:  # a name flag without the engine's capitals (an older token)
        caps = (True,) + (False,) * (len(syls) - 1)
    if sum(caps) > 1:  # our own parts: 小王 Xiǎo Wáng, 李明 Lǐ Míng
        return caps
    return proper.get((tok.text, syls)) or caps


def build_reader(
    text: str,
    options: ReaderOptions,
    engine,
    dictionary=None,
    known_words=None,
    *,
    title: str = "",
    subtitle: str = "",
    annotations: AnnotationCache | dict[tuple[str, bool], list[Token]] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    lang: str | None = None,
    marks: bool = False,
) -> ReaderDocument:
    """Annotate ``text`` and decide what each word shows.

    ``marks`` gives the tokens the unsure marks a teacher sees on screen (the model
    asked at every polyphone, :meth:`~chinese_teach.core.text.engine.TextEngine.unsure_marks`):
    the Reader studio's preview asks for them; a printed reader never shows marks and
    does not pay for them (the tokens keep the engine's own marks).

    ``lang`` is the document language: the language of the headings and labels the
    renderers print around the text (glossary, pinyin note), not of the text; None
    means :func:`~chinese_teach.core.labels.document_language`.

    ``annotations`` is a cache (paragraph text, tone changes) -> tokens that the
    caller keeps between calls: the live preview passes the same dict each time so
    only changed paragraphs are annotated again (clear it when corrections change).
    ``known_words`` overrides ``options.known``.
    """
    from chinese_teach.core.documents import lasting
    from chinese_teach.core.text.engine import collector_paused

    # A long text's tokens and display tokens stay alive to the end of the build: with
    # the collector on, its passes would walk all of them again and again; after a long
    # build they are moved out of its reach until the next build (see ``lasting``).
    with collector_paused():
        lasting.give_back()
        doc = _build_reader(text, options, engine, dictionary, known_words, title=title,
                            subtitle=subtitle, annotations=annotations, progress=progress,
                            cancel=cancel, lang=lang, marks=marks)
        lasting.keep_out_of_collections(sum(map(len, doc.paragraphs)))
        return doc


def _cached(annotations, key: tuple, make: Callable[[], list[Token]]) -> list[Token]:
    """The tokens ``annotations`` keeps under ``key`` (None: no cache), made by ``make``
    and kept there when missing."""
    found = annotations.get(key) if annotations is not None else None
    if found is None:
        found = make()
        if annotations is not None:
            annotations[key] = found
    return found


def _annotated_missing(engine, texts: list[str], tone_changes: bool, annotations,
                       marks: bool) -> dict[str, list[Token]]:
    """The plain tokens of those of ``texts`` that ``annotations`` has neither plain nor
    marked (with ``marks``), each text once, from one ``engine.annotate_many`` call."""
    missing: list[str] = []
    for simp in dict.fromkeys(texts):
        key = (simp, tone_changes)
        if annotations is not None and (key in annotations or (
                marks and (*key, "marks") in annotations)):
            continue
        missing.append(simp)
    if not missing:
        return {}
    return dict(zip(missing, engine.annotate_many(missing, tone_changes=tone_changes),
                    strict=True))


def _fresh_tokens(fresh: dict[str, list[Token]], engine, simp: str,
                  tone_changes: bool) -> list[Token]:
    """The tokens of ``simp`` from ``fresh`` (taken out: a paragraph repeated without a
    cache is annotated again, as each paragraph has its own tokens), else annotated."""
    found = fresh.pop(simp, None)
    return found if found is not None else engine.annotate(simp, tone_changes=tone_changes)


def _marked(engine, simp: str, annotations, key: tuple,
            plain: Callable[[], list[Token]]) -> list[Token]:
    """The plain tokens of ``simp`` (kept under ``key``) with the teacher's unsure marks."""
    return engine.unsure_marks(simp, _cached(annotations, key, plain))


def _build_reader(
    text: str,
    options: ReaderOptions,
    engine,
    dictionary,
    known_words,
    *,
    title: str,
    subtitle: str,
    annotations: AnnotationCache | dict[tuple[str, bool], list[Token]] | None,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
    lang: str | None,
    marks: bool,
) -> ReaderDocument:
    from chinese_teach.core.text.analyze import level_index, parse_known
    from chinese_teach.core.text.scripts import convert_aligned, converter_for, resolve_script

    options.validate()
    lang = for_document(lang)
    corpus = dictionary.corpus if dictionary is not None else engine.corpus
    index = level_index(corpus)
    if known_words is None and options.known:
        try:
            known_words = parse_known(options.known, index)
        except (ValueError, OSError) as exc:
            raise BadInputError(key="error.reader.known", known=repr(options.known),
                                detail=exc) from exc
    if options.pinyin is PinyinMode.NEW and known_words is None:
        raise BadInputError(key="error.reader.known_needed")
    script = Script.parse(options.script)
    # as written: each token prints the teacher's own characters (the engine reads the
    # simplified form, one character for one, so the offsets are the same)
    as_written = script is Script.AS_WRITTEN
    to_script = converter_for(script)
    standard = options.standard
    target = options.target_level

    def easy(piece: str) -> bool:
        if known_words is not None:
            return known_words.knows(piece, index)
        lvl = index.word_level(piece, standard)
        return lvl is not None and lvl <= target

    def easy_or_number(piece: str) -> bool:
        return is_number(piece) or easy(piece)

    # whether a word is new: kept for the process, per level index and what "known" is
    new_cache: dict[str, bool] = _kept(_NEW_WORDS, (
        index, standard, target if known_words is None else known_words))

    def is_new(word: str) -> bool:
        """Not known / above the target; a combination the standard does not list
        (非常高兴, 两个) counts as known when it splits into known words."""
        res = new_cache.get(word)
        if res is None and (base := index.question_base(word)) is not None:
            # an A不A / A没A question is new as its A is (有没有, listed at HSK 3.0 level
            # 6, is no new word to a class that knows 有), as the lesson's analysis says
            res = new_cache[word] = is_new(base)
        if res is None:
            # A word the standard lists counts by itself (难忘 is level 6 even though
            # 难 and 忘 are easy); only free combinations count by their parts, a number
            # among them as the lesson's analysis counts it (analyze.is_known: the year
            # 二〇二六 was a glossary word, 〇 being in no list)
            listed = index.word_level(word, standard) is not None
            res = new_cache[word] = not (easy(word) if listed
                                         else splits_into(word, easy_or_number))
        return res

    with_pinyin: set[str] = set()

    def shows_pinyin(tok: Token) -> bool:
        mode = options.pinyin
        if mode is PinyinMode.ALL:
            return True
        if mode is PinyinMode.NONE or not is_new(tok.text):
            return False
        if options.first_only:
            if tok.text in with_pinyin:
                return False
            with_pinyin.add(tok.text)
        return True

    paras = split_paragraphs(text)
    if title and len(paras) > 1 and same_title(paras[0], title):
        paras = paras[1:]  # the text opens with its title: printed once, as the title
    annotated: list[list[Token]] = []
    simplified: list[str] = []
    tone_changes = options.tone_changes
    for b in range(0, len(paras), PARAGRAPHS_PER_CALL):
        check(cancel)
        window = ["".join(convert_aligned([para], Script.SIMPLIFIED))
                  for para in paras[b:b + PARAGRAPHS_PER_CALL]]
        # the paragraphs the cache lacks, annotated in one engine call (the polyphone
        # model runs once for them); each is taken once by the loop below
        fresh = _annotated_missing(engine, window, tone_changes, annotations, marks)
        for i, simp in enumerate(window, start=b):
            check(cancel)
            simplified.append(simp)
            key = (simp, tone_changes)
            plain = partial(_fresh_tokens, fresh, engine, simp, tone_changes)
            if marks:  # the tokens with the teacher's marks, kept apart from the plain ones
                toks = _cached(annotations, (*key, "marks"),
                               partial(_marked, engine, simp, annotations, key, plain))
            else:
                toks = _cached(annotations, key, plain)
            annotated.append(keep_unbroken(toks, simp))  # e-mail addresses, phone numbers
            report(progress, i + 1, len(paras), label("progress.adding_pinyin"))

    written: list[list[str] | None] = []
    for para, simp, toks in zip(paras, simplified, annotated, strict=True):
        pieces: list[str] | None = None
        # (the tokens spell ``simp``: a paragraph written simplified keeps them as they are)
        if as_written and para != simp and sum(len(t.text) for t in toks) == len(para):
            pieces, pos = [], 0
            for tok in toks:
                pieces.append(para[pos:pos + len(tok.text)])
                pos += len(tok.text)
            if all(a == t.text for a, t in zip(pieces, toks, strict=True)):
                pieces = None  # simplified text: nothing to keep
        written.append(pieces)

    hanzi = Kind.HANZI  # (a class attribute of an enum costs 0.1 µs a look-up)
    # Each word's first occurrence (paragraph, index, token), in the text's order: the
    # glossary's order and the words to look up, in one walk over the tokens (a
    # paragraph whose words were all met before is passed over as a set).
    first: dict[str, tuple[int, int, Token]] = {}
    words: set[str] = set()
    for p, toks in enumerate(annotated):
        here = {t.text for t in toks if t.kind is hanzi}
        if here <= words:
            continue
        for k, tok in enumerate(toks):
            if tok.kind is hanzi and tok.text not in words:
                words.add(tok.text)
                first[tok.text] = (p, k, tok)
    definitions, proper = word_glosses(corpus, words)
    name_glosses: dict[tuple[str, tuple[str, ...]], str] = {}
    from chinese_teach.core.corpus.gloss_context import sentence_may_decide
    from chinese_teach.core.corpus.glosses import glosser, text_senses

    # one meaning per word of this text; words no sentence can change skip their sentences
    senses = text_senses(annotated, corpus, may_decide=sentence_may_decide)

    # Glossary: new words in order of first appearance.
    glossary: list[GlossaryEntry] = []
    first_seen: dict[str, int] = {}
    if options.glossary is not GlossaryMode.NONE or options.gloss_mark is not GlossMark.NONE:
        for p, k, tok in first.values():
            if not is_new(tok.text):
                continue
            syls = tuple(tok.citation or tok.pinyin or ())
            edited = tok.text in options.definitions
            definition = options.definitions.get(tok.text) or _text_meaning(
                tok, syls, senses, definitions, corpus, names=name_glosses)
            first_seen[tok.text] = len(glossary) + 1
            # the word's 一 and 不 as the text above writes them (一直 yìzhí under a text
            # that says "yìzhí"; the dictionary's yīzhí when it writes no tone changes)
            said = said_alone(tok.text, syls) if options.tone_changes else syls
            glossary.append(
                GlossaryEntry(
                    number=len(glossary) + 1,
                    word=(written[p][k] if written[p] is not None
                          else to_script(tok.text) if to_script else tok.text),
                    source=tok.text,
                    pinyin=_spell(said, name_caps(tok, syls, proper),
                                  tok.extra.get("name_title", 0)),
                    syllables=said,
                    definition=definition,
                    level=index.word_level(tok.text, standard),
                    standard=standard,
                    paragraph=p,
                    edited=edited,
                    lang=lang,
                )
            )

    paragraphs: list[list[DisplayToken]] = []
    marked: set[str] = set()
    style = ToneStyle(options.tone_style)
    per_char = options.per_char
    mark_third = options.show_third_tone_sandhi
    edited = options.definitions
    # Whether a glossary word's first occurrence carries a mark (its token is then made
    # on its own; every other one is a copy of its word's token, see ``shapes``).
    first_marked = (options.gloss_mark is not GlossMark.NONE
                    or options.glossary is GlossaryMode.NOTES)

    def word_display(tok: Token, text_i: str | None, shown: bool,
                     marks: dict[str, Any]) -> DisplayToken:
        syls = tuple(tok.citation or tok.pinyin or ())
        extra: dict[str, Any] = {
            "meaning": edited.get(tok.text)
            or _text_meaning(tok, syls, senses, definitions, corpus, names=name_glosses),
            "level": index.word_level(tok.text, standard),
            **marks,
        }
        disp = display_token(tok, tone_style=style, per_char=per_char, shown=shown,
                             text=text_i, mark_third_tone=mark_third, **extra)
        caps = name_caps(tok, syls, proper)
        if not caps:
            return disp
        # (not ``title``: that is the document's, kept for the ReaderDocument)
        name_end = tok.extra.get("name_title", 0)
        # the pop-up spells the name as the glossary does, whether or not pinyin shows
        spelling = _spell(syls, caps, name_end) if syls else ""
        ruby = disp.ruby
        if ruby:
            ruby = capitalize_ruby(ruby, caps if len(ruby) == len(caps) else caps[:1],
                                   word=not disp.per_char)
            if name_end and not disp.per_char and 0 < name_end < len(ruby):
                ruby = (*ruby[:name_end], " " + ruby[name_end].lstrip(" '"),
                        *ruby[name_end + 1:])
        return replace(disp, ruby=ruby, spelling=spelling)

    # A word shows the same way wherever the same reading, printed characters, pinyin
    # choice and marks recur: its display token is made once per build and placed at
    # each occurrence's offsets (a 100k-character text has ~60k words, ~3k distinct).
    shapes: dict[tuple, Shape] = {}
    # ... and kept for the process (the live preview builds again at every edit), for
    # the same corpus and display choices, with the teacher's own gloss of the word and
    # the sense its text chooses (the other inputs of its meaning and level depend on the
    # corpus alone).
    kept = _kept(_SHAPES, (glosser(corpus), index, standard, style, per_char, mark_third))
    all_shown = options.pinyin is PinyinMode.ALL
    for p, toks in enumerate(annotated):
        pieces = (convert_aligned([t.text for t in toks], script) if to_script
                  else written[p])
        out: list[DisplayToken] = []
        append = out.append
        printed = pieces if pieces is not None else repeat(None)  # (endless: toks decide)
        for tok, text_i in zip(toks, printed, strict=False):
            if tok.kind is not hanzi:
                key: tuple = (tok.kind, tok.text, text_i)
                shape = shapes.get(key)
                if shape is None:
                    shape = shapes[key] = shaped(display_token(tok, text=text_i))
                append(placed(shape.before, tok.start, tok.end, shape.after, shape))
                continue
            shown = all_shown or shows_pinyin(tok)
            if first_marked and tok.text not in marked:
                num = first_seen.get(tok.text)
                if num is not None:
                    marked.add(tok.text)
                    marks: dict[str, Any] = {}
                    if options.gloss_mark is GlossMark.UNDERLINE:
                        marks["underline"] = True
                    if options.gloss_mark is GlossMark.NUMBER or (
                        options.glossary is GlossaryMode.NOTES
                    ):
                        marks["gloss"] = num
                    append(word_display(tok, text_i, shown, marks))
                    continue
            # (of the extras only a name, its title and, when marked, the third-tone
            # flags change what a word shows; nearly every word has the flags)
            x = tok.extra
            key = ((tok.text, tok.pinyin, tok.citation, tok.unsure, text_i, shown,
                    x.get("name"), x.get("name_title"),
                    x.get("third_tone") if mark_third else None)
                   if x and ("name" in x or mark_third)
                   else (tok.text, tok.pinyin, tok.citation, tok.unsure, text_i, shown))
            shape = shapes.get(key)
            if shape is None:
                word = tok.text
                kept_key = (key, edited.get(word), senses.get(word))
                shape = kept.get(kept_key)
                if shape is None:
                    shape = kept[kept_key] = shaped(word_display(tok, text_i, shown, {}))
                shapes[key] = shape
            # (``place`` without its own call: once per token, a million for 1M characters)
            append(placed(shape.before, tok.start, tok.end, shape.after, shape))
        paragraphs.append(out)
    return ReaderDocument(
        title=title,
        subtitle=subtitle,
        options=options,
        paragraphs=paragraphs,
        sources=paras,
        glossary=glossary if options.glossary is not GlossaryMode.NONE else [],
        known_description=known_words.description if known_words is not None else "",
        lang=lang,
        script=resolve_script(script, text),
    )


#: Display shapes of words (:class:`~chinese_teach.core.documents.display.Shape`) kept
#: for the process, per glosser, level index, standard, tone style, per-character pinyin
#: and third tones marked.
_SHAPES: dict[tuple, dict] = {}
#: Whether a word is new, per level index, standard and target level or known words.
_NEW_WORDS: dict[tuple, dict] = {}


def _kept(stores: dict[tuple, dict], choices: tuple) -> dict:
    """The store of ``stores`` for ``choices``, started again past :data:`_KEPT_MAX`
    entries (and all of them past 16 sets of choices)."""
    found = stores.get(choices)
    if found is None or len(found) > _KEPT_MAX:
        if len(stores) > 16:
            stores.clear()
        found = stores[choices] = {}
    return found


def _spell(syls: tuple[str, ...], caps: tuple[bool, ...] | None, title_at: int = 0) -> str:
    """Textbook spelling of a word; proper names capitalised (Běijīng, Wáng Míng), a
    title after a surname apart (``title_at``: Wáng lǎoshī)."""
    return "".join(spelled_parts(syls, caps, title_at))


def tone_colors_for(options: ReaderOptions) -> dict[int, str] | None:
    """Tone -> colour for the options' scheme, or ``None`` for black and white."""
    from chinese_teach.core.text.tonecolors import scheme

    if not options.colored:
        return None
    sch = scheme(options.tone_scheme)
    return {t: sch.color(t) for t in range(1, 6)}

