"""The compact word-count table reads like the dict it replaces, and survives a cache file."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chinese_teach.core.text.wordtable import CountTable, TextTable

_keys = st.text(alphabet=st.sampled_from(list("中国人银行长江大桥𠮷ab1 \u3007\ud800")), min_size=1,
                max_size=6)


@settings(max_examples=200)
@given(st.dictionaries(_keys, st.integers(0, 2**40), max_size=60),
       st.lists(_keys, max_size=30))
def test_reads_like_the_dict(counts: dict[str, int], others: list[str]) -> None:
    table = CountTable.build(counts)
    assert len(table) == len(counts) and list(table) == list(counts)
    for key in [*counts, *others]:
        assert table.get(key) == counts.get(key)
        assert table.get(key, -1) == counts.get(key, -1)
        assert (key in table) == (key in counts)
    assert table == counts and dict(table) == counts
    again = pickle.loads(pickle.dumps(table))
    assert isinstance(again, CountTable) and dict(again.items()) == counts


def test_changes_are_read_first_and_new_keys_come_last() -> None:
    table = CountTable.build({"中国": 100, "中": 0, "银行": 7})
    table["中"] = 5
    table["长江"] = 3
    table["长江"] = 4
    assert table["中"] == 5 and table.get("长江") == 4 and table["中国"] == 100
    assert list(table) == ["中国", "中", "银行", "长江"] and len(table) == 4
    table["长江"] = 0  # a word no longer, still a key (as a prefix is)
    assert "长江" in table and table["长江"] == 0 and len(table) == 4
    with pytest.raises(KeyError):
        table["江"]
    with pytest.raises(TypeError):
        table["江"] = -1
    # The cache holds the table as built: a teacher's merge is applied again at load.
    assert dict(pickle.loads(pickle.dumps(table))) == {"中国": 100, "中": 0, "银行": 7}


def test_counts_too_large_for_four_bytes_are_kept() -> None:
    table = CountTable.build([("大", 2**33), ("小", 1)])
    assert table["大"] == 2**33 and CountTable.from_state(table.to_state())["大"] == 2**33


def test_an_empty_table() -> None:
    table = CountTable.build({})
    assert len(table) == 0 and list(table) == [] and table.get("中") is None and "中" not in table


@pytest.mark.parametrize("damage", ["slots", "starts", "typecode", "blob"])
def test_a_damaged_state_is_refused(damage: str) -> None:
    blob, starts, typecode, counts, slots = CountTable.build({"中国": 1, "银行": 2}).to_state()
    if damage == "slots":
        slots = slots[:-4]
    elif damage == "starts":
        starts = starts[:-4]
    elif damage == "typecode":
        typecode = "d"
    else:
        blob = blob[:-1]
    with pytest.raises(ValueError):
        CountTable.from_state((blob, starts, typecode, counts, slots))


def test_it_is_much_smaller_than_the_dict(engine) -> None:
    """The engine's table: 650,000 words and prefixes in a few arrays."""
    table = engine.segmenter.table
    assert isinstance(table, CountTable) and len(table) > 500_000
    assert table.nbytes < 30_000_000


@settings(max_examples=200)
@given(st.dictionaries(_keys, _keys | st.just(""), max_size=60), st.lists(_keys, max_size=30))
def test_a_text_table_reads_like_the_dict(pairs: dict[str, str], others: list[str]) -> None:
    for table in (TextTable.build(pairs),
                  TextTable.from_lines("\n".join(pairs), "\n".join(pairs.values()))
                  if pairs and all(pairs.values()) else TextTable.build(pairs)):
        assert len(table) == len(pairs) and list(table) == list(pairs)
        for key in [*pairs, *others]:
            assert table.get(key, key) == pairs.get(key, key)
            assert (key in table) == (key in pairs)
        assert table == pairs


def test_a_text_table_from_lines_needs_as_many_values_as_keys() -> None:
    assert TextTable.from_lines("", "") == {}
    with pytest.raises(ValueError):
        TextTable.from_lines("銀行\n長", "银行")
