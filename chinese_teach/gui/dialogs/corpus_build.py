"""The dialog that builds the reference corpus (first launch), cancellable and restartable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.core.errors import Cancelled
from chinese_teach.core.progress import Progress
from chinese_teach.gui.tasks import Task, TaskRunner, error_message


class CorpusBuildDialog(QDialog):
    """Runs ``ensure_corpus`` in a worker and shows its progress.

    Cancel stops the build (nothing half-built is left); Restart starts it again.
    ``closed(True)`` is emitted once the corpus is built, ``closed(False)`` if the
    teacher closes the dialog without a corpus.
    """

    closed = Signal(bool)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.task: Task | None = None
        self.state = "idle"  # idle, running, cancelling, cancelled, failed, done
        self.setWindowTitle(self.tr("Building the reference dictionary"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumWidth(460)

        intro = QLabel(self.tr(
            "Chinese Teach is preparing its dictionary, HSK word lists and word "
            "frequencies from the data shipped with the app. This happens once and "
            "takes a few seconds. You can keep using the window meanwhile."
        ))
        intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("progress")
        self.buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.restart_button = QPushButton(self.tr("Restart"))
        self.restart_button.setObjectName("restart")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close")
        for button in (self.restart_button, self.cancel_button, self.close_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.clicked.connect(self.cancel)
        self.restart_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._show_state("idle")

    def start(self) -> None:
        """Start (or restart) the build."""
        if self.state in ("running", "cancelling"):
            return

        def work(progress, cancel):
            from chinese_teach.core.corpus.store import ensure_corpus

            return ensure_corpus(progress=progress, cancel=cancel)

        self.bar.setRange(0, 0)
        self.task = self.tasks.run(
            work, label=self.tr("Building the reference dictionary"), show_progress=False,
            report_errors=False, on_success=self._built, on_failure=self._failed,
        )
        self.task.progressed.connect(self._progress)
        self._show_state("running")

    def cancel(self) -> None:
        """Stop the build at its next check."""
        if self.task is not None and self.state == "running":
            self.task.cancel()
            self._show_state("cancelling")

    def _progress(self, p: Progress) -> None:
        if p.total > 0:
            self.bar.setRange(0, p.total)
            self.bar.setValue(min(p.done, p.total))
        if p.label:
            self.status.setText(p.label)

    def _built(self, _path) -> None:
        self._show_state("done")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._show_state("cancelled")
        else:
            self._show_state("failed")
            self.status.setText(error_message(exc))

    def _show_state(self, state: str) -> None:
        self.state = state
        running = state in ("running", "cancelling")
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(state == "running")
        self.restart_button.setVisible(state in ("cancelled", "failed"))
        self.close_button.setVisible(not running)
        if state == "cancelling":
            self.status.setText(self.tr("Cancelling…"))
        elif state == "cancelled":
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
            self.status.setText(self.tr(
                "Building was cancelled. The dictionary and annotation need it: "
                "press Restart to build it now, or use File > Build Reference Dictionary later."
            ))
        elif state == "running":
            self.status.setText(self.tr("Starting…"))

    def accept(self) -> None:
        super().accept()
        self.closed.emit(True)

    def reject(self) -> None:
        """Closing while building cancels first; the dialog closes once stopped."""
        if self.state == "running":
            self.cancel()
            return
        if self.state == "cancelling":
            return
        super().reject()
        self.closed.emit(False)
