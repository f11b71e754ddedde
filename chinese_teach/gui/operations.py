"""Run operations (:mod:`chinese_teach.ops`) from the GUI and tell the views.

* :func:`perform`: a quick library edit on the window's connection (UI thread); its
  changes go out on ``ctx.ops_changed``; a teacher-readable error is shown, not raised.
* :func:`run_op`: slow work (exports, analysis) through the task runner in a worker;
  the function opens its own connection if it needs the library.
* :class:`OpUndoCommand`: an :class:`~chinese_teach.ops.undo.UndoStep` on a
  ``QUndoStack``; undo and redo apply the step's actions and emit the changes.

Views connect to ``ctx.ops_changed(changes, initiator, focus)`` and refresh from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from chinese_teach.core.errors import ChineseTeachError
from chinese_teach.gui.tasks import Task, show_error
from chinese_teach.ops import undo as undo_ops
from chinese_teach.ops.changes import OpChanges, OpResult

if TYPE_CHECKING:
    from chinese_teach.core.library.store import Library
    from chinese_teach.gui.context import AppContext
    from chinese_teach.ops.undo import UndoStep

T = TypeVar("T")


def perform(ctx: AppContext, op: Callable[[Library], OpResult[T]], *,
            initiator: object = None, parent: QWidget | None = None,
            on_error: Callable[[ChineseTeachError], None] | None = None,
            library: Library | None = None) -> OpResult[T] | None:
    """Run ``op(library)`` now on the window's library (or ``library``, the same
    connection a view was given) and emit what changed.

    Returns the result, or None when the library is not open or the operation refused
    (its message is shown in a box, or given to ``on_error``)."""
    lib = library if library is not None else ctx.library
    if lib is None:
        return None
    try:
        result = op(lib)
    except ChineseTeachError as exc:
        if on_error is not None:
            on_error(exc)
        else:
            show_error(parent, exc)
        return None
    focus = result.undo.focus if result.undo is not None else None
    if result.changes.library:
        ctx.ops_changed.emit(result.changes, initiator, focus)
    return result


def run_op(ctx: AppContext, fn: Callable[..., OpResult[Any]], *, label: str,
           on_success: Callable[[Any], None] | None = None, initiator: object = None,
           **options: Any) -> Task:
    """Run ``fn(progress, cancel)`` (returning an OpResult) in the task runner; on the
    main thread, emit its library changes and call ``on_success(result.value)``.
    ``options`` go to :meth:`TaskRunner.run` (``on_failure``, ``key``, ...)."""

    def done(result: OpResult[Any]) -> None:
        if result.changes.library:
            ctx.ops_changed.emit(result.changes, initiator, None)
        if on_success is not None:
            on_success(result.value)

    return ctx.tasks.run(fn, label=label, on_success=done, **options)


class OpUndoCommand(QUndoCommand):
    """An operation's undo step on a QUndoStack (pushed after the edit was made: the
    first redo does nothing)."""

    def __init__(self, ctx: AppContext, step: UndoStep, text: str, *,
                 parent_widget: QWidget | None = None, library: Library | None = None) -> None:
        super().__init__(text)
        self.ctx = ctx
        #: the connection the edit was made on (the stack is cleared when it closes)
        self.library = library if library is not None else ctx.library
        self.step = step
        self.parent_widget = parent_widget
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.step.redo)

    def undo(self) -> None:
        self._apply(self.step.undo)

    def _apply(self, action: undo_ops.Action) -> None:
        if self.library is None:
            return
        try:
            changes = undo_ops.apply(self.library, action)
        except ChineseTeachError as exc:
            show_error(self.parent_widget, exc)
            changes = OpChanges(structure=True)
        self.ctx.ops_changed.emit(changes, self, self.step.focus)


def push(ctx: AppContext, stack, result: OpResult[Any] | None, text: str, *,
         parent_widget: QWidget | None = None, library: Library | None = None) -> None:
    """Put ``result``'s undo step on ``stack`` as ``text`` (nothing when it has none);
    ``library`` is the connection it was made on (default: the window's)."""
    if result is not None and result.undo is not None:
        stack.push(OpUndoCommand(ctx, result.undo, text, parent_widget=parent_widget,
                                 library=library))
