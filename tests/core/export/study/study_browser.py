"""A real browser for the study-page tests: Debian's Chromium driven by chromedriver
through Selenium (nothing downloaded at run time). Tests skip, naming the Debian package,
when Chromium or its driver is missing."""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
SELENIUM = importlib.util.find_spec("selenium") is not None

#: Skip a test that needs the browser, naming what to install.
needs_browser = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None or not SELENIUM,
    reason="needs chromium (apt-get install chromium)" if CHROMIUM is None
    else "needs chromedriver (apt-get install chromium-driver)" if CHROMEDRIVER is None
    else "needs selenium (pip install .[test])",
)

#: Chromium as root in a container, with nothing that talks to the network by itself.
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
         "--force-device-scale-factor=1")


@contextmanager
def browser(profile: Path, width: int = 390, height: int = 844,
            downloads: Path | None = None, storage: bool = True) -> Iterator[object]:
    """A Chromium window ``width`` × ``height`` CSS pixels with its own profile folder
    (``localStorage`` lives there: a second browser on the same folder is a reload after
    the phone was switched off); ``storage=False`` blocks site data as a locked-down
    school browser does (``localStorage`` then throws)."""
    selenium = pytest.importorskip("selenium", reason="needs selenium (pip install .[test])")
    from selenium.webdriver import Chrome, ChromeOptions
    from selenium.webdriver.chrome.service import Service

    del selenium
    options = ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    prefs: dict[str, object] = {}
    if downloads is not None:
        prefs.update({"download.default_directory": str(downloads),
                      "download.prompt_for_download": False})
    if not storage:
        prefs["profile.default_content_setting_values.cookies"] = 2
    if prefs:
        options.add_experimental_option("prefs", prefs)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = Chrome(options=options, service=Service(CHROMEDRIVER))
    try:
        driver.set_window_size(width, height)
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
        yield driver
    finally:
        driver.quit()


def console_errors(driver) -> list[str]:  # type: ignore[no-untyped-def]
    """The page's console errors and uncaught exceptions so far."""
    return [entry["message"] for entry in driver.get_log("browser")
            if entry.get("level") == "SEVERE"]
