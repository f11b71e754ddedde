"""The interface's vector icons (Lucide, ``resources/icons/lucide``), drawn in theme colours.

The SVGs draw in ``currentColor``; :func:`icon` puts a colour of the theme in its
place and renders the drawing at each size and device pixel ratio Qt asks for, so
icons are sharp at 100 %, 150 % and 200 % and follow light, dark and high contrast.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from chinese_teach import paths
from chinese_teach.gui import theme

#: Where the icon files are (the licence and the source note are beside them).
ICON_DIR = ("icons", "lucide")


@lru_cache(maxsize=128)
def svg_source(name: str) -> str:
    """The SVG text of icon ``name`` (a file name without ``.svg``)."""
    path = paths.resource(*ICON_DIR, f"{name}.svg")
    if not path.is_file():
        raise KeyError(f"no icon called {name!r} in {path.parent}")
    return path.read_text(encoding="utf-8")


def available() -> list[str]:
    """Names of the shipped icons."""
    return sorted(p.stem for p in paths.resource(*ICON_DIR).glob("*.svg"))


class _SvgEngine(QIconEngine):
    """Paints one SVG in one colour at whatever size is asked (normal, selected, disabled)."""

    def __init__(self, name: str, colours: dict[QIcon.Mode, str]) -> None:
        super().__init__()
        self.name = name
        self.colours = colours
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        colour = self.colours.get(mode) or self.colours[QIcon.Mode.Normal]
        if colour not in self._renderers:
            data = svg_source(self.name).replace("currentColor", colour)
            self._renderers[colour] = QSvgRenderer(QByteArray(data.encode("utf-8")))
        return self._renderers[colour]

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        square = QRectF(rect.x() + (rect.width() - side) / 2,
                        rect.y() + (rect.height() - side) / 2, side, side)
        self._renderer(mode).render(painter, square)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixmap = QPixmap(QSize(max(1, round(size.width() * scale)),
                               max(1, round(size.height() * scale))))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, pixmap.rect(), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgEngine(self.name, dict(self.colours))

    def key(self) -> str:
        return "chinese_teach_svg"


def icon(name: str, colour_name: str = "text", selected: str | None = None) -> QIcon:
    """Icon ``name`` in the theme's ``colour_name`` (``selected`` for selected items)."""
    colours = {
        QIcon.Mode.Normal: theme.colour(colour_name),
        QIcon.Mode.Active: theme.colour(colour_name),
        QIcon.Mode.Disabled: theme.colour("disabled_text"),
        QIcon.Mode.Selected: theme.colour(selected or colour_name),
    }
    return QIcon(_SvgEngine(name, colours))
