"""Tests that need a system tool skip, naming the tool and its package, when it is missing.

A newcomer runs ``make test`` before the README's ``apt-get install`` line: a test that
runs ``pdftotext``, ``dpkg-deb``, LibreOffice or Chromium should then say what to
install, not fail with ``FileNotFoundError``. Registered as a plugin by tests/conftest.py.
The skip happens only when the tool really is absent from ``PATH``; a tool that is
installed and fails still fails the test.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

#: Executables the tests run, and the Debian package (packaging/debian-packages.txt)
#: that provides each.
TOOL_PACKAGES: dict[str, str] = {
    "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "dpkg-deb": "dpkg",
    "libreoffice": "libreoffice-writer-nogui",
    "soffice": "libreoffice-writer-nogui",
    "chromium": "chromium",
    "chromium-browser": "chromium",
    "chromedriver": "chromium-driver",
    "desktop-file-validate": "desktop-file-utils",
    "objdump": "binutils",
    "xvfb-run": "xvfb",
    "Xvfb": "xvfb",
    "xauth": "xauth",
    "fc-list": "fontconfig",
}


def skip_reason(tool: str) -> str:
    """``needs pdftotext (apt-get install poppler-utils)``."""
    package = TOOL_PACKAGES.get(tool)
    return f"needs {tool}" + (f" (apt-get install {package})" if package else "")


def needs(*tools: str) -> pytest.MarkDecorator:
    """Mark a test that runs ``tools``: it skips, naming the first one missing."""
    missing = [t for t in tools if shutil.which(t) is None]
    return pytest.mark.skipif(bool(missing), reason=skip_reason(missing[0]) if missing else "")


def _missing_tool(exc: BaseException) -> str | None:
    """The system tool whose absence raised ``exc``, or None."""
    if not isinstance(exc, FileNotFoundError) or not exc.filename:
        return None
    name = Path(str(exc.filename)).name
    if name in TOOL_PACKAGES and shutil.which(name) is None:
        return name
    return None


def _skip_if_tool_missing(exc: BaseException) -> None:
    tool = _missing_tool(exc)
    if tool is not None:
        pytest.skip(skip_reason(tool))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    try:
        return (yield)
    except FileNotFoundError as exc:
        _skip_if_tool_missing(exc)
        raise


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    try:
        return (yield)
    except FileNotFoundError as exc:
        _skip_if_tool_missing(exc)
        raise
