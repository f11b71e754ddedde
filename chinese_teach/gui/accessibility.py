"""Accessible names and keyboard reachability of the window's controls.

Screen readers announce a control by its accessible name. Qt derives one from a
button's text or from a QLabel whose buddy is the control (QFormLayout rows);
:func:`name_controls` fills in the rest (line edits, combo boxes, lists without a
label buddy) from the label just before the control in its layout, its
placeholder text, tooltip, group box title or header labels. The main window
runs it on every page when the page is first shown, and on dialogs it opens.

:func:`focus_chain` lists the controls Tab visits, for tests and for checking a
page's tab order.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QTreeView,
    QWidget,
)

#: Widgets a teacher operates (and a screen reader must announce).
INTERACTIVE: tuple[type, ...] = (
    QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView,
    QPlainTextEdit, QTextEdit, QSlider, QTabBar,
)


def _strip_amp(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _plain(text: str) -> str:
    if "<" in text:
        from PySide6.QtGui import QTextDocumentFragment

        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return _strip_amp(text).rstrip(":：").strip()


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology gets for ``widget`` (Qt's own derivation included)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return widget.accessibleName()
    return iface.text(QAccessible.Text.Name).strip()


def is_interactive(widget: QWidget) -> bool:
    """A control a teacher can operate; the parts of a composite control (a combo box's
    line edit and popup list, a view's headers, a tab bar's scroll arrows) are not
    counted: their owner carries the name."""
    if not isinstance(widget, INTERACTIVE) or widget.objectName().startswith("qt_"):
        return False
    ancestor = widget.parentWidget()
    while ancestor is not None and not ancestor.isWindow():
        if isinstance(ancestor, INTERACTIVE):
            return False
        ancestor = ancestor.parentWidget()
    # a combo box's popup list is a window of its own whose parent chain leads to the box
    return not (ancestor is not None and ancestor.isWindow()
                and isinstance(ancestor.parentWidget(), QComboBox))


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    out: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget, sub = item.widget(), item.layout()
        # PySide keeps a wrapper for every layout item it was handed, and a QLayoutItem
        # tells nobody when Qt deletes it: a widget made later at the same address would
        # come back as that stale QWidgetItem. Let go of the wrapper now.
        if not isinstance(item, QObject):  # a sub-layout's wrapper is the layout's own
            shiboken6.invalidate(item)
        if widget is not None:
            out.append(widget)
        elif sub is not None:
            out.extend(_layout_widgets(sub))
    return out


def _label_before(widget: QWidget) -> str:
    """Text of a QLabel placed just before ``widget`` in its layout (nested rows too)."""
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None:
        return ""
    widgets = _layout_widgets(parent.layout())
    if widget not in widgets:
        return ""
    index = widgets.index(widget)
    previous = widgets[index - 1] if index > 0 else None
    return previous.text() if isinstance(previous, QLabel) else ""


def derived_name(widget: QWidget) -> str:
    """A name for ``widget`` from the texts around it ("" if there is none)."""
    candidates: list[str] = [_label_before(widget)]
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        candidates.append(widget.placeholderText())
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        candidates.append(widget.lineEdit().placeholderText())
    candidates += [widget.toolTip(), widget.statusTip()]
    if isinstance(widget, QTreeView) and widget.model() is not None:
        model = widget.model()
        heads = [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                 for c in range(model.columnCount())]
        candidates.append(", ".join(h for h in heads if h))
    candidates += _container_names(widget)
    for text in candidates:
        plain = _plain(text or "")
        if plain:
            return plain[:120]
    return ""


def _container_names(widget: QWidget) -> list[str]:
    """Names of what holds ``widget``: a group box title, the label of a form row whose
    field is a container, or the title of the tab it sits on."""
    from PySide6.QtWidgets import QTabWidget

    names: list[str] = []
    child, ancestor = widget, widget.parentWidget()
    while ancestor is not None and not child.isWindow():
        if isinstance(ancestor, QGroupBox) and ancestor.title():
            names.append(ancestor.title())
        for label in ancestor.findChildren(QLabel):
            if label.buddy() is child and label.text():
                names.append(label.text())
        if child is not widget:
            names.append(_label_before(child))
        tabs = ancestor.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            names.append(tabs.tabText(tabs.indexOf(child)))
        child, ancestor = ancestor, ancestor.parentWidget()
    return names


def controls(root: QWidget) -> list[QWidget]:
    """Every interactive control under ``root`` (``root`` included)."""
    found = [w for w in root.findChildren(QWidget) if is_interactive(w)]
    return [root, *found] if is_interactive(root) else found


def name_controls(root: QWidget) -> int:
    """Give every control under ``root`` without an accessible name one; returns how many.

    Text editors also get Tab to move the focus on (instead of typing a tab character),
    so that a keyboard user is never trapped in one: nothing in the app needs tab
    characters in Chinese text.
    """
    named = 0
    for widget in controls(root):
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.setTabChangesFocus(True)
        if accessible_name(widget):
            continue
        name = derived_name(widget)
        if name:
            widget.setAccessibleName(name)
            named += 1
    return named


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """Controls a screen reader could not name."""
    return [w for w in controls(root) if not accessible_name(w)]


def focus_chain(root: QWidget, limit: int = 500) -> list[QWidget]:
    """The visible, enabled widgets under ``root`` that Tab visits, in Tab order."""
    chain: list[QWidget] = []
    start = root
    widget = root.nextInFocusChain()
    for _ in range(limit):
        if widget is start:
            break
        if (root.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None
                and widget not in chain):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain
