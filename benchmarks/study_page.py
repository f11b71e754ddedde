"""A 500-word study page (issue 21): export time and file size beside the Anki export of
the same words, and the time the page takes to open in Chromium on a phone-class CPU.

The words are the first 500 of the HSK 3.0 (2021 standard) list, with stroke data for
every character (target: under 3 MB). The opening time is measured in Debian's headless
Chromium (through chromium-driver) with the CPU slowed down four times by the DevTools
protocol (``Emulation.setCPUThrottlingRate``), from the navigation's start to the mark
the page's script sets when its first screen is built (target: under 1 s); the baseline
is the same page without throttling. Without Chromium, its driver or Selenium the
opening time is left out, and the size figure's note says why.
"""

from __future__ import annotations

import shutil
import time

from benchmarks.common import Figure
from benchmarks.context import Context

GROUP = "Study page"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-dev-shm-usage")
READY = ("var m = performance.getEntriesByName('ct-study-ready');"
         "return m.length ? m[0].startTime : null;")


def open_times(ctx: Context, page, rates: tuple[int, ...] = (1, 4), tries: int = 3):  # type: ignore[no-untyped-def]
    """Milliseconds to the page's first screen for each CPU slow-down rate (best of
    ``tries``), or a reason it could not be measured."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if chromium is None or driver_path is None:
        return "not measured: needs chromium and chromium-driver"
    try:
        from selenium.webdriver import Chrome, ChromeOptions
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        return "not measured: needs selenium (pip install .[test])"
    options = ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={ctx.work / 'chromium-profile'}")
    options.add_argument("--window-size=390,844")
    driver = Chrome(options=options, service=Service(driver_path))
    try:
        out: dict[int, float] = {}
        for rate in rates:
            driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": rate})
            best = None
            for _ in range(tries):
                driver.get("about:blank")
                driver.get(page.as_uri())
                ms = driver.execute_script(READY)
                if ms is not None:
                    best = ms if best is None else min(best, ms)
            if best is None:
                return "not measured: the page never built its first screen"
            out[rate] = best
        return out
    finally:
        driver.quit()


def run(ctx: Context) -> list[Figure]:
    from chinese_teach.core.export.anki.apkg import AnkiOptions, ExportClock, export_apkg
    from chinese_teach.core.export.anki.words import DeckPart, build_words
    from chinese_teach.core.export.study_page import StudyOptions, export_study_page

    count = ctx.size(500, 50)
    words = [r[0] for r in ctx.corpus().query(
        "SELECT word FROM word_levels WHERE standard = 'hsk2021' GROUP BY word "
        "ORDER BY min(level), word LIMIT ?", (count,))]
    deck_words = build_words(words, dictionary=ctx.dictionary(), engine=ctx.engine())
    parts = [DeckPart("bench-study", "Benchmark", deck_words)]
    page, deck = ctx.work / "study.html", ctx.work / "study.apkg"

    cpu = time.process_time()
    start = time.perf_counter()
    rep = export_study_page(parts, page, StudyOptions(lang="en"), overwrite=True)
    write = time.perf_counter() - start
    cpu = time.process_time() - cpu
    start = time.perf_counter()
    anki = export_apkg(parts, deck, AnkiOptions(), timestamp=1_760_000_000, overwrite=True,
                       clock=ExportClock(ctx.work / "study-clock.json"))
    anki_write = time.perf_counter() - start
    note = f"{rep.words} words, stroke data for {rep.stroke_chars} characters"
    figures = [
        Figure(GROUP, f"{rep.words}-word study page with stroke order (.html)", write, "s",
               baseline=anki_write, baseline_name="the Anki export (.apkg) of the same words",
               note=note, cpu=cpu),
        Figure(GROUP, "study page size", rep.size_bytes / 1e6, "MB",
               baseline=anki.size_bytes / 1e6, baseline_name="the .apkg of the same words",
               target=3.0, note=note),
    ]
    times = open_times(ctx, page, tries=1 if ctx.quick else 3)
    if isinstance(times, str):  # no browser here: the export figures say why
        figures[1] = Figure(GROUP, "study page size", rep.size_bytes / 1e6, "MB",
                            baseline=anki.size_bytes / 1e6,
                            baseline_name="the .apkg of the same words", target=3.0,
                            note=f"{note}; opening time {times}")
    else:
        figures.append(Figure(GROUP, "study page opens (Chromium, CPU ×4)", times[4], "ms",
                              baseline=times[1], baseline_name="the same, CPU not slowed",
                              target=1000.0, note=note + "; to the first screen"))
    return figures
