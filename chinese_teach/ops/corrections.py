"""Correction operations: the teacher's reading of a word in a context, and a word kept
whole or cut into parts. Each is stored in the library; the library's change listener
brings it to the text engine (the GUI's ``ctx.apply_pending_corrections``), so every
later reader, worksheet and deck uses it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chinese_teach.core.library.models import Correction, SegmentationEdit
from chinese_teach.ops.changes import OpChanges, OpResult, recording

if TYPE_CHECKING:
    from chinese_teach.core.library.store import Library


def save_reading(lib: Library, word: str, syllables: tuple[str, ...], left: str = "",
                 right: str = "") -> OpResult[Correction]:
    """Store the reading ``syllables`` of ``word`` between the characters ``left`` and
    ``right`` (a reading for that context replaces the one stored before)."""
    with recording(lib) as seen:
        saved = lib.save_correction(Correction(word, tuple(syllables), left, right))
    return OpResult(saved, OpChanges.from_library(seen))


def merge_words(lib: Library, first: str, second: str) -> OpResult[SegmentationEdit]:
    """Keep two neighbouring words as one word from now on."""
    with recording(lib) as seen:
        saved = lib.save_segmentation_edit(SegmentationEdit("merge", first + second))
    return OpResult(saved, OpChanges.from_library(seen))


def split_word(lib: Library, word: str) -> OpResult[SegmentationEdit]:
    """Cut ``word`` into its characters from now on."""
    with recording(lib) as seen:
        saved = lib.save_segmentation_edit(SegmentationEdit("split", word, tuple(word)))
    return OpResult(saved, OpChanges.from_library(seen))
