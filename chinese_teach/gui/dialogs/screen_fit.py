"""Dialogs that open whole on the screen: the size a dialog asks for, made smaller where
the screen's free area is smaller (a 1366 × 768 laptop at 150 % leaves about 911 × 480
logical pixels above its task bar, less than the About and Help dialogs asked for, so
their Close button was below the screen's edge).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: room for the window manager's frame and title bar around a dialog (logical pixels)
FRAME = QSize(16, 40)


def size_on_screen(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` × ``height``, or less where the free area of the screen ``widget`` opens
    on (its parent's) cannot hold it with its frame and title bar."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    free = screen.availableGeometry()
    return QSize(min(width, free.width() - FRAME.width()),
                 min(height, free.height() - FRAME.height()))


def resize_on_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize the dialog ``widget`` to ``width`` × ``height``, kept within its screen."""
    widget.resize(size_on_screen(widget, width, height))
