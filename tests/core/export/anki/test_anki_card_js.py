"""The card's stroke-order script runs offline in a real browser engine (headless Chromium).

Anki desktop, AnkiDroid and AnkiMobile show cards in a web view with the collection's
media folder as base URL; here a card's answer HTML rendered by Anki is opened from a
folder holding only the deck's media. The test needs Chromium and is skipped without it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from anki_deck_helpers import import_apkg, lesson_one

from chinese_teach.core.export.anki.apkg import AnkiOptions, ExportClock, export_apkg

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
def test_stroke_animation_draws_from_packed_media_only(tmp_path, collection):
    out = tmp_path / "d.apkg"
    export_apkg([lesson_one()], out, AnkiOptions(), timestamp=1_760_000_000,
                clock=ExportClock(tmp_path / "c.json"))
    import_apkg(collection, out)
    site = tmp_path / "site"
    shutil.copytree(collection.media.dir(), site)
    card = collection.get_card(collection.find_cards("Simplified:银行 card:Recognition")[0])
    page = site / "back.html"
    page.write_text(f'<!doctype html><html><head><meta charset="utf-8"></head>'
                    f'<body class="card">{card.answer()}</body></html>', encoding="utf-8")
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions",
         "--allow-file-access-from-files", "--virtual-time-budget=4000",
         "--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    dom = result.stdout
    assert dom.count('class="ct-stroke-cell"') == 2  # 银 and 行
    assert dom.count("<svg") >= 4 and "<path" in dom  # hanzi-writer drew the outlines
    # the big hanzi drawn in Kai style from the same data, the text kept (hidden) underneath
    assert 'class="ct-hanzi-drawn"' in dom and "ct-hanzi-hidden" in dom
    assert ">银行</div>" in dom
    errors = [line for line in result.stderr.splitlines()
              if "CONSOLE" in line and ("Error" in line or "Uncaught" in line)]
    assert not errors, errors
    assert "http" not in Path(site / "_ct-hw-94f6.js").read_text()  # nothing from a network
