"""pyproject.toml stays installable: setuptools drops ``license = {text = ...}`` in 2027."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_license_is_an_spdx_expression_with_a_setuptools_that_reads_it():
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    assert data["project"]["license"] == "GPL-3.0-or-later"
    assert not any(c.startswith("License ::") for c in data["project"].get("classifiers", []))
    setuptools = [r for r in data["build-system"]["requires"] if r.startswith("setuptools")]
    floor = re.search(r">=\s*(\d+)", setuptools[0])
    assert floor and int(floor.group(1)) >= 77  # the first setuptools with SPDX licences
