"""A page's empty state: what the page is for, what to do first, and the first steps
one click away.

A blank box tells a new teacher nothing. ``EmptyState`` sits where the page's content
will be (pages swap it with the content in a ``QStackedWidget``): an icon, a heading, a
sentence or two, and buttons for the first steps, the first of them primary. Texts and
buttons come from the page, in its own translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from chinese_teach.gui import theme
from chinese_teach.gui.icons import icon
from chinese_teach.gui.widgets.flow_layout import FlowLayout


class EmptyState(QWidget):
    """Icon, heading, what to do, and ``actions``: ``(object name, text, slot)``."""

    def __init__(self, icon_name: str, heading: str, text: str,
                 actions: Sequence[tuple[str, str, Callable[[], object]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty_state")
        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon(icon_name, "muted").pixmap(
            QSize(theme.ICON_PX["hero"], theme.ICON_PX["hero"])))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(heading)
        self.heading.setObjectName("empty_state_heading")
        theme.set_role(self.heading, "heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.text = QLabel(text)
        self.text.setObjectName("empty_state_text")
        theme.set_role(self.text, "muted")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.buttons: dict[str, QPushButton] = {}
        # the buttons wrap under one another, centred, when the state is narrow (a 1366 ×
        # 768 laptop at 150 %): a row of three pushed the Decks page 31 px sideways
        row = FlowLayout(centred=True)
        for i, (name, label, slot) in enumerate(actions):
            button = QPushButton(label)
            button.setObjectName(name)
            if i == 0:
                theme.set_role(button, "primary")
            button.clicked.connect(lambda _checked=False, act=slot: act())
            row.addWidget(button)
            self.buttons[name] = button
        m = theme.SPACING["xl"]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(theme.SPACING["m"])
        layout.addStretch(1)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.heading)
        measure = QHBoxLayout()  # the sentence centred, about seventy characters a line
        measure.addStretch(1)
        measure.addWidget(self.text, 4)
        measure.addStretch(1)
        layout.addLayout(measure)
        layout.addLayout(row)
        layout.addStretch(2)
        self.text.setMaximumWidth(self.text.fontMetrics().averageCharWidth() * 70)

    def set_text(self, heading: str, text: str) -> None:
        """Change what the state says (the page's state changed)."""
        self.heading.setText(heading)
        self.text.setText(text)
