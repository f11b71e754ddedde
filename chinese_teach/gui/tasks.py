"""Run slow work off the UI thread and deliver the outcome on the main thread.

Usage from a page::

    self.ctx.tasks.run(
        lambda progress, cancel: build_something(progress=progress, cancel=cancel),
        label=self.tr("Building…"),
        on_success=self.show_result,
    )

The function runs in a worker thread and receives a progress callback and a
:class:`CancelToken`. A progress dialog appears only if the work lasts longer
than :data:`PROGRESS_DELAY_MS`; its Cancel button sets the token. Success and
failure are delivered on the main thread through Qt signals. Failures are
logged to ``log_dir()/chinese-teach.log`` and shown as a readable message:
the text of a :class:`ChineseTeachError`, or a short note for anything
unexpected. Never a traceback dialog.

Tasks started with the same ``key`` supersede each other: starting a new one
cancels the old one and drops its result (search-as-you-type).
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from chinese_teach import paths
from chinese_teach.core.errors import Cancelled, ChineseTeachError
from chinese_teach.core.progress import CancelToken, Progress, ProgressCallback

log = logging.getLogger("chinese_teach.gui")

#: Work shorter than this never shows a progress dialog.
PROGRESS_DELAY_MS = 500
#: Progress reports closer together than this are merged.
_PROGRESS_INTERVAL_S = 0.05

TaskFunction = Callable[[ProgressCallback, CancelToken], Any]


def error_message(exc: BaseException) -> str:
    """The message a teacher sees for ``exc``."""
    if isinstance(exc, ChineseTeachError):
        return str(exc)
    log_file = paths.log_dir() / "chinese-teach.log"
    return QCoreApplication.translate(
        "tasks", "Something went wrong ({kind}). The details were written to the log file {path}."
    ).format(kind=type(exc).__name__, path=log_file)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show ``exc`` as a readable message box (never a traceback)."""
    title = title or QCoreApplication.translate("tasks", "Chinese Teach")
    QMessageBox.warning(parent, title, error_message(exc))


class Task(QObject):
    """One piece of work running in a worker thread."""

    progressed = Signal(object)  # Progress
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception (Cancelled when cancelled)
    finished = Signal()

    # Emitted from the worker; connected to slots of this main-thread object, so queued.
    _worker_progress = Signal(object)
    _worker_done = Signal(object)
    _worker_error = Signal(object, str)

    def __init__(self, fn: TaskFunction, label: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.label = label
        self.token = CancelToken()
        self.superseded = False
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._last_report = 0.0
        self._worker_progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker_done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._worker_error.connect(self._on_error, Qt.ConnectionType.QueuedConnection)

    # -- worker side ------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._work, name=f"task:{self.label}", daemon=True)
        self._thread.start()

    def _report(self, p: Progress) -> None:
        now = time.monotonic()
        if now - self._last_report >= _PROGRESS_INTERVAL_S or p.done >= p.total:
            self._last_report = now
            self._worker_progress.emit(p)

    def _work(self) -> None:
        try:
            result = self.fn(self._report, self.token)
        except BaseException as exc:
            tb = "" if isinstance(exc, ChineseTeachError) else traceback.format_exc()
            self._worker_error.emit(exc, tb)
        else:
            self._worker_done.emit(result)

    # -- main-thread side -------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the work to stop (it stops at its next check)."""
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker thread ends (tests and shutdown); True if it ended."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @Slot(object)
    def _on_progress(self, p: Progress) -> None:
        if not self.done and not self.superseded:
            self.progressed.emit(p)

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self.done = True
        self.result = result
        if not self.superseded:
            if self.token.cancelled:
                self.error = Cancelled()
                self.failed.emit(self.error)
            else:
                self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object, str)
    def _on_error(self, exc: BaseException, tb: str) -> None:
        self.done = True
        self.error = exc
        if isinstance(exc, Cancelled):
            log.info("task %r cancelled", self.label)
        elif isinstance(exc, ChineseTeachError):
            log.warning("task %r failed: %s", self.label, exc)
        else:
            log.error("task %r failed unexpectedly:\n%s", self.label, tb.rstrip())
        if not self.superseded:
            self.failed.emit(exc)
        self.finished.emit()


