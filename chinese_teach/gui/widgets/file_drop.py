"""A file dropped on a widget: an event filter that accepts drags carrying a local file
and reports the file when it is dropped (Quick annotate opens a dropped .txt file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def dropped_file(event) -> Path | None:
    """The local file carried by a drag-and-drop event, if any."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None


class FileDropFilter(QObject):
    """Accepts drags of a local file over the watched widgets; emits :attr:`dropped`."""

    dropped = Signal(Path)

    def watch(self, widget: QWidget) -> None:
        """Take the drags over ``widget`` (for a text box, watch it and its viewport:
        drops reach either)."""
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        """Accept a drag carrying a local file; on the drop, emit the file."""
        if event.type() in _DRAG_EVENTS:
            path = dropped_file(event)
            if path is not None:
                event.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:
                    self.dropped.emit(path)
                return True
        return super().eventFilter(obj, event)
