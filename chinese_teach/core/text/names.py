"""Which tokens are names, and which of their syllables a reader capitalises.

Capitals come only from names in context (GB/T 16159): 北京 Běijīng, 王老师 Wáng lǎoshī,
他姓曾 Zēng; never from a common word that a dictionary also lists as a place or a
person (星期六 xīngqīliù, 山上 shān shang, 大家 dàjiā). A name is

* a word jieba tags as a name that CC-CEDICT lists as a proper noun (北京, 汉语);
* the name of a textbook character (小明, 李明: ``resources/words``);
* a surname after 姓 (他姓曾), or before a title or kinship term (王老师, 李 + 先生);
* 小 or 老 with a surname (小王 Xiǎo Wáng, 老李 Lǎo Lǐ);
* a name the word cutter found (``extra["name"] is True`` before this pass): with the
  tables and :func:`given_name_length` of this module, the learner cut keeps a surname
  and its given name together where the sentence calls for a name (我叫李华, 王小明说,
  我和张伟), and never in 王国, 高兴, 张开 or 李子.

This module is the one place that knows surnames and titles.

The result goes into ``Token.extra["name"]``: per syllable, True where a capital
starts (a reader may refine it with the dictionary's own spelling of the name), and
for a surname and title in one token ``extra["name_title"]``, the syllable where the
lower-case title starts (written apart: Wáng lǎoshī).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from chinese_teach.core.text.lexicon import Lexicon, textbook_names
from chinese_teach.core.text.person_predicates import listed_given_name_stands
from chinese_teach.core.text.tokens import Token, join_touching_runs, with_extra

#: Titles and kinship terms written apart and in lower case after a surname, with the
#: English a glossary gives the surname and title (王老师 Teacher Wang).
TITLE_GLOSSES: dict[str, str] = {
    "老师": "Teacher {}", "先生": "Mr {}", "小姐": "Miss {}", "女士": "Ms {}",
    "太太": "Mrs {}", "夫人": "Mrs {}", "同学": "{} (classmate)", "医生": "Dr {}",
    "大夫": "Dr {}", "经理": "Manager {}", "校长": "Headmaster {}", "教授": "Professor {}",
    "阿姨": "Auntie {}", "叔叔": "Uncle {}", "伯伯": "Uncle {}", "师傅": "Master {}",
    "老板": "Boss {}", "主任": "Director {}", "爷爷": "Grandpa {}", "奶奶": "Grandma {}",
    "大爷": "Uncle {}", "大妈": "Auntie {}", "大哥": "Big Brother {}", "大姐": "Big Sister {}",
    "总": "Boss {}", "局长": "Director {}", "部长": "Minister {}", "院长": "Dean {}",
    "博士": "Dr {}", "律师": "{} (lawyer)", "护士": "Nurse {}", "科长": "Section Chief {}",
    "队长": "Captain {}",
}
TITLES = frozenset(TITLE_GLOSSES)

#: Common surnames that are never everyday function words, so that a surname before a
#: title or a given name is safe to join (和老师 stays "and the teacher").
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧肖田董袁潘蒋蔡杜叶"
    "程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵钱严覃武戴莫孔汤"
)

#: The hundred most common surnames: after 小 or 老 they make a name (小王 Xiǎo Wáng),
#: where another character makes a given name (小明 Xiǎomíng).
COMMON_SURNAMES = SURNAMES | frozenset("于余任江万向")

#: Words before which a surname and one or two more characters are a person's name
#: (我叫李华, 我和张伟, 我问王芳).
NAME_BEFORE = frozenset({
    "叫", "是", "和", "跟", "与", "给", "对", "找", "问", "请", "帮", "认识", "告诉",
    "朋友", "同学", "姓名", "见", "看见", "喜欢", "等",
})
#: Words that, at the start of a sentence, show the surname and what follows are the
#: subject named (刘芳说, 何平今年二十岁).
NAME_AFTER = frozenset({
    "说", "是", "在", "和", "跟", "也", "都", "今年", "去", "来", "的", "家", "问", "告诉",
    "觉得", "想", "要", "喜欢", "明天", "今天", "现在", "已经", "还", "又", "就", "很",
})
#: Characters that are never part of a given name in a classroom text: particles,
#: pronouns, function words and the verbs NAME_AFTER lists (张 + 说 is no name).
_NOT_GIVEN = frozenset(
    "的了着过是在和与跟不没也都很就还又才再说去来有要会能把被让给对向从到里上下个们吗呢吧"
    "啊呀这那哪你我他她它谁什么几多少一二三四五六七八九十百千万两零"
    "等则所而及并将式氏派妻人家"  # 苏绰等, 王妻, 张家 in written Chinese (军 is a name: 胡军)
)
#: Last characters of place names (黄水河, 龙腾村, 高新区): at the start of a sentence,
#: where only the word after it says a person is meant, such a word is no person's name.
PLACE_ENDINGS = frozenset("村区站街路河江湖山县市省州镇乡桥门港湾岛寺宫城传")
#: First characters of a word after a place's name that still name the place's kind
#: (临海 + 县委, 向阳 + 村民): a word of a place's kind may stand there.
PLACE_KIND_STARTS = frozenset("村县镇乡")


#: Words that name whoever follows them (我叫张小雨, 姓名：王小龙): a name even when its given
#: name is a word too (小雨, 小龙).
NAMING_WORDS = frozenset({"叫", "姓名"})
#: Words of :data:`NAME_BEFORE` that take no 了/过 before a name (是了, 和了 are no verb's).
_NOT_ASPECT_VERBS = frozenset({"是", "和", "跟", "与", "对"})


def word_calling(before: str | None, verb: str | None) -> str | None:
    """The word that calls for a name after it: ``before`` (the word just before the
    surname), or ``verb`` (the word before that) where ``before`` is the aspect particle
    了 or 过 after a verb of :data:`NAME_BEFORE` (我问了王春花, 我见过李华)."""
    if before in ("了", "过") and verb in NAME_BEFORE and verb not in _NOT_ASPECT_VERBS:
        return verb
    return before


def _person_here(name: str, after: str | None, nxt: str | None,
                 calling: bool = False) -> bool:
    """True where the sentence calls for a person: after 叫/和/是… (:data:`NAME_BEFORE`),
    at the start of a sentence before 说/今年/是… (:data:`NAME_AFTER`), or alone in its
    clause before a clause spoken to someone (``calling``, :func:`called_out`: 黄海燕，
    您的电话。), the name not ending like a place's."""
    if after in NAME_BEFORE:
        return True
    return after is None and (nxt in NAME_AFTER or (nxt is None and calling)) and (
        name[-1] not in PLACE_ENDINGS)


