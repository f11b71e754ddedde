"""Learner-sized words: the units a student looks up, cut from the dictionary's words.

jieba's dictionary keeps free combinations as words (三 本书 "this book", 我会, 我家,
二十岁, 四十个, 打了个, 好得多) that no learner's word list has. A token that is in no
HSK list is cut into the HSK words it is made of when it is such a combination:

* a string jieba knows but the dictionary (CC-CEDICT) does not (好得多, 二十岁, 八点);
* a word that starts with a numeral, a demonstrative, a personal pronoun or a degree or
  negation adverb (本书 after a number, 我会, 我家, 很脏, 这件);
* a longer compound that is a known word plus one more (美国人, 星期六), and a place's
  name with 人/语/文/话 (英国 人, 上海 话: the name is in no list);
* 姓 + a surname (我姓李: 姓 + 李, the surname a name);
* 上个/下个 + a time word no list holds whole (下 个 星期; 上个月 and 下个月, which HSK 2021
  lists, stay one word: cut39), and a number with 分/刻 after a clock time's 点
  or 差 (八 点 十 分, 差 十 分 五 点: 十分 is not "very" there);
* after a one-character verb, a resultative complement or 着 (听 懂, 吃 掉, 活 着), a
  potential complement (听 不 懂, 听 得 懂, 吃 得 了) and 完了 (写 完 了, not 完了 "to be
  over"), where the pair is in no learner list;
* a word of HSK 2021 levels 7-9 made of a one-character verb and its object, both
  learner words of HSK 1-6 (做生意: 做 + 生意; 发脾气, 晒太阳, 过日子), though it is in
  a list: the learner meets and looks up its two words long before levels 7-9; so is a
  word of levels 7-9 only made of a learner verb and 了 (吹了 "to fall through": 吹 + 了);

A three-character dictionary word cut in two is kept whole where the one-character piece
is no learner word in its sense there: a bound head after a two-character word (会议室,
艺术家, 生产力, 文件夹: :data:`BOUND_HEADS`) or a character of HSK 2021 levels 7-9 or of
none (旅游业, 苹果核, 削铅笔); learner words in their own sense keep the split (德国 人,
感冒 药, 孩子 们, 过 马路, 星期 六).

A doubled adjective before 地 is the doubled word and 地 (轻轻地: 轻轻 + 地). Before the
words are read, :meth:`LearnerCut.regroup` moves two boundaries of the segmenter's that
hide a learner word: 很大 | 方 -> 很 | 大方 (an adverb's combination gives its word to the
character after it) and 满意 | 地点 | 了 -> 满意 | 地 | 点 | 了 (地 and a verb), and
:meth:`LearnerCut._cut22_objects` three more: 种种 | 子 -> 种 | 种子, 向右转 | 弯 -> 向右 |
转弯, 花都 | 开 -> 花 | 都 | 开.

Learner words the segmenter cuts in two are joined where their place shows them: 有的
and 好在 first in a clause, 对了 and 请进 as a whole clause, 不对 ending a clause, 老是
before a word that is no noun and no question word (他老是迟到), 不大 "not very" before
more of the clause (今天不大冷; 这个房间不大 keeps 不 + 大).

Of two cuts into the fewest learner words, the one whose hardest word has the lowest
HSK 2021 level wins: 关上门 is 关上 (HSK 1) + 门, not 关 + 上门 (HSK 4), a verb and its
directional complement before the object (拿出书, 走进教室, 关上门), and 所有人 is
所有 + 人.

Numbers (二十, 两千) stay one unit, and the digits of a year the segmenter cut apart are
joined into one (二〇二四 年, 两千零八 年). Names stay whole and are marked: the textbook
names of ``resources/words`` (小明, 大卫), a surname with a title (王老师, 张先生),
老/小 with a surname (老王), a surname with a given name where the sentence calls for a
person (我叫李华, 王小明说: :func:`.names.given_name_length`), and words the dictionary
only knows as proper nouns. 白 and 常 before a one-character learner verb are the adverb
and the verb, no name (这件衣服是白送的), except after 叫. Surnames and titles come from
:mod:`.names`.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping

from chinese_teach.core.text.learner_complements import (
    verb_before_complement,
    verb_then_complement,
)
from chinese_teach.core.text.learner_erhua import erhua_regroup
from chinese_teach.core.text.learner_words33 import fewer_with_dictionary_words, listed_heads
from chinese_teach.core.text.names import (
    INTRODUCING,
    NAME_BEFORE,
    SURNAMES,
    TITLES,
    called_out,
    full_name,
    given_name_length,
    word_calling,
)
from chinese_teach.core.text.pieces import NUMERALS, KeptAnswers, fewest_pieces, is_number

#: First characters of free combinations (numerals, demonstratives, pronouns, degree and
#: negation adverbs, 把 and 被 before their noun): a non-HSK word starting with one is
#: cut into its words (请把门关上: 把 门, not 把门 "to guard a door").
_FREE_FIRST = frozenset("这那哪每各某我你他她它您咱很不没太真最也都还就才再又更挺别把被") | NUMERALS
#: The same, for the glosser: the dictionary words such a combination seems to make are no
#: words its pieces name (不 + 想, not 不想 "unexpectedly": :mod:`.corpus.split_words`).
FREE_FIRST = _FREE_FIRST

#: Degree and negation adverbs of those: a combination cut after one may give its word to
#: the character after it (很大 | 方 -> 很 | 大方, :meth:`LearnerCut.regroup`).
ADVERBS_FIRST = frozenset("很不没太真最挺更")
#: First characters of the two-character words :meth:`LearnerCut.regroup` looks at.
_REGROUP_STARTS = ADVERBS_FIRST | {"地"}
#: Aspect particles: a verb stands before them (满意 | 地 | 点 | 了, not 地点 "place").
_ASPECT = frozenset("了着过")
#: Noun suffixes: after a doubled character they end the noun of its second character
#: (种种 | 子 -> 种 | 种子: "to sow seeds", not 种种 "all kinds of" + 子).
CUT22_NOUN_SUFFIXES = frozenset("子头")
#: A direction phrase (向右, 往前, 朝南): a string of three characters that starts with one
#: and ends in a verb gives the verb to a learner word it makes with the character after it
#: (向右转 | 弯 -> 向右 | 转弯).
CUT22_TOWARDS = frozenset("向往朝")
CUT22_DIRECTIONS = frozenset("左右前后东西南北上下里外")
#: Adverbs that end a place's name the dictionary has (花都 Huadu): after a learner noun
#: and before a verb they are the adverb (公园里的花都开了: 花 + 都 "all").
CUT22_NAME_ADVERBS = frozenset("都也还")
#: Surname characters that are also adverbs before a verb: with a one-character learner
#: verb after them they are the adverb and the verb, no name (白送 "to give for free",
#: 常去 "to go often").
CUT22_ADVERB_SURNAMES = frozenset("白常")

#: Bound heads of three-character dictionary words: after a two-character learner word
#: they name a person, a place, a thing or an abstraction in a sense their HSK word alone
#: does not have (or that a learner's sentence never uses alone), so the word is kept
#: whole, a token that knows its parts (会议 + 室, :meth:`LearnerCut._bound_piece`).
#: People: 家 "-ist" (HSK 家 "home"), 者 "-er", 员 "member, staff", 生 "student,
#: trainee"; places and bodies: 室 "room", 院 "institute, court", 部 "department,
#: headquarters", 处 "office", 场 "ground", 区 "district", 口 "gate, opening" (HSK 口
#: "mouth"), 馆 "hall", 厅 "hall", 所 "institute"; things: 夹 "folder", 券 "voucher", 宝
#: "device" (HSK 宝 "treasure"), 器 "appliance", 机 "machine", 品 "goods"; abstractions:
#: 力 "power, -ability", 性 "-ity", 制 "system", 率 "rate", 业 "industry", 化 "-ization",
#: 界 "circles", 学 "-ology" (HSK 学 "to study"), 论 "theory", 法 "law, method", 观
#: "outlook", 感 "sense of". Not 们, 人, 药, 车, 票, 店, 前, 后: learner words in their own
#: sense (孩子 + 们, 德国 + 人, 感冒 + 药, 放学 + 后).
BOUND_HEADS = frozenset("家者员生室院部处场区口馆厅所夹券宝器机品力性制率业化界学论法观感")

#: Last characters of CC-CEDICT's proper nouns that are no names: peoples and languages
#: (英国人, 法语, 中文).
_PEOPLE_AND_LANGUAGES = frozenset("人语文话")

#: Titles joined to the surname before them (王老师 Teacher Wang); one-character titles
#: (王总) stay apart, as 钱总是不够 is "money is never enough".
_TITLES = frozenset(t for t in TITLES if len(t) > 1)


#: One learner-sized unit: ``(start, end, name)``, ``[start, end)`` in the text, ``name``
#: True for a person's or place's name (a plain tuple: one is made per word of a text).
Piece = tuple[int, int, bool]

#: Words after which a measure word stands on its own (三 本书 -> 三 本 书).
_COUNTERS = frozenset("这那哪每几")
_AFTER = NUMERALS | _COUNTERS

#: The weight of a word of the learner lists that HSK 2021 does not list (above its 7-9).
_UNLISTED = 10

#: What the previous word was, for the next word's cut: nothing special, a number or a
#: demonstrative (三 本书), or the 点 of a clock time after a number (八点 十分).
AFTER_NOTHING, AFTER_NUMBER, AFTER_CLOCK = 0, 1, 2
#: ... or a verb of one character (写 完了: 完 + 了, the complement and the particle).
AFTER_VERB = 3

#: Resultative complements: after a verb of one character they are words of their own
#: where the pair is in no learner list (听 懂, 做 完, 吃 掉), and so is the aspect
#: particle 着 (写 着, 活 着). Not 走 and 错, whose pairs are often words of their own
#: (游走, 交错, 试错).
_COMPLEMENTS = frozenset("懂完掉着")
#: Listed words that their neighbours may show to be two words (:meth:`LearnerCut._in_context`).
_IN_CONTEXT = frozenset({"的话", "再说"})
#: Words before 的话 "words" besides nouns: pronouns (我的话) and 说/讲 (他说的话).
_SAYERS = frozenset({"我", "你", "您", "他", "她", "我们", "你们", "他们", "她们", "大家",
                     "说", "讲"})
#: Words that make a 的话 after them "if" (如果 … 的话).
_CONDITIONALS = ("如果", "要是", "假如", "假设", "万一", "若是", "倘若", "只要")

#: Learner words the segmenter cuts in two (its counts favour 有 | 的, 对 | 了, 请 | 进, 不 |
#: 对, 好 | 在): one piece where their place shows them: 有的 first in a clause before more
#: words ("some": 有的同学喜欢唱歌; 我有的书 stays 有 + 的), 好在 first in a clause before
#: a word that is no question word ("luckily": 好在路不远; 好在哪里 stays 好 + 在), 要不
#: first in a clause before more words ("otherwise; or else": 要不你就别去了, 要不我们明天
#:再来吧; words26; 要不要 and 要不是 are cut otherwise before this is asked), 对了
#: and 请进 as a whole clause ("by the way", "come in"), 不对 ending a clause ("wrong":
#: 你这样写不对; not in 对不对).
_CLAUSE_FIRST = frozenset({"有的", "好在", "要不"})
_WHOLE_CLAUSE = frozenset({"对了", "请进"})
_CLAUSE_LAST = frozenset({"不对"})
#: The first characters of those pairs: a run that starts (or ends) otherwise is no such
#: pair, asked before the pair itself.
_PAIR_STARTS = frozenset(w[0] for w in _CLAUSE_FIRST | _WHOLE_CLAUSE)
_PAIR_ENDS = frozenset(w[0] for w in _CLAUSE_LAST)

#: Adverbs the segmenter cuts in two (老 | 是): one piece before a word that is no noun
#: and no question word ("always": 他老是迟到, 老是下雨); 这个字老是什么意思 keeps 老 + 是.
_ADVERB_PAIRS = frozenset({"老是"})
_NOT_AFTER_ADVERB = ("什么", "谁", "哪", "多少", "几")
#: Particles after which 不 | 大 is "not big" (房间不大的, 不大了), not 不大 "not very".
_PARTICLES = frozenset("的了吗呢吧啊呀")


def _joined_at_end(text: str, words: list[tuple[int, int]]) -> bool:
    """Whether the run's last two words make one learner word (:data:`_CLAUSE_LAST`), the
    word before them not ending as it does (对不对, 说得对不对 keep 不 + 对 apart)."""
    if len(words) < 3 or words[-1][1] - words[-1][0] != 1 or words[-2][1] - words[-2][0] != 1:
        return False
    pair = text[words[-2][0]:words[-1][1]]
    return pair in _CLAUSE_LAST and text[words[-3][1] - 1] != pair[1]


def _joined_at_start(text: str, words: list[tuple[int, int]]) -> bool:
    """Whether the run's first two words make one learner word (:data:`_CLAUSE_FIRST`,
    :data:`_WHOLE_CLAUSE`)."""
    if len(words) < 2 or words[0][1] - words[0][0] != 1 or words[1][1] - words[1][0] != 1:
        return False
    pair = text[words[0][0]:words[1][1]]
    return (pair in _CLAUSE_FIRST and len(words) > 2 and not (
        pair == "好在" and text[words[2][0]:words[2][1]].startswith(_NOT_AFTER_ADVERB)
    )) or (
        pair in _WHOLE_CLAUSE and len(words) == 2)


#: Complements of a verb + 不/得 + complement (听 不 懂, 看 得 见, 买 不 起); not 开, 住
#: or 上, whose triples are often set phrases (想不开, 靠不住).
_POTENTIAL = frozenset("懂完到见动清会好下起了")


def _state_after(word: str, before: int) -> int:
    """The state after ``word`` (a learner word) when the state before it was ``before``."""
    if word in {"点", "时"}:
        return AFTER_CLOCK if before == AFTER_NUMBER else AFTER_NOTHING
    if word == "差":
        return AFTER_CLOCK  # 差 十 分 五 点: minutes short of the hour, not "very"
    if len(word) > 1 and word[-1] in "点时" and is_number(word[:-1]):
        return AFTER_CLOCK  # 八点 kept as one word by a teacher's merge
    return AFTER_NUMBER if is_number(word) or word in _COUNTERS else AFTER_NOTHING


class LearnerCut:
    """Re-cuts the segmenter's words at learner size and marks names.

    ``vocab``: the learner's word lists (every HSK standard); ``dictionary``: the words
    the dictionary knows; ``proper_only``: True for a word the dictionary knows only as
    a proper noun; ``kept``: True for a word the teacher merged (never cut);
    ``names``: the textbook names; ``tagged``: words jieba tags as names that CC-CEDICT
    lists as proper nouns (:attr:`.Lexicon.names`); ``level``: a word's HSK 2021 level
    (None: not listed), to choose between two cuts of a word (关上 门, not 关 上门);
    ``verb_object``: True for a word of HSK 2021 levels 7-9 that is a verb of one
    character and its object, both learner words (做生意 -> 做 + 生意); ``verbs``:
    character -> True for a common verb of one character (看, 写, 听), looked up with
    ``verbs[ch]`` (a mapping that may answer a missing key); ``nouns``: nouns of one or
    two characters (jieba's tags), before which 的话 is 的 + 话 (老师的话); ``verb_word``:
    True for a dictionary word whose first sense is a verb's (发送 | 到: :meth:`regroup`);
    ``heads``: the heads :func:`.learner_words33.listed_heads` finds in ``vocab`` and
    ``dictionary``, as the engine's tables keep them (:attr:`.Lexicon.listed_heads`); None:
    found at the first three-character word that needs them.
    """

    def __init__(
        self,
        vocab: Container[str],
        dictionary: Container[str],
        proper_only: Callable[[str], bool],
        kept: Callable[[str], bool],
        names: Iterable[str] = (),
        *,
        tagged: Container[str] = frozenset(),
        level: Callable[[str], int | None] | None = None,
        verb_object: Callable[[str], bool] | None = None,
        verbs: Mapping[str, bool] | None = None,
        nouns: Container[str] = frozenset(),
        verb_word: Callable[[str], bool] | None = None,
        heads: frozenset[str] | None = None,
    ) -> None:
        self._vocab = vocab
        self._verb_word = verb_word
        self._nouns = nouns
        self._verb_object = verb_object
        self._verbs: Mapping[str, bool] = (
            verbs if verbs is not None else KeptAnswers(lambda _char: False))
        self._level = level
        self._dictionary = dictionary
        self._proper_only = proper_only
        self._kept = kept
        self._names = frozenset(names)
        self._tagged = tagged
        self._cache: dict[tuple[str, int], tuple[tuple[int, ...] | None, bool, int]] = {}
        #: words kept whole that are no name and end with no number (the common case)
        self._plain: set[str] = set()
        #: the listed heads (:meth:`_listed_heads`): as the engine's tables keep them,
        #: or None until the first three-character word finds them
        self._heads: frozenset[str] | None = heads

    def forget(self) -> None:
        """Forget cached decisions (the teacher's merges changed)."""
        self._cache.clear()
        self._plain.clear()

    def is_name(self, word: str) -> bool:
        """True for a word that is a name on its own (小明, 老王, 天安门)."""
        if word in self._names:
            return True
        if len(word) > 2 and word[0] in SURNAMES and word[1:] in _TITLES:
            return True
        if len(word) == 2 and word[0] in "老小" and word[1] in SURNAMES:
            return word not in self._vocab
        if len(word) < 2 or word in self._vocab or not self._proper_only(word):
            return False
        if word.startswith(("星期", "礼拜")) or (
            word[-1] in _PEOPLE_AND_LANGUAGES and word[:-1] in self._dictionary
        ):
            return False  # CC-CEDICT's proper nouns for days, peoples, languages (英国人)
        # CC-CEDICT writes days and nationalities as proper nouns too (星期六 Saturday,
        # 德国人): a word made of two learner words is no name.
        if word in self._tagged:
            return True  # tagged a name by jieba and a proper noun in CC-CEDICT (美国)
        cut = self._fewest(word)
        return cut is None or len(cut) > 2

    def pieces(self, word: str, after_number: int = AFTER_NOTHING) -> tuple[int, ...] | None:
        """The lengths of the learner words ``word`` is cut into, or None to keep it whole.

        ``after_number``: the word follows a number or a demonstrative (三 本书,
        :data:`AFTER_NUMBER`), so a measure word at its start is a word of its own, or a
        clock time's 点 (:data:`AFTER_CLOCK`: 八点 十分 -> 十 分).
        """
        if len(word) < 2:
            return None
        # One decision per word and state, kept: the uncrosser asks this of the text's
        # two-character dictionary words before :meth:`recut` asks it again.
        return self._decide(word, after_number)[0]

    def _pieces(self, word: str, after_number: int) -> tuple[int, ...] | None:
        vocab = self._vocab
        if after_number == AFTER_CLOCK and word[-1] in "分刻" and is_number(word[:-1]) and (
            not self._kept(word)
        ):
            return (len(word) - 1, 1)  # 八点 + 十分: ten minutes, not "very"
        if len(word) == 2 and word[0] == "姓" and word[1] in SURNAMES and not self._kept(word):
            return (1, 1)  # 姓 + 李: "to be surnamed" and the surname (marked a name)
        if len(word) == 3 and self._verb_object is not None and not self._kept(word) and (
            self._verb_object(word)
        ):
            return (1, 2)  # 做生意: a learner looks up 做 and 生意 (HSK 1 and 3), not HSK 7-9
        if len(word) == 2 and word[1] == "了" and self._verbs[word[0]] and self._level is not None \
                and (self._level(word) or _UNLISTED) >= 7 and not self._kept(word):
            return (1, 1)  # 吹 + 了: a learner verb and 了, not 吹了 "to fail" (HSK 7-9)
        if after_number == AFTER_VERB:
            if len(word) == 2 and word[1] == "了" and word[0] in _COMPLEMENTS and (
                not self._kept(word)
            ):
                return (1, 1)  # 写 + 完了: the complement and 了, not 完了 "to be over"
            after_number = AFTER_NOTHING
        if len(word) == 3 and word[1] == "个" and word[0] in "上下" and not self._kept(word) and (
            word[2:] in vocab and word not in vocab
        ):
            return self._fewest(word)  # 下 个 星期: the measure word apart (上个月 is listed)
        if word in vocab or is_number(word) or self._kept(word) or self.is_name(word):
            return None
        if len(word) == 2 and word[1] in _COMPLEMENTS and self._verbs[word[0]]:
            return (1, 1)  # 听 + 懂, 吃 + 掉, 活 + 着: a verb and its complement or 着
        if len(word) == 3 and word[1] in "不得" and word[2] in _POTENTIAL and self._verbs[word[0]]:
            return (1, 1, 1)  # 听 不 懂, 听 得 懂: a verb and its potential complement
        if (len(word) == 2 and word[0] == word[1]) or (
            len(word) == 4 and word[0] == word[1] and word[2] == word[3]
        ):
            return None  # a reduplicated verb or adjective (看看, 干干净净)
        if word[-1] == "地" and ((len(word) == 3 and word[0] == word[1]) or (
            len(word) == 5 and word[0] == word[1] and word[2] == word[3]
        )):
            return (len(word) - 1, 1)  # 轻轻 + 地: the doubled adjective is one word
        if word[-1] == "儿":
            return None  # the erhua 儿 is part of its word (画画儿, 一会儿)
        if len(word) >= 3 and word[-1] in _PEOPLE_AND_LANGUAGES and word[-1] in vocab and (
            self._proper_only(word[:-1])
        ):
            return (len(word) - 1, 1)  # 英国 + 人, 上海 + 话: a place's name and its people
        in_dictionary = word in self._dictionary
        free = word[0] in _FREE_FIRST or after_number == AFTER_NUMBER
        if len(word) >= 3 and word[1] == "个" and word[0] in "上下":
            return self._fewest(word)  # 下 个 星期, 上 个 月: the measure word apart
        if in_dictionary and not free and len(word) < 3:
            return None  # a two-character dictionary word (白菜): a word of its own
        cut = self._fewest(word)
        if cut is None:
            return None
        if cut == (1, 2) and not in_dictionary and self._verb_word is not None and (
                verb_then_complement(word, self._dictionary, free_first=_FREE_FIRST,
                                     learner_verb=self._verbs.__getitem__,
                                     verb_word=self._verb_word)):
            return (2, 1)  # 发送 + 到, not 发 + 送到 (cut38)
        if not in_dictionary and not free and len(cut) > 2:
            fewer = fewer_with_dictionary_words(word, self._learner_weight, self._dictionary,
                                                self._proper_only, unlisted=_UNLISTED,
                                                nouns=self._nouns, names=self._tagged)
            if fewer is not None and len(fewer) < len(cut):
                return fewer  # 红烧 + 鱼, 公交 + 线路: a noun looked up whole (words33)
            named = self._named_start(word)
            if named is not None and len(named) < len(cut):
                return named  # 上海 + 博物馆, not 上 + 海 + 博物馆: a place's name kept whole
        if in_dictionary and not free and len(cut) != 2:
            return None  # a longer dictionary word cut in two only (德国人, 星期六)
        if in_dictionary and not free and len(word) == 3 and self._bound_piece(word, cut[0]):
            return None  # 会议室, 文件夹: one piece is no learner word in its sense there
        if in_dictionary and len(word) >= 4 and not any(
            is_number(word[a:b]) for a, b in _spans(cut)
        ):
            return None  # an idiom or set phrase the dictionary has (一路平安)
        return cut

    def _named_start(self, word: str) -> tuple[int, ...] | None:
        """``word`` (no dictionary word) cut after the longest name at its start that jieba
        tags and CC-CEDICT writes as a proper noun only (上海, 北京), the rest into learner
        words (上海 + 博物馆); None when it starts with no such name or the rest cannot be
        cut into learner words."""
        for length in range(len(word) - 1, 1, -1):
            head, rest = word[:length], word[length:]
            if head not in self._tagged or not self._proper_only(head):
                continue
            if rest in self._vocab or is_number(rest):
                return (length, len(rest))
            rest_cut = self._fewest(rest)
            return (length, *rest_cut) if rest_cut is not None else None
        return None

    def _bound_piece(self, word: str, first: int) -> bool:
        """True when the cut of the three-character dictionary word ``word`` after
        ``first`` characters leaves a one-character piece that is no learner word in the
        sense it has there: a head of :data:`BOUND_HEADS` after a two-character word
        (会议 + 室 "room", 艺术 + 家 "-ist", 生产 + 力 "power"), or a character of HSK 2021
        levels 7-9 or of none (旅游 + 业, 苹果 + 核, 削 + 铅笔). Learner words in their own
        sense keep the split (德国 + 人, 感冒 + 药, 孩子 + 们, 过 + 马路)."""
        piece = word[2] if first == 2 else word[0] if first == 1 else ""
        if not piece:
            return False
        if first == 2 and (piece in BOUND_HEADS or piece in self._listed_heads()):
            return True  # 会议 + 室; 购物 + 车, as the lists' 出租车, 自行车 (words33)
        if self._level is None:
            return False
        level = self._level(piece)
        return level is None or level >= 7

    def fixed(self, word: str) -> bool:
        """True for a word no cut may change: a teacher's merge or a name."""
        return self._kept(word) or word in self._names or (len(word) > 1 and self.is_name(word))

    def _listed_heads(self) -> frozenset[str]:
        """The heads the learner lists form three-character words with
        (:func:`.learner_words33.listed_heads`: 车, 会, 站 …), found once."""
        if self._heads is None:
            self._heads = listed_heads(self._vocab, self._dictionary)  # type: ignore[arg-type]
        return self._heads

    def _learner_weight(self, piece: str) -> int | None:
        """A piece's weight in a cut into learner words: 0 for a number, its HSK 2021 level
        (:data:`_UNLISTED` for a word of another list), None for no learner word."""
        if is_number(piece):
            return 0
        if piece not in self._vocab:
            return None
        if self._level is None:
            return 0
        found = self._level(piece)
        return found if found is not None else _UNLISTED

    def _fewest(self, word: str) -> tuple[int, ...] | None:
        """``word`` cut into the fewest learner words or numbers (None: it cannot be); of
        two such cuts, the one whose hardest word has the lowest HSK level (关上门 is
        关上 HSK 1 + 门, not 关 + 上门 HSK 4)."""
        found = fewest_pieces(word, self._learner_weight)
        return found[0] if found is not None else None

    def recut(self, text: str, words: list[tuple[int, int]]) -> list[Piece] | None:
        """The learner words of one run of Chinese (``words``: the segmenter's spans), or
        None when they are the segmenter's words unchanged and no name (most runs: this
        is checked without building anything)."""
        plain = self._plain
        surnames, after, verbs = SURNAMES, _AFTER, self._verbs
        after_number = AFTER_NOTHING
        last = len(words) - 1
        # Asked once a run: _build is handed the answers.
        at_start = last > 0 and text[words[0][0]] in _PAIR_STARTS and _joined_at_start(
            text, words)
        at_end = last > 1 and text[words[-2][0]] in _PAIR_ENDS and _joined_at_end(text, words)
        if at_start or at_end:
            return self._build(text, words, joined=(at_start, at_end))
        spanned = text[words[0][0]:words[-1][1]] if last > 0 else ""
        if any(map(spanned.__contains__, _ADVERB_PAIRS)) or "不大" in spanned:
            for i in range(last):
                if self._adverb_at(text, words, i) or _not_very_at(self._dictionary, text,
                                                                   words, i):
                    return self._build(text, words)
        for i, (s, e) in enumerate(words):
            if text[s] in surnames and (i < last or e - s > 1) and self._name_at(text, words, i):
                return self._build(text, words, i, after_number)
            if text[s] in NUMERALS and i < last and _year_at(text, words, i):
                return self._build(text, words, i, after_number)
            if e - s == 1:
                ch = text[s]
                after_number = (AFTER_NUMBER if ch in after else _state_after(ch, after_number)
                                if ch in "点时差" else AFTER_VERB if verbs[ch] else AFTER_NOTHING)
                continue
            word = text[s:e]
            if word in _IN_CONTEXT and self._in_context(text, words, i):
                return self._build(text, words, i, after_number)
            if after_number == AFTER_VERB and not (word[-1] == "了" and len(word) == 2):
                after_number = AFTER_NOTHING  # only 完了 and its like read the verb before
            if not after_number and word in plain:
                continue
            before = after_number
            lengths, name, after_number = self._decide(word, after_number)
            if lengths is not None or name:
                return self._build(text, words, i, before)
        return None

    def _build(
        self, text: str, words: list[tuple[int, int]], start: int = 0,
        after_number: int = AFTER_NOTHING, joined: tuple[bool, bool] = (False, False),
    ) -> list[Piece]:
        """The pieces of a run whose words before ``start`` are kept as they are (and
        leave the state ``after_number``); ``joined``: whether the run's first two words
        and its last two make one learner word (:func:`_joined_at_start`,
        :func:`_joined_at_end`, as :meth:`recut` found them)."""
        out: list[Piece] = [(s, e, False) for s, e in words[:start]]
        append = out.append
        decide = self._decide
        verbs = self._verbs
        i, n = start, len(words)
        if start == 0 and joined[0]:
            append((words[0][0], words[1][1], False))  # 有的 + 同学, 对了 alone
            i = 2
        joined_end = n - 2 >= i and joined[1]
        if joined_end:
            n -= 2  # 写 + 不对: the last two words are one piece, appended last
        while i < n:
            s, e = words[i]
            if i < n - 1 and text[s] == "不" and _not_very_at(self._dictionary, text, words, i):
                a, b = words[i + 1]  # 不 + 大冷: 不大 "not very" and 冷
                append((s, a + 1, False))
                if b - a > 1:
                    append((a + 1, b, False))
                after_number = AFTER_NOTHING
                i += 2
                continue
            if i < n - 2 and text[s] == "老" and self._adverb_at(text, words, i):
                append((s, words[i + 1][1], False))  # 老 + 是: "always" (他老是迟到)
                after_number = AFTER_NOTHING
                i += 2
                continue
            if text[s] in SURNAMES:
                taken = self._name_at(text, words, i)
                if taken:  # 王 + 老师 (Teacher Wang), 李 + 华, 王小明 before 说
                    append((s, words[i + taken - 1][1], True))
                    after_number = AFTER_NOTHING
                    i += taken
                    continue
            if text[s] in NUMERALS:
                taken = _year_at(text, words, i)
                if taken:  # 二〇二四 年: the digits of a year are one number
                    end = words[i + taken - 1][1]
                    if text[end - 1] == "年":
                        append((s, end - 1, False))
                        append((end - 1, end, False))
                        after_number = AFTER_NOTHING
                    else:
                        append((s, end, False))
                        after_number = AFTER_NUMBER
                    i += taken
                    continue
            if e - s == 1:
                ch = text[s]
                append((s, e, False))
                after_number = (AFTER_NUMBER if ch in _AFTER else _state_after(ch, after_number)
                                if ch in "点时差" else AFTER_VERB if verbs[ch] else AFTER_NOTHING)
                i += 1
                continue
            word = text[s:e]
            if word in _IN_CONTEXT:
                cut = self._in_context(text, words, i)
                if cut:  # 老师 的 话, 再 说 一 遍
                    append((s, s + cut[0], False))
                    append((s + cut[0], e, False))
                    after_number = AFTER_NOTHING
                    i += 1
                    continue
            if after_number == AFTER_VERB and not (word[-1] == "了" and len(word) == 2):
                after_number = AFTER_NOTHING
            lengths, name, after_number = decide(word, after_number)
            if lengths is None:
                append((s, e, name))
            else:
                pos = s
                for length in lengths:
                    append((pos, pos + length, False))
                    pos += length
            i += 1
        if joined_end:
            append((words[-2][0], words[-1][1], False))
        return out

    def regroup(self, words: list[str]) -> list[str]:
        """``words`` (one run of Chinese, as the segmenter cut it) with two boundaries
        that hide a learner word moved, before the words are read; the same list when
        nothing moved (most runs):

        * a free combination of a degree or negation adverb and a word, in no learner list,
          gives its word to the one character after it where the two make a learner word
          of HSK 2021 (很大 | 方 -> 很 | 大方 "generous", read dàfang; 真好 | 吃 -> 真 | 好吃;
          not 不好 | 不 -> 不 | 好不, a word of older lists only);
        * 地 + a one-character verb before an aspect particle (a learner's verb, or one said
          again after the particle: 点了点头), after a word of two characters or more that
          is no noun and starts no free combination (这个, 很多), is the adverbial's 地 and
          the verb (满意 | 地点 | 了 -> 满意 | 地 | 点 | 了: he nodded, no "place");
        * a character and the verb of a word ending in 到/着 that make a dictionary verb are
          that verb (发 | 送到 -> 发送 | 到, :mod:`.learner_complements`);
        * an erhua 儿 the segmenter cut from its word is given back to it (纸条 | 儿 ->
          纸条儿, 饺子馅 | 儿 -> 饺子 | 馅儿: :mod:`.learner_erhua`)."""
        words = self._cut22_objects(words)
        words = erhua_regroup(words, vocab=self._vocab, dictionary=self._dictionary,
                              fixed=self.fixed, proper_only=self._proper_only,
                              verb=self._verbs.__getitem__)  # 纸条 | 儿 -> 纸条儿
        if self._verb_word is not None:  # 发 | 送到 -> 发送 | 到 (cut38)
            words = verb_before_complement(
                words, self._dictionary, free_first=_FREE_FIRST,
                learner_verb=self._verbs.__getitem__, verb_word=self._verb_word,
                fixed=self.fixed)
        starts = _REGROUP_STARTS
        at_pairs = [i for i, w in enumerate(words) if len(w) == 2 and w[0] in starts]
        if not at_pairs:
            return words  # most runs: no such word (asked in one comprehension)
        out: list[str] | None = None
        vocab, level = self._vocab, self._level
        last = len(words) - 1
        # the pair at each such word: the adverb's and the word after it, the word before
        # 地's and 地's
        for i in sorted({i - (words[i][0] == "地") for i in at_pairs}):
            if i < 0 or i >= last:
                continue
            word, after = words[i], words[i + 1]
            found: tuple[str, ...] | None = None
            if len(word) == 2 and word[0] in ADVERBS_FIRST and len(after) == 1 and (
                word[1] + after in vocab and word not in vocab and not self.fixed(word)
                and not self.fixed(after) and not self.fixed(word[1] + after)
                and (level is None or level(word[1] + after) is not None)
            ):
                found = (word[0], word[1] + after)
            elif len(after) == 2 and after[0] == "地" and (
                len(word) > 1 and word not in self._nouns and word[0] not in _FREE_FIRST
                and i + 2 < len(words) and words[i + 2] in _ASPECT
            ) and (self._verbs[after[1]] or (
                i + 3 < len(words) and words[i + 3][:1] == after[1]  # 点 + 了 + 点头
            )):
                found = (word, "地", after[1])
            if found is None:
                continue
            if out is None:
                out = list(words)
            at = len(out) - (len(words) - i)
            if out[at] == word and out[at + 1] == after:
                out[at:at + 2] = found
        return out if out is not None else words

    def _cut22_objects(self, words: list[str]) -> list[str]:
        """``words`` with the boundary before a lone character moved where that character
        makes a learner word (HSK 2021 levels 1-6) with the last character before it; the
        same list when nothing moved (most runs):

        * a doubled character before a noun suffix (:data:`CUT22_NOUN_SUFFIXES`): 种种 | 子
          -> 种 | 种子 (春天是种种子的季节: to sow seeds; 种种 "all kinds of" stands only
          before a noun phrase);
        * a direction phrase and a learner verb that no dictionary has as one word, before
          the character that makes a learner word with the verb: 向右转 | 弯 -> 向右 | 转弯
          (to turn right at the corner). Only after a direction phrase: a longer string
          elsewhere keeps its cut (细微差别 | 的, 普遍存在 | 于, 看不到 | 底);
        * a word the dictionary has only as a place's name, a learner word that is no
          learner verb and 都/也/还 (:data:`CUT22_NAME_ADVERBS`), before a verb, is the word
          and the adverb: 花都 | 开 -> 花 | 都 | 开 (the flowers have all opened; 去花都
          keeps the place, and 成都是 the city: 成 is a verb)."""
        last = len(words) - 1
        at = [i for i in range(last) if len(words[i]) in (2, 3) and (
            (len(words[i]) == 2 and (words[i][1] in CUT22_NAME_ADVERBS
                                     or (words[i][0] == words[i][1] and len(words[i + 1]) == 1)))
            or (len(words[i]) == 3 and len(words[i + 1]) == 1 and words[i][0] in CUT22_TOWARDS
                and words[i][1] in CUT22_DIRECTIONS))]
        if not at:
            return words
        vocab, level, fixed = self._vocab, self._level, self.fixed
        out: list[str] | None = None
        for i in at:
            word, after = words[i], words[i + 1]
            if word[1] in CUT22_NAME_ADVERBS and word[0] != word[1]:
                if (word not in vocab and word[0] in vocab and not self._verbs[word[0]]
                        and self._verbs[after[0]]
                        and not self._kept(word) and self._proper_only(word)):
                    if out is None:
                        out = list(words)
                    j = len(out) - (len(words) - i)
                    out[j:j + 1] = (word[0], word[1])
                continue
            joined = word[-1] + after
            if joined not in vocab or fixed(word) or fixed(after) or fixed(joined) or (
                level is not None and (level(joined) or _UNLISTED) > 6
            ):
                continue
            if len(word) == 2:
                if after not in CUT22_NOUN_SUFFIXES:
                    continue
            elif word in vocab or word in self._dictionary or not self._verbs[word[-1]]:
                continue
            if out is None:
                out = list(words)
            j = len(out) - (len(words) - i)
            out[j:j + 2] = (word[:-1], joined)
        return out if out is not None else words

    def _in_context(
        self, text: str, words: list[tuple[int, int]], i: int
    ) -> tuple[int, int] | None:
        """The two pieces of a listed word that its neighbours show to be two words
        (:data:`_IN_CONTEXT`), or None to keep it whole:

        * 的话 "if" after a noun, a pronoun or 说/讲, with more of the clause after it, is
          的 + 话 "words" (老师的话你听懂了吗; 说的话); not after another word (下雨的话), nor
          with 如果/要是 earlier (如果你说的话);
        * 再说 "besides" before 一遍/一次/一下 is 再 + 说 "say again" (请你再说一遍).
        """
        s, e = words[i]
        word = text[s:e]
        last = len(words) - 1
        if word == "的话":
            if i in (0, last):
                return None
            prev = text[words[i - 1][0]:words[i - 1][1]]
            if not (prev in self._nouns or prev in _SAYERS):
                return None
            run = text[words[0][0]:s]
            if any(w in run for w in _CONDITIONALS):
                return None
            return (1, 1)
        if word == "再说" and i < last:
            nxt = text[words[i + 1][0]:words[i + 1][1] + 1]
            if nxt[:2] in ("一遍", "一次", "一下") or nxt[:1] in "遍次":
                return (1, 1)
        return None

    def _adverb_at(self, text: str, words: list[tuple[int, int]], i: int) -> bool:
        """Whether ``words[i]`` and ``words[i + 1]`` are one-character words that make an
        adverb of :data:`_ADVERB_PAIRS` and a word that is no noun and no question word
        follows them (他老是迟到; 老是什么意思 and 老是老师 keep 老 + 是)."""
        if i + 2 >= len(words):
            return False
        (a, b), (c, d), (f, g) = words[i], words[i + 1], words[i + 2]
        if b - a != 1 or d - c != 1 or text[a:d] not in _ADVERB_PAIRS:
            return False
        nxt = text[f:g]
        return nxt not in self._nouns and not nxt.startswith(_NOT_AFTER_ADVERB)

    def _common(self, word: str) -> bool:
        """True for a word a learner list or the dictionary has as a common word."""
        return word in self._vocab or (
            word in self._dictionary and not self._proper_only(word))

    def _listed(self, word: str) -> bool:
        """True for a word of the learner lists (a given name the dictionary has but no
        list has is a name where a person is called for: 王 + 小龙)."""
        return word in self._vocab

    def _name_at(self, text: str, words: list[tuple[int, int]], i: int) -> int:
        """How many words from ``words[i]`` (which starts with a surname) make one name in
        this sentence: a surname and a title or a given name; 0 when none does. Most
        surname characters start a common word or stand where no name does: those are
        answered without building anything."""
        s, e = words[i]
        n = len(words)
        if e - s == 1:
            if i + 1 >= n:
                return 0
            a, b = words[i + 1]
            if text[a:b] in _TITLES:
                return 2  # 王 + 老师
        elif e - s > 3:
            return 0  # longer than a name
        after = text[words[i - 1][0]:words[i - 1][1]] if i else None
        i_after = i - 1  # where the word that calls for the name is
        if after in ("了", "过") and i > 1:  # 问 + 了 + 王春花
            verb = text[words[i - 2][0]:words[i - 2][1]]
            if word_calling(after, verb) == verb:
                after, i_after = verb, i - 2
        if after is not None and after not in NAME_BEFORE and after not in INTRODUCING:
            return 0  # a name needs 叫/和/是… before it, or the start of a sentence
        if text[s] in CUT22_ADVERB_SURNAMES and after != "叫" and (
            (e - s == 2 and self._verbs[text[s + 1]])
            or (e - s == 1 and i + 1 < n and words[i + 1][1] - words[i + 1][0] == 1
                and self._verbs[text[words[i + 1][0]]])
        ):
            return 0  # 白 + 送: the adverb "for free" and a verb (是白送的), no name
        subject = (text[words[i_after - 1][0]:words[i_after - 1][1]]
                   if i_after > 0 else None)  # 他 + 是
        # 陈建国，你来回答: a name alone in its clause, called out before a comma
        calling = after is None and called_out(text[words[-1][1]:words[-1][1] + 4])
        if e - s == 1:
            window = [text[a:b] for a, b in words[i:i + 4]]
            given_end = words[i + 1][1] if i + 1 < n else e
            taken = given_name_length(window, 0, self._common, after=after,
                                      listed=self._listed, subject=subject,
                                      calling=calling, rest=text[given_end:given_end + 12])
            return taken + 1 if taken else 0
        word = text[s:e]
        if self._kept(word) or self.is_name(word):
            return 0  # a teacher's merge, or a name already
        nxt = text[words[i + 1][0]:words[i + 1][1]] if i + 1 < n else None
        return 1 if full_name(word, self._common, after=after, nxt=nxt,
                              listed=self._listed, subject=subject, calling=calling,
                              rest=text[e:e + 12]) else 0

    def _decide(self, word: str, after_number: int) -> tuple[tuple[int, ...] | None, bool, int]:
        """For a word of two or more characters: its learner pieces (None: whole), whether
        it is a name, and the state it leaves for the next word (cached)."""
        key = (word, after_number)
        found = self._cache.get(key)
        if found is None:
            lengths = self._pieces(word, after_number)
            name = lengths is None and self.is_name(word)
            if lengths and len(lengths) > 1:
                last = word[-lengths[-1]:]
                before = _state_after(word[-lengths[-1] - lengths[-2]:-lengths[-1]],
                                      AFTER_NOTHING)
                state = _state_after(last, before)
            else:
                state = _state_after(word, AFTER_NOTHING)
            found = (lengths, name, state)
            if len(self._cache) < 200_000:
                self._cache[key] = found
                if not after_number and found == (None, False, AFTER_NOTHING):
                    self._plain.add(word)  # kept whole, no name, ends with no number
        return found


def _not_very_at(
    dictionary: Container[str], text: str, words: list[tuple[int, int]], i: int
) -> bool:
    """Whether ``words[i]`` is 不 and the words after it start with 大 "very" before more of
    the clause: 大 alone before a word that is no particle (我不大喜欢吃鱼), or a word 大X
    the dictionary does not know (不 | 大冷); 房间不大 and 不大的 keep 不 + 大 ("not big")."""
    a, b = words[i]
    if b - a != 1 or text[a] != "不" or i + 1 >= len(words):
        return False
    c, d = words[i + 1]
    if text[c] != "大":
        return False
    if d - c == 1:
        return i + 2 < len(words) and text[words[i + 2][0]] not in _PARTICLES
    return d - c == 2 and text[c:d] not in dictionary and text[d - 1] not in _PARTICLES


def _year_at(text: str, words: list[tuple[int, int]], i: int) -> int:
    """How many words from ``words[i]`` hold the digits of one year before 年, which the
    segmenter cut apart (二 〇 二 四 | 年, 二 〇 二 四年, 两千 零 八 | 年); 0 when they are
    none. The last of them may end with the 年 itself (四年)."""
    j, n = i, len(words)
    while j < n:
        a, b = words[j]
        if is_number(text[a:b]):
            j += 1
            continue
        if b - a > 1 and text[b - 1] == "年" and is_number(text[a:b - 1]) and j > i:
            return j - i + 1  # the digits end inside the word before 年 (二 〇 二 四年)
        break
    return j - i if j - i >= 2 and j < n and text[words[j][0]] == "年" else 0


def _spans(lengths: tuple[int, ...]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for length in lengths:
        out.append((pos, pos + length))
        pos += length
    return out
