"""The presenter view: with a projector connected, the class sees the text or the drill
full screen on it while the teacher's own screen shows a small window with what is on
the projector now, what comes next, the lesson's notes and a timer.

The presenter view takes the same keys as the projected window (it passes them on), so a
clicker works whichever window has the focus; Esc in either leaves both. With one screen
there is no presenter view: the projected window is the only one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QElapsedTimer, QRect, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.gui import theme


class Presented(Protocol):
    """What a window shown in class offers its presenter view."""

    def presenter_lines(self) -> tuple[str, str]:
        """What the class sees now and what comes next (plain text)."""
        ...  # pragma: no cover


def teacher_screen(window: QWidget, screens: Sequence[QScreen]) -> QScreen:
    """The screen the teacher works on: the one of the app's main window when it is not
    the projector (the last screen), else the first."""
    parent = window.parentWidget()
    own = parent.window().screen() if parent is not None else None
    if own is not None and own is not screens[-1] and own in screens:
        return own
    return screens[0]


def show_in_class(window: QWidget, notes: str = "",
                  screens: Sequence[QScreen] | None = None) -> PresenterWindow | None:
    """Show ``window`` full screen on the projector (the last screen) and, when there
    is more than one screen, the presenter view on the teacher's; returns that view."""
    screens = list(QGuiApplication.screens() if screens is None else screens)
    if len(screens) > 1:
        window.setScreen(screens[-1])
        window.move(screens[-1].geometry().topLeft())
    window.showFullScreen()
    window.activateWindow()
    window.setFocus()
    if len(screens) < 2:
        return None
    presenter = PresenterWindow(window, notes)
    presenter.place(teacher_screen(window, screens).availableGeometry())
    presenter.show()
    return presenter


def _clock(ms: int) -> str:
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    return (f"{hours}:" if hours else "") + f"{rest // 60:02d}:{rest % 60:02d}"


class PresenterWindow(QWidget):
    """The teacher's small window beside a window shown in class (``target``)."""

    def __init__(self, target: QWidget, notes: str = "") -> None:
        super().__init__(target, Qt.WindowType.Window)
        self.target = target
        self.setObjectName("presenter_window")
        self.setWindowTitle(self.tr("Presenter view"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.now_label = QLabel()
        self.now_label.setObjectName("presenter_now")
        self.next_label = QLabel()
        self.next_label.setObjectName("presenter_next")
        for label in (self.now_label, self.next_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.now_label.setFont(theme.classroom_font(self.now_label.font(), 28))
        self.next_label.setFont(theme.classroom_font(self.next_label.font(), 18))
        self.notes = QPlainTextEdit(notes or self.tr("No notes for this lesson."))
        self.notes.setObjectName("presenter_notes")
        self.notes.setReadOnly(True)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.time_label = QLabel("00:00")
        self.time_label.setObjectName("presenter_time")
        clock = theme.classroom_font(self.time_label.font(), 28)
        clock.setBold(True)
        self.time_label.setFont(clock)
        self.restart_button = QPushButton(self.tr("Restart the timer"))
        self.restart_button.setObjectName("presenter_restart")
        self.restart_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.restart_button.clicked.connect(self.restart_timer)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("presenter_pause")
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pause_button.setToolTip(self.tr("Stop the timer while the class waits; "
                                             "click again to go on counting"))
        self.pause_button.clicked.connect(self.toggle_pause)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("On the projector now:")), 1)
        top.addWidget(self.time_label)
        top.addWidget(self.pause_button)
        top.addWidget(self.restart_button)
        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addWidget(self.now_label, 2)
        col.addWidget(QLabel(self.tr("Next:")))
        col.addWidget(self.next_label, 1)
        col.addWidget(QLabel(self.tr("Notes:")))
        col.addWidget(self.notes, 2)
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        #: time counted before the last pause; the running part is ``_elapsed``
        self._banked_ms = 0
        self.paused = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        target.moved.connect(self.refresh)
        target.left.connect(self.close)
        self.refresh()

    def place(self, area: QRect) -> None:
        """A window in the middle of the teacher's screen ``area``, half its size."""
        w, h = max(480, area.width() // 2), max(360, area.height() // 2)
        w, h = min(w, area.width()), min(h, area.height())
        self.setGeometry(area.x() + (area.width() - w) // 2,
                         area.y() + (area.height() - h) // 2, w, h)

    def refresh(self) -> None:
        """Show what the class sees now and what comes next."""
        now, coming = self.target.presenter_lines()
        self.now_label.setText(now)
        self.next_label.setText(coming or self.tr("(the end)"))

    def restart_timer(self) -> None:
        """Count the time from zero again (the start of an activity); a paused timer
        stays paused, at zero."""
        self._banked_ms = 0
        self._elapsed.restart()
        self._tick()

    def toggle_pause(self) -> None:
        """Stop counting, or go on counting from where the timer stopped."""
        if self.paused:
            self._elapsed.restart()
        else:
            self._banked_ms += self._elapsed.elapsed()
        self.paused = not self.paused
        self.pause_button.setText(self.tr("Resume") if self.paused else self.tr("Pause"))
        self._tick()

    @property
    def elapsed_ms(self) -> int:
        """The time counted so far (pauses left out)."""
        return self._banked_ms + (0 if self.paused else self._elapsed.elapsed())

    def _tick(self) -> None:
        self.time_label.setText(_clock(self.elapsed_ms))

    def show_again(self) -> None:
        """Bring the view back after the teacher closed it, its timer still counting
        (V in the projected window)."""
        self.refresh()
        self._tick()
        self._ticker.start()
        self.show()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The projected window's keys, passed on to it (a clicker works from here)."""
        self.target.keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing only hides the view: V in the projected window shows it again."""
        self._ticker.stop()
        super().closeEvent(event)
