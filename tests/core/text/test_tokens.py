"""The engine's fast token maker and shared tuples."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import fields

import pytest

from chinese_teach.core.text.tokens import (
    NO_EXTRAS,
    Extras,
    Kind,
    Source,
    Token,
    hanzi_token,
    join_touching_runs,
    new_token,
    plain_token,
    shared,
    third_tone_extras,
    with_extra,
)


def test_hanzi_token_sets_every_field_as_the_constructor_does():
    args = ("银行", 3, 5, ("yin2", "hang2"), ("yin2", "hang2"),
            (Source.DICTIONARY, Source.DICTIONARY), (False, False))
    fast = hanzi_token(*args, {"third_tone": (False, False)})
    slow = Token(args[0], args[1], args[2], Kind.HANZI, *args[3:],
                 extra={"third_tone": (False, False)})
    assert fast == slow and hash(fast) == hash(slow)
    for f in fields(Token):  # a field added to Token must be set by hanzi_token too
        assert getattr(fast, f.name) == getattr(slow, f.name), f.name


def test_plain_token_sets_every_field_as_the_constructor_does():
    for kind in (Kind.PUNCT, Kind.LATIN, Kind.NUMBER, Kind.SPACE):
        fast, slow = plain_token("x,", 2, 4, kind), Token("x,", 2, 4, kind)
        assert fast == slow and hash(fast) == hash(slow)
        for f in fields(Token):
            assert getattr(fast, f.name) == getattr(slow, f.name), f.name
        assert fast.extra is plain_token("x,", 2, 4, kind).extra is NO_EXTRAS  # shared


def test_shared_keeps_one_object_per_value():
    a = tuple([Source.RULE, Source.MODEL])
    b = tuple([Source.RULE, Source.MODEL])
    assert a is not b
    assert shared(a) is shared(b) and shared(b) == b


def test_new_token_makes_a_frozen_token_of_every_field():
    values = ("银行", 3, 5, Kind.HANZI, ("yin2", "hang2"), ("yin2", "hang2"),
              (Source.DICTIONARY, Source.DICTIONARY), (False, False), {"third_tone": (False,) * 2})
    fast = new_token(*values)
    assert type(fast) is Token
    assert [getattr(fast, f.name) for f in fields(Token)] == list(values)
    assert fast == Token(*values) and hash(fast) == hash(Token(*values))
    assert pickle.loads(pickle.dumps(fast)) == fast
    assert dataclasses.replace(fast, start=0).start == 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 0  # type: ignore[misc]


def test_extras_are_shared_and_read_only():
    """Tokens share their extras: every way of changing them in place is refused, and a
    token is given new ones by with_extra (its other extras kept, in their order)."""
    flags = (False, True)
    extras = third_tone_extras(flags)
    assert third_tone_extras(tuple([False, True])) is extras
    assert extras == {"third_tone": flags} and isinstance(extras, dict)
    for change in (lambda e: e.__setitem__("name", (True,)), lambda e: e.__delitem__("third_tone"),
                   lambda e: e.update(name=1), lambda e: e.setdefault("name", 1),
                   lambda e: e.pop("third_tone"), lambda e: e.popitem(), lambda e: e.clear()):
        with pytest.raises(TypeError):
            change(extras)
    with pytest.raises(TypeError):
        extras |= {"name": (True,)}
    assert extras == {"third_tone": flags}
    a = new_token("王明", 0, 2, Kind.HANZI, ("wang2", "ming2"), ("wang2", "ming2"),
                  (Source.DICTIONARY,) * 2, (False, False), extras)
    b = new_token("好", 2, 3, Kind.HANZI, ("hao3",), ("hao3",), (Source.DICTIONARY,), (False,),
                  extras)
    with_extra(a, name=(True, True), name_title=1)
    assert list(a.extra.items()) == [("third_tone", flags), ("name", (True, True)),
                                     ("name_title", 1)]
    assert type(a.extra) is Extras and b.extra is extras == {"third_tone": flags}
    assert pickle.loads(pickle.dumps(a)).extra == a.extra
    assert pickle.loads(pickle.dumps(extras)) == extras
    assert Token("x", 0, 1, Kind.LATIN).extra is NO_EXTRAS == {}


def _run_tokens(*spans: tuple[str, int]) -> list[Token]:
    return [plain_token(text, start, start + len(text), Kind.HANZI) for text, start in spans]


def _glued(run: list[Token]) -> Token:
    return plain_token("".join(t.text for t in run), run[0].start, run[-1].end, Kind.HANZI)


def test_join_touching_runs_takes_the_longest_touching_word_within_the_limits():
    toks = _run_tokens(("每", 0), ("天", 1), ("早", 2), ("上", 3), ("我", 5))
    words = {"每天", "每天早上", "早上"}.__contains__
    joined = join_touching_runs(toks, words, lambda t: True, _glued, max_parts=4, max_chars=9)
    assert [t.text for t in joined] == ["每天早上", "我"]
    three = join_touching_runs(toks, words, lambda t: True, _glued, max_parts=3, max_chars=9)
    assert [t.text for t in three] == ["每天", "早上", "我"]
    short = join_touching_runs(toks, words, lambda t: True, _glued, max_parts=4, max_chars=3)
    assert [t.text for t in short] == ["每天", "早上", "我"]


def test_join_touching_runs_keeps_gaps_refused_parts_and_the_list_itself():
    toks = _run_tokens(("每", 0), ("天", 2), ("早", 3), ("上", 4))
    words = {"每天", "早上"}.__contains__
    joined = join_touching_runs(toks, words, lambda t: t.text != "上", _glued,
                                max_parts=4, max_chars=9)
    assert joined is toks  # 每 and 天 do not touch; 上 may not be a part
    assert [t.text for t in join_touching_runs(toks, words, lambda t: True, _glued,
                                               max_parts=4, max_chars=9)] == ["每", "天", "早上"]
