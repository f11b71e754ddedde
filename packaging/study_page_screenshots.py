"""Screenshots of the study page at 390×844 (a phone) for docs/study-page/.

    .venv/bin/python packaging/study_page_screenshots.py

Exports a study page of two small lessons (a synthetic voice for the listening mode when
one is installed) into a temporary folder, opens it in Debian's headless Chromium through
chromium-driver (Selenium) as a phone 390 CSS pixels wide, and clicks through every mode
as a student does: the home screen, a flashcard's front and back, tones, writing, the
listening card, a finished session and the home screen in night mode.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "study-page"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1")
TEXT = ("我每天早上去学校。今天我和朋友一起去银行换钱。"
        "老师说：“你们好！”我们喝茶，吃米饭。谢谢你的帮助！")
LESSONS = (("01 At school", "学校 老师 朋友 今天 早上"),
           ("02 Money and food", "银行 换钱 喝茶 米饭 谢谢"))


def build_page(folder: Path) -> Path:
    """The study page of the two lessons, with recordings where a voice is installed."""
    from chinese_teach.core.audio import find_synthesizer
    from chinese_teach.core.corpus.dictionary import Dictionary
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.export.anki.sources import parts_from_words
    from chinese_teach.core.export.study_page import StudyOptions, export_study_page
    from chinese_teach.core.text.engine import get_engine

    corpus = open_corpus()
    engine, dictionary = get_engine(corpus), Dictionary(corpus)
    parts = []
    for name, words in LESSONS:
        part = parts_from_words(words.split(), f"Chinese 1::{name}", dictionary=dictionary,
                                engine=engine, texts=[TEXT])[0]
        part.key = f"screenshots:{name}"
        parts.append(part)
    out = folder / "study.html"
    voice = find_synthesizer().synthesizer
    export_study_page(parts, out, StudyOptions(lang="en", title="Chinese 1"), overwrite=True,
                      synthesizer=voice)
    return out


def main() -> int:
    from selenium.webdriver import Chrome, ChromeOptions
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        page = build_page(Path(tmp))
        options = ChromeOptions()
        options.binary_location = shutil.which("chromium") or "chromium"
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={Path(tmp) / 'profile'}")
        options.add_argument("--window-size=390,844")
        driver = Chrome(options=options, service=Service(shutil.which("chromedriver")))
        try:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
                "features": [{"name": "prefers-color-scheme", "value": "light"}]})
            driver.get(page.as_uri())

            def find(css: str):  # type: ignore[no-untyped-def]
                return driver.find_element(By.CSS_SELECTOR, css)

            def shot(name: str) -> None:
                time.sleep(0.4)
                driver.save_screenshot(str(OUT / f"{name}.png"))
                print(OUT / f"{name}.png")

            def open_mode(mode: str) -> None:
                find(f'button[data-mode="{mode}"]').click()

            # a few cards answered first, so that the home screen shows progress
            open_mode("recognition")
            for _ in range(4):
                find("#reveal").click()
                find(".grades .good").click()
            shot("1-recognition-front")
            find("#reveal").click()
            shot("2-recognition-back")
            find("#back").click()
            shot("0-home")
            open_mode("recall")
            find("#reveal").click()
            shot("3-recall-back")
            find("#back").click()
            open_mode("tones")
            groups = driver.find_elements(By.CSS_SELECTOR, ".tones")
            groups[0].find_element(By.CSS_SELECTOR, '[data-tone="2"]').click()
            groups[1].find_element(By.CSS_SELECTOR, '[data-tone="1"]').click()
            find("#check").click()
            shot("4-tones-checked")
            find("#back").click()
            open_mode("writing")
            find("#strokes").click()
            time.sleep(1.2)
            shot("5-writing")
            find("#back").click()
            if driver.find_elements(By.CSS_SELECTOR, 'button[data-mode="listening"]'):
                open_mode("listening")
                shot("6-listening")
                find("#back").click()
            find("#night").click()
            driver.execute_script("window.scrollTo(0, 0)")
            shot("7-home-night")
            open_mode("recognition")
            find("#reveal").click()
            shot("8-recognition-night")
        finally:
            driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
