"""Worksheets from a lesson, as format-neutral models (the PDF writer is ``render.worksheet_pdf``).

Five kinds, each with an answer key printed on its own page:

* ``writing``: each character of the lesson's vocabulary with pinyin, meaning and
  its stroke-order sequence, then a row of 田字格/米字格 boxes: grey models to trace,
  then empty boxes;
* ``tones``: write the tone marks on toneless pinyin; match hanzi with pinyin;
* ``cloze``: sentences of the lesson's texts with a vocabulary word blanked, and a
  word bank;
* ``matching``: match hanzi with meanings;
* ``order``: put the words of a sentence of the text back in order;
* ``dictation`` (听写): the teacher reads the lesson's words aloud from a script; the
  students write each one in a row of 田字格 boxes, one per character, with its pinyin,
  its meaning or nothing printed as a hint; the script and the key follow the sheet.

Every random choice comes from ``random.Random`` seeded with the worksheet's seed
and kind, so the same seed gives the same sheet (print the seed; reprint later).

Headings, instructions and the answer key's words are in the worksheet's document
language (``lang``, see :mod:`chinese_teach.core.labels`); the language changes no
random choice, so a Spanish and a French sheet of the same seed hold the same items.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from chinese_teach.core.documents.headings import same_title, text_heading, worksheet_subtitle
from chinese_teach.core.documents.lessonwords import VocabRow, resolve_vocab
from chinese_teach.core.errors import BadInputError
from chinese_teach.core.labels import SOURCE, for_document, label
from chinese_teach.core.strokes import stroke_data
from chinese_teach.core.text.pieces import is_number
from chinese_teach.core.text.sentences import split_sentences as sentence_list
from chinese_teach.core.text.sentences import without_speaker
from chinese_teach.core.text.syllables import ToneStyle, base_of, render
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
#: a clause of a sentence: up to a comma or colon (爸爸、妈妈 is a list, not clauses)
_CLAUSE = re.compile(r"[^，,：:]+[，,：:]?")
#: closing quotation marks and brackets: an order line prints none after its answer, whose
#: opening mark it never prints (…，我就放心了。” -> 我就放心了。)
_CLOSING = frozenset("”’」』》〉）)]\"'")
#: words that make a clause ask (its line may end with the question's ？)
_ASKING = ("吗", "呢", "什么", "谁", "哪", "几", "多少", "怎么", "为什么", "多长", "多大", "多久",
           "是不是", "有没有", "还是")


class WorksheetKind(StrEnum):
    """The kinds of worksheet a lesson can print."""

    WRITING = "writing"
    TONES = "tones"
    CLOZE = "cloze"
    MATCHING = "matching"
    ORDER = "order"
    DICTATION = "dictation"

    @property
    def label(self) -> str:
        return self.title(SOURCE)

    def title(self, lang: str | None = None) -> str:
        """The worksheet's title in ``lang`` (``Character writing``, ``Escritura de
        caracteres``...)."""
        return label(f"worksheet.kind.{self.value}", lang)


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


class Hint(StrEnum):
    """What a dictation sheet prints beside each item's boxes."""

    PINYIN = "pinyin"
    MEANING = "meaning"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class DictationItem:
    """A word to read aloud and write; ``hint`` is what the student sheet prints."""

    hanzi: str
    pinyin: str
    meaning: str
    hint: str = ""

    @property
    def boxes(self) -> int:
        """One box per character to write (punctuation and latin letters need none)."""
        return sum(1 for ch in self.hanzi if is_hanzi_char(ch))


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
    dictation: list[DictationItem] = field(default_factory=list)
    lang: str = SOURCE  # the document language

    def answers(self) -> list[str]:
        """The answer key of this section as numbered lines."""
        out: list[str] = []
        for i, w in enumerate(self.writing):
            out.append(f"{i + 1}. {w.char} {w.pinyin}: {strokes_text(w.strokes, self.lang)} "
                       f"({w.word} {w.word_pinyin})")
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
        for i, d in enumerate(self.dictation):
            out.append(f"{i + 1}. {d.hanzi}  {d.pinyin}".rstrip())
        return out

    def script(self) -> list[str]:
        """The teacher's script of a dictation: numbered items to read aloud, with their
        pinyin and meaning."""
        return [" ".join(p for p in (f"{i + 1}.", d.hanzi, d.pinyin, d.meaning and f"({d.meaning})")
                         if p)
                for i, d in enumerate(self.dictation)]


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
    lang: str = SOURCE  # the document language
    hint: Hint = Hint.PINYIN  # dictation: what the student sheet prints beside the boxes
    shuffled: bool = True  # dictation: items in the seed's order, not the lesson's

    @property
    def footer(self) -> str:
        """Printed on every page so the same sheet can be made again."""
        kind = self.kind.title(self.lang)
        if self.kind is WorksheetKind.WRITING:
            return label("worksheet.footer_grid", self.lang, kind=kind, seed=self.seed,
                         grid=self.grid.label)
        if self.kind is WorksheetKind.DICTATION and not self.shuffled:
            return label("worksheet.footer_in_order", self.lang, kind=kind)
        return label("worksheet.footer", self.lang, kind=kind, seed=self.seed)

    def answer_key(self) -> list[tuple[str, list[str]]]:
        """``[(section heading, answer lines)]``."""
        return [(s.heading, s.answers()) for s in self.sections]


