"""The layers point one way: core imports no Qt, render imports no QtWidgets."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "chinese_teach"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _files(sub: str) -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


@pytest.mark.parametrize("path", _files("core"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_never_imports_qt(path: Path) -> None:
    bad = {n for n in _imports(path) if n.startswith(("PySide6", "shiboken6"))}
    assert not bad, f"{path} imports {bad}"


@pytest.mark.parametrize("path", _files("render"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_render_never_imports_widgets(path: Path) -> None:
    bad = {n for n in _imports(path) if "QtWidgets" in n or n.startswith("chinese_teach.gui")}
    assert not bad, f"{path} imports {bad}"


@pytest.mark.parametrize(
    "path", _files("core") + _files("render"), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_lower_layers_never_import_gui(path: Path) -> None:
    bad = {n for n in _imports(path) if n.startswith(("chinese_teach.gui", "chinese_teach.cli"))}
    assert not bad, f"{path} imports {bad}"


def _calls(path: Path) -> set[str]:
    """The attribute names called in ``path`` (``x.open()`` gives ``open``) with the
    receiver's name where it is a plain name (``Library.open``)."""
    called: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            called.add(node.func.attr)
            if isinstance(node.func.value, ast.Name):
                called.add(f"{node.func.value.id}.{node.func.attr}")
    return called


BUILDERS = ("core/documents", "core/export", "render")


@pytest.mark.parametrize(
    "path", _files("gui") + [p for sub in BUILDERS for p in _files(sub)],
    ids=lambda p: str(p.relative_to(PACKAGE)))
def test_pages_and_builders_neither_open_the_library_nor_feed_the_engine(path: Path) -> None:
    """The operations layer (and the command line) opens libraries and gives the engine
    the teacher's corrections; a page or a document builder is handed what it needs."""
    calls = _calls(path)
    bad = {c for c in calls if c == "apply_to_engine" or c.endswith("Library.open")}
    assert not bad, f"{path} calls {bad}"
