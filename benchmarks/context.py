"""What every benchmark gets: a private data directory, sizes, the shared corpus and engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Context:
    """Where a benchmark run keeps its files and how big its inputs are.

    ``quick`` shrinks every input (the smoke test runs the same code on tiny
    inputs). ``home`` is the run's own ``CHINESE_TEACH_HOME``: the user's data
    directory is never touched.
    """

    home: Path
    work: Path
    quick: bool = False
    _cache: dict = field(default_factory=dict)

    def size(self, full: int, quick: int) -> int:
        """``full`` for ``make bench``, ``quick`` for the smoke test."""
        return quick if self.quick else full

    def corpus(self):
        """The run's corpus (built by the corpus benchmark, or now if it did not run)."""
        from chinese_teach.core.corpus.store import open_corpus

        if "corpus" not in self._cache:
            self._cache["corpus"] = open_corpus()
        return self._cache["corpus"]

    def dictionary(self):
        from chinese_teach.core.corpus.dictionary import Dictionary

        if "dictionary" not in self._cache:
            self._cache["dictionary"] = Dictionary(self.corpus())
        return self._cache["dictionary"]

    def engine(self):
        """The loaded text engine (its load time is measured by the annotation benchmark)."""
        from chinese_teach.core.text.engine import get_engine

        if "engine" not in self._cache:
            engine = get_engine(self.corpus())
            engine.annotate("你好")
            self._cache["engine"] = engine
        return self._cache["engine"]

    def qt_app(self):
        """A QGuiApplication (offscreen) for layout and PDF, with the bundled fonts."""
        if "qt" not in self._cache:
            from PySide6.QtGui import QGuiApplication

            from chinese_teach.render.fonts import register_bundled_fonts

            app = QGuiApplication.instance() or QGuiApplication(["benchmarks"])
            register_bundled_fonts()
            self._cache["qt"] = app
        return self._cache["qt"]
