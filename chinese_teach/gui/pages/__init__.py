"""Pages of the main window and how they register.

How to add a page
-----------------
1. Write ``chinese_teach/gui/pages/NAME.py`` with a :class:`Page` subclass and a
   module-level ``PAGE = PageSpec(key=..., title=..., factory=..., order=...)``.
   ``factory(ctx)`` receives the window's :class:`~chinese_teach.gui.context.AppContext`
   (preferences, task runner, corpus/dictionary/engine once loaded) and returns the page.
2. Make sure ``NAME`` is in :data:`PAGE_MODULES` (``readers``, ``decks``, ``library`` and
   ``lessons`` already are). A listed module that does not exist yet is skipped, so an
   area appears in the sidebar exactly when its module is there: no placeholder pages.
3. The window builds the sidebar in ``order`` (lower first) and creates each page the
   first time it is shown. At start-up only the module of the page the teacher last
   used is imported before the first paint; the others are imported one per event-loop
   turn just after it, and their sidebar entries appear then.

A page may override the hooks of :class:`Page`: ``page_shown`` (it became
visible), ``focus_search`` (Ctrl+F), ``open_file`` (File > Open), ``copy_selection``
(Edit > Copy outside text fields), ``load_sample`` and ``is_ready`` (used by
``chinese-teach gui --screenshot``), ``save_state`` (window closing), and listen to
``ctx.preferences_changed``. It emits ``ready_changed`` when its data has loaded.
The corpus and the text engine load after the first paint: use
``ctx.when_corpus_ready(callback)`` / ``ctx.when_engine_ready(callback)``, and run
slow work with ``ctx.tasks.run(fn, ...)`` (see :mod:`chinese_teach.gui.tasks`).

Keep a page module's top-level imports light (PySide6 and small core modules):
the last-used page's module is imported before the window first paints, so import
heavy libraries (genanki, docx, jieba...) inside the functions that need them.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from chinese_teach.gui.context import AppContext

log = logging.getLogger("chinese_teach.gui")

#: Modules under ``chinese_teach.gui.pages`` that may define a ``PAGE`` (explicit, so a
#: frozen bundle finds them without package scanning). Missing ones are skipped.
PAGE_MODULES: tuple[str, ...] = (
    "start",
    "library",
    "lessons",
    "readers",
    "decks",
    "dictionary",
    "corrections",
    "annotate",
)


#: The navigation's groups, by what a teacher does: key and heading, in order. A page
#: with no group (the start page) stands above them.
NAV_GROUPS: tuple[tuple[str, str], ...] = (
    ("plan", QT_TRANSLATE_NOOP("pages", "Plan")),
    ("materials", QT_TRANSLATE_NOOP("pages", "Make materials")),
    ("lookup", QT_TRANSLATE_NOOP("pages", "Look up")),
    ("corrections", QT_TRANSLATE_NOOP("pages", "My corrections")),
)


def nav_order(spec: PageSpec) -> tuple[int, int, str]:
    """Sort key of a page in the navigation: its group, then its ``order``."""
    groups = [key for key, _ in NAV_GROUPS]
    group = groups.index(spec.group) + 1 if spec.group in groups else 0
    return group, spec.order, spec.key


class Page(QWidget):
    """Base class of the main window's pages."""

    #: emitted when ``is_ready()`` may have changed (data loaded, text annotated)
    ready_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def page_shown(self) -> None:
        """The page became the visible one."""

    def focus_search(self) -> bool:
        """Put the keyboard focus in the page's search box; False if it has none."""
        return False

    def open_file(self, path: Path) -> bool:
        """Open ``path`` (File > Open); False if the page does not open files."""
        return False

    def load_sample(self) -> None:
        """Fill the page with example content for a screenshot."""

    def is_ready(self) -> bool:
        """True when the page's data has loaded and it can be photographed."""
        return True

    def save_state(self) -> None:
        """Store splitter positions and the like (called when the window closes)."""

    def copy_selection(self) -> bool:
        """Edit > Copy when no text field has the focus; False if nothing was copied."""
        return False


@dataclass(frozen=True, slots=True)
class PageSpec:
    """A page the window can show: sidebar entry plus how to create it."""

    key: str  # stable name: settings, ``--page``, ``page_requested``
    title: str  # source text, marked with QT_TRANSLATE_NOOP("pages", ...)
    factory: Callable[[AppContext], Page]
    order: int = 100
    icon: str | None = None  # an icon of resources/icons/lucide (see gui/icons.py)
    tip: str = ""  # sidebar tooltip, QT_TRANSLATE_NOOP("pages", ...) as well
    module: str = ""  # filled in by load_page_specs: the module under gui/pages
    group: str = ""  # a key of NAV_GROUPS ("" = above the groups)

    @property
    def display_title(self) -> str:
        return QCoreApplication.translate("pages", self.title)


def load_page_specs(modules: tuple[str, ...] = PAGE_MODULES) -> list[PageSpec]:
    """The specs of every page module present, sorted by ``order`` then key."""
    specs: list[PageSpec] = []
    for name in modules:
        full = f"{__name__}.{name}"
        try:
            module = importlib.import_module(full)
        except ModuleNotFoundError as exc:
            if exc.name == full:
                continue  # that area is not built yet
            raise
        spec = getattr(module, "PAGE", None)
        if isinstance(spec, PageSpec):
            specs.append(replace(spec, module=name))
        else:
            log.warning("page module %s defines no PAGE", full)
    keys = [s.key for s in specs]
    if len(set(keys)) != len(keys):
        raise ValueError(f"two pages share a key: {keys}")
    return sorted(specs, key=nav_order)
