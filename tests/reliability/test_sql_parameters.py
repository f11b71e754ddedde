"""SQL only through parameters: no statement in ``chinese_teach/`` is built from user text.

An AST scan finds every SQL-looking string built with an f-string, ``+``, ``%`` or
``.format``. Each value put into such a string must be provably not user text:
a string constant (column lists), ``",".join("?" * n)`` (placeholders only), a
choice between constants, ``int(...)``, or a name whose every assignment in the
module is one of these. ruff's S608 is selected too; its ``noqa``/per-file
exceptions are only where this scan proves the SQL safe.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "chinese_teach"
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|SAVEPOINT|ROLLBACK|RELEASE|CREATE|"
                 r"DROP|ALTER|ATTACH|VALUES|WHERE)\b")
#: int attributes interpolated into savepoint names (counters, never text)
INT_ATTRIBUTES = {"self._depth"}


def _is_placeholder_join(node: ast.AST) -> bool:
    """``",".join("?" * n)`` (or ``", "``): placeholders only."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "join" and isinstance(node.func.value, ast.Constant)
            and node.func.value.value.strip() == "," and len(node.args) == 1
            and isinstance(node.args[0], ast.BinOp) and isinstance(node.args[0].op, ast.Mult)
            and any(isinstance(x, ast.Constant) and x.value == "?"
                    for x in (node.args[0].left, node.args[0].right)))


class Module:
    def __init__(self, path: Path, source: str | None = None) -> None:
        self.path = path
        self.tree = ast.parse(source if source is not None else path.read_text("utf-8"))
        self.assignments: dict[str, list[ast.AST]] = {}
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.assignments.setdefault(target.id, []).append(node.value)
            elif isinstance(node, ast.AnnAssign | ast.AugAssign) and isinstance(
                    node.target, ast.Name):
                self.assignments.setdefault(node.target.id, []).append(
                    node.value if node.value is not None else ast.Constant(None))

    def safe(self, node: ast.AST, seen: frozenset[str] = frozenset()) -> bool:
        """True when ``node`` cannot carry user text into SQL."""
        if isinstance(node, ast.Constant):
            return isinstance(node.value, str | int | float) or node.value is None
        if isinstance(node, ast.IfExp):
            return self.safe(node.body, seen) and self.safe(node.orelse, seen)
        if _is_placeholder_join(node):
            return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id == "int":
            return True
        if isinstance(node, ast.JoinedStr):
            return all(self.safe(v.value if isinstance(v, ast.FormattedValue) else v, seen)
                       for v in node.values)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self.safe(node.left, seen) and self.safe(node.right, seen)
        if isinstance(node, ast.Attribute) and ast.unparse(node) in INT_ATTRIBUTES:
            return True
        if isinstance(node, ast.Name):
            if node.id in seen:
                return True
            values = self.assignments.get(node.id)
            return bool(values) and all(self.safe(v, seen | {node.id}) for v in values)
        return False

    def dynamic_sql(self) -> list[tuple[int, str, bool]]:
        """(line, interpolated expression, safe) for every dynamically built SQL string."""
        found = []
        for node in ast.walk(self.tree):
            if isinstance(node, ast.JoinedStr):
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
                if SQL.search(text):
                    for v in node.values:
                        if isinstance(v, ast.FormattedValue):
                            found.append((node.lineno, ast.unparse(v.value), self.safe(v.value)))
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
                sides = (node.left, node.right)
                if any(isinstance(s, ast.Constant) and isinstance(s.value, str)
                       and SQL.search(s.value) for s in sides):
                    for s in sides:
                        if not (isinstance(s, ast.Constant) and isinstance(s.value, str)):
                            ok = self.safe(s) and isinstance(node.op, ast.Add)
                            found.append((node.lineno, ast.unparse(s), ok))
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr == "format" and isinstance(node.func.value, ast.Constant)
                  and isinstance(node.func.value.value, str)
                  and SQL.search(node.func.value.value)):
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    found.append((node.lineno, ast.unparse(arg), self.safe(arg)))
        return found


def scan() -> dict[str, list[tuple[int, str, bool]]]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        found = Module(path).dynamic_sql()
        if found:
            out[str(path.relative_to(ROOT))] = found
    return out


def test_no_sql_is_built_from_user_text() -> None:
    results = scan()
    unsafe = [(f, line, expr) for f, items in results.items() for line, expr, ok in items
              if not ok]
    assert not unsafe, unsafe
    # The scan does see the dynamic SQL there is (column lists, placeholders, savepoints).
    total = sum(len(v) for v in results.values())
    assert total >= 10 and "chinese_teach/core/library/db.py" in results


def test_the_scan_catches_user_text() -> None:
    bad = '''
def save(conn, title, ids):
    conn.execute(f"SELECT * FROM lessons WHERE title = '{title}'")
    conn.execute("DELETE FROM courses WHERE id = " + ids[0])
    conn.execute("UPDATE t SET a = '%s'" % title)
    conn.execute("INSERT INTO t VALUES ({})".format(title))
    cols = title
    conn.execute(f"SELECT {cols} FROM t")
'''
    found = Module(Path("bad.py"), bad).dynamic_sql()
    assert [ok for _, _, ok in found] == [False] * 5, found
    good = '''
COLS = "id, name"
def load(conn, ids, tones):
    marks = ",".join("?" * len(ids))
    column = "a" if tones else "b"
    conn.execute(f"SELECT {COLS} FROM t WHERE {column} IN ({marks})", ids)
'''
    assert all(ok for _, _, ok in Module(Path("good.py"), good).dynamic_sql())


def test_ruff_s608_is_on_and_its_exceptions_are_proved_safe() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    lint = config["tool"]["ruff"]["lint"]
    assert "S608" in lint["select"] or "S" in lint["select"]
    ignored = [f for f, rules in lint.get("per-file-ignores", {}).items()
               if ("S608" in rules or "S" in rules) and f.startswith("chinese_teach")]
    results = scan()
    for path in ignored:
        assert path in results and all(ok for _, _, ok in results[path]), path
    for path in PACKAGE.rglob("*.py"):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if "noqa: S608" in line:
                rel = str(path.relative_to(ROOT))
                items = results.get(rel, [])
                near = [ok for ln, _, ok in items if abs(ln - number) <= 3]
                assert near and all(near), (rel, number)