#: Words before a name that take a person far more often than a thing: a given name that
#: is also a dictionary word needs one of them before it (我给刘海燕打电话), not 是, 与,
#: 等 or 喜欢, which take things as often (是高活性的催化剂, 与夏部落一同, 是方位图).
PERSON_BEFORE = NAME_BEFORE - {"是", "与", "等", "喜欢"}
#: Words after a name at the start of a sentence that show a person when its given name
#: is also a dictionary word: not 的 or 很, which follow a thing as often (高活性的).
PERSON_AFTER = NAME_AFTER - {"的", "很"}
#: Subjects of 是 that are people, or that point at one (这是王小龙。): 他是 + 孙小龙。 is a
#: name, 第一张是 + 方位图 is none.
PERSON_SUBJECTS = frozenset({"他", "她", "我", "你", "您", "这位", "那位", "这", "那", "就"})
#: Words "this is / that is / is just" the segmenter keeps whole: before a name that ends
#: its clause they introduce a person (这是王小龙。, 他就是李建国。).
INTRODUCING = frozenset({"这是", "那是", "就是"})
#: First characters of a dictionary word that says something of the surname's word rather
#: than naming a person called out (王 + 好战 "warlike", 王 + 太忙): "likes", "too", "most".
PREDICATE_STARTS = frozenset("好太最更")
#: The first words of a clause spoken to the person just called (陈建国，你来回答。王小龙，
#: 请坐。): a name alone before a comma and such a clause is called out.
SECOND_PERSON_STARTS = ("你", "您", "请", "快", "别", "不要")


