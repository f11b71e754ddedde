"""A verb said twice before its object, the second time joined with it (table21, issue 15).

晒晒太阳, 散散步, 跳跳舞, 洗洗澡: the verb and its object said "a little" by doubling the
verb (AAB). The cut keeps the second verb with its object as the dictionary word (晒 +
晒太阳, 散 + 散步), so the first verb stands alone before a token that starts with it, and
its gloss read no object: 晒 "to dry (clothes etc) in the sun". Read as the verb before the
object (晒 + 太阳, 散 + 步), the table's object lines and the verb-object words decide it as
they do for 晒太阳's own verb ("to bask in the sun"; 散 + 步: 散步 "to take a walk").

Pure of Qt.
"""

from __future__ import annotations

from collections.abc import Callable


def doubled_verb_rest(word: str, rest: tuple[str, ...],
                      is_verb: Callable[[str], bool]) -> tuple[str, ...]:
    """The words after the one-character verb ``word`` with its doubled verb-object token
    read as its object: 晒 + (晒太阳, 吧) -> (太阳, 吧); ``rest`` unchanged where the next
    word does not start with ``word`` and go on with something else (晒 + 太阳), is a
    word said twice (天 + 天天), or ``word`` is no verb (学 + 学生: 学 is a verb, but 学生
    is no verb-object token: its own first sense must be a verb's, which the caller's
    ``is_verb`` of the token tells)."""
    if len(word) != 1 or not rest:
        return rest
    nxt = rest[0]
    if len(nxt) < 2 or nxt[0] != word or nxt[1] == word:
        return rest
    if not (is_verb(word) and is_verb(nxt)):
        return rest
    return (nxt[1:], *rest[1:])


def doubled_verb_gloss(word: str, token: str,
                       own_gloss: Callable[[str], str | None]) -> str | None:
    """The gloss of the first verb of a doubled verb and object (散 + 散步) where its object
    decided nothing (步 names no object the table or the verb-object words read): the
    gloss of the whole said that way where the dictionary has it (散散步 "to have a
    stroll"), else of the verb-object token itself (跳 + 跳舞: 跳舞 "to dance"), if a
    verb's ("to …"); None otherwise. ``own_gloss``: a word's gloss alone, or None where
    the dictionary lacks it."""
    for whole in (word + token, token):
        short = own_gloss(whole)
        if short is not None and short.startswith("to "):
            return short
    return None
