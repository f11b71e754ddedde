"""The list of lesson templates (their names as item data, their labels translated), as
the Library page (New lesson) and the lesson editor (Use template) offer it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from chinese_teach.core.library.templates import template_names


class TemplateCombo(QComboBox):
    """Lesson templates; ``compact``: the box stays narrow and its list opens wide."""

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for name, title in template_names():
            self.addItem(title, name)
        if compact:
            # Long template names must not widen the course tree at the editor's expense
            # (a 1280-pixel laptop screen): the list opens wide, the box stays small.
            self.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.setMinimumContentsLength(12)
            metrics = self.fontMetrics()
            widest = max((metrics.horizontalAdvance(self.itemText(i))
                          for i in range(self.count())), default=0)
            self.view().setMinimumWidth(widest + 32)