def strokes_text(count: int, lang: str | None = None) -> str:
    """``8 strokes``, ``8 trazos``, ``8 画``; ``? strokes`` when the count is unknown (0)."""
    if not count:
        return label("worksheet.strokes_unknown", lang)
    return label("worksheet.strokes", lang, count=count)


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


#: 儿 written alone: the erhua ``r`` of 这儿 or 一点儿 is its reading only inside the word
ERHUA_ALONE = "er2"


def spaced_syllables(syllables: tuple[str, ...] | list[str], style: ToneStyle) -> str:
    """A word's syllables apart, as the tones exercise shows them (``jiǎo zi``), with an
    erhua ``r`` kept on its syllable (``zhèr``, ``yī diǎnr``), never alone."""
    out: list[str] = []
    for syl in syllables:
        text = render(syl, style)
        if base_of(syl) == "r" and out:
            out[-1] += text
        else:
            out.append(text)
    return " ".join(out)


def writing_chars(rows: list[VocabRow]) -> list[WritingChar]:
    """The distinct characters of the vocabulary in order, with their syllable; 儿 read as
    the erhua ``r`` of its word is practised as ér, its reading alone."""
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
            if base_of(syl) == "r":
                syl = ERHUA_ALONE
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
    """Sentences of a text (cut after 。！？; with their closing quotes, and at line ends),
    stripped (:func:`chinese_teach.core.text.sentences.split_sentences`)."""
    return sentence_list(text)


def body_lines(title: str, text: str) -> str:
    """``text`` without its heading: a first line that repeats the reader's ``title``, or
    that has no sentence punctuation while more lines follow (我的一天 over the text), is
    a title, not a sentence to practise."""
    lines = text.strip().splitlines()
    if len(lines) >= 2 and (same_title(lines[0], title) or text_heading(text)):
        return "\n".join(lines[1:])
    return text


def _section(key: str, lang: str, **items) -> Section:
    """A section with its heading and instructions (``worksheet.section.<key>``) in ``lang``."""
    return Section(label(f"worksheet.section.{key}", lang),
                   label(f"worksheet.section.{key}.instructions", lang), lang=lang, **items)


def _cloze(rng: random.Random, texts: list[str], rows: list[VocabRow], engine,
           lang: str = SOURCE) -> Section:
    vocab = {r.word for r in rows}
    items: list[ClozeItem] = []
    used: set[str] = set()
    for sentence in (without_speaker(s) for t in texts for s in split_sentences(t)):
        tokens = engine.segment(sentence)
        # a blank needs words around it to be guessed from (“欢迎光临！” alone is no item)
        spots = [i for i, t in enumerate(tokens) if t.kind is Kind.HANZI and t.text in vocab
                 and any(o.kind is Kind.HANZI for j, o in enumerate(tokens) if j != i)]
        if not spots:
            continue
        fresh = [i for i in spots if tokens[i].text not in used] or spots
        i = rng.choice(fresh)
        used.add(tokens[i].text)
        items.append(ClozeItem("".join(t.text for t in tokens[:i]), tokens[i].text,
                               "".join(t.text for t in tokens[i + 1:])))
    if not items:
        raise BadInputError(key="error.worksheet.no_cloze")
    items = _at_most(rng, items, MAX_SENTENCES)
    bank = sorted({c.answer for c in items})
    rng.shuffle(bank)
    return _section("cloze", lang, cloze=items, bank=bank)


#: one-character words a number is never the count of: particles, conjunctions, adverbs
#: and verbs that follow a number in a sentence (二十五的, 九十也, 五十就, 八和九)
_NOT_COUNTED = frozenset("的地得了着过吗呢吧啊和与跟同或也都就才还又再很太更最是在到给比对要会能")
#: units of more than one character a number counts (三公里, 二十分钟)
_UNITS = frozenset({"分钟", "小时", "公里", "公斤", "星期", "个月", "毫米", "厘米", "米",
                    "千克", "平方米", "岁数", "年级", "周年", "多岁", "多个", "多块"})


