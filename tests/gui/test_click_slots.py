"""Guard against the New-course trap: a button's ``clicked(bool)`` (or an action's
``triggered(bool)``) connected straight to a method that takes an optional first
argument hands it ``checked`` (False): ``new_course(course=False)`` crashed.

The sources of ``chinese_teach/gui`` are read (an AST walk); every
``….clicked.connect(self.method)`` / ``….triggered.connect(self.method)`` whose method
(in the same class, or the only method of that name in the GUI) has a parameter
besides ``self`` fails the test. Such a slot is wrapped as in the Library page:
``lambda _checked=False, slot=slot: slot()``."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "chinese_teach" / "gui"
SIGNALS = {"clicked", "triggered"}


def _takes_arguments(fn: ast.FunctionDef) -> bool:
    args = fn.args
    positional = [a.arg for a in (*args.posonlyargs, *args.args)][1:]  # minus self
    return bool(positional or args.vararg)


def _methods(tree: ast.Module) -> dict[str, dict[str, ast.FunctionDef]]:
    return {cls.name: {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
            for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef)}


def _connections(tree: ast.Module):
    """(class name, method name, line) of each ``X.clicked/triggered.connect(self.m)``."""
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        for node in ast.walk(cls):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "connect" and node.args):
                continue
            signal = node.func.value
            if not (isinstance(signal, ast.Attribute) and signal.attr in SIGNALS):
                continue
            slot = node.args[0]
            if isinstance(slot, ast.Attribute):
                yield cls.name, slot, node.lineno


def _offenders(root: Path = GUI) -> list[str]:
    modules = {p: ast.parse(p.read_text(encoding="utf-8")) for p in root.rglob("*.py")}
    by_name: dict[str, list[ast.FunctionDef]] = {}
    for tree in modules.values():
        for methods in _methods(tree).values():
            for name, fn in methods.items():
                by_name.setdefault(name, []).append(fn)
    found = []
    for path, tree in modules.items():
        classes = _methods(tree)
        for cls, slot, line in _connections(tree):
            own = isinstance(slot.value, ast.Name) and slot.value.id == "self"
            fn = classes[cls].get(slot.attr) if own else None
            if fn is None and len(by_name.get(slot.attr, [])) == 1:
                fn = by_name[slot.attr][0]
            if fn is not None and _takes_arguments(fn):
                found.append(f"{path.relative_to(root)}:{line} {ast.unparse(slot)}")
    return found


def test_no_click_passes_checked_into_a_slot_with_parameters():
    assert _offenders() == []


def test_the_guard_sees_the_new_course_trap(tmp_path):
    """The walk finds the original bug's shape (so the test above can fail)."""
    gui = tmp_path / "gui"
    gui.mkdir()
    (gui / "page.py").write_text(
        "class Page:\n"
        "    def __init__(self):\n"
        "        self.button.clicked.connect(self.new_course)\n"
        "    def new_course(self, course=None):\n"
        "        pass\n", encoding="utf-8")
    assert _offenders(gui) == ["page.py:3 self.new_course"]
