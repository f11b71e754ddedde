"""``make setup`` names the missing system packages in one apt-get line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "check_system.py"

sys.path.insert(0, str(ROOT / "packaging"))
import check_system  # noqa: E402


def test_groups_follow_the_package_file():
    groups = dict(check_system.read_groups())
    assert "libxcb-cursor0" in groups["Qt offscreen/xcb platform libraries"]
    assert any("fonts-noto-cjk" in pkgs for pkgs in groups.values())
    every = [p for pkgs in groups.values() for p in pkgs]
    listed = [line for line in check_system.PACKAGES_FILE.read_text().splitlines()
              if line.strip() and not line.startswith("#")]
    assert every == listed


def _fake_dpkg_query(tmp_path: Path, installed: set[str]) -> dict[str, str]:
    """A PATH whose dpkg-query knows only ``installed`` (as dpkg-query -W prints)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "dpkg-query"
    lines = "\n".join(f"{p} installed" for p in sorted(installed))
    script.write_text(f"#!/bin/sh\ncat <<'END'\n{lines}\nEND\n", encoding="utf-8")
    script.chmod(0o755)
    return dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")


def _run(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT)], env=env, capture_output=True,
                          text=True, timeout=60, check=False)


def test_one_apt_line_names_what_is_missing(tmp_path):
    every = {p for _, pkgs in check_system.read_groups() for p in pkgs}
    have = every - {"libxcb-cursor0", "fonts-noto-cjk", "poppler-utils", "chromium"}
    proc = _run(_fake_dpkg_query(tmp_path, have))
    assert proc.returncode == 0
    err = proc.stderr.splitlines()
    apt = [line for line in err if "apt-get install" in line]
    assert apt == ["  sudo apt-get install libxcb-cursor0 fonts-noto-cjk poppler-utils chromium"]
    assert any("Qt" in line and "libxcb-cursor0" in line for line in err)
    assert any("Fonts" in line and "fonts-noto-cjk" in line for line in err)


def test_silent_when_everything_is_there(tmp_path):
    every = {p for _, pkgs in check_system.read_groups() for p in pkgs}
    proc = _run(_fake_dpkg_query(tmp_path, every))
    assert proc.returncode == 0 and proc.stderr == "" and proc.stdout == ""


def test_make_setup_runs_the_check():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    setup = makefile.split("\nsetup:", 1)[1].split("\n\n", 1)[0]
    assert "packaging/check_system.py" in setup
