"""``annotate`` of a word by itself shows the word's own learner gloss, not a sense a
curated line gives it in a sentence (块 alone is not the "yuan" of 三块; 另外 alone is
not the "moreover" of a sentence's start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_annotate_of_a_word_alone_shows_its_own_gloss(corpus) -> None:
    env = dict(os.environ, CHINESE_TEACH_HOME=str(corpus.path.parent))
    out = subprocess.run(
        [sys.executable, "-m", "chinese_teach", "annotate", "--format", "jsonl"],
        input="块\n另外\n".encode(), capture_output=True, env=env, timeout=120,
        check=False)
    assert out.returncode == 0, out.stderr.decode()
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    glosses = [{t["text"]: t["gloss"] for t in row["tokens"]} for row in rows]
    assert glosses[0]["块"] == "piece; lump; yuan (money)"
    assert glosses[1]["另外"] == "in addition; besides; other"
