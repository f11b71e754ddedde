"""Large read-mostly word tables in a few flat arrays instead of dicts of strings.

jieba keeps its dictionary as a Python dict of 650,000 strings (every word -> its
count, every prefix of a word that is no word itself -> 0): about 68 MB of string,
int and dict objects, and most of the engine's warm load to unpickle. :class:`CountTable`
holds the same mapping as one UTF-8 blob of the keys, an array of where each key
starts, an array of counts and an open-addressing hash table of key numbers: about
20 MB, no Python object per key, saved and loaded as five byte strings.
:class:`TextTable` does the same for ``str -> str`` (traditional word -> simplified).

A key's slot comes from ``zlib.crc32`` of its UTF-8 bytes (the same in every process,
unlike ``hash()``), probed linearly. A look-up costs about a microsecond (a dict's
costs a tenth of that): callers that ask for the same key often keep the answer.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Iterator, Mapping
from itertools import accumulate
from zlib import crc32

#: Every key (and value) is followed by this byte in its blob (no dictionary word holds
#: a newline: jieba's word lists are split at blanks, CC-CEDICT's forms at spaces).
_END = b"\n"


def _utf8(word: str) -> bytes:
    """The bytes a key is stored and hashed as (a lone surrogate is kept, not refused)."""
    return word.encode("utf-8", "surrogatepass")


def _pack(strings: list[bytes]) -> tuple[bytes, array]:
    """One blob of ``strings``, each followed by :data:`_END`, and where each starts
    (``len(strings) + 1`` offsets: string i is ``blob[starts[i]:starts[i + 1] - 1]``)."""
    blob = _END.join(strings) + _END if strings else b""
    return blob, array("I", accumulate((len(s) + 1 for s in strings), initial=0))


def _unpack(blob: bytes) -> list[str]:
    """The strings of a blob made by :func:`_pack`, in order."""
    return blob[:-1].decode("utf-8", "surrogatepass").split("\n") if blob else []


def _array(typecode: str, data: bytes) -> array:
    out = array(typecode)
    out.frombytes(data)
    return out


class _PackedKeys:
    """The keys of a table: a blob, where each key starts, and the hash slots."""

    __slots__ = ("_blob", "_mask", "_slots", "_starts")

    def __init__(self, blob: bytes, starts: array, slots: array) -> None:
        size = len(slots)
        if (size < 8 or size & (size - 1) or not starts or starts[0] != 0
                or starts[-1] != len(blob)):
            raise ValueError("damaged word table")
        self._blob = blob
        self._starts = starts
        self._slots = slots  # key number + 1, or 0 for an empty slot
        self._mask = size - 1

    @staticmethod
    def _hash_keys(keys: list[bytes]) -> array:
        """The slots of ``keys`` (key number + 1 at the slot each hashes to, probed on)."""
        slots, mask = _PackedKeys._empty_slots(len(keys))
        for number, key in enumerate(keys, 1):
            i = crc32(key) & mask
            while slots[i]:
                i = (i + 1) & mask
            slots[i] = number
        return slots

    @staticmethod
    def _empty_slots(count: int) -> tuple[array, int]:
        size = 8
        while size < 2 * count:  # at most half full: few probes per look-up
            size *= 2
        return array("I", bytes(4 * size)), size - 1

    @staticmethod
    def _pack_keys(keys: list[str]) -> tuple[bytes, array, array]:
        """The blob, starts and slots of ``keys``, encoding one key at a time (a list of
        650,000 byte strings would add 30 MB to the peak of a cold build)."""
        slots, mask = _PackedKeys._empty_slots(len(keys))
        starts = array("I", [0])
        append = starts.append
        pos = 0
        for number, key in enumerate(keys, 1):
            word = _utf8(key)
            pos += len(word) + 1
            append(pos)
            i = crc32(word) & mask
            while slots[i]:
                i = (i + 1) & mask
            slots[i] = number
        blob = _utf8("\n".join(keys)) + _END if keys else b""
        return blob, starts, slots

    def _number(self, key: str) -> int:
        """The position of ``key`` among the keys, -1 if it is not one."""
        word = key.encode("utf-8", "surrogatepass")  # :func:`_utf8`, without its call
        stop = len(word) + 1
        starts, slots, blob, mask = self._starts, self._slots, self._blob, self._mask
        i = crc32(word) & mask
        number = slots[i]
        while number:
            start = starts[number - 1]
            if starts[number] - start == stop and blob.startswith(word, start):
                return number - 1
            i = (i + 1) & mask
            number = slots[i]
        return -1

    def _nbytes(self) -> int:
        return len(self._blob) + sys.getsizeof(self._starts) + sys.getsizeof(self._slots)


class CountTable(_PackedKeys, Mapping[str, int]):
    """A read-mostly ``str -> int`` mapping stored in arrays (see the module's note).

    Reads like the dict it replaces (``get``, ``in``, ``[]``, iteration in the order
    the keys were given, new keys last); ``table[key] = count`` records a change, kept
    in a small dict that is read first (a teacher's merge in the segmenter's table).
    """

    __slots__ = ("_changed", "_counts", "_new")

    def __init__(self, blob: bytes, starts: array, counts: array, slots: array) -> None:
        if len(starts) != len(counts) + 1:
            raise ValueError("damaged word table")
        super().__init__(blob, starts, slots)
        self._counts = counts
        #: keys set after the build -> their count (read before the arrays)
        self._changed: dict[str, int] = {}
        self._new = 0  # how many of those are not in the arrays

    # -- building and saving ------------------------------------------------------------
    @classmethod
    def build(cls, items: Mapping[str, int] | Iterable[tuple[str, int]]) -> CountTable:
        """The table of ``items`` (a mapping, or distinct ``(key, count)`` pairs)."""
        if isinstance(items, Mapping):
            keys, values = list(items), list(items.values())
        else:
            pairs = list(items)
            keys, values = [k for k, _ in pairs], [c for _, c in pairs]
            del pairs
        counts = array("I" if not values or max(values) < 2**32 else "Q", values)
        del values
        blob, starts, slots = cls._pack_keys(keys)
        return cls(blob, starts, counts, slots)

    def to_state(self) -> tuple[bytes, bytes, str, bytes, bytes]:
        """The table as built, as byte strings (for a cache file); changes made with
        ``table[key] = count`` are not part of it."""
        return (self._blob, self._starts.tobytes(), self._counts.typecode,
                self._counts.tobytes(), self._slots.tobytes())

    @classmethod
    def from_state(cls, state: tuple[bytes, bytes, str, bytes, bytes]) -> CountTable:
        """The table :meth:`to_state` saved; ``ValueError`` if the parts do not fit."""
        blob, starts, typecode, counts, slots = state
        if typecode not in ("I", "Q"):
            raise ValueError(f"unknown count type {typecode!r}")
        return cls(blob, _array("I", starts), _array(typecode, counts), _array("I", slots))

    def __reduce__(self):
        """Pickled as :meth:`to_state`'s byte strings (changes are not kept)."""
        return (CountTable.from_state, (self.to_state(),))

    @property
    def nbytes(self) -> int:
        """Bytes held by the arrays and the blob (the changed keys not counted)."""
        return self._nbytes() + sys.getsizeof(self._counts)

    # -- reading --------------------------------------------------------------------------
    def get(self, key: str, default=None):
        """``key``'s count, or ``default`` if it is not in the table."""
        if self._changed:
            found = self._changed.get(key)
            if found is not None:
                return found
        # :meth:`_number` written out (the segmenter asks this of every new string it
        # meets: one Python call less per look-up)
        word = key.encode("utf-8", "surrogatepass")
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
        return default

    def __getitem__(self, key: str) -> int:
        found = self.get(key) if isinstance(key, str) else None
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        yield from _unpack(self._blob)
        if self._new:
            yield from (key for key in self._changed if self._number(key) < 0)

    def __len__(self) -> int:
        return len(self._counts) + self._new

    # -- changes --------------------------------------------------------------------------
    def __setitem__(self, key: str, count: int) -> None:
        """Set ``key``'s count (kept beside the arrays, which stay as built)."""
        if not isinstance(key, str) or not isinstance(count, int) or count < 0:
            raise TypeError(f"a str key and a count >= 0 are needed, not {key!r}: {count!r}")
        if key not in self._changed and self._number(key) < 0:
            self._new += 1
        self._changed[key] = count


class TextTable(_PackedKeys, Mapping[str, str]):
    """A read-only ``str -> str`` mapping stored in arrays (see the module's note)."""

    __slots__ = ("_value_starts", "_values")

    def __init__(self, blob: bytes, starts: array, slots: array,
                 values: bytes, value_starts: array) -> None:
        if len(value_starts) != len(starts) or value_starts[-1] != len(values):
            raise ValueError("damaged word table")
        super().__init__(blob, starts, slots)
        self._values = values
        self._value_starts = value_starts

    @classmethod
    def build(cls, items: Mapping[str, str] | Iterable[tuple[str, str]]) -> TextTable:
        """The table of ``items`` (a mapping, or distinct ``(key, value)`` pairs)."""
        pairs = list(items.items() if isinstance(items, Mapping) else items)
        blob, starts, slots = cls._pack_keys([key for key, _ in pairs])
        values, value_starts = _pack([_utf8(value) for _, value in pairs])
        return cls(blob, starts, slots, values, value_starts)

    @classmethod
    def from_lines(cls, keys: str, values: str) -> TextTable:
        """The table of the lines of ``keys`` and of ``values`` taken in pairs (such as two
        ``group_concat(..., char(10))`` of one SQL query: no Python object per row)."""
        blob = _utf8(keys) + _END if keys else b""
        value_blob = _utf8(values) + _END if values else b""
        key_list = blob.split(_END)[:-1]
        value_lengths = [len(v) + 1 for v in value_blob.split(_END)[:-1]]
        if len(value_lengths) != len(key_list):
            raise ValueError(f"{len(key_list)} keys but {len(value_lengths)} values")
        starts = array("I", accumulate((len(k) + 1 for k in key_list), initial=0))
        slots = cls._hash_keys(key_list)
        return cls(blob, starts, slots, value_blob,
                   array("I", accumulate(value_lengths, initial=0)))

    @property
    def nbytes(self) -> int:
        """Bytes held by the arrays and the blobs."""
        return self._nbytes() + len(self._values) + sys.getsizeof(self._value_starts)

    def get(self, key: str, default=None):
        """``key``'s value, or ``default`` if it is not in the table."""
        number = self._number(key)
        if number < 0:
            return default
        starts = self._value_starts
        return self._values[starts[number]:starts[number + 1] - 1].decode(
            "utf-8", "surrogatepass")

    def __getitem__(self, key: str) -> str:
        found = self.get(key) if isinstance(key, str) else None
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._number(key) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(_unpack(self._blob))

    def __len__(self) -> int:
        return len(self._value_starts) - 1
