"""The segmenter's word counts (jieba's prefix dictionary) in a few flat arrays.

jieba keeps its dictionary as a Python dict of 650,000 strings (every word -> its
count, every prefix of a word that is no word itself -> 0): about 68 MB of string,
int and dict objects, and most of the engine's warm load to unpickle. :class:`CountTable`
holds the same mapping as one UTF-8 blob of the keys, an array of where each key
starts, an array of counts and an open-addressing hash table of key numbers: about
20 MB, no Python object per key, saved and loaded as five byte strings.

A key's slot comes from ``zlib.crc32`` of its UTF-8 bytes (the same in every process,
unlike ``hash()``), probed linearly. Changes after the build (a teacher's merge:
:meth:`CountTable.__setitem__`) go to a small dict that is read first.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Iterator, Mapping
from itertools import accumulate
from zlib import crc32

#: Every key is followed by this byte in the blob (no dictionary word holds a newline:
#: jieba's word lists are split at blanks).
_END = b"\n"


def _utf8(word: str) -> bytes:
    """The bytes a key is stored and hashed as (a lone surrogate is kept, not refused)."""
    return word.encode("utf-8", "surrogatepass")


class CountTable(Mapping[str, int]):
    """A read-mostly ``str -> int`` mapping stored in arrays (see the module's note).

    Reads like the dict it replaces (``get``, ``in``, ``[]``, iteration in the order
    the keys were given, new keys last); ``table[key] = count`` records a change.
    """

    __slots__ = ("_blob", "_changed", "_counts", "_mask", "_new", "_slots", "_starts")

    def __init__(self, blob: bytes, starts: array, counts: array, slots: array) -> None:
        self._blob = blob
        self._starts = starts  # key i is blob[starts[i]:starts[i + 1] - 1]
        self._counts = counts
        self._slots = slots  # key number + 1, or 0 for an empty slot
        self._mask = len(slots) - 1
        #: keys set after the build -> their count (read before the arrays)
        self._changed: dict[str, int] = {}
        self._new = 0  # how many of those are not in the arrays

    # -- building and saving ------------------------------------------------------------
    @classmethod
    def build(cls, items: Mapping[str, int] | Iterable[tuple[str, int]]) -> CountTable:
        """The table of ``items`` (a mapping, or distinct ``(key, count)`` pairs)."""
        pairs = list(items.items() if isinstance(items, Mapping) else items)
        encoded = [_utf8(key) for key, _ in pairs]
        values = [count for _, count in pairs]
        blob = _END.join(encoded) + _END if encoded else b""
        starts = array("I", accumulate((len(e) + 1 for e in encoded), initial=0))
        counts = array("I" if not values or max(values) < 2**32 else "Q", values)
        size = 8
        while size < 2 * len(encoded):  # at most half full: few probes per look-up
            size *= 2
        slots = array("I", bytes(4 * size))
        mask = size - 1
        for number, key in enumerate(encoded, 1):
            i = crc32(key) & mask
            while slots[i]:
                i = (i + 1) & mask
            slots[i] = number
        return cls(blob, starts, counts, slots)

    def to_state(self) -> tuple[bytes, bytes, str, bytes, bytes]:
        """The table as built, as byte strings (for a cache file); changes made with
        ``table[key] = count`` are not part of it."""
        return (self._blob, self._starts.tobytes(), self._counts.typecode,
                self._counts.tobytes(), self._slots.tobytes())

    @classmethod
    def from_state(cls, state: tuple[bytes, bytes, str, bytes, bytes]) -> CountTable:
        """The table :meth:`to_state` saved; ``ValueError`` if the parts do not fit."""
        blob, starts_bytes, typecode, counts_bytes, slots_bytes = state
        if typecode not in ("I", "Q"):
            raise ValueError(f"unknown count type {typecode!r}")
        starts, counts, slots = array("I"), array(typecode), array("I")
        starts.frombytes(starts_bytes)
        counts.frombytes(counts_bytes)
        slots.frombytes(slots_bytes)
        size = len(slots)
        if (len(starts) != len(counts) + 1 or size < 8 or size & (size - 1)
                or starts[0] != 0 or starts[-1] != len(blob)):
            raise ValueError("damaged count table")
        return cls(blob, starts, counts, slots)

    def __reduce__(self):
        """Pickled as :meth:`to_state`'s byte strings (changes are not kept)."""
        return (CountTable.from_state, (self.to_state(),))

    @property
    def nbytes(self) -> int:
        """Bytes held by the arrays and the blob (the changed keys not counted)."""
        return (len(self._blob) + sys.getsizeof(self._starts) + sys.getsizeof(self._counts)
                + sys.getsizeof(self._slots))

    # -- reading --------------------------------------------------------------------------
    def get(self, key: str, default=None):
        """``key``'s count, or ``default`` if it is not in the table."""
        if self._changed:
            found = self._changed.get(key)
            if found is not None:
                return found
        found = self._stored(key)
        return default if found is None else found

    def __getitem__(self, key: str) -> int:
        found = self.get(key) if isinstance(key, str) else None
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        if self._blob:
            yield from self._blob[:-1].decode("utf-8", "surrogatepass").split("\n")
        if self._new:
            yield from (key for key in self._changed if self._stored(key) is None)

    def __len__(self) -> int:
        return len(self._counts) + self._new

    def _stored(self, key: str) -> int | None:
        """``key``'s count in the arrays (changes not looked at), None if absent."""
        word = _utf8(key)
        stop = len(word) + 1
        starts, slots, blob, mask = self._starts, self._slots, self._blob, self._mask
        i = crc32(word) & mask
        number = slots[i]
        while number:
            start = starts[number - 1]
            if starts[number] - start == stop and blob.startswith(word, start):
                return self._counts[number - 1]
            i = (i + 1) & mask
            number = slots[i]
        return None

    # -- changes --------------------------------------------------------------------------
    def __setitem__(self, key: str, count: int) -> None:
        """Set ``key``'s count (kept beside the arrays, which stay as built)."""
        if not isinstance(key, str) or not isinstance(count, int) or count < 0:
            raise TypeError(f"a str key and a count >= 0 are needed, not {key!r}: {count!r}")
        if key not in self._changed and self._stored(key) is None:
            self._new += 1
        self._changed[key] = count
