"""Stroke-order data of Chinese characters (hanzi-writer-data, Arphic Public License).

The data lives in ``resources/strokes/strokes.sqlite`` (see ``SOURCE.md`` there). Every
character has its strokes as SVG path strings and their medians (the centre line a pen
follows, in writing direction), in hanzi-writer's coordinate system: a 1024-unit square,
y pointing **up**, the top of the em box at y = 900. :func:`to_screen` and
:meth:`StrokeData.commands` turn that into y-down coordinates for a painter (QPainter,
SVG, PDF) of any size.

Used by the Anki exporter (which packs the raw JSON for hanzi-writer) and by the writing
worksheets (which paint the strokes themselves).
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from chinese_teach.paths import resource

#: Size of the coordinate square the data uses.
EM = 1024
#: y of the top of the em box in the data's y-up coordinates.
TOP = 900

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class PathCommand:
    """One drawing command: ``op`` is ``M`` (move), ``L`` (line), ``Q`` (quadratic curve,
    control point then end point), ``C`` (cubic curve, two control points then end point)
    or ``Z`` (close); ``points`` are absolute coordinates."""

    op: str
    points: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class StrokeData:
    """The strokes of one character in writing order."""

    char: str
    #: SVG path outlines of each stroke (data coordinates, y up).
    strokes: tuple[str, ...]
    #: For each stroke, the points of its centre line in writing direction (y up).
    medians: tuple[tuple[Point, ...], ...]
    #: Indices of the strokes that form the character's radical (may be empty).
    rad_strokes: tuple[int, ...] = ()

    @property
    def count(self) -> int:
        """Number of strokes."""
        return len(self.strokes)

    def commands(self, index: int, size: float = EM, *, flip: bool = True) -> list[PathCommand]:
        """Drawing commands of stroke ``index``, scaled to a ``size`` square.

        With ``flip`` (the default) the result is in y-down screen coordinates with the em
        box's top at 0, ready for QPainterPath / SVG; without it the data's own y-up system.
        """
        return path_commands(self.strokes[index], size, flip=flip)

    def median_points(self, index: int, size: float = EM, *, flip: bool = True) -> list[Point]:
        """The centre line of stroke ``index`` scaled to a ``size`` square (y down by default)."""
        if not flip:
            k = size / EM
            return [(x * k, y * k) for x, y in self.medians[index]]
        return [to_screen(x, y, size) for x, y in self.medians[index]]


def to_screen(x: float, y: float, size: float = EM) -> Point:
    """Map a data point (y up) to a y-down square of ``size`` units whose top is the em top."""
    k = size / EM
    return (x * k, (TOP - y) * k)


_TOKEN_RE = re.compile(r"[MLQCZmlqcz]|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
_ARITY = {"M": 1, "L": 1, "Q": 2, "C": 3, "Z": 0}


def path_commands(path: str, size: float = EM, *, flip: bool = True) -> list[PathCommand]:
    """Parse a hanzi-writer SVG path (absolute M/L/Q/C/Z) into :class:`PathCommand` s.

    Repeated coordinates after a command continue it, as in SVG. Lower-case (relative)
    commands are accepted too and converted to absolute ones.
    """
    tokens = _TOKEN_RE.findall(path)
    out: list[PathCommand] = []
    current: Point = (0.0, 0.0)
    start: Point = (0.0, 0.0)
    op = ""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.isalpha():
            op = tok
            i += 1
            if op in "Zz":
                out.append(PathCommand("Z", ()))
                current = start
                continue
        elif not op:
            raise ValueError(f"SVG path does not start with a command: {path[:30]!r}")
        upper = op.upper()
        n = _ARITY[upper]
        nums = tokens[i : i + 2 * n]
        if len(nums) < 2 * n or any(t.isalpha() for t in nums):
            raise ValueError(f"Truncated SVG path command {op!r} in {path[:30]!r}")
        i += 2 * n
        pts: list[Point] = []
        for j in range(n):
            x, y = float(nums[2 * j]), float(nums[2 * j + 1])
            if op.islower():
                x, y = x + current[0], y + current[1]
            pts.append((x, y))
        current = pts[-1]
        if upper == "M":
            start = current
            op = "l" if op == "m" else "L"  # further pairs after M are line-tos
        out.append(PathCommand(upper, tuple(pts)))
    return [_scaled(c, size, flip) for c in out]


def _scaled(cmd: PathCommand, size: float, flip: bool) -> PathCommand:
    if flip:
        return PathCommand(cmd.op, tuple(to_screen(x, y, size) for x, y in cmd.points))
    if size == EM:
        return cmd
    k = size / EM
    return PathCommand(cmd.op, tuple((x * k, y * k) for x, y in cmd.points))


class StrokeStore:
    """Read-only access to ``strokes.sqlite``; safe to share between threads."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or resource("strokes", "strokes.sqlite")
        self._local = threading.local()

    def _con(self) -> sqlite3.Connection | None:
        con = getattr(self._local, "con", None)
        if con is None:
            if not self.path.exists():
                return None
            uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
            con = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._local.con = con
        return con

    @property
    def available(self) -> bool:
        """Whether the stroke database is shipped with this installation."""
        return self.path.exists()

    def raw_json(self, char: str) -> bytes | None:
        """The character's hanzi-writer JSON as UTF-8 bytes, or ``None`` without data."""
        con = self._con()
        if con is None or len(char) != 1:
            return None
        row = con.execute("SELECT data FROM chars WHERE char = ?", (char,)).fetchone()
        return zlib.decompress(row[0]) if row else None

    def raw_many(self, chars: set[str] | list[str]) -> dict[str, bytes]:
        """Raw JSON of several characters at once (missing ones are left out)."""
        con = self._con()
        wanted = sorted({c for c in chars if len(c) == 1})
        if con is None or not wanted:
            return {}
        out: dict[str, bytes] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for char, blob in con.execute(
                f"SELECT char, data FROM chars WHERE char IN ({marks})", chunk  # noqa: S608
            ):
                out[char] = zlib.decompress(blob)
        return out

    def stroke_count(self, char: str) -> int | None:
        """Number of strokes of ``char`` (``None`` without data)."""
        con = self._con()
        if con is None or len(char) != 1:
            return None
        row = con.execute("SELECT stroke_count FROM chars WHERE char = ?", (char,)).fetchone()
        return row[0] if row else None

    def count(self) -> int:
        """How many characters have data."""
        con = self._con()
        return 0 if con is None else con.execute("SELECT count(*) FROM chars").fetchone()[0]

    def get(self, char: str) -> StrokeData | None:
        """Parsed :class:`StrokeData` of ``char`` or ``None``."""
        raw = self.raw_json(char)
        if raw is None:
            return None
        data = json.loads(raw)
        return StrokeData(
            char=char,
            strokes=tuple(data["strokes"]),
            medians=tuple(tuple((float(x), float(y)) for x, y in m) for m in data["medians"]),
            rad_strokes=tuple(data.get("radStrokes") or ()),
        )


@lru_cache(maxsize=1)
def default_store() -> StrokeStore:
    """The process-wide store over the bundled database."""
    return StrokeStore()


def stroke_data(char: str) -> StrokeData | None:
    """Strokes and medians of one character, or ``None`` if it has no stroke data."""
    return _cached_stroke_data(char)


@lru_cache(maxsize=2048)
def _cached_stroke_data(char: str) -> StrokeData | None:
    return default_store().get(char)


def has_strokes(char: str) -> bool:
    """Whether ``char`` has stroke-order data."""
    return default_store().stroke_count(char) is not None
