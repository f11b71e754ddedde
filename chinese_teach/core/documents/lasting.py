"""A long reader's objects and Python's cyclic garbage collector.

A reader of a long text keeps a display token per word (a million for a
1,000,000-character book) and its paragraphs' engine tokens for as long as it is
shown or exported. None of them is part of a reference cycle (refcounting frees them
when the document goes), but the collector would walk all of them again in every full
collection that follows the build: 0.4 s each on a million characters, and the young
pass right after the build walks them once more.

So once a build has made :data:`FREEZE_AT` display tokens or more, everything the
collector tracks at that moment is moved out of its reach (:func:`gc.freeze`), and the
next build gives it back (:func:`gc.unfreeze`) before it starts: at most one build's
objects are out of reach at a time. The cost: a reference cycle that had become garbage
just before a long build (a few objects, if any) is only collected after the next
build. Short texts (the live preview's) are never frozen.

Annotating a long text block by block (:func:`long_job` around Quick annotate's
``annotate_paragraphs``) keeps its tokens the same way: the collector stays paused for the
whole text, not only inside each block, and what it tracks is frozen at the end. Paused
only per block, the young pass after each block and the middle and full passes that follow
walked the tokens of every block before again: 8 % of a 1,000,000-character annotation.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: Display tokens from which a built reader is moved out of the collector's reach
#: (about 70,000 characters of text; below it the passes cost a few milliseconds).
FREEZE_AT = 50_000
#: Characters of text from which an annotation job is a long one (:func:`long_job`): about
#: :data:`FREEZE_AT` tokens.
LONG_TEXT = 70_000

_lock = threading.Lock()
_frozen = False


def give_back() -> None:
    """Return what the last long build froze to the collector (a no-op otherwise)."""
    global _frozen  # noqa: PLW0603 - one flag for the process, as the collector is
    with _lock:
        if _frozen:
            gc.unfreeze()
            _frozen = False


def keep_out_of_collections(display_tokens: int) -> None:
    """After a build that made ``display_tokens``: freeze every tracked object when
    they are :data:`FREEZE_AT` or more. Call it while the collector is paused, so that
    the build's objects go straight to the permanent generation (no young pass)."""
    if display_tokens >= FREEZE_AT:
        _freeze()


def _freeze() -> None:
    """Move every tracked object to the permanent generation, out of the collector's reach
    until :func:`give_back`."""
    global _frozen  # noqa: PLW0603
    with _lock:
        gc.freeze()
        _frozen = True


def frozen() -> bool:
    """Whether a long build's objects are out of the collector's reach now."""
    return _frozen


@contextmanager
def long_job(characters: int) -> Iterator[None]:
    """Around a job that annotates ``characters`` of text and keeps the tokens: from
    :data:`LONG_TEXT` on, the collector is paused for the whole job, what the last long
    job froze is given back first, and everything tracked is frozen at the end (no pass
    walks the kept tokens again). A shorter job runs as it would without this."""
    if characters < LONG_TEXT:
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        give_back()
        yield
        _freeze()
    finally:
        if enabled:
            gc.enable()