def counts(word: str) -> bool:
    """True if a number before ``word`` counts it (点, 岁, 块, 个, 公里, 分钟), so that the
    two make one word-order tile; not a particle, adverb or verb (四十 / 还有, 二十五 / 的)."""
    if is_number(word) or not all(is_hanzi_char(ch) for ch in word):
        return False
    return word in _UNITS or (len(word) == 1 and word not in _NOT_COUNTED)


def counted_tiles(words: list[str]) -> list[str]:
    """``words`` with each number joined to the word after it, the one it counts (八点,
    十分, 两块, 二十二岁): a bare number is a tile that fits in more than one place, so
    that 八 / 十 / 分 / 点 made 八点十分 and 十点八分 both right and the key gave one."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if is_number(word) and i + 1 < len(words) and counts(words[i + 1]):
            word += words[i + 1]
            i += 1
        out.append(word)
        i += 1
    return out


def _order_item(piece: str, engine) -> OrderItem | None:
    """``piece`` (a sentence or a clause) as an item: 3 to 10 words and no punctuation
    inside; the punctuation after it is printed after the answer line."""
    tokens = [t for t in engine.segment(piece) if t.kind not in (Kind.SPACE, Kind.NEWLINE)]
    end = ""
    while tokens and tokens[-1].kind is Kind.PUNCT:
        end = tokens.pop().text + end
    end = "".join(ch for ch in end if ch not in _CLOSING)
    while tokens and tokens[0].kind is Kind.PUNCT:  # an opening quote
        tokens.pop(0)
    words = [t.text for t in tokens if t.kind is not Kind.PUNCT]
    if len(words) != len(tokens):
        return None
    words = counted_tiles(words)
    if not ORDER_MIN_WORDS <= len(words) <= ORDER_MAX_WORDS:
        return None
    if not any(is_hanzi_char(ch) for w in words for ch in w):
        return None
    return OrderItem(tuple(words), "".join(words), end)


def clause_end(clause: str, answer: str, sentence: str) -> str:
    """The mark a word-order line cut from a clause before a comma or colon ends with, so
    that the line a student copies is a sentence: a colon stays (老师说：); else 。, or ？
    when the sentence is a question and the clause itself asks (你几点去机场，…？)."""
    if clause.rstrip()[-1:] in "：:":
        return "："
    ends = sentence.rstrip()
    while ends and ends[-1] in _CLOSING:
        ends = ends[:-1]
    if ends[-1:] in "？?" and any(w in answer for w in _ASKING):
        return "？"
    return "。"


def _order(rng: random.Random, texts: list[str], engine, lang: str = SOURCE) -> Section:
    candidates: list[OrderItem] = []
    for sentence in (without_speaker(s) for t in texts for s in split_sentences(t)):
        whole = _order_item(sentence, engine)
        if whole is not None:
            candidates.append(whole)
            continue
        # a long sentence or one with commas gives its clauses (认识你，我也很高兴。 -> 我也很高兴)
        clauses = _CLAUSE.findall(sentence)
        if len(clauses) > 1:
            for n, clause in enumerate(clauses):
                item = _order_item(clause.rstrip("，,：:"), engine)
                if item is not None:
                    if n < len(clauses) - 1:
                        item = replace(item, end=clause_end(clause, item.answer, sentence))
                    candidates.append(item)
    if not candidates:
        raise BadInputError(key="error.worksheet.no_order", low=ORDER_MIN_WORDS,
                            high=ORDER_MAX_WORDS)
    candidates = _at_most(rng, candidates, MAX_SENTENCES)
    items = []
    for c in candidates:
        order = _shuffled(rng, list(c.words))
        items.append(OrderItem(tuple(c.words[j] for j in order), c.answer, c.end))
    return _section("order", lang, order=items)


def dictation_items(rows: list[VocabRow], hint: Hint | str = Hint.PINYIN) -> list[DictationItem]:
    """The words of ``rows`` that have characters to write, each with the ``hint`` the
    student sheet prints (its pinyin, its meaning or nothing)."""
    hint = _hint(hint)
    out: list[DictationItem] = []
    for r in rows:
        item = DictationItem(r.word, r.pinyin, r.meaning)
        if not item.boxes:
            continue
        shown = {Hint.PINYIN: r.pinyin, Hint.MEANING: r.meaning}.get(hint, "")
        out.append(DictationItem(r.word, r.pinyin, r.meaning, shown))
    return out


def _hint(hint: Hint | str) -> Hint:
    try:
        return Hint(hint)
    except ValueError as exc:
        raise BadInputError(key="error.worksheet.hint", value=repr(hint),
                            choices=", ".join(h.value for h in Hint)) from exc


def build_dictation(rows: list[VocabRow], title_lang: str | None = None, *, subtitle: str,
                    seed: int = 1, hint: Hint | str = Hint.PINYIN,
                    shuffle: bool = True) -> Worksheet:
    """A dictation (听写) of ``rows``, any word list: in the seed's order when
    ``shuffle``, else in the list's order."""
    lang = for_document(title_lang)
    hint = _hint(hint)
    items = dictation_items(rows, hint)
    if not items:
        raise BadInputError(key="error.worksheet.no_dictation")
    if shuffle:
        order = _shuffled(_rng(seed, WorksheetKind.DICTATION), items)
        items = [items[j] for j in order]
    kind = WorksheetKind.DICTATION
    return Worksheet(kind, kind.title(lang), subtitle, seed, Grid.TIAN,
                     [_section(f"dictation.{hint.value}", lang, dictation=items)], lang=lang,
                     hint=hint, shuffled=shuffle)


