"""One bounded, thread-safe cache of annotated paragraphs.

The Reader studio and Quick annotate annotate blocks of paragraphs in worker threads
and show the result on the UI thread; both keep the tokens of each paragraph here, keyed
by ``(paragraph text, tone changes)`` (the Reader preview also keeps the tokens with the
teacher's unsure marks under ``(paragraph text, tone changes, "marks")``). Past
:attr:`AnnotationCache.limit` entries the least recently used go first. Every method
takes the lock, so a worker may store while the UI thread reads or forgets.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

Key = tuple[str, bool] | tuple[str, bool, str]

#: entries kept by default (a long book is a few thousand paragraphs)
DEFAULT_LIMIT = 20000
#: Paragraphs the callers that fill the cache (Quick annotate, the reader build) give
#: :meth:`.TextEngine.annotate_many` at a time: the polyphone model's one call for a
#: block costs about what one paragraph's call did, and a cancel waits for one block.
PARAGRAPHS_PER_CALL = 50


class AnnotationCache:
    """``(paragraph, tone_changes) -> tokens``, bounded (least recently used dropped)."""

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self.limit = limit
        self._items: OrderedDict[Key, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Key, default: Any = None) -> Any:
        """The tokens of ``key`` (marked as just used), else ``default``."""
        with self._lock:
            if key not in self._items:
                return default
            self._items.move_to_end(key)
            return self._items[key]

    def __setitem__(self, key: Key, tokens: Any) -> None:
        with self._lock:
            self._items[key] = tokens
            self._items.move_to_end(key)
            while len(self._items) > max(0, self.limit):
                self._items.popitem(last=False)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._items

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def touch(self, keys: Iterable[Key]) -> None:
        """Mark ``keys`` as just used (the text on screen is dropped last)."""
        with self._lock:
            for key in keys:
                if key in self._items:
                    self._items.move_to_end(key)

    def forget(self, drop: Callable[[Key], bool]) -> int:
        """Remove the entries whose key ``drop`` accepts; returns how many."""
        with self._lock:
            gone = [k for k in self._items if drop(k)]
            for k in gone:
                del self._items[k]
            return len(gone)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


def annotated_in_blocks(engine, texts: Iterable[str], *, tone_changes: bool = True,
                        size: int = PARAGRAPHS_PER_CALL) -> Iterator[list[Any]]:
    """The tokens of each of ``texts`` in order, as ``engine.annotate`` gives them, read
    ``size`` texts per :meth:`.TextEngine.annotate_many` call (the polyphone model runs
    once per block, not once per text); lazy, a block at a time, so a caller that stops
    early (or a long list) holds the engine for one block only."""
    block: list[str] = []
    for text in texts:
        block.append(text)
        if len(block) == size:
            yield from engine.annotate_many(block, tone_changes=tone_changes)
            block = []
    if block:
        yield from engine.annotate_many(block, tone_changes=tone_changes)
