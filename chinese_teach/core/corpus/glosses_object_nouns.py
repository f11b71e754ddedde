"""Places where a word that is a verb and a noun is the noun (issue 15, words41): the
object, ending its clause, of a verb of handing over, receiving or waiting, and the head
of a counted noun phrase.

A word that is a verb and a noun (罚款 "to fine; penalty; fine (monetary)", 通知 "to notify;
notice", 申请 "to apply for; application form") is the noun where it ends its clause right
after one of :data:`HANDED_OBJECT_VERBS`: 要 + 交 + 罚款。, 我们刚刚 + 收到 + 通知。, 还在 + 等 +
通知。. The glosser reads them with 给 (给 + 提示。) as the verbs of a last object
(``glosses._VERBS_OF_A_LAST_OBJECT``): its noun senses lead, strictly (a first sense that
may be no noun, 补充 "additional", keeps the entry's order).

Such a word is the noun, too, where it heads a counted noun phrase ending its clause
(:func:`counted_head_place`: 学生会是 + 一个 + 学生 + 组织。 "organization").

Pure of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from chinese_teach.core.text.pieces import is_number

#: Verbs of handing over (交, 付, 提交, 发), of receiving (收, 收到, 接到, 得到, 接受), of
#: putting forward or writing (提, 提出, 写) and of waiting (等): a verb-and-noun word ending
#: the clause after one of them is the thing (交 + 罚款, 收到 + 通知, 写 + 总结, 等 + 通知).
HANDED_OBJECT_VERBS = frozenset({
    "交", "付", "提交", "发", "收", "收到", "接到", "得到", "接受", "提", "提出", "写", "等"})


#: How many nouns may stand between a measure word and the word that heads its phrase
#: (一个 + 学生 + 组织, 一份 + 年终 + 工作 + 总结).
_MODIFIERS = 2

#: Coverbs before a counted phrase: the phrase is their object and the word after it the
#: clause's verb (在 + 一家银行 + 工作, 跟 + 一个朋友 + 聊天).
COVERBS = frozenset({"在", "从", "跟", "和", "同", "给", "对", "向", "往", "朝", "比", "把",
                     "被", "离", "为", "替", "用", "让", "叫"})
#: Words that may stand between a verb and the counted phrase it governs (参加 + 了 + 一次).
_ASPECT = frozenset({"了", "过", "着"})


def counted_head_place(before: Sequence[str], rest: Sequence[str], *,
                       noun_like: Callable[[str], bool], measure_place: Callable[[str], bool],
                       is_verb: Callable[[str], bool], particles: frozenset[str]) -> bool:
    """Whether a word heads a counted noun phrase that a verb governs and that ends its
    clause: the words before it (``before``, nearest first) are one or two nouns
    (``noun_like``) after a measure word (``measure_place``: 一个, 一次, 这个; not 的), its
    number, and before them a verb (``is_verb``, 是, 有; past 了/过/着), no coverb; only
    ``particles`` follow it (``rest``). 学生会是 + 一个 + 学生 + 组织。, 参加了 + 一次 + 汉语
    + 培训。: a verb-and-noun word there is the noun ("organization", "training"). Not a
    subject and its verb (这个学生 + 毕业了, 他的工作 + 调动了), nor 在 + 一家银行 + 工作."""
    if any(w not in particles for w in rest):
        return False
    k = 0
    while k < min(len(before), _MODIFIERS) and noun_like(before[k]) and not measure_place(
            before[k]):
        k += 1
    if not 0 < k < len(before) or before[k] == "的" or not measure_place(before[k]):
        return False
    k += 1
    while k < len(before) and (is_number(before[k]) or before[k] in _ASPECT):
        k += 1
    if k >= len(before):
        return False
    governs = before[k]
    return governs not in COVERBS and (governs in ("是", "有") or is_verb(governs))
