"""What the rest of a clause says that only a person can be: an age (今年十二岁), a relative
(的妈妈) or a friend or classmate (也是我的朋友).

A full name whose given name is a learner's word (李 + 国庆 "National Day", 王 + 海洋 "ocean",
赵 + 和平 "peace") is taken as a name only where such a predicate follows it at the start
of a sentence (:func:`listed_given_name_stands`): parents give such words as names, but
白 + 头发, 高 + 个子 and 白 + 衬衫 are a thing described, so the words 说/今年/也 after them,
which do for a given name no learner list has (:mod:`.names`), are not enough.
"""

from __future__ import annotations

import re

#: Relatives after 的 that belong to a person (周国庆的妈妈): a thing has none.
RELATIVES = (
    "妈妈", "爸爸", "哥哥", "姐姐", "弟弟", "妹妹", "儿子", "女儿", "爷爷", "奶奶", "外公",
    "外婆", "姥姥", "姥爷", "丈夫", "妻子", "父亲", "母亲", "爱人", "孩子", "父母", "家人",
)
#: People a person is said to be after 是 and a possessive (也是我的朋友, 是我们班的同学).
PERSON_NOUNS = (
    "朋友", "同学", "老师", "学生", "同事", "邻居", "同桌", "班长", "室友", "老乡",
    *RELATIVES,
)
#: Surname characters that are also colours, sizes or materials, which describe the noun
#: after them (白头发, 高个子, 黄衬衫, 金项链, 方桌子, 石桌子): never a surname before a
#: given name that is a learner's word.
DESCRIBING_SURNAMES = frozenset("白黄高金方石")

_NUMERAL = "零一二三四五六七八九十百两0-9０-９"
_CLAUSE_END = re.compile(r"[，,。！？!?；;：:、\s“”\"]")
_AGE = re.compile(rf"^(今年|已经|快|才|都)*[{_NUMERAL}]+(多)?岁")
_RELATIVE = re.compile("^的(" + "|".join(RELATIVES) + ")")
_PERSON_PREDICATE = re.compile(
    "^[也还就都]*是(我|你|您|他|她)们?(班|家|学校|公司)?的?(好|新|老)?("
    + "|".join(PERSON_NOUNS) + ")$")


def person_predicated(rest: str) -> bool:
    """True where ``rest``, the text just after a name, says what only a person is in
    its clause: an age (今年十二岁, 九岁), a relative of theirs (的妈妈是医生) or the
    speaker's friend, classmate or relative ending the clause (也是我的朋友。, 是我们班的
    同学); not 也是我的朋友送的 (a thing given)."""
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
    return bool(_AGE.match(clause) or _RELATIVE.match(clause)
                or _PERSON_PREDICATE.match(clause))


def listed_given_name_stands(surname: str, after: str | None, rest: str | None) -> bool:
    """True for a surname and a given name that a learner list has as a word (李 + 国庆)
    where the sentence calls for a person: at the start of a sentence (``after`` None),
    before a predicate only a person takes (:func:`person_predicated`), the surname no
    colour, size or material (:data:`DESCRIBING_SURNAMES`: 白头发的奶奶 is no name)."""
    return (after is None and rest is not None and surname not in DESCRIBING_SURNAMES
            and person_predicated(rest))
