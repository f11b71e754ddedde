"""Regression (issue 2): PySide6 6.12.0 on Python 3.11 aborts after many void calls.

It leaks a reference to ``None`` on every call that returns nothing, and the
interpreter aborts (``none_dealloc``) once the count wraps. The project pins
6.11.3 on Python 3.11; this runs the crashing pattern in a child process.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(20000):
    label.setText(str(i))
print("ok", label.text())
"""


def test_many_void_calls_do_not_abort(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                            check=False, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok 19999"
