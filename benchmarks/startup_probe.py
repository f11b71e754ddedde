"""Child process of the start-up benchmark: start, measure, print one JSON line, quit.

    python -m benchmarks.startup_probe MODE SPAWN_TIME [TEXT_FILE]

``SPAWN_TIME`` is the parent's ``time.time()`` just before it started this process,
so the figure includes the interpreter start and every import. Modes:

``app``        the app's own start-up path (``chinese_teach.gui.app``) up to the
               first paint of the main window;
``bare``       an empty PySide6 main window up to its first paint (the baseline);
``app-text``   ``app``, then load the corpus and engine as the app does after the
               first paint, put TEXT_FILE into Quick annotate and wait until it is
               shown with pinyin; reports the peak RSS;
``bare-text``  ``bare``, then jieba + pypinyin on TEXT_FILE shown in a label (baseline).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def _peak_rss_mb() -> float:
    """This process's peak resident memory. ``ru_maxrss`` would not do: Linux carries it
    over ``execve`` from the forking parent, so a child of a big benchmark process
    reports the parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _on_first_paint(widget, callback) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watcher(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, callback)
            return False

    watcher = Watcher(widget)
    widget.installEventFilter(watcher)


def _poll(condition, then, interval_ms: int = 20, timeout_s: float = 120.0) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s

    def tick() -> None:
        if condition():
            then()
        elif time.monotonic() > deadline:
            print(json.dumps({"error": "timed out"}), flush=True)
            QApplication.exit(2)
        else:
            QTimer.singleShot(interval_ms, tick)

    QTimer.singleShot(interval_ms, tick)


def main(argv: list[str]) -> int:
    mode, spawned = argv[0], float(argv[1])
    text = Path(argv[2]).read_text(encoding="utf-8") if len(argv) > 2 else ""
    result: dict = {"mode": mode}

    if mode.startswith("app"):
        from chinese_teach.gui.app import create_window, install_translators, make_application

        app = make_application()
        install_translators(app, None)
        window = create_window((1280, 800), "annotate" if mode == "app-text" else None)
    else:
        from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

        app = QApplication.instance() or QApplication(["bare"])
        window = QMainWindow()
        label = QLabel("你好")
        window.setCentralWidget(label)
        window.resize(1280, 800)

    def finish() -> None:
        result["peak_rss_mb"] = _peak_rss_mb()
        result["total_s"] = time.time() - spawned
        print(json.dumps(result), flush=True)
        app.quit()

    def painted() -> None:
        result["first_paint_s"] = time.time() - spawned
        if mode == "app-text":
            window.start_background_loading()
            _poll(lambda: window.corpus_state == "ready", load_text)
        elif mode == "bare-text":
            import jieba
            import pypinyin

            words = list(jieba.cut(text))
            label.setText(" ".join(pypinyin.lazy_pinyin(words)))
            _poll(lambda: True, finish)
        else:
            finish()

    def load_text() -> None:
        page = window.page("annotate")
        page.editor.setPlainText(text)
        page.refresh()
        _poll(page.is_ready, finish)

    _on_first_paint(window, painted)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
