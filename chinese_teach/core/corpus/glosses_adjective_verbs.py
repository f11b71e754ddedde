"""An adjective's entry with a verb sense, read where the word takes an object (issue 15,
words37).

CC-CEDICT leads many two-character words with their adjective and gives the verb later
(富有 "rich; wealthy / to be rich in", 清楚 "clear / to be clear about", 充实 "rich; full /
to enrich", 明确 "clear-cut / to clarify", 活跃 "active / to enliven"). Where such a word
is a clause's predicate and an object follows it, it is the verb: 这种水果富有营养 "to be
rich in", 你不清楚情况 "to be clear about", 读书能充实我们的生活 "to enrich". Before a noun
without a predicate's place (有 + 丰富 + 经验, 一个 + 稳定 + 工作) or after a degree word
(很稳定) it stays the adjective.

The functions read only the senses and the words around the word (as callables the
glosser passes); :mod:`.glosses` calls them where no curated line's condition chose.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

#: Words before a predicate: auxiliaries, negations and adverbs after which the word is the
#: verb of its clause (可以 + 丰富, 不 + 清楚, 要 + 密切, 能 + 充实); not degree words (很 +
#: 稳定 is the adjective), nor 有 or a measure word, which stand before nouns, nor 得 (说得 +
#: 清楚: a complement).
PREDICATE_BEFORE = frozenset({
    "可以", "能", "能够", "会", "要", "应该", "应当", "必须", "想", "需要", "一定",
    "不", "没", "没有", "也", "还", "都", "就", "才", "已经", "一直", "常常", "经常", "总是",
    "我", "你", "他", "她", "我们", "你们", "他们", "她们", "咱们", "大家",
})
#: Words that stand as a verb's object at the start of it (丰富 + 我们的 + 生活, 清楚 +
#: 自己的 + 问题): pronouns and words of people.
OBJECT_STARTS = frozenset({
    "我", "你", "他", "她", "它", "我们", "你们", "他们", "她们", "咱们", "大家", "自己",
    "人们", "别人", "学生", "孩子", "孩子们", "同学们",
})
#: Particles after which an object may still follow (丰富 + 了 + 我的见识).
_ASPECT37 = frozenset({"了", "过", "着"})


def object_follows(rest: Sequence[str], noun_like: Callable[[str], bool]) -> bool:
    """Whether the word's clause goes on with an object: a pronoun or a person
    (:data:`OBJECT_STARTS`), a noun (``noun_like``), or 两/这/那 + what they count, also
    past an aspect particle (丰富 + 了 + 我的见识)."""
    words = list(rest[:3])
    if words and words[0] in _ASPECT37:
        words = words[1:]
    if not words:
        return False
    first = words[0]
    return first in OBJECT_STARTS or first[:1] in ("两", "这", "那") or noun_like(first)


def predicate_place(prev: str, clause_before: Sequence[str],
                    noun_like: Callable[[str], bool], is_verb: Callable[[str], bool]) -> bool:
    """Whether the word stands where its clause's predicate does: after an auxiliary, a
    negation, an adverb or a pronoun subject (:data:`PREDICATE_BEFORE`), or after a noun
    subject with no verb before it in the clause (这种水果 + 富有; ``clause_before``: the
    words before the word in its clause, nearest first)."""
    if prev in PREDICATE_BEFORE:
        return True
    return bool(prev) and noun_like(prev) and not any(is_verb(w) for w in clause_before)


def verb_sense_first(senses: Sequence[str], is_adjective: Callable[[str], bool],
                     shorten: Callable[[list[str]], str]) -> str | None:
    """The gloss of an entry that leads with an adjective ("rich; wealthy"; one of the
    senses before its first verb is an adjective, ``is_adjective``) and gives a verb later
    ("to be rich in"): the verb senses first, then the first ("to be rich in; to be
    replete with; rich"). None for an entry that leads with a verb, has none, or leads
    with no adjective (符合 "in keeping with; … to agree with")."""
    items = [x.strip() for s in senses for x in s.split(";") if x.strip()]
    if not items or items[0].startswith(("to ", "(intransitive) to ")):
        return None
    verbs = [x for x in items if x.startswith("to ")]
    if not verbs or not any(is_adjective(x) for x in items[:items.index(verbs[0])]):
        return None
    return shorten([*verbs[:2], items[0]])


#: Adverbs between the person compared and the adjective (比我 + 还 + 大).
_COMPARED_ADVERBS = frozenset({"还", "更", "要", "还要"})


def person_compared(prev: str, earlier: Sequence[str], is_person: Callable[[str], bool],
                    is_noun: Callable[[str], bool], clause_break: str) -> bool:
    """Whether the word is said of a person compared with another (比 + a person, past
    还/更: 我姐姐比我大, 他…，其实比我还大): a person follows 比 just before it, and the
    nearest person or noun before 比 in the sentence (across commas; ``earlier``: the
    words before the word, nearest first; ``clause_break``: their commas' mark) is a
    person, not a thing of theirs (他力气比我大, 这个房间比我家大)."""
    words = [w for w in earlier if w != clause_break]
    if not words or words[0] != prev:
        return False
    i = 1 if prev in _COMPARED_ADVERBS else 0  # 比我 + 还 + 大
    if len(words) < i + 2 or not is_person(words[i]) or words[i + 1] != "比":
        return False
    for w in words[i + 2:]:
        if is_person(w):
            return True
        if is_noun(w):
            return False
    return False