def called_out(rest: str) -> bool:
    """True where ``rest``, the text after a clause, is a comma and a clause spoken to
    someone (``，你来回答``, ``，请坐``): a name ending that clause is called out."""
    return len(rest) > 1 and rest[0] in "，," and rest[1:].lstrip().startswith(
        SECOND_PERSON_STARTS)


def _person_called_for(
    name: str, after: str | None, nxt: str | None, subject: str | None,
    calling: bool = False,
) -> bool:
    """:func:`_person_here` for a name whose given name is also a dictionary word (王小龙):
    after a word of :data:`PERSON_BEFORE`, after a person (``subject``,
    :data:`PERSON_SUBJECTS`) and 是 or after 这是/那是/就是 (:data:`INTRODUCING`) at the
    end of a clause (他是孙小龙。, 这是王小龙。), at the start of a sentence before a word
    of :data:`PERSON_AFTER`, or alone in its clause where ``calling`` (:func:`called_out`:
    陈建国，你来回答。)."""
    if after in PERSON_BEFORE or (nxt is None and (
        (after == "是" and subject in PERSON_SUBJECTS) or after in INTRODUCING
    )):
        return True
    if after is None and nxt is None and calling:
        # not 王 + 好战 "warlike" (王好战，请以战喻: "the king likes war"), a predicate
        return name[-1] not in PLACE_ENDINGS and name[1] not in PREDICATE_STARTS
    return after is None and nxt in PERSON_AFTER and name[-1] not in PLACE_ENDINGS


def name_like_word(given: str, common_word: Callable[[str], bool],
                   listed: Callable[[str], bool] | None) -> bool:
    """True for a two-character given name that may follow a surname where the sentence
    calls for a person: a word no dictionary has (丽丽, 小红), or a dictionary word that
    no learner list has (``listed``: 小龙 "snake (zodiac)", 建国, 海燕 "petrel", 国庆),
    as parents name their children; never a learner's word (衬衫, 个子, 卡片: 白衬衫 and
    高个子 are no names)."""
    if not common_word(given):
        return True
    return listed is not None and not listed(given)


