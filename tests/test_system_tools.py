"""A newcomer's ``make test`` before the apt line: a missing tool skips, named."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

INNER = '''
import subprocess
import pytest


@pytest.fixture
def no_tools(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))


def test_pdf_text(no_tools):
    subprocess.run(["pdftotext", "in.pdf", "-"], check=True)


def test_deb(no_tools):
    subprocess.run(["dpkg-deb", "-c", "x.deb"], check=True)


def test_unknown_program_still_fails(no_tools):
    subprocess.run(["no-such-program-xyz"], check=True)


def test_missing_file_still_fails():
    open("/nonexistent/lesson.txt")
'''


def test_missing_tools_skip_with_their_package_and_other_errors_fail(tmp_path):
    (tmp_path / "test_inner.py").write_text(INNER, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.system_tools", "-p", "no:cacheprovider",
         "-rfs", "-q", "test_inner.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    out = proc.stdout
    assert "2 failed, 2 skipped" in out, out
    assert "needs pdftotext (apt-get install poppler-utils)" in out
    assert "needs dpkg-deb (apt-get install dpkg)" in out
    assert "FAILED test_inner.py::test_unknown_program_still_fails" in out
    assert "FAILED test_inner.py::test_missing_file_still_fails" in out
