"""The meaning a learner is shown for a word: one choice for every output.

A word's gloss is chosen for the reading it has in the sentence (比 bǐ never gets
比 bī's sense), from the entry with the standard traditional form (傘, not 繖),
skipping senses that only point elsewhere ("variant of", "see", "used in"), bare
surnames and archaic, classical, dialect or vulgar senses; an entry that only points
elsewhere borrows the meaning of the entry it points to (一点儿 -> 一点 "a little").
Where CC-CEDICT's sense order misleads learners for common words, the curated table
``resources/words/learner_glosses.tsv`` gives the learner's sense, and for a few words
the sense that fits the context (会 before a verb: "can"; as a noun: "meeting").
Names (大卫, 王老师) are glossed as names. A word made of other learner words (路上 =
路 + 上, 打电话 = 打 + 电话) also knows its parts' glosses, so the meaning of 路 inside
路上 is one look-up away; a learner word the dictionary lacks (打篮球) is glossed from
its parts.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from chinese_teach import paths
from chinese_teach.core.corpus.adverbs import (
    LY_ADJECTIVES,
    is_adjective_sense,
    is_phrase_adverb,
    ly_adverb,
)
from chinese_teach.core.corpus.complement_words import complement_runs
from chinese_teach.core.corpus.curated_positions import (
    after_ordinal,
    after_thing,
    before_calendar,
    between_teams,
    have_object,
    modal_then_verb,
)
from chinese_teach.core.corpus.doubled_verb_objects import doubled_verb_gloss, doubled_verb_rest
from chinese_teach.core.corpus.glosses_adjective_verbs import (
    object_follows,
    person_compared,
    predicate_place,
    verb_sense_first,
)
from chinese_teach.core.corpus.glosses_approximate_numbers import (
    number_and_ji,
    vague_amount_runs,
)
from chinese_teach.core.corpus.glosses_beyond_hsk5 import (
    correlative_first,
    field_sense_first,
    for_a_time_first,
    object_note_first,
    own_adjective_first,
    sentence_may_choose,
)
from chinese_teach.core.corpus.glosses_brand_names import (
    VERB_LEADERS,
    brand_may_stand,
    brand_only_names,
)
from chinese_teach.core.corpus.glosses_clause_places import (
    adverb_before_de,
    clause_end_adjective_first,
    counted_after_next_or_last,
    degree_complement_first,
)
from chinese_teach.core.corpus.glosses_collocation import (
    class_test,
    collocation_first,
    completes_a_verb,
    sense_items,
    verb_compounds,
)
from chinese_teach.core.corpus.glosses_collocation_lines import (
    line_may_speak,
    object_line_gloss,
)
from chinese_teach.core.corpus.glosses_collocation_objects import (
    BEFORE_READERS,
    WordTests,
    governed_object,
    in_topic_gap,
)
from chinese_teach.core.corpus.glosses_counted_objects import (
    about_after_number,
    attributive_place,
    class_named_by_measure,
    counted_thing_place,
    counted_unit,
    later_adjective_first,
    noun_sense_first,
    number_before_about,
    object_class_note_first,
    object_words,
    person_noun,
    stand_in_nouns,
    unit_after_number,
)
from chinese_teach.core.corpus.glosses_counted_places import (
    counted_about,
    counted_before_predicate,
    counted_token,
    negated_next,
    ordinal_noun_place,
)
from chinese_teach.core.corpus.glosses_degree_complement import before_degree_complement
from chinese_teach.core.corpus.glosses_figurative_senses import (
    figurative_said_of,
    has_later_figurative_sense,
)
from chinese_teach.core.corpus.glosses_minor_places import (
    PLACE_KINDS,
    name_shown_by_context,
    names_at,
)
from chinese_teach.core.corpus.glosses_named_neighbours import (
    has_named_later_sense,
    neighbour_sense_first,
)
from chinese_teach.core.corpus.glosses_noted_before import (
    clause_before,
    has_later_noted_verb_sense,
    noted_before_first,
    nouns_before,
)
from chinese_teach.core.corpus.glosses_object_nouns import (
    HANDED_OBJECT_VERBS,
    counted_head_place,
)
from chinese_teach.core.corpus.glosses_place_and_notes import (
    clock_time_before,
    dictionary_cut,
    ends_noun_phrase,
    needs_earlier_words,
    nouns_before_adjectives,
    object_of_as,
    object_of_have,
    order_before_measure,
    remote_field_last,
    without_borrowing_note,
)
from chinese_teach.core.corpus.part_cuts import (
    DYNASTY_KINDS,
    DYNASTY_SUFFIXES,
    dictionary_parts,
    is_dynasty,
    name_word_parts,
)
from chinese_teach.core.corpus.question_words import question_runs
from chinese_teach.core.corpus.set_phrases import LONGEST as SET_PHRASE_LONGEST
from chinese_teach.core.corpus.set_phrases import SHORTEST as SET_PHRASE_SHORTEST
from chinese_teach.core.corpus.set_phrases import crosses, set_phrase_runs
from chinese_teach.core.corpus.split_words import candidate_words, split_words
from chinese_teach.core.corpus.store import Corpus
from chinese_teach.core.text.names import (
    NAME_AFTER,
    NAME_BEFORE,
    PLACE_ENDINGS,
    PLACE_KIND_STARTS,
    SURNAMES,
    TITLE_GLOSSES,
)
from chinese_teach.core.text.numerals import number_gloss
from chinese_teach.core.text.pieces import fewest_pieces, is_number
from chinese_teach.core.text.tokens import Kind, without_extra

#: Senses that only refer to another entry.
CROSS_REFERENCE = re.compile(
    r"^(?:(?:old |archaic |ancient |japanese |korean |erroneous |non-standard |unofficial |"
    r"traditional |simplified |euphemistic |erhua |also )?variant of|see(?: also)?\b|used in\b|"
    r"also written\b|same as\b|abbr\. (?:for|of)\b|\(?also pr\.)",
    re.IGNORECASE,
)
#: Senses a learner should not get first (they stay in the full entry).
_UNHELPFUL = re.compile(
    r"^(?:surname\b|\((?:archaic|classical|old|literary|dialect|vulgar|Tw|Cantonese|"
    r"obsolete|slang|Internet slang|loanword|Buddhism|Taoism|Japanese)\)|"
    r"(?:Taiwan|Tw|colloquial) pr\.|euphemistic|old name|ancient)",
    re.IGNORECASE,
)
#: Pronunciation notes inside a sense: "(colloquial pr. [nei4])", "(Taiwan pr. [hui3])".
_PR_NOTE = re.compile(r"\s*\((?:[^()]*\bpr\.[^()]*)\)")
#: A reference's target, its traditional|simplified forms and reading ("see 打架[da3 jia4]",
#: "variant of 濕|湿[shi1]"; one entry doubles its bar: "胡同|胡同|[hu2 tong4]").
_REFERENCE_TARGET = re.compile(r"(?:of|for|see|in|as)\s+([^\s\[|,;]+)(?:\|([^\s\[|,;]+))?"
                               r"\|?(?:\[([^\]]+)\])?", re.IGNORECASE)

#: The life dates of a person in a dictionary sense: "(1904-1974)", "(701-762)".
_BIOGRAPHY = re.compile(r"\(c?\.? ?\d{1,4}(?: ?BC)?-\d{0,4}")

#: A CC-CEDICT name sense of a place of a county or smaller (words28: "Luqiao district of
#: Taizhou city", "Xinjian county in Nanchang", "Guanshan town in Taitung County"), and of
#: a larger one ("Baiyin prefecture-level city in Gansu").
_DEFAULT28_MINOR_PLACE = re.compile(r"\b(?:district|county|township|town|village)\b",
                                    re.IGNORECASE)
_DEFAULT28_MAJOR_PLACE = re.compile(r"\bprefecture-level\b|\bprovince\b|\bcapital\b",
                                    re.IGNORECASE)

#: Longest learner gloss before it is shortened with "…".
SHORT_CHARS = 40


@dataclass(frozen=True, slots=True)
class Gloss:
    """The meaning shown for one word: ``short`` (a learner gloss, one or two senses),
    ``full`` (every sense of the chosen entry), where it came from and whether the word
    is a name."""

    short: str
    full: tuple[str, ...] = ()
    #: "curated", "context" (a curated line its sentence chose: 离 … 远), "measure" (a
    #: counted word's measure-word sense: 两台), "dictionary", "reference", "name",
    #: "parts", "none"
    source: str = "dictionary"
    name: bool = False
    #: for a word made of learner words (路上): each part and its short gloss
    parts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class _Row:
    simplified: str
    traditional: str
    raw: str
    syllables: tuple[str, ...]
    senses: tuple[str, ...]
    proper: bool
    freq: int
    #: the entry names measure words for it (CC-CEDICT's "CL:" note): a noun
    counted: bool = False


@dataclass(frozen=True, slots=True)
class Curated:
    """One line of the curated table."""

    word: str
    syllables: tuple[str, ...] | None  # None: any reading
    #: "*", "before-verb", "not-before-verb", "after-verb", "end", "after:X|Y", "before:X|Y"
    #: (an option the cut split into two one-character words is read joined: 算 + 一 / 个
    #: for 一个, :func:`_reach21_joined`),
    #: "not-before:X|Y" (a word follows in the clause, neither X nor Y: 最好 + 早点儿),
    #: "after-number", "after-ordinal" (第 + a number next before, also cut apart: 第 / 五 /
    #: 名; :func:`.curated_positions.after_ordinal`), "before-measure" (a measure word or a
    #: unit next: 十 + 来 + 个), "versus" (between two sides of one kind: 我们班 + 对 +
    #: 三班), "after-thing" (after a noun that names no person: 考试 + 说明),
    #: "have-object" (after 有/没有 or a verb of meeting a problem: 谁有 + 困难, 遇到 +
    #: 困难), "modal-then-verb" (a modal verb, then a verb: 才 + 能 + 看, also the piece
    #: 才 of 才能), "before-calendar" (a week, a month, a year or a term next, or a word
    #: starting with one: 本 + 周五; the three: table21, :mod:`.curated_positions`),
    #: "before-person" (not after a number: 一 + 对 + 老人), "person-then:X|Y" (a person,
    #: then X or Y or a word starting with one: 送
    #: + 你 + 去, 送 + 她 + 回家), "person-then-verb" (给 + 妈妈 + 打电话), "later:X|Y" (X or Y
    #: later in the clause: 离 + 这儿 + 很 + 远; a one-character option also matches a word
    #: starting with it: 请你 + 喝咖啡), "not-later:X|Y" (neither, past the next word: 比 + 谁 +
    #: 跑得快, not 比 + 谁 + 都 + 快), "earlier:X|Y" (X or Y earlier in the sentence, across
    #: commas; a one-character option also matches a word ending with it: 先 … 再, 做完 … 再),
    #: "earlier-in-clause:X|Y" (X or Y earlier in the same clause: the second 又 of 又 … 又;
    #: a noun of X or Y also in the clause before, where the word's own clause names no noun
    #: nor person: 这个菜我做了半天，可是还没熟, words24),
    #: "later-in-sentence:X|Y" (X or Y later in the sentence, across commas: 既 … ，又 …),
    #: "sentence:X|Y" (X or Y anywhere in the sentence, before or after the word, in its
    #: clause or another: 这个歌手我关注了两年，他每发一个新视频 …; words24),
    #: "noun-place" (after 的, a measure word or a vague amount: 很多 + 困难),
    #: "echo" (one of the next two words is also earlier in the clause, or the next word starts
    #: as an earlier one: 喝茶还是 喝咖啡), "after-degree" (after 很, 太, 这么 …: 很晚; or
    #: before a degree complement ending the clause: 晚得很, 麻烦极了),
    #: "before-degree" (a degree word next: 表现 + 很 + 好),
    #: "after-amount" (after a number, a unit or a measure word: 三十岁左右), "after-place"
    #: (after a place name the dictionary knows: 北京站), "before-years" (a number of years of
    #: age next: 比我大三岁), "start" (first in its sentence, also after an opening quote:
    #: “成，…”), "clause-start" (first in a clause
    #: after a comma: 他没复习，结果 …), "before-amount" (an amount next, or after one verb: 就
    #: + 喝 + 一杯), "before-cost" (an amount of money or time: 要 + 两百块, 要 + 半个小时),
    #: "person-then-amount" (找 + 你 + 五块钱; not an amount of time: 找了你半天), "before-this"
    #: (a demonstrative next, or after one verb: 就 + 要 + 这个, 就 + 这样), "object:X|Y" (the
    #: verb's object is X or Y, or starts with a one-character option: the next word, past
    #: 了/过/着, 一下 and an amount: 开 + 一下 + 空调, 点 + 几个 + 菜, 拍 + 了 + 很多 + 照片),
    #: "after-doubled" (after a doubled verb or a verb + 一下: 尝尝 + 看), "after-count" (after
    #: a number and its unit: 三 / 年 + 多), "not-after-verb" (after a word that is no verb,
    #: more of the clause to come: 天 + 一下 + 黑了), "before-negated" (a negation next, or
    #: a word the cut joined with its 不/没: 并 + 不难; words39), "before-end:X|Y" (X or Y
    #: next and only a
    #: particle after it in the clause: 还 + 可以，…), "verb-place" (after an adverb or an
    #: auxiliary before verbs: 先 + 过去; or after 怎么, 一起, 主要 …: 怎么 + 分, words40),
    #: "passive" (给/让/叫 as 被: a thing starts the clause,
    #: then the doer, a verb, its result and 了: 蛋糕 + 让 + 弟弟 + 吃完了), "after-some"
    #: (after a vague amount, also one kept with its verb: 买点儿 + 什么), "place-then-verb"
    #: (a place, then a verb: 到 + 上海 + 出差), "thing-then-verb" (a thing, then a verb: 通过 +
    #: 网络 + 学习), "before-object" (a word follows that may be its object, no verb, particle
    #: nor adverb, and it stands in no noun's place: 红色 + 代表 + 喜庆), "more-after" (more
    #: of the sentence follows, past a comma: 那么，…; not a word typed alone), "in-sentence"
    #: (other words stand around it: 他不肯让, not 让 typed alone), "last-clause" (its clause
    #: ends the sentence: 尽管 + 找我。, not 尽管 + 下雨，…), "before-duration" (an amount of
    #: time: 要 + 多长时间), "time-then-verb" (time words, then a verb: 准备 + 明年 + 去),
    #: "adverb-place" (before its clause's predicate, a verb, an adverb or a degree word:
    #: 正好 + 要 + 去,
    #: 干吗 + 不 + 睡), "choice-later" (an A不A or 还是 later in the clause: 看 + 老师 + 同
    #: 不同意), "after-person-of:X|Y" (after a person who follows X or Y: 向 + 我 + 要),
    #: "person-compared" (after 比 + a person, also past 还/更, said of a person: 我姐姐比我
    #: 大 "older"; not 他力气比我大: :func:`.glosses_adjective_verbs.person_compared`),
    #: "apart" (with another condition: the word and the word before it make no
    #: dictionary word of their own: 出门 + 时, not 有 + 时 of 有时), "question" /
    #: "not-question" (the sentence asks with
    #: a question mark and no 吗 / it does not: 你有几个朋友？ / 我有几个朋友。; neither holds
    #: for a word without a sentence); conditions joined by "&" must all hold (要 … 了:
    #: "before-verb&later:了"); an option "@class" stands for the words of that class of
    #: resources/words/noun_classes.tsv (熟 "earlier-in-clause:@food"); "subject:X|Y" (the
    #: word is its clause's predicate and the nearest noun of a class or person before it,
    #: not 把's object nor the person after 比, is X or Y; a clause of adverbs only reads
    #: the clause before: 这个歌手特别红, 这些苹果放了太久，都坏了), "topic:X|Y" (no object
    #: follows the verb, and X or Y stands before it in its clause, or in the clause before
    #: when its own names nothing: 这些照片是在哪儿洗的, 他的手机响了，可是他没接)
    when: str
    gloss: str


def weakens_to(text: tuple[str, ...], table: tuple[str, ...]) -> bool:
    """True if the reading in a text is the table's, or the table's with full tones
    weakened to the light tone (车上 che1 shang5 is the table's che1 shang4); a full tone
    in the text never matches the table's light one (得 de2 "to obtain" is not 得 de5)."""
    if len(text) != len(table):
        return False
    return all(x == y or (x.endswith("5") and x[:-1] == y[:-1])
               for x, y in zip(text, table, strict=True))


def same_reading(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True if two numbered readings are one, a light tone (5) on either side matching the
    full tone it weakens (车上 che1 shang5 in a text is the table's che1 shang4)."""
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if x != y and not ((x.endswith("5") or y.endswith("5"))
                           and x.rstrip("12345") == y.rstrip("12345")):
            return False
    return True


def load_curated(path: Path | None = None) -> dict[str, list[Curated]]:
    """The curated learner glosses (word -> lines, in file order)."""
    path = path or paths.resource("words", "learner_glosses.tsv")
    table: dict[str, list[Curated]] = {}
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) != 4:
            raise ValueError(f"{path.name}: expected 4 tab-separated columns: {raw!r}")
        word, pinyin, when, gloss = (p.strip() for p in parts)
        # CC-CEDICT writes ü as "u:" (nu:3); the engine's readings write it "v" (nv3)
        syls = (tuple(pinyin.lower().replace("u:", "v").split()) if pinyin != "*"
                else None)
        table.setdefault(word, []).append(Curated(word, syls, when or "*", gloss))
    return table


def is_common_homograph(word: str, common_senses: Iterable[str]) -> bool:
    """Whether ``word``, tagged or marked as a name, is also a learner's common word: a
    word of two characters or more (a lone surname, 王 of 王老师, stays a name) with a
    sense that is no name. The one question of the engine's tables (a name-tagged HSK
    word with a common CC-CEDICT entry: :func:`.tables.common_homographs`) and of the
    glosser (a word marked as a name that the curated table glosses as a common word:
    :meth:`Glosser.common_homograph`); each passes the senses it trusts."""
    return len(word) > 1 and any("(name)" not in sense for sense in common_senses)


def lone_readings(curated: dict[str, list[Curated]] | None = None) -> dict[str, tuple[str, ...]]:
    """Word -> the reading a learner's word list means by it standing alone, with no
    sentence to decide: the reading of its first default line in the curated table (脏
    zāng before zàng, 还 hái before huán, 为 wèi before wéi). The glosser (a typed word
    list) and the text engine (a one-character line) both read it from here."""
    table = curated if curated is not None else load_curated()
    found: dict[str, tuple[str, ...]] = {}
    for word, lines in table.items():
        for line in lines:
            if line.syllables and line.when == "*":
                found[word] = line.syllables
                break
    return found


@dataclass(frozen=True, slots=True)
class NounClass:
    """A class of everyday nouns (clothes, food, vehicles …) of
    ``resources/words/noun_classes.tsv``: the words of CC-CEDICT's "(of …)" notes that
    name it, its words, and the endings that make a word one of it (书店, 饭店: "~店")."""

    name: str
    notes: frozenset[str]
    words: frozenset[str]
    endings: tuple[str, ...] = ()

    def has(self, word: str) -> bool:
        """Whether ``word`` is of the class (a word longer than one of its endings counts)."""
        return word in self.words or (bool(self.endings) and len(word) > 1
                                      and word.endswith(self.endings))


@lru_cache(maxsize=4)
def load_noun_classes(path: Path | None = None) -> dict[str, NounClass]:
    """The classes of nouns that decide a word's sense (name -> class)."""
    path = path or paths.resource("words", "noun_classes.tsv")
    out: dict[str, NounClass] = {}
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) != 3:
            raise ValueError(f"{Path(path).name}: expected 3 tab-separated columns: {raw!r}")
        name, notes, words = (p.strip() for p in parts)
        keys = frozenset() if notes == "-" else frozenset(
            k.strip().lower() for k in notes.split(",") if k.strip())
        items = words.split()
        out[name] = NounClass(name, keys, frozenset(w for w in items if not w.startswith("~")),
                              tuple(w[1:] for w in items if w.startswith("~")))
    return out


class _Options(frozenset):
    """A condition's options; an option "@class" stands for every word of that class."""

    classes: tuple[NounClass, ...] = ()

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and any(c.has(word) for c in self.classes))


#: A condition that holds where the word and the word before it do not make a dictionary
#: word of their own (时 after a verb "when": 他出门时, but not 有时, 随时, 当时).
_APART = "apart"


@lru_cache(maxsize=4096)
def _parsed_condition(when: str) -> tuple[str, frozenset[str]]:
    """A curated condition's kind and options ("before:灯|电视" -> "before", {灯, 电视};
    "@food" -> every word of that class), parsed once: a sentence asks the same
    conditions of every word."""
    kind, _, arg = when.partition(":")
    if not arg:
        return kind, frozenset()
    items = arg.split("|")
    named = [x[1:] for x in items if x.startswith("@")]
    if not named:
        return kind, frozenset(items)
    classes = load_noun_classes()
    unknown = [n for n in named if n not in classes]
    if unknown:
        raise ValueError(f"Unknown noun class {unknown[0]!r} in the curated glosses.")
    options = _Options(x for x in items if not x.startswith("@"))
    options.classes = tuple(classes[n] for n in named)
    return kind, options


#: A CC-CEDICT note naming what a sense is said of: "(of clothing) tight", "good (of a
#: movie, book, TV show etc)".
_OF_NOTE = re.compile(r"\(of ([^()]*)\)")


def sense_notes(sense: str) -> frozenset[str]:
    """The things a dictionary sense is said of, lower case ("(of ships, vehicles,
    troops etc) to start" -> {ships, vehicles, troops})."""
    out: set[str] = set()
    for note in _OF_NOTE.findall(sense):
        for part in re.split(r",\s*|\s+or\s+|\s*/\s*", note):
            key = re.sub(r"\s*\betc\.?$", "", part.strip()).strip().lower()
            if key:
                out.add(key)
    return frozenset(out)


