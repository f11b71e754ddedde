"""Every button, menu action and shortcut has a test that clicks it (issue 16)."""

from __future__ import annotations

import importlib
import inspect

from tests.gui.click_inventory import CLICKED_BY, controls


def test_every_control_has_a_click_test(window):
    found = controls(window)
    missing = sorted(set(found) - set(CLICKED_BY))
    gone = sorted(set(CLICKED_BY) - set(found))
    assert not missing, f"{len(missing)} controls no test clicks: {missing}"
    assert not gone, f"listed but no longer in the window: {gone}"


def test_every_listed_test_exists_and_reaches_its_control():
    problems = []
    for key, (test, handle) in sorted(CLICKED_BY.items()):
        module_file, _, name = test.partition("::")
        module = importlib.import_module("tests.gui." + module_file.removesuffix(".py"))
        fn = getattr(module, name, None)
        if fn is None:
            problems.append(f"{key}: no test {test}")
            continue
        source = inspect.getsource(fn)
        if handle not in source:
            problems.append(f"{key}: {test} does not mention {handle!r}")
    assert not problems, problems
