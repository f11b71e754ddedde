"""Which of the system packages the app and its tests need are missing: one apt-get line.

Run by ``make setup`` (with the system Python, standard library only). On Debian and
Ubuntu it asks ``dpkg-query`` about every package of ``packaging/debian-packages.txt``
and, when some are missing, prints what they are for and the one command that installs
them. Elsewhere (no ``dpkg-query``) it says nothing. It never fails the set-up: the app
may still run without the test tools.

    python3 packaging/check_system.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

PACKAGES_FILE = Path(__file__).resolve().parent / "debian-packages.txt"


def read_groups(path: Path = PACKAGES_FILE) -> list[tuple[str, list[str]]]:
    """``(purpose, packages)`` in file order; a ``#`` comment line names the next group.

    The first comment lines (the file's own header, before any package) are skipped."""
    groups: list[tuple[str, list[str]]] = []
    purpose = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            purpose = line.lstrip("#").strip()
            continue
        if groups and groups[-1][0] == purpose:
            groups[-1][1].append(line)
        else:
            groups.append((purpose, [line]))
    return groups


def installed_by_dpkg(packages: Iterable[str]) -> set[str]:
    """The packages dpkg reports as installed (one ``dpkg-query`` call)."""
    names = list(packages)
    proc = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${db:Status-Status}\\n", *names],
        capture_output=True, text=True, check=False,
    )
    found = set()
    for line in proc.stdout.splitlines():
        name, _, status = line.partition(" ")
        if status.strip() == "installed":
            found.add(name.split(":", 1)[0])
    return found


def missing_report(groups: list[tuple[str, list[str]]],
                   installed: Callable[[Iterable[str]], set[str]]) -> str:
    """The advice to print: what is missing, for what, and the one install command;
    empty when nothing is missing."""
    have = installed([p for _, pkgs in groups for p in pkgs])
    missing = [(purpose, [p for p in pkgs if p not in have]) for purpose, pkgs in groups]
    missing = [(purpose, pkgs) for purpose, pkgs in missing if pkgs]
    if not missing:
        return ""
    lines = ["Some system packages that Chinese Teach or its tests need are not installed:"]
    lines += [f"  {purpose or 'needed'}: {' '.join(pkgs)}" for purpose, pkgs in missing]
    lines.append("Install them with:")
    lines.append("  sudo apt-get install " + " ".join(p for _, pkgs in missing for p in pkgs))
    return "\n".join(lines)


def main() -> int:
    """Print the advice (if any) on standard error; always exit 0."""
    if shutil.which("dpkg-query") is None:
        return 0
    report = missing_report(read_groups(), installed_by_dpkg)
    if report:
        print(report, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
