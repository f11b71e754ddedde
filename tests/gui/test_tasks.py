"""The task runner: work off the UI thread, delayed progress, cancel, readable errors."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from chinese_teach import paths
from chinese_teach.core.errors import BadInputError, Cancelled
from chinese_teach.gui.tasks import TaskRunner, setup_logging


@pytest.fixture
def runner(gui_home, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    r = TaskRunner(parent)
    yield r
    r.shutdown()


def _dialogs(runner):
    return [d for d in runner.parent_widget.findChildren(QProgressDialog) if d.isVisible()]


def test_result_arrives_on_the_main_thread(runner, qtbot):
    worker_threads, delivered = [], []

    def work(progress, cancel):
        worker_threads.append(threading.current_thread())
        return 42

    runner.run(work, on_success=lambda r: delivered.append((r, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(delivered), timeout=20000)
    assert delivered[0][0] == 42
    assert delivered[0][1] is threading.main_thread()
    assert worker_threads[0] is not threading.main_thread()
    assert not _dialogs(runner)


def test_progress_dialog_only_for_slow_work_and_cancel(runner, qtbot, messages):
    failures = []

    def slow(progress, cancel):
        for i in range(200):
            cancel.check()
            from chinese_teach.core.progress import report

            report(progress, i, 200, "Counting")
            time.sleep(0.02)
        return "done"

    started = time.monotonic()
    task = runner.run(slow, label="Slow work", on_failure=failures.append)
    qtbot.wait(200)
    if time.monotonic() - started < 0.45:  # (a stalled CI machine may overshoot)
        assert not _dialogs(runner)  # not before half a second
    qtbot.waitUntil(lambda: bool(_dialogs(runner)), timeout=20000)
    assert time.monotonic() - started >= 0.45
    dialog = _dialogs(runner)[0]
    assert dialog.labelText() == "Counting"
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert isinstance(failures[0], Cancelled)
    assert not messages  # cancelling is not an error
    qtbot.waitUntil(lambda: not _dialogs(runner), timeout=20000)


def test_teacher_error_is_shown_as_its_message(runner, qtbot, messages):
    def bad(progress, cancel):
        raise BadInputError("This file is a PDF document, not a text file.")

    runner.run(bad, label="Opening")
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    assert messages == [("warning", "This file is a PDF document, not a text file.")]


def test_unexpected_error_is_short_and_logged(runner, qtbot, messages):
    setup_logging()

    def broken(progress, cancel):
        return {}["missing key"]

    runner.run(broken, label="Broken")
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    kind, text = messages[0]
    assert kind == "warning"
    assert "KeyError" in text and "Traceback" not in text
    log_text = (paths.log_dir() / "chinese-teach.log").read_text(encoding="utf-8")
    assert "Traceback" in log_text and "missing key" in log_text


def test_newer_task_with_same_key_supersedes(runner, qtbot):
    results = []
    gate = threading.Event()

    def first(progress, cancel):
        gate.wait(2)
        return "first"

    runner.run(first, key="search", on_success=results.append, show_progress=False)
    second = runner.run(lambda p, c: "second", key="search", on_success=results.append,
                        show_progress=False)
    qtbot.waitUntil(lambda: second.done, timeout=20000)
    gate.set()
    qtbot.wait(200)
    assert results == ["second"]


def test_errors_escaping_a_slot_are_logged_and_shown_briefly(gui_home, messages, monkeypatch):
    import sys

    from chinese_teach.gui.app import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    setup_logging()
    install_excepthook()
    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert len(messages) == 1
    kind, text = messages[0]
    assert kind == "warning" and "ZeroDivisionError" in text and "Traceback" not in text
    log_text = (paths.log_dir() / "chinese-teach.log").read_text(encoding="utf-8")
    assert "division by zero in a slot" in log_text and "Traceback" in log_text
