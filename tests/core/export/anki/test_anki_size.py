"""A 5,000-word deck with stroke order: its notes, strokes and size (its time is measured by
`make bench`, benchmarks/anki_deck.py: tests assert behaviour, not time)."""

from __future__ import annotations

import io
import json
import time
import zipfile

import pytest

from chinese_teach.core.export.anki.apkg import AnkiOptions, build_apkg
from chinese_teach.core.export.anki.words import DeckPart, build_words


@pytest.mark.slow
def test_five_thousand_word_deck_with_strokes(corpus, dictionary, engine):
    words = [r[0] for r in corpus.query(
        "SELECT word FROM word_levels WHERE standard = 'hsk2021' GROUP BY word "
        "ORDER BY min(level), word LIMIT 5000")]
    assert len(words) == 5000
    start = time.process_time()
    deck_words = build_words(words, dictionary=dictionary, engine=engine)
    lookup = time.process_time() - start
    start = time.process_time()
    data, rep = build_apkg([DeckPart("bench", "Bench", deck_words)], AnkiOptions(), 1_760_000_000)
    write = time.process_time() - start
    print(f"lookup {lookup:.2f} s, .apkg {write:.2f} s, {len(data) / 1e6:.2f} MB, "
          f"{rep.stroke_chars} characters with strokes")
    assert rep.notes == 5000 and rep.stroke_chars > 1500 and not rep.chars_without_strokes
    assert len(data) < 5_000_000
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        media = json.loads(z.read("media"))
    # only the characters of the deck, not all 9,574
    assert sum(1 for n in media.values() if n.startswith("_ct-hw-")) == rep.stroke_chars