def given_name_length(
    words: list[str], i: int, common_word: Callable[[str], bool], *, after: str | None,
    listed: Callable[[str], bool] | None = None, subject: str | None = None,
    calling: bool = False, rest: str | None = None,
) -> int:
    """How many of the words after the surname ``words[i]`` are its given name (0: it
    is no name here). ``words``: the words of one run of Chinese; ``after``: the word
    before the surname (None at the start of a run); ``common_word``: True for a word
    the dictionary or the learner lists know as a common word (王国, 高兴, 李子).

    A name is a surname and one or two more characters where the sentence calls for a
    person: after 叫/是/和/跟… (:data:`NAME_BEFORE`), or at the start of a sentence
    before 说/今年/是… (:data:`NAME_AFTER`); never a common word, never with a particle,
    pronoun or numeral in the given name. ``listed``: True for a word of the learner
    lists; a given name the dictionary has but no learner list (王 + 小龙, 李 + 国庆) is
    a given name too (:func:`name_like_word`) where a word before it takes a person
    (:func:`_person_called_for`; ``subject``: the word before ``after``; ``calling``:
    the run is followed by a clause spoken to someone, :func:`called_out`). A given name
    of two characters that a learner list has (李 + 国庆) is a given name at the start of a
    sentence before what only a person is (``rest``, the text after it: 今年十二岁, 的妈妈,
    也是我的朋友; :func:`.person_predicates.listed_given_name_stands`).
    """
    surname = words[i]
    n = len(words)
    if surname not in SURNAMES or i + 1 >= n:
        return 0
    choices: list[int] = []
    first = words[i + 1]
    called = after in NAMING_WORDS  # 我叫张小雨: a name even when 小雨 is a word too
    # 刘 + 海燕: the segmenter cut a word of two characters after the surname rather
    # than the surname's word (刘海 "bangs" + 燕), so that word is not asked about again
    whole_given = len(first) == 2
    # 李 + 国庆 + 今年十二岁: a learner's word as a given name before what only a person is
    predicated = whole_given and listed_given_name_stands(surname, after, rest)
    if len(first) == 2 and not any(ch in _NOT_GIVEN for ch in first) and (
        called or predicated or name_like_word(first, common_word, listed)
    ):
        choices.append(1)  # 马 + 丽丽, 林 + 小红
    elif len(first) == 1 and first not in _NOT_GIVEN:
        second = words[i + 2] if i + 2 < n else None
        if second is not None and len(second) == 1 and second not in _NOT_GIVEN and (
            second not in NAME_AFTER
        ):
            choices.append(2)  # 张 + 小 + 雨
        choices.append(1)  # 李 + 华
    for taken in choices:
        name = surname + "".join(words[i + 1:i + 1 + taken])
        if common_word(name) or (not whole_given and any(
            common_word(surname + w[0]) for w in words[i + 1:i + 2]
        )):
            continue  # 王国, 高兴, 张开, 李子: a common word, not a name
        nxt = words[i + 1 + taken] if i + 1 + taken < n else None
        if whole_given and not called and common_word(first):
            if predicated or _person_called_for(name, after, nxt, subject, calling):
                return taken
        elif _person_here(name, after, nxt, calling):
            return taken
    return 0


def full_name(
    word: str, common_word: Callable[[str], bool], *, after: str | None, nxt: str | None,
    listed: Callable[[str], bool] | None = None, subject: str | None = None,
    calling: bool = False, rest: str | None = None,
) -> bool:
    """True for a word of two or three characters that the segmenter kept whole and that
    is a surname with its given name where the sentence calls for a person (王小明说,
    我叫孙悦, 王小龙是我的同学), the same contexts and given names as
    :func:`given_name_length` (``rest``: the text after the word)."""
    if not 2 <= len(word) <= 3 or word[0] not in SURNAMES or common_word(word):
        return False
    given = word[1:]
    if any(ch in _NOT_GIVEN for ch in given):
        return False
    if len(given) == 2 and listed_given_name_stands(word[0], after, rest):
        return True  # 陈光明 + 也是我们班的同学
    if len(given) == 2 and not name_like_word(given, common_word, listed):
        return False
    if len(given) == 2 and common_word(given) and after not in NAMING_WORDS:
        # 王小龙是, 陈建国，你…, not 是高活性的
        return _person_called_for(word, after, nxt, subject, calling)
    return _person_here(word, after, nxt, calling)


def _joined_text(hanzi: list[Token], j: int, at: int) -> str | None:
    """The text of ``hanzi[j]`` when it touches offset ``at`` (no punctuation between),
    else None (the start or the end of a clause)."""
    if not 0 <= j < len(hanzi):
        return None
    tok = hanzi[j]
    return tok.text if at in (tok.start, tok.end) else None


#: Characters after which a surname character is a measure word or a thing's, not a
#: person's surname (三张小王的照片, 这张小马的画).
_COUNTING = frozenset("一二三四五六七八九十百千两几这那每哪半某")


def _surname_before(hanzi: list[Token], i: int) -> Token | None:
    """The token of a surname of one character just before ``hanzi[i]`` (小 and a surname
    character: 尹 + 小龙), where 小 and that character are the given name after it, not
    小 + a surname (小王 Xiǎo Wáng); None where there is none, or where the character is
    counted (三张 + 小王: 张 a measure word)."""
    if i == 0:
        return None
    prev = hanzi[i - 1]
    if prev.end != hanzi[i].start or prev.text not in SURNAMES:
        return None
    if i > 1 and hanzi[i - 2].end == prev.start and hanzi[i - 2].text[-1] in _COUNTING:
        return None
    return prev


