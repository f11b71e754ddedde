"""The engine cache's large word tables with their words in one string (packed_words)."""

from __future__ import annotations

import pickle

import pytest

from chinese_teach.core.text.packed_words import _SMALLEST, PACKED, pack, unpack


def _tables() -> dict:
    readings = {f"词{i}": ((f"ci{i % 4 + 1}",),) for i in range(3 * _SMALLEST)}
    readings["银行"] = (("yin2", "hang2"), ("yin2", "xing2"))
    readings["二𫫇英"] = (("er4", "e4", "ying1"),)  # a character beyond the BMP
    readings[""] = ()
    nouns = frozenset([*list(readings)[::2], *(f"名{i}" for i in range(_SMALLEST))])
    levels = {word: i % 7 for i, word in enumerate(reversed(list(readings)))}
    return {
        "format": 16,
        "readings": readings,
        "nouns": nouns,
        "levels": levels,
        "small": {"中": "中"},  # below the size packed: kept as it is
        "numbers": {i: str(i) for i in range(2 * _SMALLEST)},  # not str keys: kept
        "lines": frozenset([*(f"行{i}" for i in range(_SMALLEST)), "a\nb"]),  # a newline: kept
        "heads": ("key", frozenset("车")),
    }


def test_round_trip_gives_the_same_tables_in_the_same_order() -> None:
    tables = _tables()
    back = unpack(pickle.loads(pickle.dumps(pack(tables), protocol=pickle.HIGHEST_PROTOCOL)))
    assert back.keys() == tables.keys()
    for name, value in tables.items():
        assert back[name] == value and type(back[name]) is type(value), name
        if type(value) is dict:
            assert list(back[name].items()) == list(value.items()), name


def test_large_string_tables_are_packed_and_the_others_kept() -> None:
    packed = pack(_tables())
    joined, wide, tables = packed[PACKED]
    assert sorted(tables) == ["levels", "nouns", "readings"]
    assert isinstance(joined, str) and joined.split("\n")[0] == "词0"
    # the word beyond the BMP kept apart: the string stays two bytes a character
    assert wide == [(3 * _SMALLEST + 1, "二𫫇英")] and max(joined) <= "\uffff"
    assert tables["readings"][0] == 0  # the first table's words: a run, kept as its start
    assert isinstance(tables["nouns"][0], bytes)  # numbers of words met before and new ones
    for name in ("format", "small", "numbers", "lines", "heads"):
        assert packed[name] is _tables()[name] or packed[name] == _tables()[name]
    assert pack({"tiny": {"中": 1}}) == {"tiny": {"中": 1}}


def test_each_word_is_one_object_in_every_table() -> None:
    back = unpack(pickle.loads(pickle.dumps(pack(_tables()))))
    readings = {id(w) for w in back["readings"]}
    assert all(id(w) in readings for w in back["levels"])
    shared = [w for w in back["nouns"] if w in back["readings"]]
    assert len(shared) > _SMALLEST and all(id(w) in readings for w in shared)


def test_tables_without_packed_words_are_returned_as_they_are() -> None:
    old = {"format": 15, "readings": {"中": (("zhong1",),)}}
    assert unpack(old) is old


@pytest.mark.parametrize("damage", ["count", "run", "number", "values"])
def test_damaged_parts_raise_value_error(damage: str) -> None:
    packed = pack(_tables())
    joined, _, tables = packed[PACKED]
    where, count, values = tables["readings"]
    if damage == "count":
        tables["nouns"] = (tables["nouns"][0], tables["nouns"][1] + 1, None)
    elif damage == "run":
        tables["readings"] = (len(joined), count, values)
    elif damage == "number":
        tables["nouns"] = (b"\xff\xff\xff\x7f" * tables["nouns"][1], tables["nouns"][1], None)
    else:
        tables["readings"] = (where, count, values[:-1])
    with pytest.raises(ValueError):
        unpack(packed)