class TaskRunner(QObject):
    """Starts tasks, shows delayed progress dialogs, reports failures."""

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.progress_delay_ms = PROGRESS_DELAY_MS
        self._tasks: set[Task] = set()
        self._keyed: dict[str, Task] = {}

    def run(
        self,
        fn: TaskFunction,
        *,
        label: str = "",
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        show_progress: bool = True,
        cancellable: bool = True,
        report_errors: bool = True,
        key: str | None = None,
    ) -> Task:
        """Run ``fn(progress, cancel)`` in a worker thread.

        ``on_success(result)`` / ``on_failure(exc)`` are called on the main thread.
        With ``report_errors`` a failure other than cancellation is shown to the
        teacher as a message box. ``key`` makes a newer task replace an older one.
        """
        task = Task(fn, label, self)
        if key is not None:
            old = self._keyed.get(key)
            if old is not None and not old.done:
                old.superseded = True
                old.cancel()
            self._keyed[key] = task
        if on_success is not None:
            task.succeeded.connect(on_success)
        if on_failure is not None:
            task.failed.connect(on_failure)
        if report_errors:
            task.failed.connect(lambda exc: self._report(task, exc))
        if show_progress:
            self._attach_progress_dialog(task, cancellable)
        task.finished.connect(lambda: self._forget(task, key))
        self._tasks.add(task)
        task.start()
        return task

    @property
    def active(self) -> list[Task]:
        return [t for t in self._tasks if not t.done]

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def shutdown(self, timeout: float = 3.0) -> None:
        """Cancel every task and wait a little for the workers (at window close)."""
        self.cancel_all()
        deadline = time.monotonic() + timeout
        for task in list(self._tasks):
            task.wait(max(0.0, deadline - time.monotonic()))

    # -- internals ---------------------------------------------------------------------
    def _forget(self, task: Task, key: str | None) -> None:
        self._tasks.discard(task)
        if key is not None and self._keyed.get(key) is task:
            del self._keyed[key]
        task.deleteLater()

    def _report(self, task: Task, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        show_error(self.parent_widget, exc, task.label or None)

    def _attach_progress_dialog(self, task: Task, cancellable: bool) -> None:
        state: dict[str, Any] = {"dialog": None, "last": None}

        def show() -> None:
            if task.done or task.superseded:
                return
            dlg = QProgressDialog(self.parent_widget)
            dlg.setWindowTitle(QCoreApplication.translate("tasks", "Chinese Teach"))
            dlg.setLabelText(task.label or QCoreApplication.translate("tasks", "Working…"))
            dlg.setRange(0, 0)
            dlg.setMinimumDuration(0)
            dlg.setAutoClose(False)
            dlg.setAutoReset(False)
            if cancellable:
                dlg.setCancelButtonText(QCoreApplication.translate("tasks", "Cancel"))
                dlg.canceled.connect(task.cancel)
            else:
                dlg.setCancelButton(None)
            state["dialog"] = dlg
            if state["last"] is not None:
                update(state["last"])
            dlg.show()

        def update(p: Progress) -> None:
            state["last"] = p
            dlg = state["dialog"]
            if dlg is None:
                return
            if p.total > 0:
                dlg.setRange(0, p.total)
                dlg.setValue(min(p.done, p.total))
            if p.label:
                dlg.setLabelText(p.label)

        def close() -> None:
            timer.stop()
            dlg = state["dialog"]
            if dlg is not None:
                dlg.close()
                dlg.deleteLater()
                state["dialog"] = None

        timer = QTimer(task)
        timer.setSingleShot(True)
        timer.timeout.connect(show)
        timer.start(self.progress_delay_ms)
        task.progressed.connect(update)
        task.finished.connect(close)


def setup_logging() -> str:
    """Log warnings and errors to ``log_dir()/chinese-teach.log``; returns its path."""
    log_file = paths.log_dir() / "chinese-teach.log"
    root = logging.getLogger("chinese_teach")
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(log_file):
            return str(log_file)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return str(log_file)