#: A mark anywhere in a sense that keeps it out of a learner gloss ("male prostitute
#: (slang)" after 鸭子 "duck").
_MARKED = re.compile(r"\((?:slang|Internet slang|vulgar|derog\.|offensive|typography)\)",
                     re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _useful(sense: str) -> bool:
    """Whether a sense may stand in a learner gloss (no cross-reference, no unhelpful or
    marked sense, no classifier note); kept per sense: a word's senses are asked again by
    each rule of :meth:`Glosser.gloss`, and by the reader's glossary and pop-ups."""
    return (not CROSS_REFERENCE.match(sense) and not _UNHELPFUL.match(sense)
            and not sense.startswith("CL:") and not _MARKED.search(sense))


def _unmarked(senses: Iterable[str]) -> list[str]:
    """The useful senses (:func:`_useful`), also without a verb's sense right after a
    marked verb's sense: CC-CEDICT says a slang sense again in plain words ("(slang) to
    be infatuated with; to adore" of 哈, whose verb a learner meets is "to breathe out",
    which it lacks)."""
    out: list[str] = []
    marked = False
    for sense in senses:
        verb = _LEADING_NOTE.sub("", sense).startswith("to ")
        if _useful(sense) and not (marked and verb):
            out.append(sense)
        marked = verb and (bool(_MARKED.search(sense)) or marked)
    return out


_CL_NOTE = re.compile(r"\s*\(?CL:[^)]*\)?\s*$")

#: A literal sense ("lit. compass and set square", "(lit.) a pot of porridge"; not "(lit.
#: and fig.) stage"), the mark of a figurative one ("fig. established standard"), and a
#: word's historical first sense (革命 "to withdraw the mandate of heaven … (original meaning)").
_LITERAL = re.compile(r"^\(?lit\.\)?\s+(?!and fig)")
_FIGURATIVE = re.compile(r"^\(?fig\.\)?\s*")
_ORIGINAL = re.compile(r"\(original meaning\)\s*$")


def figurative_first(senses: tuple[str, ...] | list[str]) -> list[str]:
    """The senses with the everyday ones first: where an entry leads with a literal sense
    (规矩 "lit. compass and set square", then "fig. established standard", "rule"; 联手
    "lit. to join hands", "to act together") or with a historical "original meaning"
    (革命), the other senses lead and the literal or original one goes last ("fig."
    dropped from the new first). A literal sense with more after a semicolon is split
    ("lit. I dare not (accept the honor); fig. I don't deserve your praise"). An entry
    with no other sense is returned unchanged."""
    split: list[str] = []
    for sense in senses:
        if _LITERAL.match(sense) and "; " in sense:
            literal, other = sense.split("; ", 1)
            split += [literal, other]
        else:
            split.append(sense)
    moved = [x for x in split if _LITERAL.match(x) or _ORIGINAL.search(x)]
    rest = [_FIGURATIVE.sub("", x, count=1) for x in split if x not in moved]
    if not moved or not rest:
        return list(senses)
    return rest + moved


#: A dictionary cross-reference inside a sense: a word's traditional|simplified forms and
#: reading (聯合王國|联合王国[Lian2 he2 wang2 guo2], 院[yuan4], 滬|沪[Hu4]); group 1 is the
#: simplified form.
_INNER_REF = (r"(?:[\u3400-\u9fff々〇·]+\|)?([\u3400-\u9fff々〇·]+)\|?"
              r"\[[A-Za-z0-9: ,·'-]+\]")
#: A note in brackets that only points to another entry: "(abbr. for 超級市場|超级市场[chao1
#: ji2 shi4 chang3])", "(variant of 剛才|刚才[gang1 cai2])", "(opposite: indirect 間接|间接
#: [jian4 jie1])".
_REFERENCE_NOTE = re.compile(
    r"\s*\((?:abbr\.|short for|variant|opposite|see|cf\.|aka|also)[^()]*" + _INNER_REF
    + r"[^()]*\)")
#: "abbr. to 滬|沪[Hu4]" inside a sense: a note on how the word is shortened.
_ABBREVIATED_TO = re.compile(r"[,;]?\s*(?:abbr\.|short) (?:to|for|of|name for) " + _INNER_REF)
#: A reference that a sentence's words need, after a lower-case word, kept as its simplified
#: word ("whose name ends in 院[yuan4]" -> "ends in 院", "replaces 啊[a5] when …").
_REFERENCE_AFTER = re.compile(r"\b([a-z][a-z.]*) " + _INNER_REF)
#: Any other reference in a sense, an appositive the learner gloss drops, after a name
#: ("United Kingdom 聯合王國|联合王国[Lian2 he2 wang2 guo2]" -> "United Kingdom").
_REFERENCE_ANYWHERE = re.compile(r"\s*" + _INNER_REF)


#: A bracketed note left with nothing after its last word ("(especially as)", "()").
_DANGLING_NOTE = re.compile(
    r"\s*\((?:[^()]*\w\s+(?:as|for|of|to|in|aka|by|from|with))?\s*\)")


#: Senses that named other words before :func:`_without_references` took the references
#: away ("expressway (abbr. for 高速公路[…])" -> "expressway"): such a sense never leads a
#: part of the word it names (:func:`part_led_by_whole`).
_NAMED_OTHER_WORDS: set[str] = set()


def _without_references(text: str) -> str:
    """``text`` without CC-CEDICT's cross-references inside it (a learner gloss prints no
    "聯合王國|联合王国[Lian2 he2 wang2 guo2]"), or ``text`` itself if nothing else is left."""
    if "[" not in text:
        return text
    out = _REFERENCE_NOTE.sub("", text)
    out = _ABBREVIATED_TO.sub("", out)
    out = _REFERENCE_AFTER.sub(r"\1 \2", out)
    out = _REFERENCE_ANYWHERE.sub("", out)
    out = _DANGLING_NOTE.sub("", out)  # "(especially as)" once its reference is gone
    out = re.sub(r"\s{2,}", " ", out).strip(" ,;:")
    if not out:
        return text
    if out != text:
        _NAMED_OTHER_WORDS.add(out)
    return out


@lru_cache(maxsize=1 << 16)
def _clean(sense: str) -> str:
    """A sense without pronunciation and classifier notes and without cross-references to
    other entries (:func:`_without_references`); "classifier for" is said as teachers say
    it ("measure word for"). Kept per sense (see :func:`_useful`)."""
    text = _without_references(_CL_NOTE.sub("", _PR_NOTE.sub("", sense)).strip())
    text = without_borrowing_note(text)  # 民宿 "guesthouse", not "(orthographic borrowing …"
    if text.startswith("classifier for"):
        text = "(measure word for" + text[len("classifier for"):] + ")"
    return text


def shorten(senses: list[str] | tuple[str, ...], limit: int = SHORT_CHARS) -> str:
    """One or two senses, then "…" if the entry says more."""
    if not senses:
        return ""
    text = senses[0]
    used = 1
    if len(senses) > 1 and len(text) + len(senses[1]) + 2 <= limit:
        text += "; " + senses[1]
        used = 2
    if len(text) > limit + 20:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;") + "…"
    elif used < len(senses):
        text += "; …"
    return text


_S2T = None


def _s2t():
    global _S2T  # noqa: PLW0603 - one converter per process, made on first use
    if _S2T is None:
        from opencc import OpenCC

        _S2T = OpenCC("s2t")
    return _S2T


_WORD = re.compile(r"[a-z]{3,}")


def _content_words(text: str) -> set[str]:
    """The English words of three letters or more in a gloss, lower-cased."""
    return set(_WORD.findall(text.lower())) - {"the", "and", "for", "word", "measure", "sth"}


@lru_cache(maxsize=65536)
def traditional_form(word: str) -> str:
    """``word`` in traditional characters (OpenCC ``s2t``; asked two or three times per
    gloss, and a call into OpenCC costs more than the rest of the choice). A word with
    no character the conversion's tables change (我, 好, 学生) is its own form."""
    from chinese_teach.core.text.scripts import changing_chars

    changing = changing_chars("s2t")
    if changing is not None and changing.isdisjoint(word):
        return word
    return _s2t().convert(word)


def _is_variant_form(row: _Row) -> bool:
    """An entry that only records another form of the same word ("variant of 傘|伞")."""
    return any(CROSS_REFERENCE.match(s) and "|" in s
               and s.split("|", 1)[1].startswith(row.simplified) for s in row.senses)


#: Words that stand for a person after a verb or a preposition (送你, 给妈妈): pronouns
#: and the people of a classroom text; a surname with a title (王老师) counts too. A
#: bare name (大卫) is not known by its text alone: its verb keeps the default sense.
PEOPLE = frozenset({
    "我", "你", "他", "她", "您", "我们", "你们", "他们", "她们", "咱们", "大家", "别人",
    "人家", "自己", "谁", "妈妈", "爸爸", "妈", "爸", "哥哥", "姐姐", "弟弟", "妹妹",
    "爷爷", "奶奶", "孩子", "儿子", "女儿", "丈夫", "妻子", "朋友", "同学", "老师", "学生",
    "客人", "男朋友", "女朋友", "家人", "父母", "同事", "医生", "病人", "邻居", "先生",
    "太太", "小姐", "孙子", "孙女", "叔叔", "阿姨", "老人", "小朋友", "老朋友", "老板",
})


def is_person(word: str) -> bool:
    """True for a word that stands for a person (a pronoun, 妈妈, 朋友, 王老师; a word of
    two characters or more of the noun class people: 客户, 司机, 顾客 — words38)."""
    return word in PEOPLE or (len(word) > 1 and (
        word[-2:] in TITLE_GLOSSES or person_noun(word, load_noun_classes())))


def _counts(prev: str) -> bool:
    """True when the word before counts what follows: a number, an ordinal (第一届) or a
    demonstrative."""
    return bool(prev) and (is_number(prev) or prev in ("这", "那", "哪", "每", "几") or (
        len(prev) > 1 and prev[0] == "第" and is_number(prev[1:])))


#: Degree words before an adjective (很晚, 太瘦, 这么早).
DEGREE = frozenset({
    "很", "太", "真", "非常", "特别", "有点儿", "有点", "比较", "更", "最", "这么", "那么",
    "多么", "挺", "十分", "不太", "越来越", "相当", "极",
})
#: Adverbs and auxiliaries after which a noun that is also a verb is the verb (不习惯 "not
#: used to", 已经习惯了; 在 + 休息 "to rest"); not 没 (没工作 "no job"), 要 or 想 (想家), which
#: also stand before nouns.
VERB_ADVERBS = frozenset({
    "不", "也", "都", "还", "就", "才", "已经", "很", "能", "会", "可以", "应该", "别", "不要",
    "正在", "一直", "常常", "经常", "总是", "慢慢", "不太", "越来越", "开始", "马上", "渐渐",
    "在", "正",
})
#: words21: adverbs of nearness between a word and the amount it reads (都 + 快 + 十二点 +
#: 了, 已经 + 差不多 + 一年 + 了): the amount still stands next.
_REACH21_NEAR = frozenset({"快", "快要", "差不多", "将近", "几乎", "大概", "大约", "已经",
                           "都", "才", "就", "只", "只有"})
#: words21: one-character adjectives that stand as a modifier between a verb's amount and
#: its object (交 + 了 + 不少 + 新 + 朋友, 买 + 了 + 一件 + 旧 + 衣服): the object is the noun.
_REACH21_MODIFIERS = frozenset("新旧老好大小长短红白黑")
#: words21: words between a person and the verb the person is told to do (叫 + 我们 + 每个人
#: + 明天 + 都 + 带 …; 让 + 你们 + 俩 + 一起 + 去): the person's apposition and adverbs.
_REACH21_APPOSITION = frozenset({"每", "个", "人", "每个人", "俩", "两个", "几个", "一起",
                                 "一块儿", "都", "也", "先", "再", "早点儿", "马上", "自己",
                                 "大家", "各", "们", "今天", "明天", "下午", "晚上"})
#: Words after a noun that make it a place or a time (在比赛中, 在学习上): the noun stays.
_LOCATIVES = frozenset({"中", "上", "里", "之中", "当中", "方面", "中间", "以后", "以前", "前",
                        "后"})
#: Verbs of intent before another verb (想 + 研究, 打算 + 投资, 继续 + 工作): after them a
#: word that is a verb and a noun is read as the verb, like after :data:`VERB_ADVERBS`.
_INTENT_VERBS = frozenset({"想", "不想", "打算", "准备", "愿意", "继续", "必须", "决定",
                           "不得不"})
#: Adverbs before a verb besides :data:`VERB_ADVERBS` and :data:`_INTENT_VERBS`, which
#: also stand before nouns elsewhere (先 + 过去 "to go over"): the "verb-place" condition.
_BEFORE_VERBS = frozenset({"先", "再", "快", "赶快", "赶紧", "要", "得", "该", "没", "又"})
#: Complements a potential 不/得 may stand before (想不起来, 看得出来): read after the verb.
_COMPLEMENTS = frozenset({"起来", "出来", "过来", "过去", "下去", "下来", "上来", "上去", "进来",
                          "进去", "回来", "回去", "完", "懂", "到", "住", "走", "开", "动", "见",
                          "清楚", "好", "了"})
#: Places of everyday life besides the @shops class (到 + 学校 + 上课: "place-then-verb").
_PLACES = frozenset({"学校", "公司", "医院", "家", "教室", "宿舍", "办公室", "公园", "机场",
                     "火车站", "车站", "外地", "国外", "那儿", "这儿", "那里", "这里", "农村",
                     "城里", "海边", "楼下", "楼上", "哪儿", "哪里"})
#: Results of a verb that a passive clause with 给/让/叫 ends with (偷 + 走了, 吃 + 完了).
_PASSIVE_RESULTS = frozenset("走完坏掉破丢跑光错脏乱断倒开住到成")
#: Particles that may end a clause after its last word (还可以吧).
_FINAL_PARTICLES = frozenset({"吧", "啊", "呢", "的", "了", "吗", "呀", "啦"})
#: Words after a verb that do something once or briefly (研究 + 一下 "to research").
_ONCE = frozenset({"一下", "一下儿"})
#: Verbs whose object is an action (还需要完善, 有待提高): a word ending its clause after them
#: that leads with an adjective (:func:`_adjective_led`) is read as a verb, its verb senses
#: first (完善 "to refine", not "comprehensive").
_NEED_VERBS = frozenset({"需要", "有待", "加以", "进一步", "不断", "值得"})
#: Endings of English adjectives (contradictory, scientific, fixed): see :func:`_adjective_first`.
_ADJECTIVE_ENDINGS = ("ory", "ic", "ical", "al", "ous", "ful", "ive", "able", "ible", "ent",
                      "ant", "ed", "ary")
#: Of :data:`VERB_ADVERBS`, those that also stand before adjectives (不方便, 很温暖): after
#: them only a noun the dictionary counts is read as its verb.
_ADJECTIVE_ADVERBS = frozenset({"不", "很", "不太", "越来越"})


def _same_stem(noun: str, verbs: list[str]) -> bool:
    """Whether the English noun ``noun`` shares its stem with one of the verb senses
    ``verbs`` ("rest" and "to rest", "assistance" and "to assist", "discussion" and "to
    discuss"): then the Chinese word is a noun of that action, not an adjective."""
    head = re.split(r"[ ;,]", noun, maxsplit=1)[0].lower()
    if len(head) < 3 or not head.isalpha():
        return False
    for verb in verbs:
        action = re.split(r"[ ;,]", verb.removeprefix("(intransitive) ").removeprefix("to "),
                          maxsplit=1)[0].lower()
        stem = min(len(action), len(head), 6)
        if (stem >= 4 and head[:stem] == action[:stem]) or head == action:
            return True
    return False


#: Words of an amount that are no number (要多长时间, 都半夜了).
_AMOUNT_WORDS = frozenset({"多少", "多长", "多久", "好几", "多长时间", "多少钱", "半", "半天",
                           "半夜", "一半", "几"})
#: Demonstratives that pick a thing or a way (就 + 要 + 这个: "just"), and places (就这儿).
_THIS = frozenset({"这", "那", "这个", "那个", "这些", "那些", "这样", "那样", "这么", "那么",
                   "这种", "那种"})
_HERE = frozenset({"这儿", "那儿", "这里", "那里"})
#: Adverbs that start as a number and a measure word (一起 "together", 一下 "a bit").
_ONE_ADVERBS = frozenset({"一起", "一样", "一定", "一直", "一共", "一下", "一点", "一会",
                          "一会儿", "一切", "一般", "一边", "一块", "一同", "一齐", "一再", "一向",
                          "一次性", "一口气"})
#: Words that pick one thing, after which a verb that is also a noun is the noun (这个计划).
_THIS_ONE = frozenset({"这个", "那个", "这次", "那次", "每次", "这种", "那种", "哪个"})
#: Words that pick other, all or which things of a kind, after which a verb that is also a
#: noun is the noun (别的选择 "choice", 其他的安排, 有什么安排 "arrangements").
_OTHER_DETERMINERS = frozenset({"别的", "其他", "其他的", "其它", "其它的", "所有的", "任何",
                                "各种", "什么", "哪些"})
#: Verbs whose object is an event or a show (参加比赛, 观看表演): a verb that is also a noun
#: after them is the noun ("competition", "performance"). Not 看 or 听, which also stand
#: before verbs and clauses (我看可能要下雨: "I think").
_EVENT_VERBS = frozenset({"参加", "观看", "欣赏"})
#: Personal pronouns after which a noun that is also a verb, with more of the clause to come,
#: is its verb (我感觉有点儿冷 "to feel", 我计划明年去 "to plan").
_SUBJECT_PRONOUNS = frozenset({"我", "你", "他", "她", "我们", "你们", "他们", "她们", "咱们"})
#: words22: pronouns that own the person after them (跟 + 我 + 爸爸 + 都, 送 + 我 + 妈妈 + 回家):
#: "person-then" reads the owned person as the person.
_REACH22_OWNERS = _SUBJECT_PRONOUNS | {"您"}
#: Words after such a word that leave it a noun, the subject of what follows (我工作很忙,
#: 我们经验不够, 你们计划怎么样).
_AFTER_A_SUBJECT = frozenset({"也", "都", "还", "就", "又", "不", "没", "没有", "怎么样",
                              "真", "特别", "比较", "太", "很"})
#: Units of measure after a number that are no measure words of the dictionary (三十岁).
_UNITS = frozenset({"岁", "米", "公里", "公斤", "度", "斤", "点", "分", "人", "倍", "号"})
#: Units of money and time after a number (两百块, 半个小时, 三天).
_COST_UNITS = ("块", "钱", "元", "毛", "分钟", "小时", "钟头", "天", "时间", "年", "月", "星期",
               "周", "多久", "多少钱", "多长时间", "会儿")
#: Units of time that end an amount (半天, 三个小时, 两年): 找 + 你 + 半天 is no change given.
_TIME_UNITS = ("天", "小时", "钟头", "分钟", "年", "月", "星期", "周", "会儿", "久")
#: An amount of time a thing takes (要 + 多长时间, 要 + 三天, 要 + 多久): "before-duration".
_DURATION_UNITS = (*_TIME_UNITS, "时间", "多久", "多长时间")
#: Aspect particles between a verb and its object (拍了照片, 去过北京).
_ASPECT = frozenset({"了", "过", "着"})
#: containers that count what they hold (一包烟, 两碗饭) though CC-CEDICT gives them no
#: "classifier for" sense
_CONTAINERS = frozenset("包盒袋箱碗盘桶罐筐篮")
#: adjectives that stand between a measure word and its noun without 的 (一个 + 重大 +
#: 发现, 一个 + 新 + 发明): the word after them stands where a noun stands
_BEFORE_NOUNS = frozenset({
    "大", "小", "新", "旧", "好", "坏", "老", "重大", "重要", "简单", "困难", "正确", "错误",
    "伟大", "美好", "详细", "最后", "最新", "真正", "共同", "基本", "主要", "特别", "普通",
    "一般", "小小", "大大",
})
#: measure words that count times (三次, 两遍): an amount of times is no money
_TIMES = ("次", "遍", "趟", "回")
#: How CC-CEDICT starts a measure-word sense ("classifier for books", 下 "measure word
#: to show the frequency of an action").
_MEASURE_SENSES = ("classifier for", "measure word")
#: A one-word adverb sense ("usually", "normally") and words ending so that are none.
_ADVERB_SENSE = re.compile(r"^[a-z]+ly$")
_NOT_ADVERBS = frozenset({"only", "early", "daily", "likely", "friendly", "lonely", "ugly",
                          "holy", "silly", "lovely", "elderly", "costly", "deadly", "orderly",
                          "curly", "jolly", "family", "fly", "reply", "supply", "apply", "rely",
                          "ally", "weekly", "monthly", "yearly", "hourly", "lively", "timely",
                          "kindly", "manly", "bodily", "worldly", "homely", "unlikely"})
#: Words after which no predicate starts, or that are no predicate (平常的, 是平常).
_NOT_PREDICATE = frozenset({"的", "地", "了", "之", "吗", "呢", "吧", "啊", "是", "得"})
_NOT_BEFORE_ADVERB = frozenset({"的", "是", "得", "不", "很", "太", "最", "非常"})
#: Words after an adjective that show it is the adverbial of the predicate they start
#: (突然 + 不见了, 坚决 + 不同意, 认真 + 把 …): a negation, a modal or a preposition of the
#: predicate; a verb after it shows it as well (一致 + 同意). Not 就, 再, 都 …: they also
#: follow an adjective that is the predicate of a condition (合适再买, 便宜就买).
_ADVERBIAL_NEXT_WORDS = frozenset({
    "不", "没", "没有", "别", "不要", "会", "能", "可以", "要", "应该", "该", "想", "敢", "把",
    "被", "让", "给", "跟", "和", "对", "向", "往", "朝", "从", "在", "一起",
})
#: Verbs whose object an adjective may be before another verb (有必要去, 有可能来).
_ADVERBIAL_NOT_AFTER = frozenset({"有"})
#: Words that join a noun to the noun before it (人 + 和 + 自然): the word after one is that
#: noun, never the adverbial of the predicate that follows (人和自然应该和谐相处).
_NOUN_JOINING_WORDS = frozenset({"和", "与", "及", "以及"})
#: Directions after an adjective that say it is what one becomes (安静下来, 热起来).
_ADVERBIAL_CHANGE = frozenset({"起来", "下来", "下去", "出来", "过来", "上来", "上去", "进来",
                               "进去", "回来", "回去"})
#: A sense's note in brackets ("direct (opposite: indirect …)"): left out of its word.
_ADVERBIAL_NOTE = re.compile(r"\s*\([^()]*\)")
#: English adverbs the dictionary's senses use ("strictly", "quietly"), read once per
#: corpus: an adjective whose -ly form is among them forms that adverb.
_ADVERBIAL_ATTESTED = re.compile(r"(?<![a-z-])[a-z]+ly(?![a-z-])")
#: Time words before a clause's subject (今天小雨没来上课).
_SUBJECT_TIMES = frozenset({"今天", "明天", "昨天", "后天", "前天", "现在", "刚才", "上午",
                            "下午", "晚上", "早上", "中午", "周末"})


def _textbook_name_may_stand(prev: str) -> bool:
    """Whether a textbook character's name that CC-CEDICT has only as a common word (小雨,
    小龙) stands for its person here: first in its clause, where a dialogue names the
    one it speaks to or about (小雨，你好！ 小雨没来; a speaker: 小龙：你去哪儿？), or
    after a time word that opens the clause (今天小雨没来上课). A learner's text names
    its characters far more often than it speaks of light rain first in a clause; the
    weather's 小雨 follows its verb (下小雨, 下起了小雨)."""
    return not prev or prev in _SUBJECT_TIMES


#: Adverbs and auxiliaries that start a predicate besides :data:`VERB_ADVERBS`.
_PREDICATE_ADVERBS = frozenset({"没", "没有", "要", "会", "想", "先", "再", "又", "只", "常",
                                "常常", "经常", "从", "比", "跟", "和", "给", "对", "去", "来"})
#: Time words that start a predicate (我平常周末去爬山).
_TIME_WORDS = frozenset({"早上", "上午", "中午", "下午", "晚上", "周末", "星期天", "星期六",
                         "每天", "今天", "明天", "夜里", "白天"})
#: What stands after a verb that has no object after it (交了吗, 擦得很干净, 开一下吧).
_NO_OBJECT = _FINAL_PARTICLES | {"得"}
#: Time words and adverbs between an order's person and its verb (叫我明天早点儿来).
_WHEN_WORDS = frozenset({"明天", "今天", "后天", "晚上", "早上", "上午", "下午", "中午", "现在",
                         "马上", "早点儿", "早点", "先", "再", "一定", "快", "快点儿", "赶快",
                         "下次", "以后", "周末", "一起", "也", "都", "多", "少"})
#: Adverbs between 把's object and its verb (把钱都花了): no object.
_BA_ADVERBS = frozenset({"都", "也", "全", "先", "再", "一起", "给", "快", "赶快", "马上",
                         "全部", "又", "还", "一下"})
#: Words of a vague amount before a verb's object (吃了一些菜, 买点儿水).
_SOME = frozenset({"很多", "好多", "不少", "一些", "些", "一点", "一点儿", "点儿", "许多"})
#: Results and directions after a verb that are no object of it (打好了, 洗干净, 放在): the
#: thing handled stands before the verb, as the clause's topic (这份报告我打好了).
_RESULTS = frozenset({"好", "完", "到", "在", "给", "掉", "走", "错", "成", "干净", "清楚", "好了",
                      "完了", "起来", "下来", "出来", "进来", "过来", "回来", "上来"})
#: Results after a verb that leave its object before it, after 把 (把车停在楼下, 把衣服洗
#: 干净); not 到 or a direction (把孩子带到公园: the verb's sense goes with its place).
_PLACED = frozenset({"在", "好", "完", "错", "成", "掉", "干净", "清楚", "好了", "完了"})
#: A verb's results that tell a thing before it was handled (words36: 饺子包好了, 车停在楼下,
#: 领带打得真好看): :meth:`Glosser._fronted_object`.
_FRONTED_RESULTS = _PLACED | {"得"}
#: Words of a clause that name no thing (的 of 你的领带 is no 的士 of 打's taxi line).
_FRONTED_NO_THING = _NO_OBJECT | {"的", "之"}
#: Classes of noun_classes.tsv that are no subject of a word (现在, 很累): passed over.
_NO_SUBJECTS = frozenset({"times", "adjectives"})
#: Adverbs of manner and company a clause may hold besides its people and its verb
#: (你们打算怎么过, 我们一起过吧): they name no topic (:meth:`Glosser._topic`).
_TOPIC_PASSED_ADVERBS = frozenset({"怎么", "怎样", "一起", "一块儿", "一定", "好好",
                                   "什么时候"})
#: Verbs of coming and going before the verb of their purpose (有人 + 来 + 收): no topic.
_COMING = frozenset({"来", "去"})
#: Words of a request before its verb (请 + 帮 + 我 + 包一下, 你帮我打吧): they name no thing,
#: so the thing handled is looked for in the clause before (这是送给朋友的礼物，请帮我包一下).
_REQUEST_WORDS = frozenset({"请", "帮", "帮忙", "麻烦", "替"})
#: Words of a clause that name neither a subject nor a topic (可是他没接, 都坏了): a
#: subject or topic is looked for in the clause before.
_LINK_WORDS = frozenset({"可是", "但是", "但", "所以", "因为", "然后", "马上", "一会儿", "没",
                         "没有", "又", "也都", "全", "全都", "早就", "已经", "都", "就", "也",
                         "还", "再", "才", "却", "结果", "后来", "现在", "了"})
#: Verbs of taking a thing somewhere (拿去商店退了, 送到店里修): with the place they go to,
#: they name no thing handled; the thing is looked for in the clause before (words24).
_CLAUSE24_TAKING = frozenset({"拿", "带", "送", "拿去", "带去", "送去", "拿来", "带来", "送来",
                              "拿到", "带到", "送到", "拿回", "带回", "送回"})
#: Verbs of sensing + 起来 (吃起来, 看起来): they say how the subject seems, and name no
#: subject of their own, so the subject is looked for in the clause before (他做的菜虽然样子
#: 不好看，可是吃起来挺香的; words24).
_CLAUSE24_SENSING = frozenset({"吃起来", "喝起来", "看起来", "听起来", "闻起来", "摸起来",
                               "用起来", "穿起来", "尝起来", "说起来", "做起来", "玩起来"})
#: The verbs of sensing that take 起来 when the cut keeps it apart (吃 / 起来).
_CLAUSE24_SENSING_VERBS = frozenset({"吃", "喝", "看", "听", "闻", "摸", "用", "穿", "尝", "说",
                                     "做", "玩"})
#: Adverbs of how a thing turned out (最后终于解开了, 总算修好了): they name no topic, so the
#: thing handled is looked for in the clause before (words24).
_CLAUSE24_OUTCOME = frozenset({"终于", "总算", "到底", "最终", "终究", "好不容易", "居然",
                               "竟然", "果然"})
#: Time one has or lacks for doing the verb (我一直没时间去洗, 没空去修): no thing handled,
#: so the topic is looked for in the clause before (这些照片 …，我一直没时间去洗; words24).
_CLAUSE24_LEISURE = frozenset({"时间", "空", "空儿", "工夫"})
#: Times of a year, a month or a past moment the times class leaves out (今年, 去年, 最近):
#: they set the scene of a clause and name no subject (words24).
_CLAUSE24_WHEN = frozenset({"今年", "去年", "前年", "后年", "这个月", "上个月", "这周", "上周",
                            "最近", "后来", "以前", "刚才", "那时候", "当时", "如今"})
#: Adverbs of how long or how often (我一直没时间去洗, 他总是忘了带): they name no thing.
_CLAUSE24_HOW_OFTEN = frozenset({"一直", "总是", "老是", "常常", "经常", "从来", "一直都",
                                 "总", "老"})
#: Adverbs of a sudden or slow change (今年突然红了, 慢慢地好了): with time words, a clause
#: of them names no subject, which is looked for in the clause before (这个歌手去年还没有人
#: 知道，今年突然红了; words24).
_CLAUSE24_CHANGE = frozenset({"突然", "一下子", "忽然", "渐渐", "慢慢", "慢慢地", "逐渐",
                              "终于", "总算", "居然", "竟然"})


def _clause24_time_or_state(word: str) -> bool:
    """Whether ``word`` is a time (晚上) or a state (冷, 累): the classes that are no
    subject (:data:`_NO_SUBJECTS`), which set the scene of a clause before and are never
    the thing a later clause speaks of (晚上做作业，要把电灯打开: 要 "should", not "will")."""
    classes = load_noun_classes()
    return any(classes[n].has(word) for n in _NO_SUBJECTS if n in classes)


def _clause24_sensing(own: tuple[str, ...]) -> set[int]:
    """The places in a clause's words (nearest first) of a verb of sensing + 起来, whole
    (吃起来) or cut apart (吃 / 起来): how the subject seems, which names no subject of
    its own (可是吃起来挺香的: the subject is in the clause before; words24)."""
    out = {k for k, w in enumerate(own) if w in _CLAUSE24_SENSING}
    for k, w in enumerate(own):
        if w == "起来" and k + 1 < len(own) and own[k + 1] in _CLAUSE24_SENSING_VERBS:
            out.update((k, k + 1))
    return out


#: A verb's entry's sense that is an adjective of its own, a past participle of one word
#: (投入 "to throw into … absorbed; engrossed"; not "speed", "hundred").
_PARTICIPLE_ADJECTIVE = re.compile(r"^[a-z]{3,}(?<!e)(?<!hundr)ed$")


def _adjective_first(chosen: _Row) -> str | None:
    """The gloss of a word in an adjective's place (after a degree word: 很矛盾; between 是
    and a 的 ending its clause: 是固定的) whose entry leads with a noun or a verb and also
    gives the adjective of that noun or verb (矛盾 "contradiction … contradictory", 固定 "to
    fix … fixed") or, after the verb's own, a past participle of one word (投入 "to throw
    into … absorbed; engrossed"): the adjectives lead. None for another word, or one that
    leads with an adjective already."""
    senses = _useful_senses(chosen)
    if len(senses) < 2:
        return None
    first = senses[0].lower()
    verb = first.startswith("to ")
    head = re.split(r"[ ;,(]", first.removeprefix("to "), maxsplit=1)[0]
    if len(head) < 3 or not head.isalpha() or (not verb and head.endswith(_ADJECTIVE_ENDINGS)):
        return None
    adjectives = []
    participles = []  # 投入 "to throw into … absorbed; engrossed": after the verb's own
    for sense in senses[1:]:
        word = sense.lower()
        if not verb and word.isalpha() and _quality_noun_of(head, word):
            adjectives.append(sense)  # health -> healthy, happiness -> happy (words36)
            continue
        if not word.isalpha() or not word.endswith(_ADJECTIVE_ENDINGS):
            continue
        if verb:  # to fix -> fixed
            related = word in (head + "ed", head + "d", head[:-1] + "ied")
            if not related and _PARTICIPLE_ADJECTIVE.match(word):
                participles.append(sense)
        else:  # contradiction -> contradictory, science -> scientific
            shared = 0
            while shared < min(len(word), len(head)) and word[shared] == head[shared]:
                shared += 1
            related = shared >= 5 and word != head
        if related:
            adjectives.append(sense)
    adjectives += participles
    if not adjectives:
        return None
    return shorten(adjectives[:2] + [x for x in senses if x not in adjectives][:1])


def _quality_noun_of(noun: str, adjective: str) -> bool:
    """Whether ``noun`` is the noun English makes of ``adjective`` with -ness or the
    adjective is the noun with -y (happiness / happy, kindness / kind, health / healthy,
    wealth / wealthy): an entry led by the noun gives the adjective of its own quality."""
    return len(adjective) >= 4 and (
        noun in (adjective + "ness", adjective[:-1] + "iness") or adjective == noun + "y")


def _adjective_led(curated: str | None, chosen: _Row | None) -> bool:
    """Whether a word's gloss leads with an adjective of one English word (完善 "(of
    systems …) comprehensive"), not a past participle, a noun in -ment or a noun the
    dictionary counts (满意 "satisfied", 发展 "development", 结果 "outcome"): after 需要 it
    is read as its verb."""
    if chosen is None or chosen.counted:
        return False
    senses = _sense_list(curated, chosen)
    if not senses:
        return False
    head = _BRACKETED_NOTE.sub("", senses[0]).strip().lower()
    return head.isalpha() and head.endswith(_ADJECTIVE_ENDINGS) and not head.endswith(
        ("ed", "ment"))


#: Verbs whose object, ending its clause, is a thing: a word there that is a verb and a
#: noun is the noun (老师不能给提示 "suggestion; tip"). Not 有: after it the entry's
#: first sense that is no verb is too often an adjective (有补充 "additional").
_VERBS_OF_A_LAST_OBJECT = frozenset({"给"}) | HANDED_OBJECT_VERBS  # 交 + 罚款 (words41)
#: Verbs of doing whose object, ending its clause, is a thing done: a word there that is a
#: verb and a noun is the noun, strictly (做兼职 "concurrent job", 做调查 "investigation";
#: words27).
_ADV27_DOING_VERBS = frozenset({"做"})
#: Verbs whose object is a role a person takes: a word after them that is a verb and a
#: noun is the person (当编辑 "editor", 当翻译 "translator").
_VERBS_OF_A_ROLE = frozenset({"当"})


def _takes_a_role(prev: str, rest: tuple[str, ...]) -> bool:
    """Whether the word after ``prev`` is the role 当 gives a person (他想当翻译), not the
    verb of a clause 当 "when" opens (当需要的时候, 当他说话时)."""
    return prev in _VERBS_OF_A_ROLE and not any(w in ("时候", "时", "的时候") for w in rest)


def _not_a_noun(sense: str) -> bool:
    """Whether a sense that does not start with "to" may be no noun: a word of one of
    :data:`_ADJECTIVE_ENDINGS` (additional, conscientious, centralized, imported; a noun
    such as "management" is let go too), a modal (can, must), a figurative note (fig. …)
    or an e-mail header (Re:, From:)."""
    head = _BRACKETED_NOTE.sub("", sense).strip().lower()
    return (":" in sense or head.startswith("fig.") or sense.lower().startswith("(fig.") or (
        head.isalpha() and head.endswith(_ADJECTIVE_ENDINGS)) or head in ("can", "must"))


def _ordinal_actor(prev: str, rest: tuple[str, ...], earlier: tuple[str, ...]) -> bool:
    """Whether a word after 第一个 (an ordinal and 个), ending its clause or carrying an
    aspect particle, tells what a person named before did (他第一个发言 "the first to
    speak", 他第一个发现了 …): a verb's place, not the noun's that 个 leads to
    (这是第一个问题, 这是第一个发现)."""
    return (prev == "个" and len(earlier) > 2 and earlier[1].startswith("第")
            and is_number(earlier[1][1:]) and is_person(earlier[2])
            and (rest[:1] in (("了",), ("过",), ("着",))
                 or all(w in _FINAL_PARTICLES for w in rest)))


def _of_a_noun_class(word: str) -> bool:
    """Whether ``word`` is a noun of a class of noun_classes.tsv that may be a subject
    (not of :data:`_NO_SUBJECTS`: 现在, 很累)."""
    words, endings = _subject_classes(load_noun_classes())
    return word in words or (len(word) > 1 and word.endswith(endings))


#: (the noun classes last asked, their subject words and endings): :func:`_subject_classes`.
_SUBJECT_CLASSES: list[tuple[dict, tuple[frozenset[str], tuple[str, ...]]]] = []


def _subject_classes(classes: dict[str, NounClass]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words and endings of the ``classes`` not of :data:`_NO_SUBJECTS`, together:
    :func:`_of_a_noun_class` asked every class for each word before (issue 23, speed18: a
    10k text asks it for about 430 words). Kept for the last ``classes`` asked."""
    kept = _SUBJECT_CLASSES[0] if _SUBJECT_CLASSES else None
    if kept is None or kept[0] is not classes:
        subjects = [c for c in classes.values() if c.name not in _NO_SUBJECTS]
        kept = (classes, (frozenset().union(*(c.words for c in subjects)),
                          tuple(e for c in subjects for e in c.endings)))
        _SUBJECT_CLASSES[:] = [kept]
    return kept[1]


def _may_start_predicate(prev: str, nxt: str) -> bool:
    """Whether a word between ``prev`` and ``nxt`` may stand before its clause's predicate,
    as an adverb does: something follows that is no particle, 的 or 是, and it stands after
    no degree word, 的, 是 or 不 (平常的日子, 很平常)."""
    return bool(nxt) and nxt not in _NOT_PREDICATE and prev not in DEGREE and (
        prev not in _NOT_BEFORE_ADVERB)


def _bare_direction(rest: tuple[str, ...]) -> bool:
    """Whether a verb's clause goes on with only 来 or 去 and particles (谁打来的, 开来了): a
    direction, no object, so the thing handled stands before the verb (电话是谁打来的)."""
    words = rest[1:] if rest[:1] in (("了",), ("过",)) else rest
    return bool(words) and words[0] in _COMING and all(
        w in _FINAL_PARTICLES for w in words[1:])


#: words21: question words that make what follows a verb an indirect question, past its
#: first word (看 + 天气 + 怎么样, 看 + 你 + 什么时候 + 有空): a choice too.
_REACH21_ASKING = frozenset({"怎么样", "怎样", "如何", "什么时候", "多少", "多久", "几点"})


def _offers_choice(words: tuple[str, ...]) -> bool:
    """Whether ``words`` hold a choice: 还是, or a word, 不 and a word starting as it did (同 +
    不 + 同意, 去 + 不 + 去), or one token of that shape (去不去, 好不好), or an indirect
    question past the first word (天气 + 怎么样)."""
    for k, w in enumerate(words):
        if w == "还是" or (len(w) == 3 and w[1] in "不没" and w[0] == w[2]):
            return True
        if k > 0 and w in _REACH21_ASKING:
            return True
        if w in ("不", "没") and 0 < k < len(words) - 1 and (
                words[k + 1][:1] == words[k - 1][:1]):
            return True
    return False


def _reach21_joined(when: str, rest: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words after a word with its next two one-character words joined, where the
    two spell an option of a "before:" part of ``when`` that the cut split (算 + 一 / 个 +
    专家 for "before:一个", 想 + 了 / 想 for "before:了想"); None otherwise. Not for a
    piece of a longer word (上 of 天上 + 一 / 个): the caller checks (words21)."""
    if len(rest) < 2 or len(rest[0]) != 1 or len(rest[1]) != 1:
        return None
    two = rest[0] + rest[1]
    for part in when.split("&"):
        kind, options = _parsed_condition(part)
        if kind == "before" and frozenset.__contains__(options, two):
            return (two, *rest[2:])
    return None


#: words25: the words that name a day of the week with the number after them (星期 / 六,
#: 礼拜 / 天, cut apart at learner size): the number names the day and counts nothing.
_PASSAGE25_WEEKDAY_HEADS = frozenset({"星期", "礼拜", "周"})
#: words25: words between a measure word and its unit that make the amount approximate or
#: add a half (一 / 个 / 多 / 小时, 两 / 个 / 半 / 月): the unit still ends the amount.
_PASSAGE25_ABOUT = frozenset({"多", "半"})


def _passage25_weekday(prev: str, earlier: tuple[str, ...]) -> bool:
    """Whether ``prev``, the word just before, is the number of a weekday cut apart from
    its head (天气预报说星期 / 六 / 会下雨: 会 is no "meeting" counted by 六); ``earlier``
    holds the words before, nearest first (words25)."""
    return bool(prev) and is_number(prev) and len(earlier) > 1 and earlier[0] == prev and (
        earlier[1] in _PASSAGE25_WEEKDAY_HEADS)


def _passage25_past_about(words: list[str]) -> list[str]:
    """``words`` without the approximation words between a measure word and its unit (个 /
    多 / 小时 -> 个 / 小时): 花 + 一 / 个 / 多 / 小时 reads the amount of time (words25)."""
    return [w for w in words if w not in _PASSAGE25_ABOUT]


def _passage25_past_degree(rest: tuple[str, ...], options: frozenset[str]) -> bool:
    """Whether a degree word stands next and an option of a "before:" condition right after
    it, ending the clause or before a particle: the option is the word's predicate
    adjective (天 + 很 + 蓝 for "before:蓝": the sky; words25)."""
    return len(rest) > 1 and rest[0] in DEGREE and rest[1] in options and all(
        w in _FINAL_PARTICLES for w in rest[2:])


def _number_prefix(word: str) -> int:
    """How many characters at the start of ``word`` spell a number (两百块 -> 2)."""
    for k in range(len(word), 0, -1):
        if is_number(word[:k]) or (k == 1 and word[0] in "半几"):
            return k
    return 0
#: What a word the dictionary lacks may end with and still be glossed as the word before
#: it (小偷儿, 指着, 来了, 去过).
ATTACHED = "儿着了过"


def _looks_verbal(senses: tuple[str, ...]) -> bool:
    return bool(senses) and senses[0].startswith("to ")


def _agent_noun_first(gloss: str, senses: Iterable[str]) -> bool:
    """Whether ``gloss`` leads with the noun of the one who does one of the verbs of
    ``senses`` (the word's: "editor" of "to edit", "translator" of "to translate"): a
    person, where a noun after the word makes it an attribute that names the activity
    (编辑工作 "editing work")."""
    head = gloss.split(";", maxsplit=1)[0].strip().split(" ", maxsplit=1)[0].lower()
    verbs = [x for x in senses if x.startswith("to ")]
    return head.endswith(("or", "er")) and _same_stem(head, verbs)


#: A note before a sense ("(of liquid) to settle": a verb's sense all the same).
_LEADING_NOTE = re.compile(r"^\([^()]*\)\s*")
#: One-character complements of direction that a verb takes before 了 or 着 (架 + 起 + 了).
_DIRECTION_COMPLEMENTS = frozenset("起上下出进回开")


def _after_complement(rest: tuple[str, ...]) -> bool:
    """Whether ``rest`` starts with a verb's complement: a two-character one (起来, 出来 …)
    or a direction before 了 or 着 (架 + 起 + 了)."""
    if not rest:
        return False
    if len(rest[0]) > 1 and rest[0] in _COMPLEMENTS:
        return True
    return rest[0] in _DIRECTION_COMPLEMENTS and rest[1:2] in (("了",), ("着",))


def _measure_word_as_verb(curated: str | None, chosen: _Row | None) -> str | None:
    """The gloss of a word that leads with a measure-word sense, as a verb: its verb
    senses (the curated gloss's, else the dictionary's), then its first other sense (架
    "to support; frame; …"); None for a word that leads otherwise or has no verb sense. A
    measure word counts a noun after it; before a verb's complement it is the verb."""
    senses = _sense_list(curated, chosen)
    if not senses or not senses[0].startswith(_MEASURE_LEAD):
        return None
    verbs = [x for x in senses if x.startswith("to ")]
    if not verbs and chosen is not None:
        verbs = [part.strip() for x in chosen.senses if _useful(x)
                 for part in _clean(x).split(";") if part.strip().startswith("to ")]
    if not verbs:
        return None
    others = [x for x in senses if not x.startswith(("to ", *_MEASURE_LEAD))]
    return shorten(verbs[:2] + others[:1])


#: How a measure word's sense starts, curated ("(measure word for …)") or CC-CEDICT's.
_MEASURE_LEAD = ("(measure word", "classifier for")


def _useful_senses(row: _Row) -> list[str]:
    """A dictionary row's senses that may stand in a learner gloss (:func:`_useful`), each
    cleaned (:func:`_clean`), in the entry's order."""
    return list(_useful_cleaned(row.senses))


def _sense_list(curated: str | None, chosen: _Row | None) -> list[str] | None:
    """A word's senses in order: the curated gloss's (split at ";", without "…"), else the
    chosen dictionary row's useful ones; None when there is neither."""
    if curated is not None:
        return list(_curated_senses(curated))
    if chosen is not None:
        return _useful_senses(chosen)
    return None


# Issue 23 (speed18): the rules ask for a word's senses a dozen times per word met (each
# helper, with each of its flags, in ``gloss`` and in ``gloss_context``); the lists below
# are pure functions of the strings and are made once per entry or curated gloss.
@lru_cache(maxsize=65536)
def _useful_cleaned(senses: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`_useful_senses` of a row whose senses are ``senses``, kept."""
    return tuple(_clean(x) for x in senses if _useful(x))


@lru_cache(maxsize=65536)
def _cleaned(senses: tuple[str, ...]) -> tuple[str, ...]:
    """Every sense of a row, cleaned (:func:`_clean`): a gloss's ``full``, kept."""
    return tuple(_clean(x) for x in senses)


@lru_cache(maxsize=65536)
def _curated_senses(curated: str) -> tuple[str, ...]:
    """A curated gloss's senses (split at ";", without "…"), kept."""
    return tuple(x.strip() for x in curated.split(";") if x.strip() not in ("", "…"))


@lru_cache(maxsize=65536)
def _verb_parts(senses: tuple[str, ...]) -> tuple[str, ...]:
    """The parts of a row's senses that :meth:`Glosser._verb_first` reads (each sense of
    :func:`_unmarked`, cleaned, split at ";"), kept."""
    return tuple(part.strip() for x in _unmarked(senses)
                 for part in _clean(x).split(";") if part.strip())


#: The kind of condition that reads a word's ``following`` words for what they are.
_FOLLOWING = "later-in-sentence"
#: Every kind of condition that reads a word's ``following`` words: the later words
#: themselves, or only whether any come (``in-sentence``: not a word typed alone;
#: ``more-after``: 那么 + ， + more of the sentence; ``last-clause``: no clause after the
#: word's own).
#: ``sentence``: X or Y anywhere in the sentence (:func:`_clause24_in_sentence`).
_CLAUSE24_SENTENCE = "sentence"
_READS_FOLLOWING = (_FOLLOWING, "in-sentence", "more-after", "last-clause", _CLAUSE24_SENTENCE)


class Glosser:
    """Chooses each word's learner gloss from the corpus and the curated table."""

    def __init__(self, corpus: Corpus, curated: dict[str, list[Curated]] | None = None) -> None:
        self.corpus = corpus
        #: the curated table, read at first use (:attr:`curated`): the engine's name pass
        #: asks only :meth:`has_common_entry`, which reads the dictionary's rows
        self._curated_table = curated
        self._lone_readings: dict[str, tuple[str, ...]] | None = None
        self._rows: dict[str, list[_Row]] = {}
        #: (word, syllables or None) -> short gloss: readers ask again at every build.
        self._short: dict[tuple[str, tuple[str, ...] | None], str] = {}
        self._lock = threading.Lock()
        self._listed: frozenset[str] | None = None
        self._phrases42: frozenset[str] | None = None  # set phrases (words42)
        #: English -ly words of the dictionary's senses (:meth:`_attested_adverbs`)
        self._adverbs_seen: frozenset[str] | None = None
        #: (curated gloss, entry's reading, senses, before 地) -> the adverbial gloss or None
        self._adverbials: dict[tuple, str | None] = {}
        #: the word tests of collo19's object readers (:meth:`_word_tests`)
        self._tests19: WordTests | None = None
        #: the last object :meth:`_governed` found, with its question
        self._last_governed: tuple[tuple, tuple[str, list[str]]] | None = None
        self._parts: dict[tuple[str, tuple[str, ...] | None], tuple[tuple[str, str], ...]] = {}
        #: (word, syllables) -> its pieces the words around it may decide (parts_between)
        self._open: dict[tuple[str, tuple[str, ...] | None], tuple] = {}
        #: (word, syllables, word before, words after, earlier words) -> gloss: see
        #: :meth:`kept_gloss`
        self._in_context: dict[tuple, Gloss] = {}
        #: word -> whether one of its senses is said of a class of nouns ("(of clothing)")
        self._noted: dict[str, bool] = {}
        #: (the noun classes, word -> whether it is noun-like): :meth:`_noun_like`
        self._noun_likes: tuple[dict | None, dict[str, bool]] = (None, {})
        #: word -> whether its sentence may choose a later sense (:meth:`_adv27_decidable`)
        self._adv27_seen: dict[str, bool] = {}
        self._noted41: dict[str, bool] = {}  # word -> a later noted verb sense (words41)
        self._figurative42: dict[str, bool] = {}  # word -> a later figurative sense (words42)
        self._named42: dict[str, bool] = {}  # word -> a later sense naming a thing (words42)
        #: the notes of every noun class ("clothing", "a shop etc"), gathered at first ask
        self._class_notes: frozenset[str] | None = None
        #: the last (words after, earlier words, word before) asked of :meth:`_objects` and
        #: its answer: a verb's object lines ask the same of one word in turn
        self._last_objects: tuple[tuple, tuple[str, ...]] | None = None
        # the last clause's object after the verb (:meth:`_object_after_kept`): the
        # object and topic conditions of one token read it once
        self._last_object_after: tuple[tuple[str, ...], str] | None = None
        # whether a word is a verb in a reading other than its commonest, per word
        self._verb_readings: dict[str, bool] = {}

    @property
    def curated(self) -> dict[str, list[Curated]]:
        """The curated learner glosses (:func:`load_curated`), read at first use."""
        table = self._curated_table
        if table is None:  # two threads may both read it: the same table either way
            table = self._curated_table = load_curated()
        return table

    @property
    def _lone(self) -> dict[str, tuple[str, ...]]:
        """:func:`lone_readings` of :attr:`curated`, made at first use."""
        found = self._lone_readings
        if found is None:
            found = self._lone_readings = lone_readings(self.curated)
        return found

    def lone_reading(self, word: str) -> tuple[str, ...] | None:
        """The reading a learner's word list means by ``word`` standing alone, with no
        sentence to decide (:func:`lone_readings`); None when the table does not list
        the word."""
        return self._lone.get(word)

    def common_homograph(self, word: str, syllables: tuple[str, ...] | None) -> bool:
        """Whether ``word``, marked as a name in a text, is a common word the curated table
        glosses as such: a word of two characters or more with a default line (in its
        reading) that is no name. CC-CEDICT lists places and brands spelt like everyday
        words (和平 "Heping District", 孙子 "Sun Tzu", 吉利 "Geely"), and jieba tags
        some of them as names; the learner needs "peace", "grandson", "lucky"."""
        return is_common_homograph(word, (
            line.gloss for line in self.curated.get(word, ())
            if line.when == "*" and (line.syllables is None or syllables is None
                                     or weakens_to(tuple(syllables), line.syllables))))

    def decided_by_context(self, word: str) -> bool:
        """Whether a sentence can choose ``word``'s sense by a curated line's condition (离
        before 远, 送 + person + 去), or by its subject (a sense noted "(of clothing)": 衣服
        … 瘦); a measure word after a number is checked apart."""
        return any(line.when != "*" for line in self.curated.get(word, ())) or (
            self._class_noted(word)) or self._adv27_decidable(word) or (
            self._noted_verb(word)) or self._figurative_later(word) or self._named_later(word)

    def _named_later(self, word: str) -> bool:
        """Whether a noun entry of ``word`` gives, after its first sense, one whose note or
        modifier names a thing (桶 "(trash) can", 盆 "flower pot"): another noun of its
        sentence may choose it (:mod:`.glosses_named_neighbours`, words42)."""
        return self._any_common_entry(
            word, self._named42, lambda r: has_named_later_sense(_useful_senses(r)))

    def _figurative_later(self, word: str) -> bool:
        """Whether an entry of ``word`` (two characters or more) gives a figurative sense
        after its literal one (夜猫子 "owl; (fig.) night owl"): said of its subject after 是
        it leads (:mod:`.glosses_figurative_senses`, words42), so its gloss reads the words
        before it."""
        return len(word) > 1 and self._any_common_entry(
            word, self._figurative42, lambda r: has_later_figurative_sense(_useful_senses(r)))

    def _noted_verb(self, word: str) -> bool:
        """Whether an entry of ``word`` (two characters or more) leads with a verb and
        notes, in a later verb sense, what it is said of (到期 "to expire (visa etc)"): the
        words before it may choose that sense (:mod:`.glosses_noted_before`, words41)."""
        return len(word) > 1 and self._any_common_entry(
            word, self._noted41, lambda r: has_later_noted_verb_sense(_useful_senses(r)))

    def _adv27_decidable(self, word: str) -> bool:
        """Whether a later sense of ``word``'s entries is one its sentence may choose
        (:func:`.glosses_beyond_hsk5.sentence_may_choose`: a field's sense, "simultaneously"), so
        that its gloss reads the words before it too (words27)."""
        return len(word) > 1 and self._any_common_entry(
            word, self._adv27_seen, lambda r: sentence_may_choose(r.senses))

    def _any_common_entry(self, word: str, kept: dict[str, bool],
                          test: Callable[[_Row], bool]) -> bool:
        """Whether ``test`` holds for one of ``word``'s common (not proper) entries, kept
        per word in ``kept`` (one store per test: :meth:`_named_later`,
        :meth:`_figurative_later`, :meth:`_noted_verb`, :meth:`_adv27_decidable`)."""
        found = kept.get(word)
        if found is None:
            found = any(test(r) for r in self.rows(word)
                        if r.simplified == word and not r.proper)
            kept[word] = found
        return found

    def reads_following(self, word: str) -> bool:
        """Whether a curated line of ``word`` reads the words after it in its sentence,
        across commas (:data:`_READS_FOLLOWING`: 既 … ，又, 那么 + ， + …): the only words
        whose gloss needs them (``following``), so the others are glossed without
        collecting them."""
        return any(kind in line.when for line in self.curated.get(word, ())
                   for kind in _READS_FOLLOWING)

    def _class_noted(self, word: str) -> bool:
        """Whether a dictionary sense of ``word`` is said of one of the noun classes."""
        found = self._noted.get(word)
        if found is None:
            keys = self._class_notes
            if keys is None:
                keys = self._class_notes = frozenset().union(
                    *(c.notes for c in load_noun_classes().values()))
            found = any(sense_notes(x) & keys for r in self.rows(word)
                        if r.simplified == word and not r.proper for x in r.senses
                        if "(of " in x)
            self._noted[word] = found
        return found

    def _subject_first(self, chosen: _Row, earlier: tuple[str, ...]) -> str | None:
        """The gloss of a word whose dictionary sense is said of a class of nouns ("(of
        clothing) tight", "(of a shop etc) to close") when a noun of that class stands
        before it in its clause, not as the object of 把 (这件衣服太瘦, 这家店几点关门,
        火车八点开): that sense leads. None elsewhere, or when it leads already."""
        if "(of " not in " ".join(chosen.senses):
            return None
        clause = _same_clause(earlier)
        if "把" in clause:  # 把 + 衣服 + verb: the thing handled, not what the word says of
            clause = clause[clause.index("把") + 1:]
        classes = [c for c in load_noun_classes().values()
                   if c.notes and any(c.has(w) for w in clause)]
        if not classes:
            return None
        useful = [x for x in chosen.senses if _useful(x)]
        for k, sense in enumerate(useful):
            notes = sense_notes(sense)
            if notes and any(notes & c.notes for c in classes):
                if k == 0:
                    return None
                others = [x for i, x in enumerate(useful) if i != k]
                return shorten([_clean(sense), _clean(others[0]), *others[1:2]])
        return None

    def traditional(self, word: str, syllables: tuple[str, ...] | None = None) -> str | None:
        """The traditional form of ``word`` in the sense its learner gloss gives: the entry
        that holds the gloss's senses (钟 "clock" 鐘, not 鍾 "goblet"; 后 "after" 後),
        then a form that is no variant (伞 傘, not 繖), then OpenCC's; None when the
        dictionary lacks the word."""
        syls = tuple(s.lower() for s in syllables) if syllables else None
        rows = [r for r in self.rows(word) if r.simplified == word and not r.proper]
        same = [r for r in rows if syls is None or same_reading(r.syllables, syls)] or rows
        if not same:
            return None
        shown = _content_words(self.gloss(word, syls).short)
        trad = traditional_form(word)

        def rank(r: _Row) -> tuple:
            shared = len(shown & _content_words(" ".join(r.senses)))
            return (shared, not _is_variant_form(r), any(_useful(x) for x in r.senses),
                    r.traditional == trad)

        return max(same, key=rank).traditional

    # -- entries ---------------------------------------------------------------------
    def rows(self, word: str) -> list[_Row]:
        """The dictionary entries of ``word`` (simplified or traditional), cached."""
        with self._lock:
            found = self._rows.get(word)
        if found is not None:
            return found
        found = [
            _Row(s, t, raw, tuple(syl.lower().split()), tuple(json.loads(d)), bool(p), f,
                 cl != "[]")
            for s, t, raw, syl, d, p, f, cl in self.corpus.query(
                "SELECT simplified, traditional, pinyin, syllables, definitions, is_proper, freq, "
                "classifiers FROM entries WHERE simplified = ? OR traditional = ? ORDER BY id",
                (word, word),
            )
        ]
        with self._lock:
            if len(self._rows) > 50_000:
                self._rows.clear()
            self._rows[word] = found
        return found

    def prefetch(self, words: set[str] | list[str]) -> None:
        """Read the entries of many words in a few queries (a whole glossary), with the
        base of each word that may be glossed by its base (小偷儿: 小偷; see :meth:`_composed`)."""
        wanted = {w for w in words if w not in self._rows}
        wanted |= {w[:-1] for w in wanted if len(w) > 1 and w[-1] in ATTACHED} - self._rows.keys()
        todo = sorted(wanted)
        for i in range(0, len(todo), 400):
            chunk = todo[i:i + 400]
            marks = ",".join("?" * len(chunk))
            got: dict[str, list[_Row]] = {w: [] for w in chunk}
            for s, t, raw, syl, d, p, f, cl in self.corpus.query(
                "SELECT simplified, traditional, pinyin, syllables, definitions, is_proper, "  # noqa: S608 - only ? marks
                f"freq, classifiers FROM entries WHERE simplified IN ({marks}) "
                f"OR traditional IN ({marks}) ORDER BY id",
                (*chunk, *chunk),
            ):
                row = _Row(s, t, raw, tuple(syl.lower().split()), tuple(json.loads(d)),
                           bool(p), f, cl != "[]")
                for form in {s, t}:
                    if form in got:
                        got[form].append(row)
            with self._lock:
                self._rows.update(got)

    # -- choosing ----------------------------------------------------------------------
    def gloss(
        self,
        word: str,
        syllables: tuple[str, ...] | list[str] | None = None,
        *,
        prev: str = "",
        next: str = "",
        name: bool = False,
        rest: tuple[str, ...] = (),
        earlier: tuple[str, ...] = (),
        question: bool | None = None,
        following: tuple[str, ...] = (),
    ) -> Gloss:
        """The learner gloss of ``word`` read ``syllables`` (numbered, e.g. ``bi3``; None:
        its commonest reading), between the words ``prev`` and ``next`` of its sentence
        (``rest``: the words after it in its clause, ``next`` first, when known);
        ``name`` when the text marks it as a name; ``earlier``: the words before it in its
        sentence, across commas, nearest first (先 … 再); ``question``: whether its
        sentence asks (:func:`asks`), None when there is no sentence; ``following``: the
        words after it in its sentence, across commas (既 … ，又).

        After a number or a demonstrative (三双, 这台) a word that is also a measure word
        leads with its measure-word sense."""
        syls = tuple(s.lower() for s in syllables) if syllables else None
        if prev == "姓":  # 他姓张 (marked as a name or not): the surname, not "sheet"
            surnames = [s for r in self.rows(word) if r.proper and r.simplified == word
                        for s in r.senses if s.startswith("surname ")]
            if surnames:
                return Gloss(surnames[0], (surnames[0],), "name" if name else "context", name)
        if name and not self.common_homograph(word, syls) and not self.common_word_not_name(
                word, prev, rest[:1] or (next,),
                alone=not (prev or next or rest or earlier or following)):
            return self._name_gloss(word, syls)
        if syls is None:
            syls = self.lone_reading(word)  # a word list's 价 is jià "price"
        if not name and len(word) > 1:
            township = place_only_parts(self, word, syls)
            if township is not None:  # 一棵大树: 大 + 树, not "Tashu township" (words33)
                return township
        if next and not rest:
            rest = (next,)
        said_once = rest
        rest = doubled_verb_rest(word, rest, self._is_verb)  # 晒 + 晒太阳 as 晒 + 太阳 (table21)
        doubled = said_once[0] if rest != said_once else ""
        if (prev in ("不", "得") and word in _COMPLEMENTS and earlier[:1] == (prev,)
                and len(earlier) > 1 and self._is_verb(earlier[1])):
            prev = earlier[1]  # 想 + 不 + 起来, 看 + 得 + 出来: read after the complement's verb
        counted38 = number_before_about(prev, earlier, word, lambda w: self._is_measure(w) or (
            counted_unit(s for r in self.rows(w) if not r.proper for s in r.senses)))
        if counted38 is not None:  # 一百多 + 名 + 老师: read as 一百 + 名 (words38)
            prev, earlier = counted38
        if len(earlier) > 2:  # 这件 + 有点儿 + 肥: 件 stands for a garment (words38)
            earlier = stand_in_nouns(earlier, self._measure_stand_in, self._noun_like,
                                     CLAUSE_BREAK)
        echoed = self._echoed(word, rest, prev, earlier)
        if echoed is not None:
            return echoed
        rows = self.rows(word)
        if order_before_measure(word, prev, rest, self._is_measure):
            rest = ("一个", *rest[2:])  # 上一家公司 "last; previous", as 上一个
        curated, conditional = self._curated(word, syls, prev, rest, earlier,
                                             question=question, following=following)
        chosen = self._pick(word, rows, syls)
        full = _cleaned(chosen.senses) if chosen is not None else ()
        if not conditional and chosen is not None and len(word) > 1 and rest and (
                self._adverbial_first(curated, chosen, with_de=True) is not None) and (
                self._adverbial_place(prev, rest)) and (
                rest[0] == "地" or not _of_a_noun_class(word)):  # 医生 + 说: a subject
            adverbial = self._adverbial_first(curated, chosen, with_de=rest[0] == "地")
            if adverbial is not None:  # 突然下雨了, 认真地学习: "suddenly; sudden"
                return Gloss(adverbial, full, "context")
        if not conditional and chosen is not None and len(word) > 1 and rest[:1] == ("地",) and (
                self._adverbial_place(prev, rest)) and (
                self._adverbial_first(curated, chosen, with_de=True) is None):
            attested = self._attested_adverbs()
            phrase32 = adverb_before_de(  # 耐心地 "patiently", 满意地 "to one's satisfaction"
                _sense_list(curated, chosen) or [], lambda x: is_adjective_sense(x, attested),
                ly_adverb, shorten)
            if phrase32 is not None:
                return Gloss(phrase32, full, "context")
        if curated is None and chosen is not None and earlier:
            said_of = self._subject_first(chosen, earlier)
            if said_of is not None:  # 这件衣服太瘦: "(of clothing) tight"
                return Gloss(said_of, full, "context")
        if not conditional and chosen is not None and (_counts(prev) or (
                counted_after_next_or_last(word, prev, earlier, rest, self._noun_like))):
            counted = self._measure_first(chosen, curated)  # 这台, 下节课 (words32)
            if counted is not None:
                return Gloss(counted, full, "measure")
        have = object_of_have(prev, rest) or object_of_as(prev)  # 有耐心, 留作纪念: nouns
        if not conditional and len(word) > 1 and not _ordinal_actor(prev, rest, earlier) and (
                (self._noun_place(prev) and not clock_time_before(prev, earlier))
                or ordinal_noun_place(prev, earlier, rest)  # 他的第一 + 反应 (words39)
                or have or prev in _EVENT_VERBS or (
                prev in _BEFORE_NOUNS and earlier[:1] == (prev,) and len(earlier) > 1
                and self._noun_place(earlier[1])) or (  # 一个 + 重大 + 发现 "discovery"
                (prev in _VERBS_OF_A_LAST_OBJECT or prev in _ADV27_DOING_VERBS)
                and all(w in _FINAL_PARTICLES for w in rest)
                ) or _takes_a_role(prev, rest) or counted_head_place(  # 一个学生 + 组织 (words41)
                    earlier, rest, noun_like=self._noun_like, measure_place=self._noun_place,
                    particles=_FINAL_PARTICLES)):
            nouns = self._noun_first(curated, chosen, strict=prev in _VERBS_OF_A_LAST_OBJECT or (
                prev in _VERBS_OF_A_ROLE) or prev in _ADV27_DOING_VERBS or have,
                head=ends_noun_phrase(rest))
            if nouns is not None and not (
                    rest and self._noun_like(rest[0]) and _agent_noun_first(
                        nouns, _sense_list(curated, chosen) or ())):
                # (书的 + 编辑 + 工作: before the noun it tells of, the activity, "to edit";
                # a person's noun, "editor", names no work)
                return Gloss(nouns, full or (nouns,), "context")
        if not conditional and curated is None and chosen is not None and len(word) > 1 and (
                prev in DEGREE or (prev == "是" and rest[:1] == ("的",) and all(
                    w in _FINAL_PARTICLES for w in rest[1:])) or (
                before_degree_complement(rest, _FINAL_PARTICLES))):  # 健康得很 (words36)
            adjectives = _adjective_first(chosen)
            useful = _useful_senses(chosen)
            own = own_adjective_first(useful,
                                      adjectives, shorten) if prev in DEGREE and all(
                w in _FINAL_PARTICLES for w in rest) else None  # not 很尊重 + 老人
            if own is not None:  # 很协调 "harmonious" (words27)
                return Gloss(own, full, "context")
            if adjectives is not None:  # 很矛盾 "contradictory", 是固定的 "fixed"
                return Gloss(adjectives, full, "context")
            own32 = clause_end_adjective_first(  # 真讨厌。 "disagreeable" (words32)
                useful, prev in DEGREE or before_degree_complement(rest, _FINAL_PARTICLES),
                () if before_degree_complement(rest, _FINAL_PARTICLES) else rest,
                _FINAL_PARTICLES, shorten)
            if own32 is not None:
                return Gloss(own32, full, "context")
        if not conditional and chosen is not None and len(word) > 1 and (
                attributive_place(prev, rest, lambda w: is_person(w) or _of_a_noun_class(w),
                                  lambda w: is_person(w) or (
                                      self._noun_like(w) and not self._is_measure(w)))):
            attested = self._attested_adverbs()
            described38 = later_adjective_first(  # 专业的摄影师 "professional" (words38)
                _sense_list(curated, chosen) or [], lambda x: is_adjective_sense(x, attested),
                _adjective_first(chosen) if curated is None else None, shorten,
                curated=curated is not None)
            if described38 is not None:
                return Gloss(described38, full, "context")
        if not conditional and curated is None and chosen is not None and prev == "得":
            degree32 = degree_complement_first(  # 饿得要命 "extremely" (words32)
                _useful_senses(chosen), prev, rest,
                _FINAL_PARTICLES, shorten)
            if degree32 is not None:
                return Gloss(degree32, full, "context")
        if not conditional and len(word) > 1 and prev in _NEED_VERBS and all(
                w in _FINAL_PARTICLES for w in rest) and _adjective_led(curated, chosen):
            verbs = self._verb_first(curated, chosen, marked=True)
            if verbs is not None:  # 还需要完善 "to improve", not "comprehensive"
                return Gloss(verbs, full or (verbs,), "context")
        if not conditional and chosen is not None and len(word) > 1 and object_follows(
                rest, self._noun_like) and predicate_place(
                prev, _same_clause(earlier), self._noun_like, self._is_verb):
            attested = self._attested_adverbs()
            verbs37 = verb_sense_first(_sense_list(curated, chosen) or [],
                                       lambda x: is_adjective_sense(x, attested), shorten)
            if verbs37 is not None:  # 富有 + 营养 "to be rich in", 能 + 充实 "to enrich"
                return Gloss(verbs37, full or (verbs37,), "context")
        if not conditional and len(word) == 2 and word in (prev, rest[0] if rest else ""):
            verbs = self._verb_first(curated, chosen, marked=True)
            if verbs is not None:  # 休息休息: a word said twice is a verb ("to rest")
                return Gloss(verbs, full or (verbs,), "context")
        if not conditional and len(word) == 1 and rest and (
                rest[0] in ("着", "过") or (rest[0] in _ONCE and self._done_once(rest)) or (
                rest[0] == "了" and (self._person_ahead(rest[1:])
                                     or self._things_ahead(rest[1:])))):
            verbs = self._verb_first(curated, chosen, strict=True, marked=True)
            if verbs is not None:  # 指着 "to point at", not "finger"; 约了 + 朋友, 分了 + 几个;
                # 包 + 一下 "to wrap", not "bag": done once, so a verb
                return Gloss(verbs, full or (verbs,), "context")
        if not conditional and len(word) == 2 and rest[:1] == ("着",):
            verbs = self._verb_first(curated, chosen, strict=True, marked=True)
            if verbs is not None:  # 象征着 "to symbolize", not "emblem": 着 marks a verb
                return Gloss(verbs, full or (verbs,), "context")
        if not conditional and len(word) == 1 and not _counts(prev) and (
                _after_complement(rest)):
            verbs = _measure_word_as_verb(curated, chosen)
            if verbs is not None:  # 架 + 起 + 了: a measure word before a verb's
                # complement is the verb ("to put up", not "(measure word for planes)")
                return Gloss(verbs, full or (verbs,), "context")
        if not conditional and len(word) > 1 and prev in _SUBJECT_PRONOUNS and rest and (
                chosen is not None and not chosen.counted  # 我作业明天交: a thing of mine
                and rest[0] not in DEGREE and rest[0] not in _NOT_PREDICATE
                and rest[0] not in _AFTER_A_SUBJECT and rest[0] not in _FINAL_PARTICLES):
            verbs = self._verb_first(curated, chosen)
            if verbs is not None:  # 我感觉有点儿冷: after its subject, a verb ("to feel")
                return Gloss(verbs, full or (verbs,), "context")
        if not conditional and len(word) > 1 and rest and ((
                rest[0] == "得" and len(rest) > 1 and rest[1] not in _ASPECT  # 比赛得了第一: dé
                ) or (rest[0] == "了" and (self._things_ahead(rest[1:])
                                           or self._person_ahead(rest[1:])))
                or self._things_ahead(rest)):
            verbs = self._verb_first(curated, chosen)
            if verbs is not None:  # 发展得很快, 投资(了)一家公司: a verb ("to develop")
                return Gloss(verbs, full or (verbs,), "context")
        if not conditional and len(word) > 1 and rest and rest[0] in _ONCE:
            verbs = self._verb_first(curated, chosen, marked=True)
            if verbs is not None:  # 研究一下: done once, so a verb ("to research")
                return Gloss(verbs, full or (verbs,), "context")
        if not conditional and len(word) > 1 and (
                prev in VERB_ADVERBS or prev in _INTENT_VERBS) and not (
                rest and rest[0] in _LOCATIVES):  # 在 + 比赛 + 中: a place in time
            verbs = self._verb_first(curated, chosen, strict=prev in _ADJECTIVE_ADVERBS)
            if verbs is not None:
                return Gloss(verbs, full or (verbs,), "context")
        if curated is None and chosen is not None and len(word) > 1 and any(
                x.endswith("ly") for x in chosen.senses) and self._adverb_place(prev, rest):
            adverbs = self._adverb_first(chosen)
            if adverbs is not None:  # 我通常七点起床: "usually", not "regular"
                return Gloss(adverbs, full, "context")
        if not conditional and chosen is not None and len(word) == 1 and (
                prev in _SPLIT_WORD_MARKS):
            split = self._split_object_first(word, curated, chosen, earlier)
            if split is not None:  # 生 + 我的 + 气: 气 of 生气 "to get angry"
                return Gloss(split, full, "context")
        token39 = counted_token(prev, self._is_measure, self._dictionary_word)  # 这个 + 盖
        if not conditional and chosen is not None and len(word) == 1 and (
                all(w in _FINAL_PARTICLES for w in rest) or counted_before_predicate(
                    rest, self._noun_like, self._is_verb, (  # 这个站 + 下车 (words39)
                        earlier[1 if token39 else 2] if len(earlier) > 2 - token39 else ""))
                ) and (token39 or (len(earlier) > 1 and earlier[0] == prev and (
                    counted_thing_place(prev, earlier[1], self._is_measure)))):
            thing38 = noun_sense_first(  # 一个 + 伤 "injury", not "to injure" (words38)
                _sense_list(curated, chosen) or [], shorten)
            if thing38 is not None:
                return Gloss(thing38, full, "context")
        if not conditional and chosen is not None and len(word) == 1 and (rest or earlier):
            senses38 = [*(curated.split("; ") if curated else ()),
                        *self._reading_senses(word, chosen)]
            named38 = object_class_note_first(  # 踢 + 足球 "to play (e.g. soccer)" (words38)
                senses38, object_words(rest, self.short, self._noun_like) if rest else [],
                self.short, load_noun_classes(), shorten)
            if named38 is None:  # the object before the verb: 把 + 孩子 + 养大 (collo19)
                kind, before = self._governed(word, rest, earlier)
                if kind in BEFORE_READERS and kind != "topic":  # a topic: collo18's rule only
                    named38 = object_class_note_first(senses38, before, self.short,
                                                      load_noun_classes(), shorten)
            if named38 is not None:
                return Gloss(named38, full, "context")
        if not conditional and chosen is not None and len(word) == 1 and (rest or earlier) and (
                chosen.syllables) and not completes_a_verb(word, prev, self.short):
            kind, governed = self._governed(word, rest, earlier)  # 把 + 花 + 浇好了 (collo19)
            # 打篮球 + 打得很好: 打's 篮球 line (collo21); not for a topic, nor where the verb
            # moves its fronted object (把孩子 + 带到公园: "to take", not "to look after")
            line21 = object_line_gloss(
                self._object_lines(word, chosen.syllables), governed[-1]) if (
                governed and line_may_speak(kind, rest)) else None
            if line21 is not None and line21 != curated:
                return Gloss(line21, full, "context")
            # no object, no collocation: the verb's words and senses are read only for one
            collo18 = collocation_first(  # 打 + 了一个 + 电话 "to make", 中 + 病毒 (collo18)
                word, chosen.syllables[0],
                sense_items([*(curated.split("; ") if curated else ()),
                             *self._reading_senses(word, chosen)]),
                curated or self._dictionary_short(chosen)[0],
                objects=governed, compounds=verb_compounds(self.corpus, word),
                in_class=class_test(load_noun_classes().values()), shorten=shorten,
                # a topic may be the doer of an intransitive verb (天气 + 变冷了): only the
                # word of the verb and the topic itself speaks (collo20)
                same_word_only=kind == "topic",
                # a thing's head speaks too (开 + 中药: 开药), not a place's (去 + 中国: 去国)
                head_words=self._plain_thing(governed[-1]),
            ) if governed else None
            if collo18 is not None:
                return Gloss(collo18, full, "context")
        if doubled and not conditional:
            whole21 = doubled_verb_gloss(word, doubled, self._own_short)
            if whole21 is not None:  # 散 + 散步 "to have a stroll", 跳 + 跳舞 "to dance"
                return Gloss(whole21, full or (whole21,), "context")
        if curated is not None:
            return Gloss(curated, full or (curated,), "context" if conditional else "curated")
        if chosen is None:
            return self._composed(word, syls)
        if (rest or earlier) and self._named_later(word):
            named42 = neighbour_sense_first(  # 厨余垃圾 … 桶 "(trash) can" (words42)
                self._reading_senses(word, chosen), [self._two_senses(w) for w in (
                    *[w for w in earlier if w not in (CLAUSE_BREAK, LIST_MARK)], *rest)
                    if w != word and not is_person(w) and self._noun_like(w)], shorten)
            if named42 is not None:
                return Gloss(named42, full, "context")
        if len(word) > 1 and (rest or earlier):
            placed = self._adv27_placed(word, chosen, rest, earlier, following)
            if placed is None and rest and self._adverbial_place(prev, rest) and (
                    not chosen.counted):
                placed = for_a_time_first(_useful_senses(chosen),
                                          shorten)  # 我一时想不起来 "for a short while"
            if placed is not None:  # 电脑系统 … 升级 "(computing) to upgrade" (words27)
                return Gloss(placed, full, "context")
            noted41 = self._noted_before(word, chosen, earlier) if earlier else None
            if noted41 is not None:  # 签证 … 到期 "to expire (visa etc)" (words41)
                return Gloss(noted41, full, "context")
            figurative42 = figurative_said_of(  # 他是个夜猫子 "night owl" (words42)
                _useful_senses(chosen), _same_clause(earlier), rest,
                _FINAL_PARTICLES, shorten) if not (  # 他是小学生: literal, a person
                    is_person(word) or is_person(word[-2:])) else None
            if figurative42 is not None:
                return Gloss(figurative42, full, "context")
        short, source = self._dictionary_short(chosen)
        return Gloss(short, full, source)

    def _adv27_placed(self, word: str, chosen: _Row, rest: tuple[str, ...],
                      earlier: tuple[str, ...], following: tuple[str, ...]) -> str | None:
        """The gloss of a word with no curated line whose sentence picks one of its
        entry's later senses (:mod:`.glosses_beyond_hsk5`): a field's sense where a noun of that
        field's class stands in the clause (电脑系统 … 升级, 公交线路), the
        "simultaneously" sense of a word said twice (一面 … 一面); None elsewhere."""
        senses = _useful_senses(chosen)
        if len(senses) < 2:
            return None
        classes = load_noun_classes()

        def in_class(w: str, name: str) -> bool:
            found = classes.get(name)
            return found is not None and found.has(w)

        clause = (*_same_clause(earlier), *rest)
        return field_sense_first(senses, clause, in_class, shorten) or correlative_first(
            word, senses, rest=rest, earlier=earlier, following=following, shorten=shorten
        ) or self._adv27_object_named(word, chosen, rest)

    def _governed(self, word: str, rest: tuple[str, ...],
                  earlier: tuple[str, ...]) -> tuple[str, list[str]]:
        """The construction and the words of the object of the one-character verb ``word``
        (:func:`.glosses_collocation_objects.governed_object`): after it, past a complement
        or a modifier with 的, after 把, before 被 or 是 … 的, or named before with it."""
        key = (word, rest, earlier)
        last = self._last_governed
        if last is not None and last[0] == key:
            return last[1]  # words38's note rule and collo18's rule ask for the same token
        # the verb's dictionary words only matter when one stands earlier (停车，请 + 停):
        # read them only then (speed20: no object, no look-up)
        named = any(len(w) > 1 and w[0] == word for w in earlier)
        found = governed_object(
            word, rest, earlier,
            compounds=[c.simplified for c in verb_compounds(self.corpus, word)] if named else (),
            tests=self._word_tests())
        self._last_governed = (key, found)
        return found

    def _object_lines(self, word: str,
                      syls: tuple[str, ...]) -> list[tuple[frozenset[str], str]]:
        """The options and glosses of ``word``'s curated lines of one ``object:`` or
        ``before:`` condition in the reading ``syls``, in the table's order (collo21: 坐's
        ``before:飞机|火车|…`` line names its objects too; a noun never matches its other
        options, 了, 进来, 一下)."""
        found = []
        for line in self.curated.get(word, ()):
            if "&" in line.when or not line.when.startswith(("object:", "before:")) or (
                    line.syllables is not None and not weakens_to(syls, line.syllables)):
                continue
            found.append((_parsed_condition(line.when)[1], line.gloss))
        return found

    def _plain_thing(self, word: str) -> bool:
        """Whether ``word`` names a thing: no place, person or time (collo21: the verb's
        word with its head may speak for it, 开 + 中药: 开药)."""
        return not (self._is_place(word) or is_person(word) or self._is_time(word))

    def _word_tests(self) -> WordTests:
        """The word tests :func:`.glosses_collocation_objects.governed_object` reads."""
        found = self._tests19
        if found is None:
            found = self._tests19 = WordTests(
                gloss_of=self.short, noun_like=self._noun_like, is_number=is_number,
                is_person=is_person, is_place=self._is_place, is_time=self._is_time,
                is_word=self._dictionary_word)
        return found

    def _dictionary_word(self, word: str) -> bool:
        """Whether CC-CEDICT has ``word`` as a common word of its own (一起, 一把), not a
        name only (words39)."""
        return any(r.simplified == word and not r.proper for r in self.rows(word))

    def _measure_stand_in(self, word: str) -> str | None:
        """A noun of the class a measure word's classifier note names (件: a garment of
        the class clothes), to stand for the noun the measure word counts; None elsewhere
        (words38)."""
        if len(word) != 1 or not self._is_measure(word):
            return None
        classes = load_noun_classes()
        name = class_named_by_measure(
            (s for r in self.rows(word) if r.simplified == word and not r.proper
             for s in r.senses), classes)
        if name is None or not classes[name].words:
            return None
        return min(classes[name].words, key=lambda w: (len(w), w))

    def _reading_senses(self, word: str, chosen: _Row) -> list[str]:
        """The useful senses, cleaned, of every common entry of ``word`` in the reading of
        ``chosen``, in order."""
        return [_clean(x) for r in self.rows(word) if r.simplified == word
                and not r.proper and r.syllables == chosen.syllables
                for x in r.senses if _useful(x)]

    def _adv27_object_named(self, word: str, chosen: _Row, rest: tuple[str, ...]) -> str | None:
        """A verb's later sense whose note names the kind of a noun after it in its clause
        leads (:func:`.glosses_beyond_hsk5.object_note_first`: 编制 + 一份复习计划 "to put
        together (a lesson plan, budget etc)"); the senses of every entry of the word's
        reading are read, in order; the nouns are the words after it in its clause whose
        gloss leads with no verb or note (复习 + 计划, 明年的 + 预算)."""
        if all(w in _FINAL_PARTICLES for w in rest):
            return None
        nouns = [w for w in rest[:6] if w != word and len(w) > 1 and self._noted_noun(w)]
        if not nouns:
            return None
        return object_note_first(self._reading_senses(word, chosen), "; ".join(
            self._two_senses(w) for w in nouns), shorten)

    def _noted_noun(self, w: str) -> bool:
        """Whether ``w`` may be the noun a verb's sense note names: no person, and a noun
        or a word whose gloss leads with no verb or note."""
        return not is_person(w) and (
            self._noun_like(w) or not self.short(w).startswith(("to ", "(")))

    def _reading_senses(self, word: str, chosen: _Row) -> list[str]:
        """The useful senses of every common entry of ``word`` read as ``chosen``, in order."""
        return [_clean(x) for r in self.rows(word) if r.simplified == word
                and not r.proper and r.syllables == chosen.syllables
                for x in r.senses if _useful(x)]

    def _two_senses(self, w: str) -> str:
        """The first two senses of ``w``'s short gloss, as a sense note is matched on."""
        return ";".join(self.short(w).split(";")[:2])

    def _noted_before(self, word: str, chosen: _Row, earlier: tuple[str, ...]) -> str | None:
        """A verb's later sense whose note names a noun before it in its clause leads
        (:mod:`.glosses_noted_before`: 我的签证 … 就 + 到期了 "to expire (visa etc)", 这个问题
        + 他一直在 + 回避 "to evade (an issue)"); the senses are read as
        :meth:`_adv27_object_named` reads them, the nouns as it reads those after the verb."""
        senses = self._reading_senses(word, chosen)
        nouns = nouns_before(_same_clause(earlier), word, self._noted_noun)
        found = noted_before_first(senses, [self._two_senses(w) for w in nouns], shorten)
        if found is None:  # 身份证丢了，得去 + 补办: the topic of the clause before (words42)
            nouns = nouns_before(clause_before(earlier, CLAUSE_BREAK), word, self._noted_noun)
            found = noted_before_first(senses, [self._two_senses(w) for w in nouns], shorten)
        return found

    def _split_object_first(self, word: str, curated: str | None, chosen: _Row,
                            earlier: tuple[str, ...]) -> str | None:
        """The gloss of the object of a split verb and object (生 + 我的 + 气: 生气 "to get
        angry"; 睡 + 了 + 一 + 觉): where a one-character verb a few words back in the clause
        makes a dictionary word with ``word``, the sense of ``word`` that the whole word's
        first senses name leads (气 "to make angry; to annoy; to get angry", not "gas").
        None where no such verb stands there, or the whole names none of its senses or its
        first already."""
        verb = self._split_verb(word, _same_clause(earlier))
        if verb is None:
            return None
        whole = self._whole_sense_words(verb + word, None) | self._whole_sense_words(
            verb + word, None, verbs=True)
        shown = curated if curated is not None else self._dictionary_short(chosen)[0]
        first = shown.split(";", 1)[0]
        if not whole or part_sense_words(_BRACKETED_NOTE.sub(" ", first)) & whole:
            return None
        for sense in (_clean(x) for x in chosen.senses if _useful(x)):
            if _PART_HANZI.search(sense) or len(
                    _BRACKETED_NOTE.sub(" ", sense).split()) > _PART_SENSE_WORDS:
                continue  # an explanation (字 "courtesy or style name …" of 签个字)
            if part_sense_words(_BRACKETED_NOTE.sub(" ", sense)) & whole:
                rest = [x.strip() for x in shown.split(";") if x.strip() not in ("", "…")]
                return shorten([sense, *[x for x in rest if x not in sense][:2]])
        return None

    def _split_verb(self, word: str, clause: tuple[str, ...]) -> str | None:
        """The one-character verb that ``word`` is the split object of, reading back from
        it past 了/一/个, a number or a measure word and 好 (睡 + 了 + 一 + 个 + 好 + 觉), or a
        person + 的 (生 + 我 + 的 + 气); None elsewhere (说 + 的 + 话 "the words said", 有 +
        一个 + 病: 有 makes idioms, not a split verb)."""
        owned = False
        for k, w in enumerate(clause[:6]):
            if w == "的":
                if k or len(clause) < 2 or not is_person(clause[1]):
                    return None
                owned = True
                continue
            if owned and k == 1:
                continue  # the person of 我的
            if w in _SPLIT_WORD_MARKS or w == "好" or is_number(w) or self._is_measure(w):
                continue
            if len(w) == 1 and w not in _SPLIT_NOT_VERBS and self._forms_word(w, word) and (
                    self._is_verb(w)):
                return w
            return None
        return None

    def _echoed(self, word: str, rest: tuple[str, ...], prev: str = "",
                earlier: tuple[str, ...] = ()) -> Gloss | None:
        """A verb said twice, "V了V" or "V一V": where the second is the first of a verb and
        its object (点了点头, 摇了摇头), the verb has that word's sense ("to nod"); where it
        is the word again (比一比), its verb senses lead ("to compare", not "than"); None
        elsewhere."""
        if len(word) != 1:
            return None
        second = prev in ("了", "一") and earlier[1:2] == (word,)  # the second 比 of 比一比
        if not second and (len(rest) < 2 or rest[0] not in ("了", "一")):
            return None
        whole = word if second else rest[1]
        if whole == word:  # 比一比, 试了试: the verb's senses first
            # unless its object chooses one (照了照 + 镜子 "to look at (one's reflection)")
            after = rest if second else rest[2:]
            chosen_here, conditional = self._curated(word, self._default_reading(word), "",
                                                     tuple(after), earlier)
            if conditional and after:
                return Gloss(chosen_here, (chosen_here,), "context")
            curated = self._curated(word, self._default_reading(word), "", ())[0]
            chosen = self._pick(word, self.rows(word), None)
            senses = _sense_list(curated, chosen)
            if senses is None:
                return None
            verbs = [x for x in senses if x.startswith("to ")]
            if not verbs or senses[0].startswith("to "):
                return None
            short = shorten(verbs[:2] + [x for x in senses if x not in verbs][:1])
            return Gloss(short, tuple(senses), "context")
        if len(whole) < 2 or whole[0] != word:
            return None
        found = self.gloss(whole)
        if not found.short.startswith("to "):
            return None
        return Gloss(found.short, found.full, "context")

    def _done_once(self, rest: tuple[str, ...]) -> bool:
        """Whether 一下 at the start of ``rest`` says a verb is done once (包 + 一下 + 吧, 亮 +
        一下 + 你的证件), not "all at once" before a predicate (车 + 一下 + 就 + 开走了)."""
        after = rest[1] if len(rest) > 1 else ""
        return not after or after in _FINAL_PARTICLES or not (
            after in VERB_ADVERBS or after in _BEFORE_VERBS or after in DEGREE
            or self._is_verb(after))

    def _adverb_place(self, prev: str, rest: tuple[str, ...]) -> bool:
        """Whether the word stands where an adverb stands: before its clause's predicate (a
        verb, an adverb, a number or a time: 我 + 平常 + 七点 + 起床), not after a degree
        word, 的 or 是, nor after a word joining nouns (人和自然 + 应该), and not before 的
        (平常的日子)."""
        nxt = rest[0] if rest else ""
        if not _may_start_predicate(prev, nxt) or prev in _NOUN_JOINING_WORDS:
            return False
        return (nxt in VERB_ADVERBS or nxt in DEGREE or nxt in _PREDICATE_ADVERBS
                or _number_prefix(nxt) > 0 or nxt in _TIME_WORDS or self._is_verb(nxt))

    def _adverbial_place(self, prev: str, rest: tuple[str, ...]) -> bool:
        """Whether an adjective stands as the adverbial of the predicate after it: before 地
        and a word (认真地学习, 非常认真地听), or, after no degree word, 的, 是, 不, 有 nor a
        measure word, before a verb, a negation, a modal or a preposition (突然下雨了, 一致同意,
        坚决不去); not as the predicate (他很认真。, 安静下来) nor before 的 (认真的学生), nor
        after a word joining nouns (人和自然 + 应该: a noun)."""
        nxt = rest[0] if rest else ""
        if nxt == "地":
            return len(rest) > 1 and rest[1] not in _NOT_PREDICATE
        if not _may_start_predicate(prev, nxt) or self._noun_place(prev) or (
                prev in _ADVERBIAL_NOT_AFTER) or prev in _NOUN_JOINING_WORDS:
            return False
        if nxt in _ADVERBIAL_CHANGE:  # 安静下来: the adjective is what one becomes
            return False
        return nxt in _ADVERBIAL_NEXT_WORDS or self._is_verb(nxt)

    def _adverbial_first(self, curated: str | None, chosen: _Row,
                         *, with_de: bool) -> str | None:
        """The gloss of an adjective in the adverbial place: the entry's adverb sense
        ("thoroughly", "in detail") or the -ly adverb of its first adjective sense
        (:func:`~chinese_teach.core.corpus.adverbs.ly_adverb`: 突然 "suddenly; sudden"),
        then its senses. Without 地 the entry must lead with an adjective (not 决定 "to
        decide … certainly"); a noun the dictionary counts, or an entry that leads with its
        adverb already (慢慢 "slowly"), keeps its gloss (None). Before 地 the gloss is
        found for more words than without it: a word with none there has none anywhere."""
        key = (curated, chosen.raw, chosen.senses, with_de)
        if key not in self._adverbials:
            if len(self._adverbials) > 50_000:
                self._adverbials.clear()
            self._adverbials[key] = self._adverbial_gloss(curated, chosen, with_de=with_de)
        return self._adverbials[key]

    def _adverbial_gloss(self, curated: str | None, chosen: _Row,
                         *, with_de: bool) -> str | None:
        """:meth:`_adverbial_first`, not cached."""
        senses = [_ADVERBIAL_NOTE.sub("", x).strip() for sense in _sense_list(curated, chosen)
                  or () for x in sense.split(";")]
        senses = [x for x in senses if x]
        if not senses:
            return None
        attested = self._attested_adverbs()

        def adverb(sense: str) -> bool:
            return bool(_ADVERB_SENSE.match(sense)) and sense not in _NOT_ADVERBS and (
                sense not in LY_ADJECTIVES)

        leads = is_adjective_sense(senses[0], attested) or senses[0] in LY_ADJECTIVES
        if adverb(senses[0]) or is_phrase_adverb(senses[0]) or not (with_de or leads) or (
                chosen.counted and not leads):  # a noun the dictionary counts
            return None
        adjective = next((x for x in senses if is_adjective_sense(x, attested)), None)
        lead = next((x for x in senses if adverb(x)), None) or (
            ly_adverb(adjective) if adjective is not None else None) or next(
            (x for x in senses if is_phrase_adverb(x)), None)
        if lead is None:
            return None
        then = [adjective] if adjective is not None and adjective != lead else []
        return shorten([lead, *then] + [x for x in senses if x not in (lead, adjective)])

    def _attested_adverbs(self) -> frozenset[str]:
        """The English -ly words of the dictionary's senses ("strictly", "quietly")."""
        found = self._adverbs_seen
        if found is None:
            words: set[str] = set()
            for (senses,) in self.corpus.query(
                    "SELECT definitions FROM entries WHERE instr(definitions, 'ly') > 0"):
                words.update(_ADVERBIAL_ATTESTED.findall(senses))
            found = self._adverbs_seen = frozenset(words)
        return found

    @staticmethod
    def _adverb_first(chosen: _Row) -> str | None:
        """The gloss of a word that is an adjective and its adverb in one entry (平常
        "ordinary; common; usually; ordinarily": ordinary / ordinarily; 通常 usual /
        usually), adverbs first; None for another word (立刻 "forthwith; immediate; prompt;
        promptly" does not lead with the adjective of its adverb) or one that leads with its
        adverb already."""
        senses = _useful_senses(chosen)
        derived: set[str] = set()
        for x in senses[:2]:  # the entry leads with the adjective (not 立刻 "forthwith")
            if x.isalpha() and x.islower() and not x.endswith("ly"):
                # usual -> usually, ordinary -> ordinarily, simple -> simply
                derived.add(x[:-1] + "ily" if x.endswith("y") else
                            x[:-1] + "y" if x.endswith("le") else x + "ly")
        adverbs = [x for x in senses if _ADVERB_SENSE.match(x) and x not in _NOT_ADVERBS]
        if not derived.intersection(adverbs) or senses[0] in adverbs:
            return None
        return shorten(adverbs[:2] + [x for x in senses if x not in adverbs][:1])

    def _noun_place(self, prev: str) -> bool:
        """Whether the word after ``prev`` stands where a noun stands: after 的, a measure
        word (with its number or demonstrative: 一张, 这次), 这个 or 别的 (他的回答, 一张画,
        别的选择)."""
        if not prev or prev in _ONE_ADVERBS:
            return False
        if prev == "的" or prev in _THIS_ONE or prev in _OTHER_DETERMINERS:
            return True
        unit = prev[_number_prefix(prev):] if _number_prefix(prev) < len(prev) else ""
        if not unit and not _number_prefix(prev):
            unit = prev
        if prev[:1] in "这那每哪" and len(prev) == 2:
            unit = prev[1]
        return bool(unit) and not unit.startswith(_COST_UNITS) and (
            unit == "个" or self._is_measure(unit))

    def _noun_first(self, curated: str | None, chosen: _Row | None, *,
                    strict: bool = False, head: bool = False) -> str | None:
        """The gloss of a word that is a verb and a noun, noun senses first (翻译
        "translator", 回答 "reply"), for a word of two characters or more in a noun's place
        (a lone character's other senses are too many: 走 "through"); None for a word
        whose gloss does not lead with a verb or that has no noun sense.

        ``strict`` (a place where a verb may stand too: 给 + 提示 ending its clause, 当 +
        编辑): None when
        the first sense that is no verb may be no noun either (:func:`_not_a_noun`: 补充
        "additional", 负责 "conscientious", 答复 "Reply to:"), so the entry's order stands.
        ``head``: the word ends its noun's phrase (一个进口，…), so its noun senses lead
        before its adjective ones (:func:`.glosses_place_and_notes.nouns_before_adjectives`)."""
        senses = _sense_list(curated, chosen)
        if senses is None:
            return None
        if not senses or not senses[0].startswith(("to ", "(intransitive) to ")):
            return None
        nouns = [x for x in senses if x[:1].isalpha() and not x.startswith("to ")
                 and not x.endswith("ly")]  # 决定 "decision", not "certainly"
        if strict and nouns and _not_a_noun(nouns[0]):
            return None
        if head and not strict:
            nouns = nouns_before_adjectives(nouns)  # 一个进口 "entrance", not "imported"
        if not nouns:
            return None
        verbs = [x for x in senses if x.startswith(("to ", "(intransitive) to "))]
        return shorten(nouns[:2] + verbs[:1])

    def _verb_first(self, curated: str | None, chosen: _Row | None, *,
                    strict: bool = False, marked: bool = False) -> str | None:
        """The gloss of a noun that is also a verb, verb senses first (习惯 "to be used to",
        not "habit"; 休息 "to rest"), for a word in a verb's place (after 不, 也, 已经 …).

        A noun is a word the dictionary names a measure word for, or (unless ``strict``:
        after 不 or a degree word, which also stand before adjectives) whose first sense
        is a noun of the same stem as a verb sense (休息 "rest; to rest", 帮助 "assistance;
        to assist"). None for another word (方便 "convenient" stays an adjective after
        不), one whose gloss leads with a verb already, or one with no verb sense.

        ``marked``: the word carries a verb's aspect particle (指着, 指过), so it is a
        verb whatever its other senses: its verb senses lead (指 "to point at", not
        "finger")."""
        if chosen is None:
            return None
        senses = (_curated_senses(curated) if curated is not None
                  else _verb_parts(chosen.senses))
        if not senses or senses[0].startswith(("to ", "(intransitive) to ")):
            return None
        verbs = [x for x in senses if x.startswith(("to ", "(intransitive) to "))]
        if not verbs:
            return None
        if not marked and not chosen.counted and (strict or not _same_stem(senses[0], verbs)):
            return None
        return shorten(verbs[:2] + [x for x in senses if x not in verbs][:1])

    def kept_gloss(self, word: str, syllables: tuple[str, ...] | list[str] | None,
                   prev: str = "", rest: tuple[str, ...] = (),
                   earlier: tuple[str, ...] = (), *, question: bool | None = None,
                   following: tuple[str, ...] = ()) -> Gloss:
        """:meth:`gloss` of a word (not a name) between ``prev`` and ``rest``, kept for the
        next ask: every build of a reader asks again for the words its sentences may
        decide (a word after a number, 离 …, 先 … 再), and a text repeats its sentences."""
        key = (word, tuple(syllables) if syllables else None, prev, rest, earlier, question,
               following)
        found = self._in_context.get(key)
        if found is None:
            found = self.gloss(word, syllables, prev=prev, rest=rest, earlier=earlier,
                               question=question, following=following)
            with self._lock:
                if len(self._in_context) > 50_000:
                    self._in_context.clear()
                self._in_context[key] = found
        return found

    def short(self, word: str, syllables: tuple[str, ...] | list[str] | None = None) -> str:
        """Only the learner gloss (``""`` if the word has none), kept for the next ask."""
        key = (word, tuple(syllables) if syllables else None)
        found = self._short.get(key)
        if found is None:
            found = self._short_gloss(word, syllables)
            if len(self._short) > 50_000:
                self._short.clear()
            self._short[key] = found
        return found

    def _short_gloss(self, word: str, syllables: tuple[str, ...] | list[str] | None) -> str:
        """``self.gloss(word, syllables).short``, cleaning only the senses it prints: a
        reader asks for the short gloss of each of its words, and CC-CEDICT entries of
        common words hold a dozen senses or more."""
        syls = (tuple(s.lower() for s in syllables) if syllables
                else self.lone_reading(word))
        curated, _conditional = self._curated(word, syls, "", ())
        if curated is not None:
            return curated
        township = place_only_parts(self, word, syls) if len(word) > 1 else None
        if township is not None:
            return township.short  # 大树 "大 big + 树 tree", as gloss() gives it (words33)
        chosen = self._pick(word, self.rows(word), syls)
        if chosen is None:
            return self._composed(word, syls).short
        return self._dictionary_short(chosen)[0]

    def _dictionary_short(self, chosen: _Row) -> tuple[str, str]:
        """The short gloss of a chosen entry and where it came from ("dictionary", or
        "reference" when the entry only points to another): its useful senses, else the
        senses of the entry it points to, else all of its own. The one dictionary path of
        :meth:`gloss` and :meth:`short`."""
        # shorten() prints one or two senses and says "…" if there are more: the first
        # three useful senses decide it, so only the two it prints are cleaned
        senses = chosen.senses
        if senses and (_LITERAL.match(senses[0]) or _ORIGINAL.search(senses[0])):
            senses = tuple(figurative_first(senses))  # 规矩 "rule", not "compass and set square"
        senses = tuple(remote_field_last(senses) or senses)  # 巨星 "superstar", not "(astronomy)"
        useful: list[str] = []
        for sense in senses:
            if _useful(sense):
                useful.append(sense)
                if len(useful) == 3:
                    break
        if useful:
            return shorten([_clean(s) for s in useful[:2]] + useful[2:]), "dictionary"
        followed = self._follow(chosen, depth=0)
        if followed:
            return shorten(followed), "reference"
        return shorten([_clean(s) for s in senses]), "dictionary"

    def _curated(
        self, word: str, syls: tuple[str, ...] | None, prev: str, rest: tuple[str, ...],
        earlier: tuple[str, ...] = (), *, question: bool | None = None,
        following: tuple[str, ...] = (),
    ) -> tuple[str | None, bool]:
        """The curated gloss for ``word`` here, and whether a line's condition chose it
        (not only the word's default line).

        A word with no other word around it (a typed word list, a deck card from one, a
        reader's glossary or pop-up where the text's sentence chooses nothing, ``annotate``
        of the word by itself) has no sentence to choose a sense: only its default line
        ("*") is read, never a line's condition, even one that holds on an empty context
        (``end``, ``start``, ``not-before-verb``: 让 alone is "to let", not "to give way")."""
        lines = self.curated.get(word)
        if not lines:
            return None, False
        if syls is None:
            syls = self._default_reading(word)
        alone = not (prev or rest or earlier or following)
        fallback = None
        read: list[Curated] = []
        for line in lines:
            if line.syllables is not None and syls is not None and not weakens_to(
                    syls, line.syllables):
                continue
            if line.when == "*":
                if fallback is None:
                    fallback = line.gloss
                continue
            read.append(line)
            if not alone and self._when(line.when, prev, rest, earlier, question,
                                        following=following) and (
                    _APART not in line.when or not self._forms_word(prev, word)):
                return line.gloss, True
        # A "before:" option the cut split (背 + 单 / 词) is read only when no line holds
        # of the words as cut: 背 + 单词's object line ("to learn by heart") is not
        # outranked by an earlier line reached across the split (review14).
        for line in read:
            joined = _reach21_joined(line.when, rest)
            if joined and not alone and not self._forms_word(prev, word) and self._when(
                    line.when, prev, joined, earlier, question, following=following) and (
                    _APART not in line.when):
                return line.gloss, True
        return fallback, False

    def _own_short(self, word: str) -> str | None:
        """The gloss of ``word`` alone (a word list's) where the dictionary has it as a
        common word, else None (table21: the doubled verb's whole, 散散步)."""
        if not self.has_common_entry(word):
            return None
        return self.gloss(word).short

    def _forms_word(self, prev: str, word: str) -> bool:
        """Whether ``prev`` + ``word`` is a dictionary word of its own (有 + 时: 有时
        "sometimes"), so that ``word`` is a piece of it, not a word after ``prev``."""
        return bool(prev) and any(r.simplified == prev + word and not r.proper
                                  for r in self.rows(prev + word))

    def _measure_first(self, row: _Row, curated: str | None) -> str | None:
        """The gloss of a word counted by a number or a demonstrative (一双, 这台) that
        leads with its measure-word sense, or None when the gloss it would show already
        does (个, 本) or gives the unit itself (岁 "year (of age)") or the entry has no
        measure-word sense."""
        measures = [_clean(s) for s in row.senses if s.startswith(_MEASURE_SENSES)]
        if not measures:
            return None
        useful = [_clean(s) for s in row.senses if _useful(s)]
        shown = curated if curated is not None else shorten(useful)
        first = shown.split(";", 1)[0]
        if "measure word" in first or _content_words(first) & _content_words(
                " ".join(measures)):
            return None
        others = [x.strip() for x in shown.split(";") if x.strip() and x.strip() != "…"
                  and "measure word" not in x]
        # the curated table's own measure-word sense, written for learners, leads when it
        # has one (四节课: "measure word for class periods", not CC-CEDICT's long list)
        own = [x.strip() for x in shown.split(";") if "measure word" in x]
        return shorten([own[0] if own else measures[0], *others[:1]])

    def _when(self, when: str, prev: str, rest: tuple[str, ...] | str,
              earlier: tuple[str, ...] = (), question: bool | None = None, *,
              following: tuple[str, ...] = ()) -> bool:
        """Whether a curated line's condition holds here (every part of an "&" list)."""
        return all(self._condition(part, prev, rest, earlier, question, following=following)
                   for part in when.split("&"))

    def _condition(self, when: str, prev: str, rest: tuple[str, ...] | str,
                   earlier: tuple[str, ...], question: bool | None = None, *,
                   following: tuple[str, ...] = ()) -> bool:
        if isinstance(rest, str):
            rest = (rest,) if rest else ()
        nxt = rest[0] if rest else ""
        kind, options = _parsed_condition(when)
        if kind == _APART:
            return True  # read by _curated, which knows the word (_forms_word)
        if kind == "end":
            return not nxt
        if kind == _LEFT26_CLAUSE_END:
            # the clause ends after the word but for particles (邻居都有意见了)
            return all(w in _LEFT26_PARTICLES for w in rest)
        if kind == "after":
            return prev in options
        if kind == "before":
            return nxt in options or _passage25_past_degree(rest, options)
        if kind == "not-before":
            return bool(nxt) and nxt not in options
        if kind == "after-number":
            return _counts(prev) and not _passage25_weekday(prev, earlier)
        if kind == "after-ordinal":
            # 第 + a number before the word, also cut apart (第 / 五 / 名; table20)
            return after_ordinal(prev, earlier, is_number)
        if kind == "versus":
            # between two sides of one kind (我们班 + 对 + 三班; table20)
            return between_teams(prev, rest)
        if kind == "after-thing":
            # a noun that names no person right before (考试 + 说明; table20)
            return after_thing(prev, self._noun_like, is_person)
        if kind == "have-object":
            # the object of 有/没有 or of a verb of meeting a problem (谁有 + 困难; table21)
            return have_object(prev, rest)
        if kind == "modal-then-verb":
            # a modal, then a verb (才 + 能 + 看, the piece 才 of 才能 + 看; table21)
            return modal_then_verb(rest, self._is_verb)
        if kind == "before-calendar":
            # a word of the calendar next (本 + 周五, 本 + 月底; table21)
            return before_calendar(nxt)
        if kind == "before-measure":
            # a measure word or a unit next (十 + 来 + 个 + 人, 三 + 十 + 多 + 岁)
            return bool(nxt) and (nxt == "个" or nxt in _UNITS or nxt.startswith(_COST_UNITS)
                                  or self._is_measure(nxt))
        if kind == "before-person":
            # not where a number stands before the word, which is then a measure word (一 +
            # 对 + 老人 "a couple"; words21); 这 may be the subject (这 + 关 + 你 + 什么事)
            return not (is_number(prev) or prev == "几") and self._person_ahead(rest)
        if kind == "person-then":
            # the word after the person, or its first character (回家, 到家); a person
            # owned by a pronoun is read whole (跟 + 我 + 爸爸 + 都; words22)
            if len(rest) > 2 and nxt in _REACH22_OWNERS and is_person(rest[1]) and (
                    rest[1] not in _REACH22_OWNERS):
                rest = rest[1:]
            return is_person(nxt) and len(rest) > 1 and (
                rest[1] in options or rest[1][:1] in options)
        if kind == "person-then-verb":
            # past the time words and adverbs of the order (叫 + 我 + 明天 + 早点儿 + 来),
            # and past 着/了 before the person (带 + 着 + 我们 + 参观)
            if nxt in ("着", "了") and len(rest) > 1:
                rest = rest[1:]
                nxt = rest[0]
            later = list(rest[1:4])
            while later and later[0] in _WHEN_WORDS:
                later = later[1:]
            if is_person(nxt) and later and later[0] in _REACH21_APPOSITION:
                # past the person's apposition and adverbs (叫 + 我们 + 每个人 + 明天 + 都 +
                # 带; words21)
                later = list(rest[1:8])
                while later and (later[0] in _REACH21_APPOSITION or later[0] in _WHEN_WORDS
                                 or later[0] in VERB_ADVERBS):
                    later = later[1:]
            return is_person(nxt) and bool(later) and self._is_verb(later[0])
        if kind == "later":
            return any(w in options or w[:1] in options for w in rest[1:])
        if kind == "earlier":
            return any(w in options or w[-1:] in options for w in earlier)
        if kind == "not-later":
            return self._none_later(rest, options)
        if kind == "earlier-in-clause":
            clause = _same_clause(earlier)
            return any(w in options for w in clause) or self._clause24_chained(
                earlier, options)
        if kind == "after-degree":
            # before a degree complement as after a degree word: 麻烦得很 as 很麻烦 (words36)
            return prev in DEGREE or before_degree_complement(rest, _FINAL_PARTICLES)
        if kind == "before-degree":
            # a degree word next: the word is the subject of an adjective (他 + 在学校里 +
            # 表现 + 很 + 好 "performance"; words22), not a verb before its object
            return nxt in DEGREE
        if kind == "after-place":
            # a place name the dictionary knows (北京站), never a person's word (他站)
            return bool(prev) and not is_person(prev) and any(
                r.proper for r in self.rows(prev) if r.simplified == prev)
        if kind == "start":
            # first in its sentence (原来是你！), also after an opening quote (“成，…”)
            return all(w == CLAUSE_BREAK for w in earlier)
        if kind == "clause-start":
            # first in a clause after another one (他没复习，结果 …; 我不想去，再说 …)
            return bool(earlier) and earlier[0] == CLAUSE_BREAK
        if kind == "before-years":
            return any(w.endswith("岁") for w in rest[:2])  # 比我大三岁, 大 / 三 / 岁
        if kind == "after-amount":
            return bool(prev) and (self._amount(prev) or prev.startswith(_COST_UNITS)
                                   or prev in _UNITS or self._is_measure(prev)
                                   or unit_after_number(prev, earlier))  # 八百克 (words38)
        if kind == "echo":
            clause = _same_clause(earlier)
            if any(w in clause for w in rest[:2]):
                return True
            # a verb and its object again (喝茶 … 还是 … 喝 / 咖啡)
            nxt_first = rest[0][:1] if rest else ""
            return bool(nxt_first) and any(
                c[:1] == nxt_first and (len(c) > 1 or len(rest[0]) > 1) for c in clause)
        if kind == "before-amount":
            return self._amount_ahead(rest, cost=False)
        if kind == "before-cost":
            return self._amount_ahead(rest, cost=True)
        if kind == "before-duration":
            return self._amount_ahead(rest, cost=True, units=_DURATION_UNITS)
        if kind == "time-then-verb":
            # past the time words, a verb: what one means to do then (准备 + 明年 + 去)
            later = list(rest)
            while later:
                if self._is_time(later[0]):
                    later = later[1:]
                elif later[0] in "上下这每" and later[1:2] == ["个"] and later[2:3] and (
                        later[2] in ("月", "星期", "礼拜")):
                    later = later[3:]  # 下 / 个 / 月, cut apart
                else:
                    break
            return 0 < len(later) < len(rest) and later[0] not in _ASPECT and self._is_verb(
                later[0])
        if kind == "adverb-place":
            # before its clause's predicate (正好 + 要 + 去, 干吗 + 不 + 睡): a verb, an
            # adverb or auxiliary, a degree word; not after a degree word, 的 or 是
            if not _may_start_predicate(prev, nxt):
                return False
            return (nxt in VERB_ADVERBS or nxt in DEGREE or nxt in _PREDICATE_ADVERBS
                    or nxt in _BEFORE_VERBS or nxt in _INTENT_VERBS
                    or (nxt not in _ASPECT and self._is_verb(nxt)))
        if kind == "choice-later":
            # a choice later in the clause, an A不A (同不同意, 去不去) or 还是: 看 + 老师 + 同
            # 不同意 "to depend on"
            return _offers_choice(rest)
        if kind == "person-compared":
            # 比 + a person (+ 还) + the word, said of a person (我姐姐比我大 "older")
            return person_compared(prev, earlier, is_person, self._noun_like, CLAUSE_BREAK)
        if kind == "after-person-of":
            # after a person who follows X or Y (向 + 我 + 要, 跟 + 他 + 借)
            return is_person(prev) and earlier[:1] == (prev,) and (
                len(earlier) > 1 and earlier[1] in options)
        if kind == "person-then-amount":
            if nxt in _ASPECT:  # 找 + 了 + 我 + 两块钱
                rest = rest[1:]
                nxt = rest[0] if rest else ""
            # an amount of money or things, not of time or of times (找了你半天, 找了我三次
            # "to look for")
            # (一 / 个 / 上午 cut apart: a time word a little further on)
            return is_person(nxt) and self._amount_ahead(rest[1:], cost=False) and not any(
                w.endswith(_TIME_UNITS + _TIMES) for w in rest[1:3]) and not any(
                self._is_time(w) for w in rest[1:5])
        if kind == "object":
            # a one-character option of the line itself also matches a word starting with
            # it (开 + 空调 by 空); a class's words match whole (牛肉 is no 牛 of @animals)
            return any(obj in options or frozenset.__contains__(options, obj[:1])
                       for obj in self._objects(rest, earlier, prev)) or (
                self._fronted_object(rest, earlier, options))
        if kind == "topic":
            return self._topic(rest, earlier, options)
        if kind == "subject":
            # said of its subject where it is the predicate (这个歌手特别红, 工厂每年出很多
            # 汽车), not before a noun (一件红衣服) or 着 (红着脸), nor after a measure word
            # a degree word that is also a measure word (挺, "classifier for machine guns")
            # is the degree word here (吃起来挺香的; words24)
            return nxt != "着" and not (nxt and self._noun_like(nxt)) and not _counts(prev) and (
                prev != "的" and (prev in DEGREE or not self._is_measure(prev))) and (
                self._subject(earlier, options))
        if kind == "after-doubled":
            if len(prev) == 1:  # 听 / 听 / 看, 试 / 一 / 试 / 看: cut apart
                return len(earlier) > 1 and earlier[0] == prev and (
                    earlier[1] == prev or (earlier[1:3] == ("一", prev)))
            return len(prev) > 1 and (prev.endswith("一下") or prev[0] == prev[1] or (
                len(prev) == 3 and prev[1] == "一" and prev[0] == prev[2]))
        if kind == "after-count":
            if prev and _number_prefix(prev) and len(prev) > _number_prefix(prev):
                return self._amount(prev)  # 三年, 十块
            unit = prev in _UNITS or prev.startswith(_COST_UNITS) or (
                bool(prev) and self._is_measure(prev))
            return (unit and len(earlier) > 1 and earlier[0] == prev and _counts(earlier[1])) or (
                bool(earlier) and earlier[0] == prev and counted_about(  # 四个多小时 (words39)
                    earlier, self._is_measure))
        if kind == _FOLLOWING:
            # X or Y later in the sentence, across commas (既 … ，又 …; 除了 … ，… 都)
            return any(w in options or w[:1] in options for w in following)
        if kind == "noun-place":
            # after 的, a measure word, or a vague amount (很多 + 困难, 很 / 多 + 困难)
            return self._noun_place(prev) or prev in _SOME or (
                prev == "多" and earlier[1:2] == ("很",))
        if kind == "before-this":
            return self._this_ahead(rest)
        if kind == "question":
            return question is True
        if kind == "not-question":
            return question is False
        if kind == "after-verb":
            return bool(prev) and self._is_verb(prev)
        if kind == "not-after-verb":
            # after a word that is no verb, with more of the clause to come (天 + 一下 +
            # 黑了: "all at once"; 等 + 一下, 笑 + 了 + 一下 are a verb's "a bit")
            return (bool(prev) and bool(nxt) and prev not in _ASPECT and prev != "的"
                    and not self._is_verb(prev) and not self._verb_in_a_reading(prev))
        if kind == "before-negated":
            # a negation next, or a word the cut joined with it (并 + 不难; words39)
            return negated_next(nxt)
        if kind == "before-end":
            # X next and nothing after it in the clause but a particle (还 + 可以 ，…)
            return nxt in options and all(w in _FINAL_PARTICLES for w in rest[1:])
        if kind == "verb-place":
            # after an adverb or an auxiliary that stands before verbs (先 + 过去), or a
            # word that asks how or says together or mainly (怎么 + 分, 主要 + 出口; words40)
            return (prev in VERB_ADVERBS or prev in _INTENT_VERBS or prev in _BEFORE_VERBS
                    or prev in VERB_LEADERS)
        if kind == "passive":
            return self._passive(rest, earlier)
        if kind == "thing-then-verb":
            return self._thing_then_verb(rest)
        if kind == "before-object":
            return self._object_next(prev, nxt)
        if kind == "place-then-verb":
            # a place, then a verb: where one goes to do something (到 + 上海 + 出差)
            return len(rest) > 1 and self._is_place(rest[0]) and self._is_verb(rest[1])
        if kind == "in-sentence":
            # other words stand around it: not a word typed alone (a list's 让, 几)
            return bool(earlier) or bool(rest) or bool(following)
        if kind == "last-clause":
            return self._in_last_clause(rest, following)
        if kind == "more-after":
            # more of the sentence follows past the clause (那么 + ， + …), not a word alone
            return bool(following)
        if kind == "after-some":
            # after a vague amount, also kept with its verb (吃点儿 + 什么, 买 + 一些 + 什么)
            return prev in _SOME or (len(prev) > 2 and prev.endswith(("点儿", "些"))
                                     and prev[0] not in "这那哪")
        if kind in ("before-verb", "not-before-verb"):
            # an aspect particle is no verb, though 过 is also "to cross" (想过 "to think")
            verbal = bool(nxt) and nxt not in _ASPECT and self._is_verb(nxt)
            return verbal if kind == "before-verb" else not verbal
        if kind == _CLAUSE24_SENTENCE:
            return _clause24_in_sentence(rest, earlier, following, options)
        raise ValueError(f"Unknown condition {when!r} in the curated glosses.")

    def _object(self, rest: tuple[str, ...], earlier: tuple[str, ...] = (),
                prev: str = "", *, after: str | None = None) -> str:
        """The object of a verb whose clause goes on with ``rest``: the next word, past an
        aspect particle, 一下, a person's 的 (回 + 他的 + 信) and an amount (拍 + 了 + 很多 +
        照片, 点 + 几 + 个 + 菜), or "".
        A length of time + 的 is an amount too (打 + 两 + 个 + 小时 + 的 + 游戏, 开 + 了 +
        三天 + 的 + 药). Where no object follows (a particle, 得 or the clause's end), the
        object stands before the verb: after 把 in its clause (把 + 空调 + 开 + 一下), or
        owned just before it (你的 + 房租 + 交了吗). ``after``: :meth:`_object_after` of
        ``rest`` when the caller has it already."""
        found = self._object_after(rest) if after is None else after
        if found and found not in _NO_OBJECT and found not in _PLACED:
            return found
        clause = _same_clause(earlier)
        if "把" in clause:
            between = [w for w in clause[:clause.index("把")] if w not in _BA_ADVERBS]
            if between:
                return between[0]
        if prev and earlier[:2] == (prev, "的") and not is_person(prev):
            return prev
        return found

    def _object_after_kept(self, rest: tuple[str, ...]) -> str:
        """:meth:`_object_after` of ``rest``, kept for the next call: a token's object
        conditions (:meth:`_objects`) and topic conditions (:meth:`_topic`) ask it of the
        same words."""
        last = self._last_object_after
        if last is not None and last[0] == rest:
            return last[1]
        found = self._object_after(rest)
        self._last_object_after = (rest, found)
        return found

    def _object_after(self, rest: tuple[str, ...]) -> str:
        """The object after the verb (:meth:`_object`), or ""."""
        words = list(rest)
        if words and words[0] in _ASPECT:
            words = words[1:]
        if words and words[0] == "一下":
            words = words[1:]
        if len(words) > 2 and words[1] == "的" and is_person(words[0]):
            words = words[2:]  # its owner: 回 + 他的 + 信
        if len(words) > 1 and len(words[0]) == 1 and words[0] not in _CONTAINERS and (
                words[1] not in _NO_OBJECT and not self._is_verb(words[1])
                and (words[0] == "个" or self._is_measure(words[0]))
                and self._noun_like(words[1])):
            # a measure word without its 一: 换 + 件 + 衣服, 做 + 个 + 朋友 (CC-CEDICT gives
            # 个 no "classifier for" sense); not a noun that is also a measure word, before
            # an adverb (下了 + 班 + 常常 …)
            words = words[1:]
        if len(words) > 2 and words[0] == "好" and words[1] in ("几", "多"):
            words = words[1:]  # 好 + 几 + 个 + 地方 "quite a few": read as the amount
        counted = len(words) > 1 and words[0] == "很" and words[1] == "多"
        if counted:
            words = words[2:]
        elif words and (words[0] in _SOME or self._amount(words[0])
                        or self._demonstrative(words[0])):
            amount_of_time = _number_prefix(words[0]) > 0 and words[0].endswith(_TIME_UNITS)
            # a demonstrative that holds its measure word (这个, 那本, 这些) is followed by
            # the noun itself, even one that is also a measure word (从 + 这个 + 门 + 进去)
            counted_already = len(words[0]) > 1 and self._demonstrative(words[0])
            words = words[1:]
            if words and not counted_already and (
                    words[0] == "个" or self._is_measure(words[0])):
                words = words[1:]
            if len(words) > 1 and words[0] == "多" and words[1] in _TIME_UNITS:
                words = words[1:]  # 一 / 个 / 多 / 小时: more than an hour
            timed = bool(words) and words[0] in _TIME_UNITS
            if timed:
                words = words[1:]  # 两 / 个 / 小时
            if words[:1] == ["的"] and (timed or amount_of_time):
                # 两个小时的 + 游戏; the noun may lie past the words read (一个多小时的 …)
                words = words[1:]
            counted = True
        if counted and len(words) > 1 and words[0] in _REACH21_MODIFIERS and (
                self._noun_like(words[1]) or is_person(words[1])):
            words = words[1:]  # an amount, then 新 + 朋友: the noun (words21)
        return words[0] if words else ""

    def _objects(self, rest: tuple[str, ...], earlier: tuple[str, ...] = (),
                 prev: str = "") -> tuple[str, ...]:
        """The words that may be the verb's object: :meth:`_object`, the noun right after
        it when the two make one (上 + 两节 + 汉语 + 课: 课), and the noun after a 的 a
        few words on (交了 + 这个学期的 + 学费, 过着 + 很简单的 + 生活)."""
        key = (rest, earlier, prev)
        last = self._last_objects
        if last is not None and last[0] == key:
            return last[1]
        after = self._object_after_kept(rest)
        found = self._object(rest, earlier, prev, after=after)
        out = [found] if found else []
        if found in rest:
            k = rest.index(found)
            head = rest[k + 1] if k + 1 < len(rest) else ""
            if head and head not in _NO_OBJECT and head not in _RESULTS and not (
                    is_person(head)) and (self._noun_like(head) or not self._is_verb(head)):
                out.append(head)  # 服务 + 费: a noun of a class, though 费 is also a verb
        if "的" in rest[:4]:
            k = rest.index("的")
            if k + 1 < len(rest) and rest[k + 1] not in _NO_OBJECT:
                out.append(rest[k + 1])
        elif "的" in rest and found and (is_person(found) or self._is_verb(found)
                                          or not self._noun_like(found)):
            # the object named past a longer 的-phrase, where the word read first is a
            # person (做 + 了 + 我们 + 三年 + 的 + 班主任) or no noun (出 + 了 + 一本 + 介绍 +
            # 中国菜 + 的 + 书); words21
            k = rest.index("的")
            if k + 1 < len(rest) and rest[k + 1] not in _NO_OBJECT:
                out.append(rest[k + 1])
        if not after or after in _NO_OBJECT or after in _RESULTS or _bare_direction(rest):
            # no object after the verb, and a doer or 被 between it and what stands first:
            # that is the object (杯子被弟弟打了, 这些药医生开了很多, 电视谁开的; not 车停了)
            clause = _same_clause(earlier)
            doer = next((k for k, w in enumerate(clause) if w == "被" or is_person(w)), None)
            if doer is not None:
                out.extend(w for w in clause[doer + 1:] if w != "被" and not (
                    self._demonstrative(w) or self._amount(w)
                    or self._is_measure(w)))  # 这个 + 衣服 + 我 …: 衣服, not 这个
        found_all = tuple(out)
        self._last_objects = (key, found_all)
        return found_all

    def _fronted_object(self, rest: tuple[str, ...], earlier: tuple[str, ...],
                        options: frozenset[str]) -> bool:
        """Whether the verb's object stands before it in its clause, with a doer between or
        none (words36): a result or 得 right after the verb (:data:`_FRONTED_RESULTS`: 饺子都包好
        了, 车停在楼下了, 你的领带打得真好看, 地拖干净了) tells that the thing before it was
        handled, so an ``object:`` option there is the object; a demonstrative, an amount
        or a measure word is none (这个衣服我教训好了: 这个 of 教训这个孩子). Not a verb with
        no result (车停了 "to stop": the thing may be its subject) nor one whose object
        follows."""
        if not rest or rest[0] not in _FRONTED_RESULTS:
            return False
        clause = _same_clause(earlier)
        return any(w in options for w in clause
                   if w not in _FRONTED_NO_THING and not is_person(w) and not (
                       self._demonstrative(w) or self._amount(w) or self._is_measure(w)))

    def _topic(self, rest: tuple[str, ...], earlier: tuple[str, ...],
               options: frozenset[str]) -> bool:
        """Whether the thing the verb handles stands before it as its clause's topic, one
        of ``options`` (这份报告 + 我已经 + 打好了, 这些照片 + 是在哪儿 + 洗的): no object
        follows the verb (a particle, a result such as 好 or 完, a person or nothing), and a
        word of its clause before it, not a person, is one of ``options``. A clause with
        no noun of its own (可是他没接, 马上就回了一封; its people, times, 来/去, amounts, verbs of
        intent and the words of a request aside: 明天早上有人来收, 请帮我包一下, 他一条也没回,
        我想退了) reads the clause before it (他的手机响了好几次，可是他没接; 把垃圾放在门外，
        明天早上有人来收; 这几个字我不会打，你帮我打吧; 我发了好几条消息，他一条也没回)."""
        after = self._object_after_kept(rest)
        if after and not (after in _NO_OBJECT or after in _RESULTS or is_person(after)
                          or _bare_direction(rest)):
            return False
        people = load_noun_classes().get("people")

        def someone(w: str) -> bool:
            return is_person(w) or (people is not None and people.has(w))

        clause = _same_clause(earlier)
        if any(w in options for w in clause if not someone(w)):
            return True
        # a clause of people, times, links, 来/去 and verbs of intent names no thing
        # (明天早上有人来收; 这双鞋太小了，我想退了)
        if len(clause) == len(earlier) or any(
                w not in _LINK_WORDS and w not in VERB_ADVERBS and not someone(w)
                and w not in _COMING and w not in _REQUEST_WORDS and w not in _INTENT_VERBS
                and w not in _BEFORE_VERBS and w not in _TOPIC_PASSED_ADVERBS
                and not self._is_time(w) and not self._amount_word(w)
                and not self._clause24_errand(w, clause) and w not in _CLAUSE24_OUTCOME
                and w not in _CLAUSE24_LEISURE and w not in _CLAUSE24_HOW_OFTEN
                for w in clause):
            return False
        before = _same_clause(earlier[len(clause) + 1:])
        return any(w in options for w in before if not someone(w))

    def _clause24_chained(self, earlier: tuple[str, ...], options: frozenset[str]) -> bool:
        """Whether a noun of ``options`` stands in the clause before the word's own, where
        its own clause names no noun and no person before it (这个菜我做了半天，可是还没熟:
        菜 is what 熟 is said of; ``earlier-in-clause`` lines with nouns read on across
        the comma). Options that are no noun (从 … 到, 比, 又 … 又) stay in the word's clause.
        words24."""
        own = _same_clause(earlier)
        if len(own) == len(earlier) or any(
                is_person(w) or _of_a_noun_class(w) or self._noun_like(w) for w in own):
            return False
        return any(w in options and (_of_a_noun_class(w) or self._noun_like(w))
                   and not _clause24_time_or_state(w)
                   for w in _same_clause(earlier[len(own) + 1:]))

    def _clause24_errand(self, word: str, clause: tuple[str, ...]) -> bool:
        """Whether ``word`` of a verb's clause (nearest first) is part of an errand that
        names no thing handled: a verb of taking (拿, 带, 送 and their 去/来/到 forms) or the
        place it goes to after one (这件衣服我穿着不合适，明天拿去商店退了吧: the thing
        returned is 衣服 of the clause before, not 商店). words24."""
        if word in _CLAUSE24_TAKING:
            return True
        if not self._is_place(word):
            return False
        k = clause.index(word)
        return any(w in _CLAUSE24_TAKING or w in _COMING or w in ("到", "回")
                   for w in clause[k + 1:k + 3])

    def _subject(self, earlier: tuple[str, ...], options: frozenset[str]) -> bool:
        """Whether the word's subject is one of ``options``: the nearest noun of a class
        (noun_classes.tsv) or person before it in its clause, not 把's object nor the
        person after 比 (我弟弟现在比我还高: 弟弟; 她的脸红了: 脸, not 她). A clause with no
        noun and no verb of its own (都坏了) reads the clause before it (这些苹果放了太久，
        都坏了)."""
        own = _same_clause(earlier)
        clause = list(own)
        if "把" in clause:
            clause = clause[clause.index("把") + 1:]
        for k, w in enumerate(clause):
            if clause[k + 1:k + 2] == ["比"]:
                continue  # 比我: what the subject is compared with
            if w in options:
                return True
            if self._is_time(w) or w in _CLAUSE24_WHEN:
                continue  # a time sets the scene, it is no subject (今年突然红了; words24)
            if w == "的" or is_person(w) or _of_a_noun_class(w):
                return False  # another subject, or its owner (他的 + 分数 + 很高)
        sensing = _clause24_sensing(own)
        if len(own) == len(earlier) or any(
                w not in _LINK_WORDS and w not in VERB_ADVERBS and w not in DEGREE
                and k not in sensing and w not in _CLAUSE24_CHANGE and not self._is_time(w)
                and w not in _CLAUSE24_WHEN
                for k, w in enumerate(own)):
            return False
        for w in _same_clause(earlier[len(own) + 1:]):
            if w in options:
                return True
            if is_person(w) or _of_a_noun_class(w):
                return False
        return False

    def _things_ahead(self, rest: tuple[str, ...]) -> bool:
        """A number of things next, counted by a measure word, not by a unit of weight,
        length, age or money (分了 + 几个 + 苹果, 泡了 + 一杯 + 茶; not 重了 + 两公斤)."""
        words = list(rest[:3])
        if not words or not (_number_prefix(words[0]) or words[0] == "几"):
            return False
        own = words[0][_number_prefix(words[0]):]
        unit = own or (words[1] if len(words) > 1 else "")
        counted = words[1:2] if own else words[2:3]
        times = load_noun_classes().get("times")
        if counted and (counted[0] in _TIME_UNITS or counted[0] in _TIME_WORDS or (
                times is not None and times.has(counted[0]))):
            return False  # 忙了 + 一个 + 上午: a length of time, not things
        return bool(unit) and unit not in _UNITS and not unit.startswith(_COST_UNITS) and (
            unit[0] == "个" or self._is_measure(unit[0]))

    def _noun_like(self, word: str) -> bool:
        """A noun: a word of a class of noun_classes.tsv, or one the dictionary names a
        measure word for (衣服, 脸). Kept per word for the noun classes last read: the
        object rules ask it of each word after a verb at each occurrence, several times
        (issue 23, speed22b: about 6,400 asks for 700 words in a 10k reader)."""
        classes = load_noun_classes()
        kept = self._noun_likes
        if kept[0] is not classes or len(kept[1]) > 50_000:
            kept = self._noun_likes = (classes, {})
        found = kept[1].get(word)
        if found is None:
            if _of_a_noun_class(word):
                found = True
            else:
                chosen = self._pick(word, self.rows(word), None)
                found = chosen is not None and chosen.counted
            kept[1][word] = found
        return found

    @staticmethod
    def _none_later(rest: tuple[str, ...], options: frozenset[str]) -> bool:
        """Whether no word after the next one in the clause is one of ``options`` nor starts
        with a one-character option: "later"'s opposite (比 + 谁 + 跑得快 "to compete", but
        比 + 谁 + 都 + 快 "than anyone")."""
        return not any(w in options or w[:1] in options for w in rest[1:])

    @staticmethod
    def _in_last_clause(rest: tuple[str, ...], following: tuple[str, ...]) -> bool:
        """Whether the word's clause ends its sentence: the words after it in the sentence
        are those of its clause, no clause follows (尽管 + 找我。 "feel free to"; not 尽管 +
        下雨，我们还是去了 "although"). False for a word with no sentence."""
        return bool(rest) and following == rest[:len(following)] and len(following) <= len(
            rest)

    def _object_next(self, prev: str, nxt: str) -> bool:
        """Whether the word stands as a verb before its object (红色 + 代表 + 喜庆, 代表 + 公司):
        a word follows that is no verb, particle, 的, 是, adverb, degree word, locative nor
        plural 们, of two characters or a person (not 团 of 代表团), and the word is in no
        noun's place (的 + 代表, 一位 + 代表)."""
        if not nxt or nxt in _NOT_PREDICATE or nxt in _FINAL_PARTICLES or nxt in _ASPECT:
            return False
        if (nxt in VERB_ADVERBS or nxt in DEGREE or nxt in _AFTER_A_SUBJECT
                or nxt in _PREDICATE_ADVERBS or nxt in _LOCATIVES or nxt in ("们", "等")):
            return False
        if len(nxt) == 1 and not is_person(nxt):
            return False  # a bound piece of the same word (代表 + 团 of 代表团)
        return not self._noun_place(prev) and not self._is_verb(nxt)

    def _thing_then_verb(self, rest: tuple[str, ...]) -> bool:
        """Whether a thing, then a verb, follow the word: what one does something by (通过 +
        网络 + 学习, 通过 + 电话 + 联系): the next word is no person, time, amount,
        demonstrative, particle nor verb, and the word after it is a verb. An amount or a
        demonstrative with its measure word, and a phrase ending in 的 a few words on, lead to
        the thing (通过 + 一个 + 小女孩 + 的 + 眼睛 + 讲, 通过 + 这个 + 方法 + 学习; words36)."""
        words = list(rest)
        if words and (self._amount(words[0]) or self._demonstrative(words[0])):
            held = len(words[0]) > 1  # 这个, 一个: the measure word is in the word
            words = words[1:]
            if words and not held and (words[0] == "个" or self._is_measure(words[0])):
                words = words[1:]
        if "的" in words[1:4]:
            words = words[words.index("的") + 1:]
        if len(words) < 2:
            return False
        thing, then = words[0], words[1]
        if (is_person(thing) or thing in _FINAL_PARTICLES or thing in _ASPECT
                or self._is_time(thing) or self._amount(thing) or self._demonstrative(thing)
                or self._is_verb(thing)):
            return False
        return then not in _ASPECT and self._is_verb(then)

    def _is_place(self, word: str) -> bool:
        """A place: a place name the dictionary knows (上海), a shop or a public building
        (@shops: 图书馆, 银行), or a place of everyday life (学校, 公司, 医院 …); never a
        person."""
        if not word or is_person(word):
            return False
        if word in _PLACES or load_noun_classes()["shops"].has(word):
            return True
        return any(r.proper and not any(s.startswith("surname") for s in r.senses)
                   for r in self.rows(word) if r.simplified == word)

    def _passive(self, rest: tuple[str, ...], earlier: tuple[str, ...]) -> bool:
        """给/让/叫 as 被: the clause starts with a thing, not a person (its owner, 我的,
        aside), and the word is followed by the doer, a verb, its result and 了, ending the
        clause (我的钱包 + 给 + 小偷 + 偷走了, 蛋糕 + 让 + 弟弟 + 吃完了); not an order or a
        favour (老师 + 叫 + 我们 + 带, 让 + 你 + 久等了, 这件事 + 让 + 我 + 很高兴)."""
        clause = _same_clause(earlier)  # nearest first
        subject = [w for i, w in enumerate(clause)
                   if w != "的" and not w.endswith("的") and not (i > 0 and clause[i - 1] == "的")
                   and w not in _WHEN_WORDS and w not in VERB_ADVERBS and w not in DEGREE]
        if not subject or any(is_person(w) for w in subject):
            return False
        if len(rest) < 3 or not self._is_verb(rest[1]) or "了" not in rest[2:]:
            return False
        done = rest.index("了", 2)
        # the verb's result before 了 (吃 + 完, 偷 + 走), nothing but a particle after it:
        # not 这件事 + 让 + 他 + 生气了, 给 + 我们 + 带来了 + 很多麻烦
        result = rest[2:done] or (rest[1][1:],)
        return (any(w[:1] in _PASSIVE_RESULTS for w in result)
                and all(w in _FINAL_PARTICLES for w in rest[done + 1:]))

    def _person_ahead(self, rest: tuple[str, ...]) -> bool:
        """A person next, also past an amount and 小 or 老 (看 + 一个 + 老朋友, 疼 + 小 +
        孙子, cut apart)."""
        words = list(rest[:4])
        if words and (self._amount(words[0]) or words[0] in ("几", "这", "那")):
            words = words[1:]
            if words and (words[0] == "个" or words[0] == "位" or self._is_measure(words[0])):
                words = words[1:]
        if len(words) > 1 and words[0] in ("小", "老", "新"):  # 新 + 同事 (words38)
            words = words[1:]
        return bool(words) and is_person(words[0])

    def _amount(self, word: str) -> bool:
        """A number with what it counts (两百块, 一杯, 八点), or an amount word (多少)."""
        if word in _AMOUNT_WORDS:
            return True
        k = _number_prefix(word)
        if not k:
            return False
        unit = word[k:]
        return (not unit or unit.startswith(_COST_UNITS) or unit[0] == "个"
                or self._is_measure(unit[0]))

    def _is_measure(self, word: str) -> bool:
        """A measure word: CC-CEDICT says "classifier for", or a container that counts
        what it holds (一包烟, 两碗饭, 一盒牛奶), which CC-CEDICT lists only as a noun."""
        if word in _CONTAINERS:
            return True
        return any(s.startswith("classifier for") for r in self.rows(word)
                   if r.simplified == word and not r.proper for s in r.senses)

    def _demonstrative(self, word: str) -> bool:
        """这个, 那些, 这样 … or 这/那 with a measure word (这本, 那件)."""
        return word in _THIS or (len(word) == 2 and word[0] in "这那"
                                 and self._is_measure(word[1]))

    def _this_ahead(self, rest: tuple[str, ...]) -> bool:
        """A demonstrative next (就 + 这样, 就 + 这儿), or after one verb (就 + 要 + 这个; a
        place word after a verb is where one goes, not what one picks: 就 + 去 + 那儿)."""
        if not rest:
            return False
        if self._demonstrative(rest[0]) or rest[0] in _HERE:
            return True
        return (len(rest) > 1 and self._is_verb(rest[0]) and not self._demonstrative(rest[0])
                and self._demonstrative(rest[1]))

    def _amount_ahead(self, rest: tuple[str, ...], *, cost: bool,
                      units: tuple[str, ...] = ()) -> bool:
        """An amount next in the clause, or after one verb (and 了): 就 + 喝 + 一杯; with
        ``cost``, an amount of money or time (要 + 两百块, 要 + 走 + 多长时间); with
        ``units`` too, an amount in one of them (of time: 要 + 多长时间, 要 + 三天)."""
        kinds = units or _COST_UNITS
        words = list(rest)
        while len(words) > 1 and words[0] in _REACH21_NEAR:
            words = words[1:]  # 都 + 快 + 十二点 (words21)
        if words and words[0] == "了":
            words = words[1:]  # 过了一个星期
        if words and not self._amount(words[0]) and self._is_verb(words[0]):
            words = words[1:]
            if words and words[0] == "了":
                words = words[1:]
        if len(words) > 1 and words[0] == "多" and words[1] in ("长", "久", "少"):
            words = [words[0] + words[1], *words[2:]]  # 多 / 长 / 时间, cut apart
        if not words or not self._amount(words[0]):
            return False
        if not cost:
            return True
        # the unit: in the amount itself (两百块), or after it and a measure word (三 / 个 /
        # 小时, 半个 / 小时, 多长 / 时间)
        first = words[0]
        if first in kinds:
            return True  # 多久, 多少钱
        unit = "" if first in _AMOUNT_WORDS else first[_number_prefix(first):]
        unit = unit.removeprefix("个")
        for later in _passage25_past_about(words[1:4]):
            if unit:
                break
            unit = later.removeprefix("个")
        return unit.startswith(kinds)

    def _is_time(self, word: str) -> bool:
        """A time word (明年, 周末, 下个月, 早上): of the times class, or one that starts a
        predicate or stands between a person and its verb."""
        return (word in _TIME_WORDS or word in _WHEN_WORDS
                or load_noun_classes()["times"].has(word))

    def _amount_word(self, word: str) -> bool:
        """A number, a measure word or an amount word standing alone in a clause (他 + 一 +
        条 + 也没回): it names no thing."""
        return is_number(word) or word in _AMOUNT_WORDS or self._amount(word) or (
            len(word) == 1 and (word == "个" or self._is_measure(word)))

    def _is_verb(self, word: str) -> bool:
        curated = self.curated.get(word)
        if curated and curated[0].gloss.startswith("to "):
            if not curated[0].when.startswith("before:"):
                return True
            # a line read only before named words says nothing of the word's class (关系 +
            # 到 "to concern" leaves 关系 the dictionary's noun): its other lines do
            if any(c.gloss.startswith("to ") and not c.when.startswith("before:")
                   for c in curated[1:]):
                return True
        chosen = self._pick(word, self.rows(word), None)
        if chosen is None:
            return False
        useful = [s for s in chosen.senses if _useful(s)]
        return _looks_verbal(tuple(useful))

    def _verb_in_a_reading(self, word: str) -> bool:
        """Whether an entry of ``word`` of a reading other than its commonest leads with a
        verb: the word may be that verb where it stands (澄 dèng "(of liquid) to settle",
        beside chéng "clear": 澄 + 一会儿 is "for a while", no "in a moment" after a thing)."""
        found = self._verb_readings.get(word)
        if found is None:
            chosen = self._pick(word, self.rows(word), None)
            found = any(
                row.syllables != (chosen.syllables if chosen else ()) and not row.proper
                and row.simplified == word
                and _looks_verbal(tuple(_LEADING_NOTE.sub("", s) for s in row.senses
                                        if _useful(s)))
                for row in self.rows(word))
            if len(self._verb_readings) > 50_000:
                self._verb_readings.clear()
            self._verb_readings[word] = found
        return found

    def _default_reading(self, word: str) -> tuple[str, ...] | None:
        chosen = self._pick(word, self.rows(word), None)
        return chosen.syllables if chosen is not None else None

    def _pick(self, word: str, rows: list[_Row], syls: tuple[str, ...] | None) -> _Row | None:
        """The entry for ``word`` read ``syls``: common before proper, meaningful before
        cross-reference only, the standard traditional form, then the most frequent."""
        if not rows:
            return None
        # The exact reading first; a light tone matches the full tone it weakens only
        # when no entry has it (车上 che1 shang5), so 吗 ma5 never gets 吗 ma2 "what?".
        same = [r for r in rows if syls is None or r.syllables == syls] or [
            r for r in rows if same_reading(r.syllables, syls)]
        if not same and syls is not None:
            plain = tuple(s.rstrip("12345") for s in syls)
            same = [r for r in rows if tuple(s.rstrip("12345") for s in r.syllables) == plain]
        if not same and syls is not None:
            # a reading the dictionary gives only as a note of another entry's (血 xiě:
            # the entry xuè "blood; colloquial pr. [xie3]")
            same = [r for r in rows if syls in pronounced_as(r.senses)]
        if not same:
            return None
        if len(same) == 1:
            return same[0]
        trad = traditional_form(word) if any(r.simplified == word for r in same) else word

        def rank(r: _Row) -> tuple:
            useful = sum(1 for s in r.senses if _useful(s))
            return (
                not r.proper,
                useful > 0,
                trad in (r.traditional, r.simplified),
                not _is_variant_form(r),
                useful,
                r.freq,
            )

        return max(same, key=rank)

    def _follow(self, row: _Row, depth: int) -> list[str]:
        """The senses of the entry a cross-reference points to (one or two steps)."""
        if depth > 2:
            return []
        for sense in row.senses:
            if not CROSS_REFERENCE.match(sense):
                continue
            m = _REFERENCE_TARGET.search(sense)
            if not m:
                continue
            target = m.group(2) or m.group(1)
            syls = tuple(m.group(3).lower().split()) if m.group(3) else None
            rows = [r for r in self.rows(target) if r is not row]
            chosen = self._pick(target, rows, syls) or self._pick(target, rows, None)
            if chosen is None:
                continue
            useful = [_clean(s) for s in chosen.senses if _useful(s)]
            if useful:
                return useful
            deeper = self._follow(chosen, depth + 1)
            if deeper:
                return deeper
        return []

    def _composed(self, word: str, syls: tuple[str, ...] | None = None) -> Gloss:
        """A word the dictionary lacks: a number, or a word with 儿 or an aspect particle
        attached (小偷儿, 指着) glossed as its base, a doubled form (:meth:`_doubled`),
        a number and what it counts (:meth:`_counted`), or a learner word made of
        learner words (打篮球 = 打 + 篮球) glossed part by part, each part in the reading
        ``syls`` gives it (系领带 jì lǐngdài: 系 "to tie", not xì "department"); anything
        else gets no gloss rather than a made-up one."""
        if is_number(word):  # its value, what a student needs of it (四十八 "48"; qa21)
            return Gloss(number_gloss(word), (), "none")
        if len(word) > 1 and word[-1] in ATTACHED and self.rows(word[:-1]):
            base = self.gloss(word[:-1])  # 小偷儿 -> 小偷, 指着 -> 指
            if base.short:
                return Gloss(base.short, base.full, "composed")
        doubled = self._doubled(word)
        if doubled is not None:
            return doubled
        counted = self._counted(word, syls)
        if counted is not None:
            return counted
        parts = self.parts(word, syls)
        # a listed word, or a learner combination with 儿 the cutting kept whole (慢点儿),
        # or a word no dictionary has cut into dictionary words (新闻联播: 新闻 + 联播,
        # :func:`dictionary_cut`; 王老师 typed alone, all learner words, stays unglossed)
        if parts and (word in self.listed() or word.endswith("儿") or (
                not self.rows(word) and not all(p in self.listed() for p, _ in parts))):
            short = " + ".join(f"{piece} {_first_sense(g)}" for piece, g in parts)
            return Gloss(short, (), "parts", parts=parts)
        return Gloss("", (), "none")

    def _counted(self, word: str, syls: tuple[str, ...] | None = None) -> Gloss | None:
        """A number and the word it counts, kept as one token the dictionary lacks (一桌,
        三趟): glossed by its two parts, the counted word as after a number (its
        measure-word sense first: 桌 "(measure word for tables of food)") and in the
        reading ``syls`` gives it (一行 yì háng: 行 "row; line", not xíng "OK"); None for a
        word of another shape."""
        k = _number_prefix(word)
        if not 0 < k < len(word) or not self.rows(word[k:]):
            return None
        number, rest = word[:k], word[k:]
        counted = self.gloss(rest, syls[k:] if syls and len(syls) == len(word) else None,
                             prev=number)
        if not counted.short:
            return None
        parts = ((number, self.gloss(number).short), (rest, counted.short))
        short = " + ".join(f"{piece} {_first_sense(g)}".rstrip() for piece, g in parts)
        return Gloss(short, (), "parts", parts=parts)

    def _doubled(self, word: str) -> Gloss | None:
        """A doubled form the dictionary lacks (红红, 干干净净): an AABB form takes the
        sense of its AB word; an AA form of a learner word (listed in an HSK list) takes
        that word's sense (红红 "red"); an AA form of another character says what it
        doubles ("茵 doubled: mattress"), never nothing. None for a word of another
        shape. A doubled form whose sense is not its character's is a curated line (茵茵
        "lush")."""
        if len(word) == 4 and word[0] == word[1] and word[2] == word[3] and word[0] != word[2]:
            base = word[0] + word[2]
            if self.rows(base):
                found = self.gloss(base)
                if found.short:
                    return Gloss(found.short, found.full, "composed")
            return None
        if len(word) != 2 or word[0] != word[1]:
            return None
        found = self.gloss(word[0])
        if not found.short:
            return None
        if word[0] in self.listed():
            return Gloss(found.short, found.full, "composed")
        return Gloss(f"{word[0]} doubled: {_first_sense(found.short)}", found.full,
                     "composed", parts=((word[0], found.short),))

    def set_phrases(self) -> frozenset[str]:
        """The dictionary's common words of four to eight characters (万事如意, 一分钱一分货,
        什么时候), read once: the set phrases a run of the cut's pieces may spell
        (:mod:`.set_phrases`, words42)."""
        if self._phrases42 is None:
            self._phrases42 = frozenset(w for (w,) in self.corpus.query(
                "SELECT DISTINCT simplified FROM entries WHERE is_proper = 0 "
                "AND length(simplified) BETWEEN ? AND ?",
                (SET_PHRASE_SHORTEST, SET_PHRASE_LONGEST)))
        return self._phrases42

    def listed(self) -> frozenset[str]:
        """The words of every learner list (HSK standards) in the corpus, read once."""
        if self._listed is None:
            self._listed = frozenset(
                w for (w,) in self.corpus.query("SELECT DISTINCT word FROM word_levels"))
        return self._listed

    def parts(
        self, word: str, syllables: tuple[str, ...] | list[str] | None = None
    ) -> tuple[tuple[str, str], ...]:
        """The learner words ``word`` is made of, cut into the fewest (路上 -> 路, 上), each
        with its short gloss in the reading it has inside the word; () for a word that is
        not made of listed words (or of one character)."""
        if len(word) < 2:
            return ()
        key = (word, tuple(syllables) if syllables else None)
        found_parts = self._parts.get(key)
        if found_parts is None:
            found_parts = self._parts_of(word, key[1])
            with self._lock:
                if len(self._parts) > 50_000:
                    self._parts.clear()
                self._parts[key] = found_parts
        return found_parts

    def parts_between(
        self, word: str, syllables: tuple[str, ...] | list[str] | None,
        parts: tuple[tuple[str, str], ...], *, prev: str = "", rest: tuple[str, ...] = (),
        question: bool | None = None, earlier: tuple[str, ...] = (),
    ) -> tuple[tuple[str, str], ...]:
        """``parts`` (from :meth:`parts`) glossed again where the word's own neighbours in
        its sentence decide a piece that its neighbours inside the word leave undecided:
        the words after the token continue the clause (在读 + 大学: 读 "to attend
        (school)"; 就要 + 这个: 就 "just"), the word before it precedes the first piece (三
        + 本书: 本 after a number), and the words before it in its sentence (``earlier``,
        nearest first) come before the pieces before the piece (去他家 + 看看 + 他: 看 "to
        visit"; 把 + 客人 + 送到: 送 "to see off"; 给我 + 讲讲。: 讲 "to explain"; words37).
        A piece the word itself decides keeps that sense (好 at the end of 买好: "done",
        whatever follows)."""
        syls = (tuple(s.lower() for s in syllables)
                if syllables and len(syllables) == len(word) else None)
        pieces = [piece for piece, _ in parts]
        out = list(parts)
        for k, sub in self._open_pieces(word, syls, parts):
            piece = pieces[k]
            outer_prev = pieces[k - 1] if k else prev
            inner_rest = tuple(pieces[k + 1:])
            outer_earlier = (*reversed(pieces[:k]), *earlier)[:_EARLIER_WORDS]
            inner = self._curated(piece, sub, pieces[k - 1] if k else "", inner_rest)
            if (k > 0 and _counts(outer_prev)) or inner[1]:
                # decided inside the word (一 + 站, 送 + 到 "to deliver", 买 + 好 "done"): its
                # own later pieces stay its rest; the words before it in its sentence may
                # still choose another line, tried first, that they alone choose (把 + 客人
                # + 送到 "to see off", 看了我 + 一眼 "a glance"; not 回家 + 过年: the word
                # before alone would make 过 a particle; words37)
                line = self._curated(piece, sub, outer_prev, inner_rest, outer_earlier,
                                     question=question)
                if line[1] and line[0] != inner[0] and line[0] != self._curated(
                        piece, sub, outer_prev, inner_rest, question=question)[0]:
                    outer = self.kept_gloss(piece, sub, outer_prev, inner_rest, outer_earlier,
                                            question=question)
                    if outer.source in ("context", "measure"):
                        out[k] = (piece, outer.short)
                continue
            outer_rest = (*_left26_after_doubled(pieces, k, rest, self._is_verb),
                          *rest)[:_CLAUSE_WORDS]
            if k + 1 < len(pieces) and pieces[k + 1] != piece:
                # a piece before another of its word is no predicate of the sentence's
                # subject (小 + 时 of 我睡了三个小时: not "young"); a doubled verb's is (看看)
                outer_earlier = ()
            if _counts(outer_prev) or self._curated(piece, sub, outer_prev, outer_rest,
                                                    outer_earlier, question=question)[1]:
                outer = self.kept_gloss(piece, sub, outer_prev, outer_rest, outer_earlier,
                                        question=question)
                if outer.source in ("context", "measure"):
                    out[k] = (piece, outer.short)
        return tuple(out)

    def _open_pieces(
        self, word: str, syls: tuple[str, ...] | None, parts: tuple[tuple[str, str], ...]
    ) -> tuple[tuple[int, tuple[str, ...] | None], ...]:
        """The pieces of ``word`` (index, reading) that the words around it may still
        decide: a piece the curated table reads in context (or the first, which a number
        before the word may count); one whose neighbours inside the word decide it (买好:
        好 is "done" already) keeps them as the words after it (:meth:`parts_between`).
        Kept per word: a text repeats its words."""
        key = (word, syls)
        found = self._open.get(key)
        if found is not None:
            return found
        pieces = [piece for piece, _ in parts]
        open_: list[tuple[int, tuple[str, ...] | None]] = []
        pos = 0
        for k, piece in enumerate(pieces):
            sub = syls[pos:pos + len(piece)] if syls else None
            pos += len(piece)
            if not (k == 0 or self.decided_by_context(piece)):
                continue
            open_.append((k, sub))
        found = tuple(open_)
        with self._lock:
            if len(self._open) > 50_000:
                self._open.clear()
            self._open[key] = found
        return found

    def _parts_of(
        self, word: str, syllables: tuple[str, ...] | None
    ) -> tuple[tuple[str, str], ...]:
        dynasty = self._dynasty_parts(word, syllables)
        if dynasty:
            return dynasty  # 清朝: 清 "(name) Qing" + 朝 "dynasty", not "towards" (cut38)
        approximate = number_and_ji(word)
        if approximate is not None:  # 二十 + 几 "odd", not 二 + 十几 (words41)
            return self._pieces_glossed(word, syllables, list(approximate))
        listed = self.listed()
        found = fewest_pieces(word, lambda p: 0 if p in listed or is_number(p) or (
            len(p) > 1 and p[-1] == "儿" and p[:-1] in listed) else None)  # 慢 + 点儿
        if found is None and not self.rows(word):  # 新闻联播: 新闻 + 联播 (no entry, no list)
            cut = dictionary_cut(word, listed, self.has_common_entry)
            found = (tuple(len(p) for p in cut), 0) if cut else None
        elif len(word) > 2 and self.rows(word):  # 鱼香 + 肉丝, not 鱼 + 香 + 肉 + 丝 (cut38)
            fewer = dictionary_parts(word, found[0] if found else None, listed,
                                     self.has_common_entry)
            if fewer is not None:
                found = (fewer, 0)
        if found is None:
            return ()
        return self._pieces_glossed(word, syllables, list(found[0]))

    def _pieces_glossed(self, word: str, syllables: tuple[str, ...] | None,
                        lengths: list[int]) -> tuple[tuple[str, str], ...]:
        """The pieces of ``word`` of the given ``lengths``, each with its gloss read
        beside the other pieces (:meth:`parts`)."""
        out = []
        pos = 0
        syls = tuple(syllables) if syllables and len(syllables) == len(word) else None
        pieces = []
        for length in lengths:
            pieces.append(word[pos:pos + length])
            pos += length
        pos = 0
        whole = self._whole_sense_words(word, syls)
        for k, piece in enumerate(pieces):
            sub = syls[pos:pos + len(piece)] if syls else None
            # the pieces around count as its neighbours (一楼: 楼 after a number, "floor";
            # 就是: 就 before 是, "exactly")
            found = self.gloss(piece, sub, prev=pieces[k - 1] if k else "",
                               rest=tuple(pieces[k + 1:]))
            short = found.short
            if not (k and _counts(pieces[k - 1])) and found.source not in (
                    "context", "measure", "name"):
                short = _measure_sense_last(short, whole)
            elif k == len(pieces) - 1 and k > 1 and _counts(pieces[k - 1]) and (
                    pieces[k - 2] in _ORDERING_WORDS):  # 下 + 一 + 站: "the next stop"
                short = _counted_head_first(short, whole)
            if whole and found.source not in ("context", "measure", "name"):
                # the whole word's own sense names the piece's (牛肉面 "beef noodle soup":
                # 面 "noodles", not "face"; 年末 "end of the year": 末 "end")
                short = part_led_by_whole(short, found.full, whole,
                                          self._whole_sense_words(word, syls, verbs=True))
                if k == 0:
                    short = self._left26_verb_led_by_whole(word, syls, pieces, short,
                                                           found.full)
            out.append((piece, short))
            pos += len(piece)
        return tuple(out)

    def _left26_verb_led_by_whole(self, word: str, syls: tuple[str, ...] | None,
                                  pieces: list[str], short: str,
                                  full: tuple[str, ...]) -> str:
        """The verb of a verb + complement word (接上 "to connect (a cable etc)": 接 + 上)
        led by its sense the whole word's first sense names: the whole's verb ("to
        connect") where the verb piece has it among its senses (接 "to connect", not "to
        receive"); ``short`` unchanged where its first sense already holds that verb, where
        the word is no verb + :data:`_LEFT26_COMPLEMENTS`, or where the whole's first sense
        is no verb's (请坐 "please, have a seat")."""
        if len(pieces) != 2 or pieces[1] not in _LEFT26_COMPLEMENTS:
            return short
        first = next((_clean(x) for row in self.rows(word)
                      if not row.proper and row.simplified == word and (
                          syls is None or same_reading(row.syllables, syls))
                      for x in row.senses if _useful(x)), "")
        found = _LEFT26_VERB.match(first)
        if not found:
            return short
        verb = found.group(0)
        shown = [x.strip() for x in short.split(";") if x.strip() and x.strip() != "…"]
        led = _LEFT26_VERB.match(shown[0]) if shown else None
        if not shown or (led is not None and led.group(0) == verb):
            return short
        for sense in [*shown[1:], *(_clean(x) for x in full if _useful(x))]:
            head = _LEFT26_VERB.match(sense)
            if head and head.group(0) == verb and not _PART_HANZI.search(sense):
                return f"{sense}; {shown[0]}; …"
        return short

    def _whole_sense_words(self, word: str, syls: tuple[str, ...] | None, *,
                           verbs: bool = False) -> frozenset[str]:
        """The content words of ``word``'s first dictionary senses in that reading
        (:data:`PART_WHOLE_SENSES` of each entry, no name's entry, no later sense of a
        specialist's field: :data:`_FIELD_NOTE`), stemmed
        (:func:`part_sense_words`); empty when it has none. Only the first: a rare last
        sense must not pick a part's (分成 "… tenths": 成 stays "to become"). An entry
        of verbs only is left out where another entry is no verb's: a homograph names
        none of the parts (下面 "below", not the other entry's "to boil noodles").
        ``verbs``: only the verbs of its verbs' senses ("to work together": "work")."""
        eligible = [[x for k, x in enumerate([_clean(x) for x in row.senses if _useful(x)][
                         :PART_WHOLE_SENSES]) if not (k and _FIELD_NOTE.match(x))]
                    for row in self.rows(word)
                    if not row.proper and row.simplified == word and (
                        syls is None or same_reading(row.syllables, syls))]
        nouns = [senses for senses in eligible
                 if not all(x.startswith("to ") for x in senses)]
        words: set[str] = set()
        for senses in nouns or eligible:
            for sense in senses:
                words |= _verb_of_sense(sense) if verbs else _naming_words(sense)
        return frozenset(words)

    def common_word_not_name(self, word: str, prev: str = "", rest: tuple[str, ...] = (),
                             *, alone: bool) -> bool:
        """Whether ``word``, marked as a name, is its common word and no name here (the one
        decision of its gloss and its capitals: :meth:`gloss` glosses it as the common
        word, :func:`unmark_common_word_names` drops its name mark, so no reader writes a
        capital over "light rain"): a word of two
        characters or more with a useful common CC-CEDICT entry and useful name senses,
        where either

        * every name sense is a place of a county or smaller (:meth:`_default28_minor_place`:
          向阳 "facing the sun", not "Xiangyang district of Kiamusze"), or
        * the word starts with a surname, is in no learner list, and no name sense is a
          person's (no life dates, no "(name)"): the name would be spelt as a person
          CC-CEDICT never gives (金星 "(name) Jin Xing" beside "Venus (planet)", 白银
          "(name) Bai Yin" beside "Baiyin prefecture-level city"), so the common word
          ("gold star", "silver") leads; or
        * every name sense is a company or a brand (:func:`.glosses_brand_names.brand_only_names`:
          山水 "Sansui, Japanese company" beside "landscape", 乐天 "Lotte" beside
          "carefree"), unless the next word is the firm or a product (大众 + 汽车); or
        * CC-CEDICT has no name for it at all (a textbook character's name that is a
          common word: 小雨 "light rain" in 明天下小雨, not "(name) Xiaoyu").

        Before the kind of a place (村, 县, 镇, 山, 寺, 门…: :func:`_place_may_stand`) a
        word of any of these kinds is the place's name. In a sentence a word that starts
        with a surname, or that CC-CEDICT has as no name,
        keeps its name where the text may call a person by it
        (:meth:`_default28_person_may_stand`: 小雨说, 我叫小雨); alone (a word list, a deck
        card) no text calls anyone."""
        if len(word) < 2 or (not alone and _place_may_stand(rest)):
            return False  # 临海县, 龙潭镇, 凌云寺: the place's name, with its capital
        if not self.has_common_entry(word):
            return False  # most names: no common word to choose
        rows = [r for r in self.rows(word) if r.simplified == word]
        may_stand = not alone and self._default28_person_may_stand(word, prev, rest)
        if may_stand and word[0] in SURNAMES:
            return False
        if not any(r.proper for r in rows):
            # a textbook name that is a common word (小雨 of 明天下小雨 "light rain"): the
            # word, but where a person may stand (小雨说, 我叫小雨) or a dialogue calls one
            # (小雨，你好, 今天小雨没来)
            return not (may_stand or (not alone and _textbook_name_may_stand(prev)))
        names = [s for r in rows if r.proper for s in r.senses if _useful(s)]
        if not names:
            return False
        if self._default28_minor_place(names):
            return True
        if brand_only_names(names):  # 山水 "Sansui, Japanese company" (words40)
            return alone or not brand_may_stand(rest)
        return word[0] in SURNAMES and word not in self.listed() and not any(
            _BIOGRAPHY.search(s) or "(name)" in s for s in names)

    def names_split_word(self, word: str, syllables: tuple[str, ...] | None) -> bool:
        """Whether the dictionary has ``word`` read ``syllables`` (None: any reading) as a
        common word with a useful sense, or as a proper noun that is no surname (朋友圈
        "Moments", 星期五 "Friday"): a word a run of learner pieces may name
        (:func:`_name_split_words`)."""
        syls = tuple(s.lower() for s in syllables) if syllables else None
        return any(
            r.simplified == word and (syls is None or same_reading(r.syllables, syls))
            and any(_useful(s) for s in r.senses)
            and not (r.proper and any(s.startswith("surname") for s in r.senses))
            for r in self.rows(word))

    def names_complement_word(self, word: str, syllables: tuple[str, ...] | None) -> bool:
        """Whether the dictionary has ``word`` (a verb and its complement the segmenter cut
        apart: :func:`.complement_words.complement_runs`) read ``syllables`` as a common
        verb: its first useful sense is a verb's (走错 "to go the wrong way", 轮到 "to be
        (sb's) turn"; not 想家 "homesick")."""
        first = self._first_common_sense(word, syllables)
        return first is not None and first.startswith("to ")

    def names_question_word(self, word: str, syllables: tuple[str, ...] | None) -> bool:
        """Whether the dictionary has ``word`` (a run of tokens ending a clause:
        :func:`.question_words.question_runs`) read ``syllables`` as a common word whose
        first useful sense is a question (怎么了 "What's up?", 多大 "how old?")."""
        first = self._first_common_sense(word, syllables)
        return first is not None and first.rstrip().endswith("?")

    def _first_common_sense(self, word: str, syllables: tuple[str, ...] | None) -> str | None:
        """The first useful sense of the first common (not proper) entry of exactly ``word``
        read ``syllables`` (any reading when None) that has one; None if no entry has."""
        syls = tuple(s.lower() for s in syllables) if syllables else None
        for r in self.rows(word):
            if r.simplified != word or r.proper or (
                    syls is not None and not same_reading(r.syllables, syls)):
                continue
            senses = _useful_senses(r)
            if senses:
                return senses[0]
        return None

    def has_common_entry(self, word: str) -> bool:
        """Whether CC-CEDICT has ``word`` (as written) as a common word with a useful sense,
        beside any name: the first question of :meth:`common_word_not_name`, asked
        before the sentence is read (most names, 王明 or 北京, have none)."""
        return any(r.simplified == word and not r.proper and any(_useful(s) for s in r.senses)
                   for r in self.rows(word))

    @staticmethod
    def _default28_minor_place(names: list[str]) -> bool:
        """Whether the name senses of a word are all places of a county or smaller (向阳
        "Xiangyang district of Kiamusze", 路桥 "Luqiao district of Taizhou", 红旗 "Hongqi
        district of Xinxiang", 比萨 "Pisa, town in Toscana"): jieba tags such words as
        places, and a learner who meets 向阳, 红旗 or 比萨 needs "facing the sun", "red
        flag", "pizza". Each names a district, county, township, town or village and
        none a prefecture-level city, province or capital (朝阳 stays a name)."""
        return bool(names) and all(
            _DEFAULT28_MINOR_PLACE.search(s) and not _DEFAULT28_MAJOR_PLACE.search(s)
            for s in names)

    def _default28_person_may_stand(self, word: str, prev: str, rest: tuple[str, ...]
                                    ) -> bool:
        """Whether a sentence may call a person by ``word``: an HSK word (the names module
        reads 高明说他明天来 as a person, :func:`.names.mark_names`), after 叫, 和, 认识…
        (:data:`NAME_BEFORE`), or first in its clause before 说, 今年, 是…
        (:data:`NAME_AFTER`)."""
        return word in self.listed() or prev in NAME_BEFORE or (
            not prev and bool(rest[:1]) and rest[0] in NAME_AFTER)

    def marked_name_gloss(self, word: str, syllables: tuple[str, ...] | None) -> Gloss:
        """The gloss of a word the engine marked as a name, asked out of its sentence (a
        reader's pop-up): the engine has already asked :meth:`common_word_not_name` in the
        sentence (:func:`unmark_common_word_names`), so a word still marked is a name
        there (我叫小雨: "(name) Xiaoyu", not the "light rain" of the word alone); a word
        the curated table glosses as its common word (:meth:`common_homograph`: 孙子
        "grandson") keeps that gloss, as :meth:`gloss` gives it."""
        syls = tuple(s.lower() for s in syllables) if syllables else None
        if self.common_homograph(word, syls):
            return self.gloss(word, syls, name=True)
        return self._name_gloss(word, syls)

    def _name_gloss(self, word: str, syls: tuple[str, ...] | None) -> Gloss:
        """The gloss of a name, with the parts a learner looks up where it is made of a
        word and a name (:meth:`_name_parts`: 小王, 老李, 海淀区)."""
        found = self._name_gloss_whole(word, syls)
        if found.parts:
            return found
        parts = self._name_parts(word, syls)
        if not parts:
            return found
        short = found.short
        if word[0] in NAME_PREFIX_GLOSSES and short.startswith("(name) "):
            # 老李 "(name) Laoli": the prefix and the surname apart, "Lao Li (name)"
            prefix = "Xiao" if word[0] == "小" else "Lao"
            short = f"{prefix} {parts[1][1].split(') ', 1)[-1]} (name)"
        return replace(found, short=short, parts=parts)

    def _name_parts(self, word: str, syls: tuple[str, ...] | None
                    ) -> tuple[tuple[str, str], ...]:
        """The parts of a name made of a word and a name: 小 or 老 before a surname (小王:
        小 "(before a surname) young; little" + 王 "(surname) Wang"), a place name and
        the kind of place after it (海淀区: 海淀 "(name) Haidian" + 区 "area; region; …";
        海南岛: 海南 "(name) Hainan" + 岛 "island", cut20);
        () for another name."""
        from chinese_teach.core.text.syllables import ToneStyle, join_word

        syls = syls if syls and len(syls) == len(word) else None
        dynasty = self._dynasty_parts(word, syls)
        if dynasty:
            return dynasty  # 唐朝: 唐 "(name) Tang" + 朝 "dynasty" (cut38)
        if len(word) == 2 and word[0] in NAME_PREFIX_GLOSSES and word[1] in SURNAMES:
            spelt = (join_word(syls[1:], ToneStyle.NONE) if syls else "") or (
                join_word(self._default_reading(word[1]) or (), ToneStyle.NONE))
            return ((word[0], NAME_PREFIX_GLOSSES[word[0]]),
                    (word[1], f"(surname) {spelt.capitalize()}" if spelt else "(surname)"))
        if len(word) > 2 and (word[-1] in PLACE_NAME_SUFFIXES or (
                word[-1] in NATURE_NAME_SUFFIXES and self.rows(word[:-1]))):
            place = word[:-1]
            spelt = join_word(syls[:-1], ToneStyle.NONE).capitalize() if syls else place
            found = self.gloss(word[-1], syls[-1:] if syls else None)
            # the kind of place leads (湖北省: 省 "province", not "to save")
            kind = part_led_by_whole(found.short, found.full, _PLACE_KINDS)
            if kind:
                return ((place, f"(name) {spelt}"), (word[-1], kind))
        # a name of common words (工业革命: 工业 + 革命, 北京大学: 北京 + 大学; cut38)
        pieces = name_word_parts(word, self.listed(), lambda p: bool(self.rows(p)),
                                 self.has_common_entry)
        out, pos = [], 0
        for piece in pieces:
            sub = syls[pos:pos + len(piece)] if syls else None
            out.append((piece, self.gloss(piece, sub).short))
            pos += len(piece)
        return tuple(out) if all(short for _, short in out) else ()

    def _dynasty_parts(self, word: str, syls: tuple[str, ...] | None
                       ) -> tuple[tuple[str, str], ...]:
        """The parts of a dynasty's name (:func:`.part_cuts.is_dynasty`: a proper noun
        only, 唐朝 "Tang dynasty"): the dynasty's name spelt as a name and 朝/代 led by
        "dynasty" (朝 is "towards; facing" alone); () for another word."""
        from chinese_teach.core.text.syllables import ToneStyle, join_word

        if len(word) < 2 or word[-1] not in DYNASTY_SUFFIXES:
            return ()
        syls = syls if syls and len(syls) == len(word) else None
        # in the token's reading: 明朝 míng cháo "Ming dynasty", not míngzhāo "tomorrow
        # morning"
        rows = [r for r in self.rows(word) if r.simplified == word and (
            syls is None or same_reading(r.syllables, tuple(s.lower() for s in syls)))]
        if not rows or not all(r.proper for r in rows) or not is_dynasty(
                word, (_clean(x) for r in rows for x in r.senses if _useful(x))):
            return ()
        head = syls[:-1] if syls else self._default_reading(word[:-1]) or ()
        spelt = join_word(head, ToneStyle.NONE).capitalize() or word[:-1]
        found = self.gloss(word[-1], syls[-1:] if syls else None)
        kind = part_led_by_whole(found.short, found.full, DYNASTY_KINDS)
        return ((word[:-1], f"(name) {spelt}"), (word[-1], kind))

    def _name_gloss_whole(self, word: str, syls: tuple[str, ...] | None) -> Gloss:
        from chinese_teach.core.text.syllables import ToneStyle, join_word

        curated = self.curated.get(word)
        if curated:
            return Gloss(curated[0].gloss, (curated[0].gloss,), "name", True)
        for title, pattern in TITLE_GLOSSES.items():
            if len(word) > len(title) and word.endswith(title):
                surname = word[: -len(title)]
                spelt = join_word(syls[: len(surname)], ToneStyle.NONE) if syls else ""
                if not spelt:
                    reading = self._default_reading(surname)
                    spelt = join_word(reading, ToneStyle.NONE) if reading else surname
                # its parts as a learner looks them up: the surname as a name (never 王
                # "king") and the title's own gloss (王太太: 王 + 太太 "Mrs")
                title_syls = syls[len(surname):] if syls else None
                parts = ((surname, f"(surname) {spelt.capitalize()}"),
                         (title, self.gloss(title, title_syls).short))
                return Gloss(pattern.format(spelt.capitalize()), (), "name", True, parts)
        rows = self.rows(word)
        # a common word the text calls a person by (高明说他明天来): no place's entry
        # (Gaoming District), the person's name spelt below
        person = word[:1] in SURNAMES and any(not r.proper for r in rows)
        for r in () if person else rows:
            if r.proper:
                senses = [_clean(s) for s in r.senses if _useful(s)]
                if senses:
                    # a person the dictionary knows by a biography (王明 "Wang Ming
                    # (1904-1974), Soviet-trained…"): a text's 王明 is only someone of
                    # that name, so the short gloss is the name; the entry stays in full
                    short = senses[0]
                    if _BIOGRAPHY.search(short):
                        short = "(name) " + short.split(" (", 1)[0]
                    return Gloss(short, tuple(senses), "name", True)
        if syls and len(syls) == len(word) and 2 <= len(word) <= 3 and word[0] in SURNAMES:
            # a person's name: surname and given name apart (Li Hua, Wang Xiaoming)
            spelt = " ".join(join_word(part, ToneStyle.NONE).capitalize()
                             for part in (syls[:1], syls[1:]))
        else:
            spelt = join_word(syls, ToneStyle.NONE).capitalize() if syls else word
        return Gloss(f"(name) {spelt}", (), "name", True)


def _place_may_stand(rest: tuple[str, ...]) -> bool:
    """Whether the words after a name-marked word make it a place's name: the next word
    is a kind of place alone (向阳 + 村, 龙潭 + 镇, 凌云 + 寺, 白水 + 山: :data:`PLACE_ENDINGS`)
    or starts with a village, county, town or township (临海 + 县委:
    :data:`PLACE_KIND_STARTS`)."""
    after = rest[0] if rest else ""
    return after in PLACE_ENDINGS or (len(after) > 1 and after[0] in PLACE_KIND_STARTS)


_glossers: dict[Path, Glosser] = {}
_glossers_lock = threading.Lock()


def glosser(corpus: Corpus) -> Glosser:
    """The shared :class:`Glosser` of ``corpus``."""
    with _glossers_lock:
        found = _glossers.get(corpus.path)
        if found is None:
            found = _glossers[corpus.path] = Glosser(corpus)
        return found


#: Words before a surname that make a name of it (小王, 老李), glossed as a learner looks
#: them up.
NAME_PREFIX_GLOSSES = {"小": "(before a surname) young; little",
                       "老": "(before a surname) old; (familiar address)"}
#: Kinds of place a place name ends with (海淀区, 北京市, 广东省): the name's parts.
PLACE_NAME_SUFFIXES = frozenset("区市省县镇村州")
#: Kinds of land, water and street a place name ends with after a dictionary word
#: (海南 + 岛, 长白 + 山, 青海 + 湖, 南京 + 路, 黄浦 + 江; cut20): the name's parts too. The
#: rest must be a dictionary word (王府井大 + 街 is no cut: 王府井 + 大街).
NATURE_NAME_SUFFIXES = frozenset("岛山湖河江海路街桥峰")
#: The senses of a kind of place (:func:`part_sense_words`), which lead a place suffix.
_PLACE_KINDS = frozenset({"province", "city", "district", "area", "region", "county",
                          "town", "village", "prefecture", "state",
                          "island", "mountain", "hill", "lake", "river", "sea", "road",
                          "street", "bridge", "peak"})

#: Words between the two characters of a split verb and object (生 + 我的 + 气, 睡 + 了 + 一
#: + 觉): a one-character word after one of them is read with the words before it.
_SPLIT_WORD_MARKS = frozenset({"了", "一", "的", "个"})

#: Verbs whose word with a noun after them is an idiom, never a split verb and object (有病,
#: 有数, 是非).
_SPLIT_NOT_VERBS = frozenset({"有", "是", "在", "没"})

#: How many words after a word its gloss may look at (离 + 这儿 + 很 + 远); ten since words22
#: (six before): the deciding word may stand past a person's apposition and a long
#: modifier (叫 + 我们 + 每 + 个 + 人 + 明天 + 都 + 带; 出 + 了 + 一 + 本 + 介绍 + 中国 + 菜 + 的
#: + 书).
_CLAUSE_WORDS = 10


def token_glosses(tokens: list, corpus: Corpus) -> list[Gloss | None]:
    """The gloss of each Chinese token of a sentence, read in its context (its reading,
    its neighbours, whether it is a name); None for other tokens."""
    g = glosser(corpus)
    words = [t for t in tokens if t.is_word]
    g.prefetch({t.text for t in words})
    asking = _asking(tokens)
    out: list[Gloss | None] = []
    index = {id(t): i for i, t in enumerate(words)}
    marked = names_at(tokens)  # once per text, not once per name
    for pos, tok in enumerate(tokens):
        i = index.get(id(tok))
        if i is None:
            out.append(None)
            continue
        prev, rest, earlier, following = _gloss_context(g, tokens, pos, words, i)
        syls = tok.citation or tok.pinyin
        if tok.extra.get("name") and g.has_common_entry(tok.text) and name_shown_by_context(
                g, tokens, pos, marked):
            out.append(g.marked_name_gloss(tok.text, syls))  # 尹小龙: kept a name (words33)
            continue
        found = g.gloss(tok.text, syls, prev=prev, rest=rest,
                        name=bool(tok.extra.get("name")), earlier=earlier,
                        question=asking[pos], following=following)
        if len(tok.text) > 1 and not found.name and not found.parts:
            parts = g.parts(tok.text, syls)
            if parts:
                parts = g.parts_between(tok.text, syls, parts, prev=prev, rest=tuple(rest),
                                        question=asking[pos],
                                        earlier=earlier or _earlier_words(tokens, pos))
                found = replace(found, parts=parts)
        out.append(found)
    _name_split_words(g, tokens, out)
    return out


def _name_split_words(g: Glosser, tokens: list, out: list[Gloss | None]) -> None:
    """Give each piece of a dictionary word the learner cut split (拉 + 肚子, 受 + 欢迎, 听 +
    懂: :func:`.split_words.split_words`) the whole word and its own gloss as one more
    part, so that a learner who looks at 拉 finds 拉肚子 "to have diarrhea" (cut39); and so
    the pieces of a verb and its complement the segmenter cut apart that the dictionary
    has as a verb (走 + 错 "to go the wrong way", 轮 + 到 "to be (sb's) turn":
    :func:`.complement_words.complement_runs`, cut20), and of a question that ends its
    clause (怎么 + 了 "What's up?": :func:`.question_words.question_runs`, cut20). Names
    are no pieces."""
    at = [k for k, tok in enumerate(tokens) if tok.is_word]
    if len(at) < 2:
        return
    texts = [tokens[k].text for k in at]
    named: list[tuple[int, int, str]] = []
    readings = [tokens[k].citation or tokens[k].pinyin for k in at]
    if any(tokens[k].extra.get("split_before") for k in at):
        continues = [j > 0 and at[j - 1] == k - 1
                     and bool(tokens[k].extra.get("split_before"))
                     and out[k] is not None and not out[k].name
                     and out[at[j - 1]] is not None and not out[at[j - 1]].name
                     for j, k in enumerate(at)]
        listed = g.listed()
        g.prefetch(candidate_words(texts, continues, listed))
        named = split_words(texts, readings, continues, is_word=g.names_split_word,
                            listed=listed)
    # a verb and its complement the segmenter cut apart: 走 + 错, 轮 + 到 (cut20)
    adjacent = [j > 0 and at[j - 1] == k - 1 and tokens[k - 1].end == tokens[k].start
                and out[k] is not None and not out[k].name
                and out[k - 1] is not None and not out[k - 1].name
                for j, k in enumerate(at)]
    pairs = complement_runs(texts, [bool(tokens[k].extra.get("split_before")) for k in at],
                            adjacent)
    if pairs:
        g.prefetch({word for _, _, word in pairs})
        named += [(first, last, word) for first, last, word in pairs
                  if g.names_complement_word(word, _run_reading(readings[first:last + 1]))]
    # 好 + 几 + a unit: the segmenter's 好 | 几天 (words41)
    amounts = vague_amount_runs(texts, adjacent, lambda w: w == "个" or g._is_measure(w))
    if amounts:
        named += [(first, last, word) for first, last, word in amounts
                  if g.names_split_word(word, _run_reading(readings[first:last + 1]))]
    # a set phrase of four characters or more given in pieces: 万 + 事 + 如意 (words42)
    phrases = [run for run in set_phrase_runs(texts, adjacent, g.set_phrases())
               if not any(crosses(run, (first, last)) for first, last, _ in named)]
    if phrases:  # not across a word already named (上个星期 of 上 + 个 + 星期 + 一: 星期一)
        g.prefetch({word for _, _, word in phrases})
        named += [(first, last, word) for first, last, word in phrases
                  if g.names_split_word(word, _run_reading(readings[first:last + 1]))]
    # a question the segmenter cut apart, ending its clause: 怎么 + 了, 多 + 大 (cut20)
    clause_end = [k + 1 >= len(tokens) or not tokens[k + 1].is_word for k in at]
    questions = question_runs(texts, adjacent, clause_end)
    if questions:
        g.prefetch({word for _, _, word in questions})
        ended: set[int] = set()
        for first, last, word in questions:
            if last not in ended and g.names_question_word(
                    word, _run_reading(readings[first:last + 1])):
                ended.add(last)
                named.append((first, last, word))
    for first, last, word in named:
        syls = tuple(s for r in readings[first:last + 1] for s in (r or ()))
        short = (_split_word_in_sentence(g, tokens, (at[first], at[last]), word, syls or None)
                 if g._figurative_later(word) else g.gloss(word, syls or None).short)
        if not short:
            continue
        for j in range(first, last + 1):
            own = out[at[j]]
            if own is not None and all(piece != word for piece, _ in own.parts):
                out[at[j]] = replace(own, parts=(*own.parts, (word, short)))


def _split_word_in_sentence(g: Glosser, tokens: list, span: tuple[int, int], word: str,
                            syls: tuple[str, ...] | None) -> str:
    """The gloss of a dictionary word the learner cut split (``tokens[first]`` to
    ``tokens[last]``) read in its sentence, as one token would be: a word with a figurative
    sense (老 + 狐狸, 母 + 老虎, 及时 + 雨) is said of its subject after 是 there (他是个老狐狸,
    :mod:`.glosses_figurative_senses`, words42). ``span``: the first and last token's
    indexes."""
    first, last = span
    earlier = _earlier_words(tokens, first)
    prev = earlier[0] if earlier and earlier[0] not in (CLAUSE_BREAK, LIST_MARK) else ""
    rest: list[str] = []
    for tok in tokens[last + 1:]:
        if not tok.is_word or len(rest) == _CLAUSE_WORDS:
            break
        rest.append(tok.text)
    return g.gloss(word, syls, prev=prev, rest=tuple(rest), earlier=earlier).short


def _run_reading(readings: list) -> tuple[str, ...] | None:
    """The syllables of a run of tokens, or None where a token's are unknown."""
    out: list[str] = []
    for r in readings:
        if not r:
            return None
        out.extend(r)
    return tuple(out)


def _gloss_context(
    g: Glosser, tokens: list, pos: int, words: list, i: int
) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The words around ``tokens[pos]`` (``words[i]``, ``words``: the Chinese tokens of
    ``tokens``) that :meth:`Glosser.gloss` reads: the word just before it (``prev``), the
    words after it in its clause (``rest``), its sentence's earlier words where its
    gloss may read them (``earlier``) and the words after it across commas where needed
    (``following``). :func:`token_glosses` and :func:`unmark_common_word_names` read the
    same context, so a name's gloss and its capitals follow one decision."""
    tok = tokens[pos]
    prev = words[i - 1].text if i > 0 and words[i - 1].end == tok.start else ""
    rest: list[str] = []
    end = tok.end
    for later in tokens[pos + 1:]:
        if len(rest) == _CLAUSE_WORDS or later.start != end:
            break
        end = later.end
        if not later.is_word:
            if later.text.strip() == LIST_MARK:
                continue  # a list goes on across 、 (像北京、上海这样的城市)
            break  # other punctuation or text ends the clause
        rest.append(later.text)
    decided = g.decided_by_context(tok.text) or needs_earlier_words(prev) or (  # 八点 + 发射
        i > 1 and about_after_number(prev, words[i - 2].text)) or (  # 一百多 + 名 (words38)
        len(tok.text) == 1 and i > 1 and counted_thing_place(  # 一个 + 伤 (words38)
            prev, words[i - 2].text, g._is_measure)) or (
        len(tok.text) == 1 and counted_token(  # 把这个 + 带 (words39)
            prev, g._is_measure, g._dictionary_word))
    earlier = _earlier_words(tokens, pos if decided or (
        len(tok.text) == 1 and prev in _SPLIT_WORD_MARKS) or (
        len(tok.text) == 1 and _object_may_stand_before(tokens, pos)) or (
        len(tok.text) == 1 and _topic_may_stand_before(g, tokens, pos, rest)) or (
        prev in _BEFORE_NOUNS and len(tok.text) > 1) or (
        len(tok.text) > 1 and counted_head_place(  # 一个 + 学生 + 组织 (words41)
            _earlier_words(tokens, pos), rest, noun_like=g._noun_like,
            measure_place=g._noun_place, particles=_FINAL_PARTICLES)) or (
        prev == "个" and i > 1 and words[i - 2].text.startswith("第")) or (
        prev[:1] == "第" and len(tok.text) > 1) else -1)  # 的第一 + 反应 (words39)
    following = _following_if_needed(g, tokens, pos, near=bool(prev or rest or earlier))
    return prev, tuple(rest), earlier, following


#: Words that put a verb's object before it (把 + 花 + 浇好了, 票 + 被他 + 退了, 花 + 是谁 + 浇的).
_OBJECT_BEFORE_MARKS = frozenset({"把", "将", "被", "是"})


def _topic_may_stand_before(g: Glosser, tokens: list, pos: int, rest: list[str]) -> bool:
    """Whether the one-character ``tokens[pos]`` may have its object before it as its
    clause's topic, so that its gloss reads its sentence's earlier words (collo20: 灯 + 都 +
    关了, 书 + 可以 + 借): nothing noun-like follows it, and the nearest word before it in
    its clause, past adverbs, modal verbs and an amount of time
    (:func:`.glosses_collocation_objects.in_topic_gap`), is a noun and no person."""
    if rest and ((g._noun_like(rest[0]) and not is_number(rest[0])) or is_person(rest[0])):
        return False
    for tok in reversed(tokens[:pos]):
        if not tok.is_word:
            return False  # punctuation: the clause begins with the verb
        if in_topic_gap(tok.text, is_number):
            continue
        return g._noun_like(tok.text) and not is_person(tok.text)
    return False


def _object_may_stand_before(tokens: list, pos: int) -> bool:
    """Whether the object of the one-character ``tokens[pos]`` may stand before it, so that
    its gloss reads its sentence's earlier words (collo19): a mark of an object before
    its verb (:data:`_OBJECT_BEFORE_MARKS`), or the same character, earlier in the
    sentence (停车，请 + 停 + 到那边)."""
    ch = tokens[pos].text
    for tok in reversed(tokens[:pos]):
        if not tok.is_word:
            if any(c in _SENTENCE_END for c in tok.text):
                return False
            continue
        if tok.text in _OBJECT_BEFORE_MARKS or tok.text[0] == ch:
            return True
    return False


def unmark_common_word_names(tokens: list, corpus: Corpus) -> None:
    """Drop the name marks (``extra["name"]``, ``extra["name_title"]``:
    :func:`.names.mark_names`) of the tokens that :meth:`Glosser.common_word_not_name`
    reads as their common word in their sentence (小雨 of 明天下小雨 "light rain", 白云 of
    天上有白云, 向阳 of 我们去向阳村): the glosser glosses them as the common word, so no
    reader capitalises them (xiǎoyǔ), and the ``name`` field of ``annotate`` is unset.
    Where a person may stand (我叫小雨, 小雨说) they stay names (Xiǎoyǔ) with a name's
    gloss. The engine calls this after :func:`.names.mark_names`."""
    marked = [pos for pos, tok in enumerate(tokens) if tok.extra.get("name")]
    if not marked:
        return
    g = glosser(corpus)
    words = [t for t in tokens if t.is_word]
    index = {id(t): i for i, t in enumerate(words)}
    dropped: list[int] = []
    for pos in marked:
        tok = tokens[pos]
        i = index.get(id(tok))
        if i is None or len(tok.text) < 2 or not g.has_common_entry(tok.text):
            continue
        prev, rest, earlier, following = _gloss_context(g, tokens, pos, words, i)
        if prev == "姓":
            continue  # 他姓欧阳: the surname, glossed as one whatever the mark
        if g.common_word_not_name(tok.text, prev, rest[:1],
                                  alone=not (prev or rest or earlier or following)):
            dropped.append(pos)
    kept = frozenset(marked).difference(dropped)
    for pos in dropped:
        if not name_shown_by_context(g, tokens, pos, kept):  # 尹小龙, 武功水 (words33)
            without_extra(tokens[pos], "name", "name_title")


def context_gloss(tokens: list, k: int, corpus: Corpus, *,
                  question: bool | None = None) -> Gloss | None:
    """The gloss of ``tokens[k]`` where its sentence chooses one (a measure word after a
    number, 离 before 远, 送 + person + 去), or None where the word's own gloss is the
    one (most words): a glossary lists each word once, with the sense of its first
    occurrence when the sentence decides it. ``question``: :func:`asks` of ``tokens[k]``
    when the caller knows it (:func:`_asking` of the whole list, one pass)."""
    tok = tokens[k]
    if not tok.is_word or tok.extra.get("name"):
        return None
    prev = _word_before(tokens, k)
    rest: list[str] = []
    end = tok.end
    for later in tokens[k + 1:k + 1 + _CLAUSE_WORDS]:
        if not later.is_word or later.start != end:
            break
        rest.append(later.text)
        end = later.end
    g = glosser(corpus)
    earlier = _earlier_words(tokens, k)
    found = g.kept_gloss(tok.text, tok.citation or tok.pinyin, prev, tuple(rest), earlier,
                         question=asks(tokens, k) if question is None else question,
                         following=_following_if_needed(
                             g, tokens, k, near=bool(prev or rest or earlier)))
    return found if found.source in ("context", "measure") else None


def _following_if_needed(g: Glosser, tokens: list, k: int, *, near: bool) -> tuple[str, ...]:
    """The words after ``tokens[k]`` in its sentence across commas, for a word whose gloss
    reads them (:meth:`Glosser.reads_following`) or that has no word ``near`` it in its
    clause and none before it (另外 + ， + …): then they tell a sentence's word from a
    word with no sentence (a list's 另外), whose gloss reads no condition; () otherwise."""
    if not near or g.reads_following(tokens[k].text):
        return _following_words(tokens, k)
    return ()


#: Marks that end a sentence: the earlier words of a word's gloss stop there.
_SENTENCE_END = frozenset("。！？!?；;\n")
#: How many words before a word its gloss may look at (先 … , … 再); twenty since words24
#: (a dozen before): a teacher's two-clause sentence names its topic up to twenty words
#: back (这些照片是上个月在北京拍的，我一直没时间去洗).
_EARLIER_WORDS = 20


#: Stands between the clauses of a word's earlier words (a comma, a quote).
CLAUSE_BREAK = ","
#: The enumeration comma, kept among a word's earlier words: a list goes on across it
#: (苹果、香蕉等水果).
LIST_MARK = "、"


def _earlier_words(tokens: list, k: int) -> tuple[str, ...]:
    """The words before ``tokens[k]`` in its sentence, across commas, nearest first (at
    most a dozen), with :data:`CLAUSE_BREAK` where punctuation parts two clauses; () for
    ``k`` < 0."""
    out: list[str] = []
    for j in range(k - 1, -1, -1):
        tok = tokens[j]
        if not tok.is_word:
            if any(ch in _SENTENCE_END for ch in tok.text):
                break
            mark = LIST_MARK if tok.text.strip() == LIST_MARK else CLAUSE_BREAK
            if tok.text.strip() and (not out or out[-1] != mark):
                out.append(mark)
            continue
        out.append(tok.text)
        if len(out) == _EARLIER_WORDS:
            break
    return tuple(out)


def _following_words(tokens: list, k: int) -> tuple[str, ...]:
    """The words after ``tokens[k]`` in its sentence, across commas, in order (at most a
    dozen): 既 … ，又 …, 除了 … ，… 都."""
    out: list[str] = []
    for tok in tokens[k + 1:]:
        if not tok.is_word:
            if any(ch in _SENTENCE_END for ch in tok.text):
                break
            continue
        out.append(tok.text)
        if len(out) == _EARLIER_WORDS:
            break
    return tuple(out)


#: Marks that end a question.
_QUESTION_MARKS = frozenset("？?")


def _sentence_end(text: str) -> str | None:
    """The first mark in ``text`` that ends a sentence, or None."""
    return next((ch for ch in text if ch in _SENTENCE_END), None)


def asks(tokens: list, k: int) -> bool:
    """Whether the sentence of ``tokens[k]`` asks: it ends with a question mark, and not
    after 吗 (你有几个朋友？ asks how many; 你有几个朋友吗？ asks whether, and 几 is "a few")."""
    last = ""
    for tok in tokens[k + 1:]:
        if tok.is_word:
            last = tok.text
            continue
        end = _sentence_end(tok.text)
        if end is not None:
            return end in _QUESTION_MARKS and not (last or tokens[k].text).endswith("吗")
    return False


def _asking(tokens: list) -> list[bool]:
    """:func:`asks` for every token of a sentence list, in one backward pass."""
    out = [False] * len(tokens)
    current = False
    after_mark = False  # the next word (going back) is the last of its sentence
    for j in range(len(tokens) - 1, -1, -1):
        tok = tokens[j]
        if not tok.is_word:
            end = _sentence_end(tok.text)
            if end is not None:
                current, after_mark = end in _QUESTION_MARKS, True
            out[j] = current
            continue
        if after_mark:
            after_mark = False
            if tok.text.endswith("吗"):
                current = False
        out[j] = current
    return out


def _clause24_in_sentence(rest: tuple[str, ...], earlier: tuple[str, ...],
                          following: tuple[str, ...], options: frozenset[str]) -> bool:
    """Whether X or Y (``options``: words, or ``@class`` for a class's words) stands
    anywhere in the word's sentence: in its clause before or after it, or in a clause
    before or after its own, across commas (``sentence:X|Y``; 这个歌手我关注了两年，他每发一个
    新视频我都会看: 视频 decides 关注 "to follow"). The deciding word of a teacher's
    two-clause sentence may stand on either side of the comma (words24)."""
    return any(w not in (CLAUSE_BREAK, LIST_MARK) and w in options
               for words in (earlier, rest, following) for w in words)


def _same_clause(earlier: tuple[str, ...]) -> tuple[str, ...]:
    """The words of :func:`_earlier_words` that stand in the word's own clause (up to the
    first :data:`CLAUSE_BREAK`, nearest first)."""
    return earlier[:earlier.index(CLAUSE_BREAK)] if CLAUSE_BREAK in earlier else earlier


def _word_before(tokens: list, k: int) -> str:
    """The word right before ``tokens[k]`` in its clause, or "" (punctuation, a space)."""
    if k > 0 and tokens[k - 1].is_word and tokens[k - 1].end == tokens[k].start:
        return tokens[k - 1].text
    return ""


@dataclass(frozen=True, slots=True)
class TextSense:
    """The sense a word takes in a text, and the reading it has there (numbered syllables,
    lower case; empty when the token had none): the sense its first occurrence chooses,
    or, for a word met in more than one sense, each sense met in that reading (还 hái
    "still; also"). ``others``: the word's senses in its other readings met in the text
    (还 huán "to give back"), each a :class:`TextSense` of its own."""

    gloss: Gloss
    syllables: tuple[str, ...] = ()
    others: tuple[TextSense, ...] = ()

    def fits(self, syllables: tuple[str, ...] | list[str] | None) -> bool:
        """Whether the sense belongs to a word read ``syllables`` (a list's or the
        teacher's reading): a sense of 会 huì ("meeting") is not one of 会 kuài."""
        if not syllables or not self.syllables:
            return True
        return tuple(s.lower() for s in syllables) == self.syllables

    def in_reading(self, syllables: tuple[str, ...] | list[str] | None) -> Gloss | None:
        """The gloss the text gives the word read ``syllables`` (this sense when it
        :meth:`fits`, else the one of another reading met in the text that does), or
        None: the word's own gloss is then the one."""
        if self.fits(syllables):
            return self.gloss
        return next((o.gloss for o in self.others if o.fits(syllables)), None)


#: The most tokens of a list whose words :func:`text_senses` asks :func:`asks` one by one;
#: a longer list (a paragraph of a book) has :func:`_asking` made once for all its words.
_LEFT26_SHORT_LIST = 200

#: How many occurrences of a word in one reading :func:`text_senses` reads for the senses
#: met (a lesson's text rarely repeats a word more often; a book-length reader's build
#: glosses at most this many occurrences of a word, not every one).
TEXT_SENSE_OCCURRENCES = 3


def _every_word_may_be_decided(_g: Glosser, _word: str, _syllables: object) -> bool:
    """``text_senses``'s check when no fast path is given: every sentence is read."""
    return True


def text_senses(
    texts: Iterable[list], corpus: Corpus, words: Iterable[str] | None = None,
    may_decide: Callable[[Glosser, str, tuple[str, ...] | None], bool] | None = None,
) -> dict[str, TextSense]:
    """The sense each word of a text takes where its sentences choose one (两台电脑: the
    measure word; 四口人: "measure word for family members"; 离这儿很远: "from"), for every
    output that lists the words of that text (the reader's glossary and pop-ups, the
    lesson's vocabulary, plan and worksheets, its deck and study page), so a word has one
    meaning in all of them.

    ``texts`` are the text's annotated token lists (paragraphs or sentences) in reading
    order; ``words`` limits the answer to those words (a lesson's vocabulary). Each
    occurrence of a word is glossed in its sentence with every rule annotate and the
    pop-ups use (a curated condition, a measure word after a number, the adverbial place:
    突然下雨了 "suddenly", a noun's place: 你的建议 "suggestion"); an occurrence whose
    sentence decides nothing has the word's own gloss. Occurrences are grouped by reading,
    in the order first met (the first :data:`TEXT_SENSE_OCCURRENCES` of each):

    * a reading met in one sense keeps its first occurrence's: the sense that sentence
      chooses, or none (the word's own gloss is the one: most words);
    * a reading met in more than one sense (the first sense of each occurrence's gloss,
      two senses being one when they share a content word) shows each sense met, in the
      order first met, as a short gloss (:func:`shorten`): 他还在睡觉。还要别的吗？ 还
      "still; else".

    Each sense keeps the reading it was chosen for: an output showing the word with
    another reading uses that reading's sense met in the text, else the word's own gloss
    (:meth:`TextSense.in_reading`).

    ``may_decide`` (the outputs pass :func:`.gloss_context.sentence_may_decide`, reader16)
    tells the words whose gloss no sentence can change, whose sentences are then not read;
    without it every occurrence is read (the same senses, more slowly). It is passed in,
    not imported, since ``gloss_context`` reads this module's rules."""
    if may_decide is None:
        may_decide = _every_word_may_be_decided

    wanted = set(words) if words is not None else None
    g = glosser(corpus)
    # (word, reading as the token spells it) -> the gloss of each occurrence (None: its
    # own), in order; the dict keeps the order first met
    met: dict[tuple[str, tuple[str, ...] | None], list[Gloss | None]] = {}
    hanzi = Kind.HANZI  # (``Token.is_word``, without a property call per token)
    for tokens in texts:
        asking: list[bool] | None = None  # whether each token's sentence asks, made once
        for k, tok in enumerate(tokens):
            if tok.kind is not hanzi or (wanted is not None and tok.text not in wanted):
                continue
            key = (tok.text, tok.citation or tok.pinyin)
            glosses = met.get(key)
            if glosses is None:
                glosses = met[key] = []
            elif len(glosses) >= TEXT_SENSE_OCCURRENCES:
                continue
            if not may_decide(g, tok.text, key[1]) or tok.extra.get("name"):
                glosses.append(None)  # no sentence gives it a gloss of its own (most words)
                continue
            if len(tokens) <= _LEFT26_SHORT_LIST:
                glosses.append(context_gloss(tokens, k, corpus))  # asks: a short walk
                continue
            if asking is None:
                asking = _asking(tokens)
            glosses.append(context_gloss(tokens, k, corpus, question=asking[k]))
    by_word: dict[str, list[TextSense]] = {}
    for (word, spelt), glosses in met.items():
        syls = tuple(s.lower() for s in spelt or ())
        gloss = _senses_met(g, word, syls, glosses)
        if gloss is not None:
            by_word.setdefault(word, []).append(TextSense(gloss, syls))
    return {word: replace(found[0], others=tuple(found[1:]))
            for word, found in by_word.items()}


def _senses_met(g: Glosser, word: str, syllables: tuple[str, ...],
                glosses: list[Gloss | None]) -> Gloss | None:
    """The gloss a text gives ``word`` read ``syllables`` from the gloss of each of its
    occurrences there (None: its own gloss), in order: the first occurrence's where every
    occurrence has one sense (None if it decides nothing), else each first sense met, in
    the order first met (:func:`met_senses_gloss`)."""
    first = glosses[0]
    if len(glosses) == 1 or all(found is None for found in glosses) or all(
            found is not None and found.short == first.short for found in glosses):
        return first  # one gloss, hence one sense (most words)
    own: str | None = None
    shorts: list[str] = []
    for found in glosses:
        if found is not None:
            shorts.append(found.short)
            continue
        if own is None:
            own = g.short(word, syllables or None)
        shorts.append(own)
    combined = met_senses_gloss(shorts)
    if combined is None:
        return first
    base = first if first is not None else Gloss(own or "", source="dictionary")
    return replace(base, short=combined, source="text")


def met_senses_gloss(shorts: Iterable[str], limit: int = SHORT_CHARS) -> str | None:
    """A short gloss naming each sense of ``shorts`` (the short glosses of one word's
    occurrences in a text, in order), or None when they name one sense: the first sense
    of each, the ones that share no content word (:func:`part_sense_words`) with a sense
    kept before, in order: the first and the next that fits beside it in a learner gloss's
    ``limit`` (two senses, as :func:`shorten` shows; then "…" for the others): ["still;
    yet", "else; also", "still; yet"] -> "still; else". None too where no second sense
    fits beside the first (家 "home" and "(measure word for families or businesses)"):
    one sense shown would hide the others met, so the word keeps the gloss it had."""
    kept: list[str] = []
    seen: list[set[str]] = []
    for short in shorts:
        sense = short.split(";", 1)[0].strip().rstrip("…").strip()
        if not sense:
            continue
        content = part_sense_words(sense) or {sense.lower()}
        if any(content & before for before in seen):
            continue
        kept.append(sense)
        seen.append(content)
    if len(kept) < 2:
        return None
    # two senses at most, as :func:`shorten` shows: the first and the next that fits
    shown = [kept[0]]
    for sense in kept[1:]:
        if len(kept[0]) + 2 + len(sense) <= limit:
            shown.append(sense)
            break
    if len(shown) < 2:
        return None
    return "; ".join(shown) + ("; …" if len(shown) < len(kept) else "")


#: How many of a whole word's first senses may pick its part's sense (站住 "to stand; to
#: halt; to stop": 住 "to stop").
PART_WHOLE_SENSES = 3

#: Words of a sense that say nothing of its meaning, left out when a part's sense is
#: matched against the whole word's (:func:`part_led_by_whole`).
_PART_SENSE_STOPWORDS_TEXT = (
    "the and for sth sb sb's one one's etc with from into onto used bound form measure word "
    "words classifier abbr also see variant that this what which who whom whose not are was "
    "were has have had its it's lit fig esp some something someone somebody out off over "
    "very much more most make made get got let take give put kind sort way thing things "
    "particle marker suffix prefix component but all")
PART_SENSE_STOPWORDS = frozenset(_PART_SENSE_STOPWORDS_TEXT.split())


def part_sense_words(sense: str) -> set[str]:
    """The content words of one English sense, lower case, a plural's or a verb's final
    "s" dropped ("noodles" -> "noodle"); words of fewer than three letters and
    :data:`PART_SENSE_STOPWORDS` are left out."""
    out: set[str] = set()
    for w in re.findall(r"[a-z][a-z'-]+", sense.lower()):
        if len(w) < 3 or w in PART_SENSE_STOPWORDS:
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def _measure_sense_last(short: str, whole: frozenset[str] = frozenset()) -> str:
    """A part's short gloss with a leading measure-word sense put after its next sense: a
    piece no number counts is no measure word (怎么样: 样 "appearance; (measure word:
    kind, type)"; 收集: 集 "to gather"); unchanged when it has no other sense, or when
    what the measure word counts is in the whole word's senses (``whole``: 课本 "textbook"
    keeps 本 "(measure word for books)")."""
    shown = [x.strip() for x in short.split(";") if x.strip() and x.strip() != "…"]
    if len(shown) < 2 or not shown[0].startswith("(measure word"):
        return short
    if any(w.endswith(counted) for counted in part_sense_words(shown[0]) for w in whole):
        return short
    return "; ".join([shown[1], shown[0], *shown[2:]]) + ("; …" if short.endswith("…") else "")


#: Words before a number and a measure word that pick one thing of a row (下一站 "the next
#: stop", 这一站): the measure word there stands for the thing.
_ORDERING_WORDS = frozenset("上下这那每哪")
#: What a measure word's sense says it counts: "(measure word for stops)" -> "stops".
_COUNTED_THING = re.compile(r"\(measure word for ([^)]*)\)")


def _counted_head_first(short: str, whole: frozenset[str]) -> str:
    """The gloss of a measure word counted at the end of a word whose senses name what it
    counts, after a word that picks one of a row (下一站 "the next stop": 站 "(measure word
    for stops); station"): the word is that thing, so its next sense leads ("station;
    (measure word for stops)"). Unchanged where the whole names nothing it counts."""
    shown = [x.strip() for x in short.split(";") if x.strip() and x.strip() != "…"]
    if len(shown) < 2 or not shown[0].startswith("(measure word"):
        return short
    counted = part_sense_words(" ".join(_COUNTED_THING.findall(shown[0])))
    if not counted & whole:
        return short
    return _measure_sense_last(short)


def _naming_words(sense: str) -> set[str]:
    """The words of a whole word's sense that may name its part's (:func:`part_sense_words`),
    but the bare modifier of a verb's object: a word right after the verb and before
    another word of meaning ("to pay close attention to": "close" says how, it names no
    part, so 抓紧's 紧 stays "tight", not "close at hand")."""
    out: set[str] = set()
    for one in sense.split(";"):
        words = part_sense_words(one)
        plain = _BRACKETED_NOTE.sub(" ", one).split()
        if plain[:1] == ["to"] and len(plain) > 3 and all(
                part_sense_words(w) for w in plain[2:4]):
            # the modifier, unless the sense names its word again
            words -= part_sense_words(plain[2]) - part_sense_words(
                " ".join(plain[:2] + plain[3:]))
        out |= words
    return out


def _verb_of_sense(sense: str) -> set[str]:
    """The verb of a verb's sense ("to …", after any bracketed note), as
    :func:`part_sense_words` gives it ("to work together" -> {"work"}); empty for a sense
    that is no verb's."""
    plain = _BRACKETED_NOTE.sub(" ", sense).split()
    return part_sense_words(plain[1]) if plain[:1] == ["to"] and len(plain) > 1 else set()


def _plural_stems(sense: str) -> set[str]:
    """The words of ``sense`` :func:`part_sense_words` stems from a plural ("works" ->
    "work")."""
    return {w[:-1] for w in re.findall(r"[a-z][a-z'-]+", sense.lower())
            if len(w) > 3 and w.endswith("s") and not w.endswith("ss")}


def part_led_by_whole(short: str, full: tuple[str, ...], whole: frozenset[str],
                      verbs: frozenset[str] = frozenset()) -> str:
    """A part's short gloss led by its sense that the whole word's senses name (``whole``:
    their content words, :func:`part_sense_words`): 面 in 牛肉面 "beef noodle soup" ->
    "noodles; face; …". Unchanged when its first sense already shares a word with the
    whole's, or when none of its senses does. Only a sense that is no verb's ("to …") may
    lead, matched by its words outside brackets: a verb piece keeps its own order (坐 of
    请坐 "please, have a seat" stays "to sit"; 存 of a mis-cut 存在 stays "to deposit"),
    and a bracketed note names no meaning (来 "for the past (amount of time)" is not the
    "time" of 慢慢来 "take your time"), nor does a sense noted by its place beside another
    word (好处 "benefit" keeps 好 "good", not "(before a verb) easy to"). The whole's verb
    (``verbs``, :func:`_verb_of_sense`) names no part's plural noun: 合作 "to work
    together" keeps 作 "to do", not "writings; works" (干活 "to work" still leads 活
    "work")."""
    shown = [x.strip() for x in short.split(";") if x.strip() and x.strip() != "…"]
    if not shown or part_sense_words(shown[0]) & whole:
        return short
    seen = set(shown)
    candidates = shown[1:] + [c for c in (_clean(x) for x in full if _useful(x))
                              if c and c not in seen]
    for sense in candidates:
        if sense.startswith("to ") or _PLACE_NOTE.match(sense) or _PART_HANZI.search(
                sense) or sense in _NAMED_OTHER_WORDS or len(
                _BRACKETED_NOTE.sub(" ", sense).split()) > _PART_SENSE_WORDS:
            continue  # a verb's sense, one that names other words (高速 "expressway
            # (abbr. for 高速公路)" is not 高速 inside 高速公路), or an explanation (字
            # "courtesy or style name traditionally given to males …" is not 名字's "name")
        plain = _BRACKETED_NOTE.sub(" ", sense)
        named = part_sense_words(plain) & whole
        if named and not named <= (verbs & _plural_stems(plain)):
            return f"{sense}; {shown[0]}; …"
    return short


def _left26_after_doubled(pieces: list[str], k: int, rest: tuple[str, ...],
                          is_verb: Callable[[str], bool]) -> list[str]:
    """The pieces of a word after its piece ``k`` that its sentence reads with the words
    after the word (``rest``): none for the first piece of a doubled verb (``is_verb``)
    before more of its clause (讲讲 + 这道题: 讲 reads 这道题, its object, not its own
    copy) or ending it (给我 + 讲讲。: 讲 ends the clause), else every later piece (走走
    + 吧 keeps 走走 together: "to walk", not 走吧's "to leave"; 早早 + 就 is no verb: 早
    stays "early")."""
    if k == 0 and len(pieces) == 2 and pieces[0] == pieces[1] and (
            not rest or rest[0] not in _LEFT26_PARTICLES) and is_verb(pieces[0]):
        return []  # 讲讲 + 这道题; 讲讲。 ends its clause (words37)
    return pieces[k + 1:]


#: Particles that end a clause (吧, 了 …): a doubled verb before one has no object after
#: it; a word before only these ends its clause (:data:`_LEFT26_CLAUSE_END`).
_LEFT26_PARTICLES = frozenset("吧了呢吗啊呀嘛")
#: A curated condition: nothing but particles after the word in its clause ("end" holds
#: only where nothing follows: 有意见了 is not "end", its 了 follows).
_LEFT26_CLAUSE_END = "clause-end"


#: Complements of direction and result after a verb (接上, 关上, 送到, 拿走): the word's
#: verb is the verb piece's (:meth:`Glosser._left26_verb_led_by_whole`).
_LEFT26_COMPLEMENTS = frozenset("上下到好完开住走起出进回过来去成掉见懂")
#: A verb sense's verb: "to" and its first word ("to connect (a cable etc)": "to connect").
_LEFT26_VERB = re.compile(r"to [a-z]+")


#: The most words outside brackets a sense that leads a part may have (longer: an
#: explanation).
_PART_SENSE_WORDS = 8

#: Chinese characters in a sense: it names other words (an abbreviation's, a reference's).
_PART_HANZI = re.compile(r"[\u3400-\u9fff]")
#: A sense whose note gives its place beside another word ("(before a verb) easy to"): a
#: use of the word in a sentence, no meaning of a part inside a word (好处: 好 "good").
_PLACE_NOTE = re.compile(r"\((?:before|after) (?:a |an )?(?:verb|adjective|noun)")
#: A specialist's or an obsolete sense, by CC-CEDICT's note of its field ("(military) to
#: march at the double"): after the word's first sense, no learner's sense of it, and it
#: names none of its parts (跑步: 步 "a step", not "march"; 环节 "(zoology) segment",
#: its first, still names 节 "section"). Notes of register ("(coll.) eagle") and of
#: meaning ("(future) prospects", "(lead) pencil") are not fields.
_FIELD_NOTE = re.compile(
    r"\((?:military|medicine|med\.|math\.|computing|computer|TCM|Buddhism|Daoism|Taoism"
    r"|linguistics|botany|physics|chemistry|finance|law|geology|astronomy|anatomy|zoology"
    r"|biology|economics|agriculture|mining|statistics|archaic|arch\.|old)\) ")
#: A bracketed note inside a sense ("for the past (amount of time)").
_BRACKETED_NOTE = re.compile(r"\([^()]*\)")


#: A pronunciation note of an entry's senses ("colloquial pr. [xie3]", "also pr. [da1]").
_PRONOUNCED_NOTE = re.compile(r"\bpr\.\s*\[([a-zA-Z1-5: ]+)\]")


def pronounced_as(senses: tuple[str, ...] | list[str]) -> set[tuple[str, ...]]:
    """The readings an entry's senses note as another pronunciation of the word ("colloquial
    pr. [xie3]" -> {("xie3",)}), numbered, lower case, ü written "v" as the engine writes it."""
    return {tuple(m.group(1).lower().replace("u:", "v").split())
            for sense in senses for m in _PRONOUNCED_NOTE.finditer(sense)}


def _first_sense(short: str) -> str:
    """The first sense of a short gloss ("to hit; to play; …" -> "to hit")."""
    return short.split(";", maxsplit=1)[0].strip()


def place_only(glosser: Glosser, word: str) -> bool:
    """(words33) Whether every CC-CEDICT entry of ``word`` (as written) is a proper noun
    whose useful senses all name a place of a county or smaller
    (:meth:`.Glosser._default28_minor_place`): 大树, 山上, 水里; not 向阳 (which has a
    common entry) or 朝阳 (a prefecture-level city too)."""
    rows = [r for r in glosser.rows(word) if r.simplified == word]
    if not rows or not all(r.proper for r in rows):
        return False
    names = [s for r in rows for s in r.senses if _useful(s)]
    return glosser._default28_minor_place(names)


def place_only_parts(glosser: Glosser, word: str,
                     syllables: tuple[str, ...] | None) -> Gloss | None:
    """(words33) The gloss of a word not marked as a name whose only entries are small places, made
    of learner words: its parts, each with its first sense ("大 big + 树 tree"), as a
    learner word made of learner words is glossed; None for any other word (a word with a
    common entry, one that ends in a kind of place: 大树乡, or one not made of learner
    words)."""
    if len(word) < 2 or word[-1] in PLACE_KINDS or not place_only(glosser, word):
        return None
    parts = glosser.parts(word, syllables)
    if not parts:
        return None
    short = " + ".join(f"{piece} {_first_sense(gloss)}" for piece, gloss in parts)
    return Gloss(short, (), "parts", parts=parts)