@lru_cache(maxsize=1)
def _textbook_names() -> frozenset[str]:
    return frozenset(textbook_names())


def mark_names(
    tokens: list[Token],
    lexicon: Lexicon,
    spelling: Callable[[str, tuple[str, ...]], tuple[bool, ...] | None] | None = None,
    plain: set[str] | None = None,
) -> None:
    """Set ``extra["name"]`` on the tokens of one annotated text that are names.

    ``spelling(word, syllables)``: where the dictionary capitalises the syllables of a
    proper noun it lists (CC-CEDICT's "Wang2 Ming2", "Liu2 De2 hua2", "Bei3 jing1"),
    or None; a person's name the dictionary knows is then written in two parts (Wáng
    Míng, Liú Déhuá) like the names the word cutter finds, a place as one word.

    ``plain``: a set the caller keeps for the same ``lexicon`` from text to text, of the
    words that start with no surname or title and are no name (most words); a word
    met again is then passed over with one look-up (about half this function's time)."""
    hanzi = [t for t in tokens if t.pinyin is not None]
    names, proper = lexicon.names, lexicon.proper
    book = _textbook_names()
    known_plain = plain if plain is not None else set()
    if len(known_plain) > 100_000:
        known_plain.clear()
    last = len(hanzi) - 1
    # The words seen before as no name are passed over in one comprehension (most words).
    for i in [i for i, tok in enumerate(hanzi)
              if tok.text not in known_plain or tok.extra.get("name")]:
        tok = hanzi[i]
        text = tok.text
        first = text[0]
        detected = bool(tok.extra.get("name"))  # the word cutter's name detection
        if first not in proper and text not in names and text not in book and (
            first not in "小老"
        ):
            known_plain.add(text)
            if not detected:
                continue  # most words: no surname, no name
        n = len(text)
        caps: tuple[bool, ...] | None = None
        title_at = 0  # where a lower-case title starts inside the token (王老师: 1)
        if n == 2 and first in "小老" and text[1] in COMMON_SURNAMES:
            surname = _surname_before(hanzi, i) if first == "小" else None
            if surname is not None:
                # 尹 + 小龙: a given name of one unit after its surname, Yǐn Xiǎolóng
                with_extra(surname, name=(True,))
                caps = (True, False)
            else:
                caps = (True, True)  # 小王 Xiǎo Wáng, 老李 Lǎo Lǐ
        elif text in book:
            # 李明 Lǐ Míng (surname and given name apart); 小明 Xiǎomíng, 玛丽 Mǎlì,
            # and a doubled given name is one word (丽丽 Lìlì, not "Lì Lì")
            two_parts = (n in (2, 3) and first in proper and first not in "小老"
                         and text[1] != first)
            caps = (True, two_parts) + (False,) * (n - 2) if n > 1 else (True,)
        elif n >= 2 and text[1:] in TITLES and first in proper and not (
            text in lexicon.readings and text not in lexicon.proper
        ):  # 班主任 is the dictionary's "teacher in charge of a class", not Director Ban
            caps, title_at = (True,) + (False,) * (n - 1), 1  # 王老师 Wáng lǎoshī
        elif text in names and n > 1:  # a lone 钟 or 帅 is no name (clock, handsome)
            spelt = spelling(text, tok.citation or tok.pinyin) if spelling else None
            caps = spelt if spelt and spelt[0] and len(spelt) == n else (
                (True,) + (False,) * (n - 1))
        elif first in SURNAMES and text in lexicon.name_homographs and _person_here(
            text, _joined_text(hanzi, i - 1, tok.start), _joined_text(hanzi, i + 1, tok.end)
        ):
            # a common word that is also a person's name where the sentence calls for a
            # person (高明说他明天来 Gāo Míng; 他很高明 stays gāomíng)
            caps = (True, True) + (False,) * (n - 2)
        elif first in proper and n <= 2:
            prev = hanzi[i - 1] if i > 0 else None
            nxt = hanzi[i + 1] if i < last else None
            if prev is not None and prev.end == tok.start and prev.text.endswith("姓"):
                caps = (True,) + (False,) * (n - 1)  # 姓曾 Zēng, 姓欧阳 Ōuyáng
            elif n == 1 and nxt is not None and nxt.start == tok.end and nxt.text in TITLES and (
                first in SURNAMES
            ):
                caps = (True,)  # 王 + 老师, but 和 + 老师 is "and the teacher"
        if caps is None and detected:
            # a name the word cutter found: a person's surname and given name apart
            # (张伟 Zhāng Wěi), any other name as one word (Mǎlì)
            two_parts = n in (2, 3) and first in COMMON_SURNAMES and text[1] != first
            caps = (True, two_parts) + (False,) * (n - 2) if n > 1 else (True,)
        if caps is not None:
            if title_at:
                with_extra(tok, name=caps, name_title=title_at)
            else:
                with_extra(tok, name=caps)


