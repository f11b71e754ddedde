"""What an operation changed, and what it returns (modelled on Anki's ``OpChanges``).

An operation records the library's own change events while it runs
(:func:`recording`) and sums them up as one :class:`OpChanges`; views look at it to
decide what to refresh, instead of reloading everything after every click.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from chinese_teach.core.library.models import LessonRef

if TYPE_CHECKING:
    from chinese_teach.core.library.store import Change, Library
    from chinese_teach.ops.undo import UndoStep

T = TypeVar("T")

#: Change actions that alter the shape of a course (the course tree must be rebuilt).
_STRUCTURAL = frozenset({"deleted", "moved", "restored"})


@dataclass(frozen=True, slots=True)
class OpChanges:
    """What one operation changed: ids of courses, units, lessons and texts written,
    whether corrections, word lists or grammar points changed, files written, and the
    later lessons whose known words changed (their readers may need printing again)."""

    courses: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    lessons: frozenset[str] = frozenset()
    readers: frozenset[str] = frozenset()
    #: a course, unit or lesson was created, deleted, moved or restored
    structure: bool = False
    corrections: bool = False
    word_lists: bool = False
    grammar: bool = False
    files: tuple[Path, ...] = ()
    affected: tuple[LessonRef, ...] = ()

    @classmethod
    def from_library(cls, changes: Iterable[Change], *, created: Iterable[str] = ()
                     ) -> OpChanges:
        """Sum up the library's change events; ``created`` names records the operation
        made (a new record changes the course tree)."""
        ids: dict[str, set[str]] = {"course": set(), "unit": set(), "lesson": set(),
                                    "reader": set()}
        structure = corrections = word_lists = grammar = False
        affected: dict[str, LessonRef] = {}
        new = set(created)
        for ch in changes:
            if ch.kind in ids:
                ids[ch.kind].update(ch.ids)
                if ch.kind != "reader" and (ch.action in _STRUCTURAL or new & set(ch.ids)):
                    structure = True
            corrections |= ch.kind in ("corrections", "segmentation")
            word_lists |= ch.kind in ("wordlist", "words")
            grammar |= ch.kind == "grammar"
            for ref in ch.affected:
                affected[ref.id] = ref
        return cls(frozenset(ids["course"]), frozenset(ids["unit"]), frozenset(ids["lesson"]),
                   frozenset(ids["reader"]), structure, corrections, word_lists, grammar,
                   affected=tuple(affected.values()))

    @classmethod
    def wrote(cls, *paths: Path) -> OpChanges:
        """Changes of an export: only files on disk."""
        return cls(files=tuple(paths))

    def __or__(self, other: OpChanges) -> OpChanges:
        affected = {r.id: r for r in (*self.affected, *other.affected)}
        return OpChanges(
            self.courses | other.courses, self.units | other.units,
            self.lessons | other.lessons, self.readers | other.readers,
            self.structure or other.structure, self.corrections or other.corrections,
            self.word_lists or other.word_lists, self.grammar or other.grammar,
            self.files + other.files, tuple(affected.values()))

    @property
    def library(self) -> bool:
        """True when anything in the library changed."""
        return bool(self.courses or self.units or self.lessons or self.readers
                    or self.structure or self.corrections or self.word_lists or self.grammar)


@dataclass(frozen=True, slots=True)
class OpResult(Generic[T]):
    """An operation's outcome: its ``value``, what changed, and (for library edits) the
    step that undoes it."""

    value: T
    changes: OpChanges = field(default_factory=OpChanges)
    undo: UndoStep | None = None


@contextlib.contextmanager
def recording(lib: Library) -> Iterator[list[Change]]:
    """Collect the library's change events while the block runs."""
    seen: list[Change] = []
    lib.add_listener(seen.append)
    try:
        yield seen
    finally:
        lib.remove_listener(seen.append)
