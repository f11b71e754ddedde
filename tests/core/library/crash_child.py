"""Child process of the crash test: saves (and reorders) lessons forever, acking each save.

Usage: python crash_child.py LIBRARY ACK_FILE COURSE_ID START
"""

from __future__ import annotations

import os
import sys

from chinese_teach.core.library import Activity, Lesson, Library, Stage, VocabItem


def main() -> None:
    path, ack_path, course_id, start = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    lib = Library.open(path, auto_backup=False)
    ack = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    i = start
    while True:
        lesson = Lesson(
            course_id=course_id, title=f"Lesson {i}", objectives=[f"objective {i}"] * 3,
            vocab=[VocabItem(f"词{i}-{k}") for k in range(5)],
            activities=[Activity(Stage.PRACTICE, 10, f"activity {k}") for k in range(3)],
            notes="注" * 2000,
        )
        saved = lib.save_lesson(lesson, position=i % 3)
        # The save returned: from now on the lesson must survive a kill.
        os.write(ack, f"{saved.id}\n".encode())
        if i % 4 == 0:  # a multi-row reorder: positions must stay 0..n-1 whatever happens
            lib.move_lesson(saved.id, 0)
        i += 1


if __name__ == "__main__":
    main()
