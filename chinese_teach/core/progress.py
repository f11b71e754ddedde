"""Progress reports and cancellation, passed into every long core operation."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from chinese_teach.core.errors import Cancelled


@dataclass(frozen=True, slots=True)
class Progress:
    """``done`` of ``total`` units of work; ``label`` says what is happening."""

    done: int
    total: int
    label: str = ""

    @property
    def fraction(self) -> float:
        return 0.0 if self.total <= 0 else min(1.0, self.done / self.total)


ProgressCallback = Callable[[Progress], None]


class CancelToken:
    """Set from any thread; long operations call :meth:`check` between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was requested."""
        if self._event.is_set():
            raise Cancelled()


def report(callback: ProgressCallback | None, done: int, total: int, label: str = "") -> None:
    """Call ``callback`` if there is one."""
    if callback is not None:
        callback(Progress(done, total, label))


def check(cancel: CancelToken | None) -> None:
    """Raise :class:`Cancelled` if ``cancel`` was triggered."""
    if cancel is not None:
        cancel.check()
