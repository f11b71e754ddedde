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

#: Verbs before a counted phrase ending its clause that make it a noun phrase: 是 (学生会是 +
#: 一个学生组织) and verbs of taking part in or holding an event (参加了 + 一次汉语培训). Not
#: any verb: after 找, 有, 去 the noun may be followed by a second verb (找一个地方 + 实习 "to
#: intern", 有一个学生 + 发言), nor a coverb (在 + 一家银行 + 工作).
GOVERNING_VERBS = frozenset({"是", "参加", "举行", "举办", "进行", "做", "搞", "接受"})
#: Words that may stand between a verb and the counted phrase it governs (参加 + 了 + 一次).
_ASPECT = frozenset({"了", "过", "着"})


def counted_head_place(before: Sequence[str], rest: Sequence[str], *,
                       noun_like: Callable[[str], bool], measure_place: Callable[[str], bool],
                       particles: frozenset[str]) -> bool:
    """Whether a word heads a counted noun phrase that a verb governs and that ends its
    clause: the words before it (``before``, nearest first) are one or two nouns
    (``noun_like``) after a measure word (``measure_place``: 一个, 一次, 这个; not 的), its
    number, and before them (past 了/过/着) one of :data:`GOVERNING_VERBS`; only
    ``particles`` follow it (``rest``). 学生会是 + 一个 + 学生 + 组织。, 参加了 + 一次 + 汉语
    + 培训。: a verb-and-noun word there is the noun ("organization", "training"). Not a
    subject and its verb (这个学生 + 毕业了, 他的工作 + 调动了), nor 在 + 一家银行 + 工作, nor
    找一个地方 + 实习."""
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
    return before[k] in GOVERNING_VERBS
