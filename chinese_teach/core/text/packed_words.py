"""The engine cache's large word tables with all their words in one string.

Unpickling the engine's tables made one string object per distinct word (about
237,000: the readings' keys, the nouns, names and levels), each decoded from UTF-8 on
its own. In CPython a Chinese word's decode starts a one-byte buffer, widens it at the
first Chinese character and copies it out: about 900 instructions a word, a third of
the warm load's work. :func:`pack` stores the words of every large ``str``-keyed dict
and ``str`` frozenset once, joined by newlines into one string (one decode for all),
and each table as the numbers of its words (or their first number, when a table's
words are a run of them in order, as the readings' are) beside its values;
:func:`unpack` splits the string and builds the same tables in C (``dict(zip(...))``,
``frozenset(map(...))``). Each word is still one object shared by every table that
holds it, as the pickle's memo shared it, and a dict keeps its order.
"""

from __future__ import annotations

from array import array
from typing import Any

#: Joins the words (no dictionary word holds a newline: the segmenter's word table
#: relies on the same, :mod:`.wordtable`). A table with a key that holds one stays as it is.
_SEP = "\n"
#: The last character of the Basic Multilingual Plane (two bytes a character in a str).
_BMP_LAST = "\uffff"
#: Tables with fewer entries stay as they are (their decode costs little).
_SMALLEST = 1_000
#: Where the packed tables and the words are kept in the cache's dict.
PACKED = "packed_words"


def _packable(value: object) -> bool:
    if type(value) is dict:
        keys: Any = value
    elif type(value) is frozenset:
        keys = value
    else:
        return False
    return len(keys) >= _SMALLEST and all(type(k) is str and _SEP not in k for k in keys)


def pack(tables: dict[str, Any]) -> dict[str, Any]:
    """``tables`` with each large ``str``-keyed dict and ``str`` frozenset replaced by
    the numbers of its words in one shared word list (kept under :data:`PACKED`); the
    other entries as they are. :func:`unpack` gives ``tables`` back."""
    numbers: dict[str, int] = {}
    packed: dict[str, tuple] = {}
    out: dict[str, Any] = {}
    for name, value in tables.items():
        if not _packable(value):
            out[name] = value
            continue
        first = len(numbers)
        keys = [numbers.setdefault(word, len(numbers)) for word in value]
        if keys == list(range(first, first + len(keys))):  # all new, in order: a run
            where: int | bytes = first
        else:
            where = array("I", keys).tobytes()
        values = list(value.values()) if type(value) is dict else None
        packed[name] = (where, len(keys), values)
    if packed:
        # Words with a character beyond the BMP (205 of CC-CEDICT's: 𠇹, 二𫫇英) are kept
        # apart, their places left empty: one of them in the string would make every
        # character of it four bytes wide, and every word split from it slower to make.
        wide = [(number, word) for word, number in numbers.items()
                if max(word, default="") > _BMP_LAST]
        words = list(numbers)
        for number, _ in wide:
            words[number] = ""
        out[PACKED] = (_SEP.join(words), wide, packed)
    return out


def unpack(tables: dict[str, Any]) -> dict[str, Any]:
    """The tables :func:`pack` packed, built again (dicts in their order, the same
    values; each word one object in every table); ``ValueError`` if the parts do not
    fit together (a damaged file)."""
    if PACKED not in tables:
        return tables
    out = {name: value for name, value in tables.items() if name != PACKED}
    joined, wide, packed = tables[PACKED]
    words = joined.split(_SEP)
    try:
        for number, word in wide:
            words[number] = word
        for name, (where, count, values) in packed.items():
            if type(where) is int:
                if where < 0 or where + count > len(words):
                    raise ValueError(f"damaged word table {name!r}")
                keys: Any = words[where:where + count]
            else:
                numbers = array("I")
                numbers.frombytes(where)
                if len(numbers) != count:
                    raise ValueError(f"damaged word table {name!r}")
                keys = map(words.__getitem__, numbers)  # IndexError: a number too large
            if values is None:
                out[name] = frozenset(keys)
            elif len(values) != count:
                raise ValueError(f"damaged word table {name!r}")
            else:
                out[name] = dict(zip(keys, values, strict=True))
    except IndexError as damaged:
        raise ValueError("damaged word table") from damaged
    return out