def person_names(tokens: list[Token]) -> set[str]:
    """The persons' names the word cutter found in ``tokens`` (a surname with its given
    name, marked ``extra["name"]`` before :func:`mark_names`): 李华 of 我叫李华."""
    marked = [t for t in tokens if "name" in t.extra]  # one look-up per token
    return {t.text for t in marked
            if t.extra["name"] and t.pinyin is not None and 2 <= len(t.text) <= 3
            and t.text[0] in SURNAMES}


def join_names_met(tokens: list[Token], names: set[str] | None = None,
                   text: str | None = None) -> list[Token]:
    """``tokens`` with each person's name that the text names elsewhere kept one unit
    where the cut gave it in pieces: after 我叫李华, 可是李华说 gives 李华 (Lǐ Huá, a name),
    not 李 "plum" | 华 "magnificent" (issue 15: a name stays one unit in the text, the
    same everywhere). ``names``: the names to join (default: those of ``tokens``, see
    :func:`person_names`; a reader passes those of all its paragraphs). Only whole
    tokens that touch one another make a name (李 | 华山 stays); the same list when
    nothing is joined (most texts).

    ``text``: the text the tokens spell (each token ``text[start:end]``). Only a name
    written in it can be joined, so the walk over the tokens is skipped when it holds
    none: a reader's block of paragraphs shares its names, most paragraphs hold none of
    them, and a substring search in C costs far less than the walk."""
    if names is None:
        names = person_names(tokens)
    if names and text is not None:
        names = {name for name in names if name in text}
    if not names:
        return tokens
    return join_touching_runs(tokens, names.__contains__, _has_reading, _joined,
                              max_parts=3, max_chars=3)


def _has_reading(token: Token) -> bool:
    return token.pinyin is not None


def _joined(parts: list[Token]) -> Token:
    """One name token made of the touching tokens ``parts``: their syllables, sources,
    unsure flags and third-tone flags in order, marked a name found by the cutter."""
    def cat(values: list[tuple | None]) -> tuple | None:
        return None if any(v is None for v in values) else tuple(x for v in values for x in v)

    first, last = parts[0], parts[-1]
    third = [p.extra.get("third_tone") for p in parts]
    token = Token("".join(p.text for p in parts), first.start, last.end, first.kind,
                  cat([p.pinyin for p in parts]), cat([p.citation for p in parts]),
                  cat([p.sources for p in parts]), cat([p.unsure for p in parts]))
    fields: dict[str, object] = {"name": True}
    if all(t is not None for t in third):
        fields = {"third_tone": cat(third), **fields}
    with_extra(token, **fields)
    return token