def build_worksheet(
    lib: Library, lesson_id: str, kind: WorksheetKind | str, engine,
    corpus: Corpus | None = None, *, seed: int = 1, grid: Grid | str = Grid.TIAN,
    lang: str | None = None, hint: Hint | str = Hint.PINYIN, shuffle: bool = True,
) -> Worksheet:
    """Make a worksheet of ``kind`` from the lesson's vocabulary and texts, its words
    in the document language ``lang`` (None: the app's document language). ``hint`` and
    ``shuffle`` are a dictation's options."""
    lang = for_document(lang)
    try:
        kind = WorksheetKind(kind)
    except ValueError as exc:
        raise BadInputError(key="error.worksheet.kind", value=repr(kind),
                            choices=", ".join(k.value for k in WorksheetKind)) from exc
    try:
        grid = Grid(grid)
    except ValueError as exc:
        raise BadInputError(key="error.worksheet.grid", value=repr(grid)) from exc
    lesson = lib.lesson(lesson_id)
    course = lib.course(lesson.course_id)
    rows = resolve_vocab(lib, lesson, engine, corpus)
    if not rows and kind is not WorksheetKind.ORDER:
        raise BadInputError(key="error.worksheet.no_vocab", number=lesson.position + 1,
                            title=lesson.title)
    texts = [body_lines(doc.title, doc.text) for doc in lib.readers(lesson_id)]
    if not texts and kind in (WorksheetKind.CLOZE, WorksheetKind.ORDER):
        raise BadInputError(key="error.worksheet.no_text", number=lesson.position + 1,
                            title=lesson.title)
    subtitle = worksheet_subtitle(course.name, lesson.position + 1, lesson.title, lang)
    if kind is WorksheetKind.DICTATION:
        return build_dictation(rows, lang, subtitle=subtitle, seed=seed, hint=hint,
                               shuffle=shuffle)
    rng = _rng(seed, kind)
    if kind is WorksheetKind.WRITING:
        sections = [_section("writing", lang, writing=writing_chars(rows))]
    elif kind is WorksheetKind.TONES:
        order = _shuffled(rng, rows, avoid_identity=False)
        tones = [ToneItem(rows[j].word, spaced_syllables(rows[j].syllables, ToneStyle.NONE),
                          spaced_syllables(rows[j].syllables, ToneStyle.MARKS))
                 for j in order if rows[j].syllables]
        pairs = [(r.word, r.pinyin) for r in rows if r.pinyin]
        sections = [
            _section("tones", lang, tones=tones),
            _section("pinyin_match", lang, matches=_matchings(rng, pairs)),
        ]
    elif kind is WorksheetKind.MATCHING:
        pairs = [(r.word, r.meaning) for r in rows if r.meaning]
        if not pairs:
            raise BadInputError(key="error.worksheet.no_meanings")
        sections = [_section("meanings", lang, matches=_matchings(rng, pairs))]
    elif kind is WorksheetKind.CLOZE:
        sections = [_cloze(rng, texts, rows, engine, lang)]
    else:
        sections = [_order(rng, texts, engine, lang)]
    return Worksheet(kind, kind.title(lang), subtitle, seed, grid, sections, lang=lang)
