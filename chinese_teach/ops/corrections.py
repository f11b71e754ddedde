"""Correction operations: the teacher's reading of a word in a context, and a word kept
whole or cut into parts, added, edited, deleted (and restored), shared as a JSON file.
Each is stored in the library; the library's change listener brings it to the text
engine (the GUI's ``ctx.apply_pending_corrections``), so every later reader, worksheet
and deck uses it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from chinese_teach.core.library.models import Correction, SegmentationEdit
from chinese_teach.ops.changes import OpChanges, OpResult, recording

if TYPE_CHECKING:
    from chinese_teach.core.library.corrections_io import MergeResult
    from chinese_teach.core.library.store import Library


def sync_engine(lib: Library, engine) -> None:  # type: ignore[no-untyped-def]
    """Give ``engine`` the teacher's reading corrections and word cuttings stored in
    ``lib``: the one place they reach the engine (the window calls it when the library
    reports a change; the command line once, at start)."""
    lib.apply_to_engine(engine)


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


def add_correction(lib: Library, correction: Correction) -> OpResult[Correction]:
    """Store a reading correction typed in My corrections."""
    with recording(lib) as seen:
        saved = lib.save_correction(correction)
    return OpResult(saved, OpChanges.from_library(seen))


def add_segmentation(lib: Library, edit: SegmentationEdit) -> OpResult[SegmentationEdit]:
    """Store a keep-whole or split edit typed in My corrections."""
    with recording(lib) as seen:
        saved = lib.save_segmentation_edit(edit)
    return OpResult(saved, OpChanges.from_library(seen))


def replace_correction(lib: Library, old: Correction, new: Correction
                       ) -> OpResult[Correction]:
    """Save an edited correction in one transaction; when its word or context changed it
    replaces the old one, which is deleted."""
    with recording(lib) as seen, lib.transaction():
        if (new.word, new.left, new.right) != (old.word, old.left, old.right):
            lib.delete_correction(old.id)
        saved = lib.save_correction(new)
    return OpResult(saved, OpChanges.from_library(seen))


def replace_segmentation(lib: Library, old: SegmentationEdit, new: SegmentationEdit
                         ) -> OpResult[SegmentationEdit]:
    """Save an edited word cutting in one transaction; when its word changed it replaces
    the old one, which is deleted."""
    with recording(lib) as seen, lib.transaction():
        if new.word != old.word:
            lib.delete_segmentation_edit(old.id)
        saved = lib.save_segmentation_edit(new)
    return OpResult(saved, OpChanges.from_library(seen))


def delete_entries(lib: Library, records: Sequence[Correction | SegmentationEdit]
                   ) -> OpResult[list[Correction | SegmentationEdit]]:
    """Delete corrections and word cuttings in one transaction; the value is what was
    deleted, for :func:`restore_entries` to bring back."""
    with recording(lib) as seen, lib.transaction():
        for r in records:
            if isinstance(r, Correction):
                lib.delete_correction(r.id)
            else:
                lib.delete_segmentation_edit(r.id)
    return OpResult(list(records), OpChanges.from_library(seen))


def restore_entries(lib: Library, records: Sequence[Correction | SegmentationEdit]
                    ) -> OpResult[int]:
    """Store again corrections and word cuttings deleted before (one transaction)."""
    with recording(lib) as seen, lib.transaction():
        for r in records:
            if isinstance(r, Correction):
                lib.save_correction(r)
            else:
                lib.save_segmentation_edit(r)
    return OpResult(len(records), OpChanges.from_library(seen))


def export_corrections_file(lib: Library, out: Path) -> OpResult[Path]:
    """Write every correction and word cutting to the JSON file ``out`` another teacher
    can import (replacing it: the save dialog has asked)."""
    from chinese_teach.core.library.corrections_io import export_corrections

    written = export_corrections(lib, out, overwrite=True)
    return OpResult(written, OpChanges.wrote(written))


def import_corrections_file(lib: Library, path: Path) -> OpResult[MergeResult]:
    """Merge a corrections file; the teacher's own corrections win on conflict."""
    from chinese_teach.core.library.corrections_io import import_corrections

    with recording(lib) as seen:
        merged = import_corrections(lib, path)
    return OpResult(merged, OpChanges.from_library(seen))
