"""A 5,000-word Anki deck with stroke order (target: under 5 s), and its .apkg size.

The words are the first 5,000 of the HSK 3.0 (2021 standard) list. Measured: looking
the words up (dictionary, text engine) and writing the .apkg (notes, cards, the stroke
data of every character used, the hanzi-writer library). Baseline: the same notes written
the naive genanki way (``Package.write_to_file`` with every media file first written to
disk and stored uncompressed).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure
from benchmarks.context import Context

GROUP = "Anki deck"


def _naive(parts, timestamp: int, out: Path) -> float:
    """Write the deck with genanki's own writer and media files on disk."""
    import genanki

    from chinese_teach.core.export.anki.apkg import note_fields, note_guid
    from chinese_teach.core.export.anki.note_type import (
        HANZI_WRITER_MEDIA,
        build_model,
        card_ordinals,
        stroke_media_name,
    )
    from chinese_teach.core.strokes import default_store
    from chinese_teach.paths import resource

    start = time.perf_counter()
    model = build_model()
    store = default_store()
    deck = genanki.Deck(1 << 40, parts[0].name)
    with tempfile.TemporaryDirectory() as tmp:
        media: dict[str, Path] = {}
        for word in parts[0].words:
            chars = ""
            for ch in word.simplified:
                raw = store.raw_json(ch)  # one query per character
                if raw is None:
                    continue
                chars += ch
                path = Path(tmp) / stroke_media_name(ch)
                path.write_bytes(raw)
                media[path.name] = path
            fields = note_fields(word, audio=None, stroke_chars=chars)
            note = genanki.Note(model=model, guid=note_guid(word.uid), fields=fields)
            # the same cards as the real export (genanki cannot read the templates'
            # negated conditions); ``cards`` is a cached property
            note.__dict__["cards"] = [genanki.Card(o) for o in card_ordinals(fields)]
            deck.add_note(note)
        lib = Path(tmp) / HANZI_WRITER_MEDIA
        lib.write_bytes(resource("hanzi-writer", "hanzi-writer.min.js").read_bytes())
        media[lib.name] = lib
        genanki.Package(deck, media_files=[str(p) for p in media.values()]).write_to_file(
            str(out), timestamp=timestamp)
    return time.perf_counter() - start


def run(ctx: Context) -> list[Figure]:
    from chinese_teach.core.export.anki.apkg import AnkiOptions, ExportClock, export_apkg
    from chinese_teach.core.export.anki.words import DeckPart, build_words

    count = ctx.size(5000, 200)
    corpus = ctx.corpus()
    words = [r[0] for r in corpus.query(
        "SELECT word FROM word_levels WHERE standard = 'hsk2021' GROUP BY word "
        "ORDER BY min(level), word LIMIT ?", (count,))]
    engine = ctx.engine()
    dictionary = ctx.dictionary()
    out = ctx.work / "bench.apkg"

    cpu = time.process_time()
    start = time.perf_counter()
    deck_words = build_words(words, dictionary=dictionary, engine=engine)
    lookup = time.perf_counter() - start
    parts = [DeckPart("bench", "Benchmark", deck_words)]
    start = time.perf_counter()
    rep = export_apkg(parts, out, AnkiOptions(), timestamp=1_760_000_000, overwrite=True,
                      clock=ExportClock(ctx.work / "clock.json"))
    write = time.perf_counter() - start
    cpu = time.process_time() - cpu
    naive = _naive(parts, 1_760_000_000, ctx.work / "naive.apkg")
    naive_size = (ctx.work / "naive.apkg").stat().st_size
    total = lookup + write
    note = f"{len(words)} words, {rep.cards} cards, stroke data for {rep.stroke_chars} characters"
    return [
        Figure(GROUP, f"{len(words)}-word deck with stroke order (lookup + .apkg)", total, "s",
               baseline=lookup + naive, baseline_name="lookup + naive genanki writer",
               target=5.0, note=note, cpu=cpu,
               extra={"lookup_s": round(lookup, 3), "write_s": round(write, 3),
                      "naive_write_s": round(naive, 3)}),
        Figure(GROUP, ".apkg size", rep.size_bytes / 1e6, "MB",
               baseline=naive_size / 1e6, baseline_name="naive genanki (stored, uncompressed)",
               note=note),
    ]
