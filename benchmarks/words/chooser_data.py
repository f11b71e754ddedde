"""The sense chooser's labelled rows (chooser16): for each line of ``senses.tsv``, the
engine's token of the marked word, its candidate senses with their features
(:meth:`~chinese_teach.core.corpus.glosses.Glosser.chooser_candidates`) and whether each
fits the accepted words (:func:`.evaluate.sense_fits`), beside what ``evaluate`` counts
for the line with the rules alone.

Parts: "tuned" (the lines above the former fifteenth held-out part), "p15" (that part,
from its first ``# Tuning since the seventeenth session`` line), "new" (the lines after a
``# chooser16`` line); the file's held-out parts, when it has any, are skipped.

Run: ``.venv/bin/python -m benchmarks.words.chooser_data /tmp/chooser16-rows.json``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from benchmarks.words.chooser_features import CandidateReader
from benchmarks.words.evaluate import HERE, sense_fits

#: The first line of the former fifteenth held-out part.
P15_MARK = "# Tuning since the seventeenth session"
#: The first line of chooser16's own new lines.
NEW_MARK = "# chooser16"
# a helper's block of new tuning lines: "# words38 (2026-12-07): …"
BLOCK_HEADER = re.compile(r"# [a-z]+[0-9]+ \(\d{4}-\d\d-\d\d\)")


def labelled_lines(path: Path | None = None) -> list[tuple[str, str, str, str]]:
    """(part, sentence, word, accepted words) of each line of ``senses.tsv``, held-out
    parts left out."""
    out = []
    part = "tuned"
    for line in (path or HERE / "senses.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("# held-out"):
            break
        if line.startswith(P15_MARK):
            part = "p15"
        elif line.startswith(NEW_MARK):
            part = "new"
        elif part == "new" and BLOCK_HEADER.match(line):
            part = "tuned"  # another helper's block after chooser16's lines
        if not line.strip() or line.startswith("#"):
            continue
        sentence, word, expected = line.split("\t")
        out.append((part, sentence, word, expected))
    return out


def line_row(engine, corpus, sentence: str, word: str, expected: str,
             reader: CandidateReader | None = None) -> dict:
    """One line's row: what ``evaluate`` shows (``shown``, ``ok``), and the candidates of
    the last token spelt ``word`` (evaluate reads the last one) with their features and
    whether each fits (``cands``)."""
    from chinese_teach.core.corpus import glosses as gl

    g = gl.glosser(corpus)
    reader = reader or CandidateReader(g)
    toks = engine.annotate(sentence)
    found = gl.token_glosses(toks, corpus)
    shown_of: dict[str, str] = {}
    inside: dict[str, str] = {}
    for t, f in zip(toks, found, strict=True):
        if f is not None:
            shown_of[t.text] = f.short
            for piece, short in f.parts:
                inside.setdefault(piece, short)
    shown = (inside | shown_of).get(word, "")
    row: dict = {"word": word, "expected": expected, "shown": shown,
                 "ok": sense_fits(shown, expected), "source": "", "cands": []}
    words = [t for t in toks if t.is_word]
    index = {id(t): i for i, t in enumerate(words)}
    pos = max((k for k, t in enumerate(toks) if t.text == word and found[k] is not None),
              default=None)
    if pos is None:
        return row
    prev, rest, earlier, _following = gl._gloss_context(g, toks, pos, words, index[id(toks[pos])])
    tok = toks[pos]
    cands, _useful = reader.candidates(word, tok.citation or tok.pinyin, found[pos], prev,
                                       rest, earlier or gl._earlier_words(toks, pos))
    row["source"] = found[pos].source
    row["cands"] = [{"sense": c.sense, "current": c.current, "features": list(c.features),
                     "fits": sense_fits(c.sense, expected)} for c in cands]
    return row


def extract(out: Path) -> dict:
    """Write every labelled line's row to ``out`` (JSON) and return the counts."""
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.text.engine import get_engine

    corpus = open_corpus()
    engine = get_engine(corpus)
    engine.load()
    from chinese_teach.core.corpus.glosses import glosser

    reader = CandidateReader(glosser(corpus))
    rows = []
    for part, sentence, word, expected in labelled_lines():
        row = line_row(engine, corpus, sentence, word, expected, reader)
        row["part"] = part
        rows.append(row)
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    counts: dict[str, dict[str, int]] = {}
    for r in rows:
        c = counts.setdefault(r["part"], {"n": 0, "right": 0, "with_candidates": 0})
        c["n"] += 1
        c["right"] += r["ok"]
        c["with_candidates"] += bool(r["cands"])
    return counts


if __name__ == "__main__":
    print(json.dumps(extract(Path(sys.argv[1] if len(sys.argv) > 1 else
                                  "/tmp/chooser16-rows.json")), indent=1))
