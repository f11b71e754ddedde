"""An empty list, tree or table says what to do: a hint in its middle.

``show_when_empty(view, text)`` lays a muted, wrapped, centred label over an item
view's viewport while its model has no rows, so a teacher facing an empty page
reads where to begin instead of a blank box. ``text`` may be a callable, asked
again whenever the hint is shown (a language switch is followed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel
from shiboken6 import isValid

from chinese_teach.gui import theme


class EmptyHint(QObject):
    """Keeps the hint label over the view's viewport, shown while the view is empty."""

    def __init__(self, view: QAbstractItemView, text: str | Callable[[], str]) -> None:
        super().__init__(view)
        self.view = view
        self.text = text
        self.label = QLabel(view.viewport())
        self.label.setObjectName(f"{view.objectName() or 'view'}_empty_hint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        theme.set_role(self.label, "muted")
        m = theme.SPACING["l"]
        self.label.setContentsMargins(m, m, m, m)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.layoutChanged):
            signal.connect(self.update)
        self.update()

    def is_empty(self) -> bool:
        model = self.view.model()
        return model is None or model.rowCount() == 0

    def update(self, *_args) -> None:
        """Show or hide the hint for the view's rows now."""
        if not (isValid(self.view) and isValid(self.label)):
            return  # the page is being taken down: its model still signals
        empty = self.is_empty()
        if empty:
            self.label.setText(self.text() if callable(self.text) else self.text)
            self.label.setGeometry(self.view.viewport().rect())
        self.label.setVisible(empty)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.update()
        return False


def show_when_empty(view: QAbstractItemView, text: str | Callable[[], str]) -> EmptyHint:
    """Give ``view`` a hint shown while it has no rows; returns it."""
    hint = EmptyHint(view, text)
    view.setProperty("has_empty_hint", True)
    return hint
