"""The study page in a real browser (Debian's Chromium through chromedriver): a student
answers cards, closes the browser, opens the page again and finds the progress; the
teacher re-exports with an edited meaning and the progress stays while the meaning is
new; a hostile word list runs no script; SM-2 gives the publication's intervals."""

from __future__ import annotations

import json
import time

import pytest
from study_browser import browser, console_errors, needs_browser

from chinese_teach.core.audio import wav_bytes
from chinese_teach.core.export.anki.words import DeckPart
from chinese_teach.core.export.study_page import StudyOptions, export_study_page
from tests.core.export.anki.anki_deck_helpers import lesson_one, lesson_two, make_word

pytestmark = [needs_browser, pytest.mark.slow]


def by(css: str):  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return By.CSS_SELECTOR, css


def click(driver, css: str) -> None:  # type: ignore[no-untyped-def]
    driver.find_element(*by(css)).click()


def wait_for(driver, css: str, timeout: float = 5.0):  # type: ignore[no-untyped-def]
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(ec.presence_of_element_located(by(css)))


def lesson_progress(driver) -> list[str]:  # type: ignore[no-untyped-def]
    return [bar.get_attribute("aria-valuenow")
            for bar in driver.find_elements(*by('[role="progressbar"]'))]


def answer_all(driver, mode: str, button: str = ".good") -> list[str]:  # type: ignore[no-untyped-def]
    """Study every card of ``mode`` through the page's buttons; the words seen, in order."""
    click(driver, f'button[data-mode="{mode}"]')
    seen: list[str] = []
    while not driver.find_elements(*by(".feedback.ok")):
        card = wait_for(driver, "section.card")
        seen.append(card.text.split("\n")[0])
        click(driver, "#reveal")
        click(driver, f".grades {button}")
    return seen


def write(tmp_path, parts, name: str = "lesson.html", **options):  # type: ignore[no-untyped-def]
    out = tmp_path / name
    export_study_page(parts, out, StudyOptions(lang="en", **options), overwrite=True)
    return out


def test_answers_survive_closing_the_browser_and_a_reexport(tmp_path):
    profile = tmp_path / "phone"
    page = write(tmp_path, [lesson_one()])
    with browser(profile) as driver:
        driver.get(page.as_uri())
        assert lesson_progress(driver) == ["0"]
        assert answer_all(driver, "recognition") == ["银行", "你好", "谢谢"]
        click(driver, ".feedback.ok ~ button")  # back home
        assert lesson_progress(driver) == ["3"]
        assert not console_errors(driver)
    with browser(profile) as driver:  # the phone was switched off: the same profile
        driver.get(page.as_uri())
        assert lesson_progress(driver) == ["3"]
        recognition = driver.find_element(*by('button[data-mode="recognition"]'))
        assert not recognition.is_enabled()  # nothing due today, nothing new
    edited = lesson_one()
    edited.words[1].meaning = "hi there (edited)"
    write(tmp_path, [edited])
    with browser(profile) as driver:
        driver.get(page.as_uri())
        assert lesson_progress(driver) == ["3"]
        click(driver, 'button[data-mode="recall"]')
        click(driver, "#reveal")
        click(driver, ".grades .good")
        assert driver.find_element(*by("section.card .prompt")).text == "hi there (edited)"


def test_without_storage_the_page_still_works_and_says_so(tmp_path):
    page = write(tmp_path, [lesson_one()])
    with browser(tmp_path / "locked", storage=False) as driver:
        driver.get(page.as_uri())
        assert driver.find_element(*by(".notice")).text.startswith("This browser does not keep")
        assert answer_all(driver, "recognition") == ["银行", "你好", "谢谢"]
        click(driver, ".feedback.ok ~ button")
        assert lesson_progress(driver) == ["3"]  # kept in memory while the page is open
        assert not console_errors(driver)


def test_again_brings_the_card_back_in_the_same_session(tmp_path):
    page = write(tmp_path, [lesson_one()])
    with browser(tmp_path / "p") as driver:
        driver.get(page.as_uri())
        click(driver, 'button[data-mode="recognition"]')
        assert driver.find_element(*by("#left")).text == "Left: 3"
        click(driver, "#reveal")
        click(driver, ".grades .again")
        assert driver.find_element(*by("#left")).text == "Left: 3"  # 你好, 谢谢, 银行 again
        seen = []
        while not driver.find_elements(*by(".feedback.ok")):
            seen.append(driver.find_element(*by("section.card")).text.split("\n")[0])
            click(driver, "#reveal")
            click(driver, ".grades .good")
        assert seen == ["你好", "谢谢", "银行"]
        cards = json.loads(driver.execute_script(
            "return localStorage.getItem(window.ctStudy.storeKey)"))["cards"]
        # the day's first answer schedules the card (Again: q 1, tomorrow), not the repeat
        assert cards["uid-银行|r"]["q"] == 1 and cards["uid-银行|r"]["n"] == 0
        assert cards["uid-你好|r"]["q"] == 4 and cards["uid-你好|r"]["i"] == 1


def test_keyboard_alone_studies_a_card(tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains

    page = write(tmp_path, [lesson_one()])
    with browser(tmp_path / "p") as driver:
        driver.get(page.as_uri())
        click(driver, 'button[data-mode="recognition"]')
        ActionChains(driver).send_keys(" ").perform()
        assert driver.find_element(*by(".meaning")).text == "bank"
        ActionChains(driver).send_keys("3").perform()  # Good
        assert driver.find_element(*by("#left")).text == "Left: 2"


def test_tone_practice_checks_each_syllable(tmp_path):
    page = write(tmp_path, [lesson_one()])
    with browser(tmp_path / "p") as driver:
        driver.get(page.as_uri())
        click(driver, 'button[data-mode="tones"]')
        groups = driver.find_elements(*by(".tones"))
        assert len(groups) == 2
        labels = [b.text for b in groups[0].find_elements(*by("button"))]
        assert labels == ["yīn", "yín", "yǐn", "yìn", "yin"]
        groups[0].find_element(*by('[data-tone="2"]')).click()
        groups[1].find_element(*by('[data-tone="2"]')).click()
        click(driver, "#check")
        assert driver.find_element(*by(".feedback")).text == "Right!"
        click(driver, "#check")  # Next
        groups = driver.find_elements(*by(".tones"))  # 你好 nǐ hǎo: answer 2, 3
        groups[0].find_element(*by('[data-tone="2"]')).click()
        groups[1].find_element(*by('[data-tone="3"]')).click()
        click(driver, "#check")
        assert driver.find_element(*by(".feedback.no")).text.startswith("Not quite")
        assert driver.find_element(*by(".card .pinyin")).text == "nǐhǎo"


#: maps points of the stroke data (1024 units, y up) to the page, through the SVG's own
#: transform: where a finger writing in the cell would be
TO_SCREEN = """
var svg = document.querySelector('.writer .cell svg'), pt = svg.createSVGPoint();
var m = svg.querySelector('g').getScreenCTM();
return arguments[0].map(function (p) {
  pt.x = p[0]; pt.y = p[1]; var r = pt.matrixTransform(m); return [r.x, r.y];
});
"""


def trace(driver, points) -> None:  # type: ignore[no-untyped-def]
    """Draw one stroke with a real pointer (press, move through ``points``, release)."""
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    screen = driver.execute_script(TO_SCREEN, points)
    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(int(screen[0][0]), int(screen[0][1]))
    actions.pointer_action.pointer_down()
    for x, y in screen[1:]:
        actions.pointer_action.move_to_location(int(x), int(y))
    actions.pointer_action.pointer_up()
    actions.perform()


def test_erhua_r_asks_no_tone_and_keys_pick_tones(tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    word = make_word("一点儿", ("yi4", "dian3", "r5"), "a little")
    page = write(tmp_path, [DeckPart(key="list:r", name="r", words=[word])])
    with browser(tmp_path / "p") as driver:
        driver.get(page.as_uri())
        click(driver, 'button[data-mode="tones"]')
        assert len(driver.find_elements(*by(".tones"))) == 2  # yì and diǎn, not the r
        ActionChains(driver).send_keys("4").send_keys("3").send_keys(Keys.ENTER).perform()
        assert driver.find_element(*by(".feedback")).text == "Right!"
        assert driver.find_element(*by(".card .pinyin")).text == "yìdiǎnr"


def test_writing_practice_accepts_strokes_written_in_order(tmp_path):
    from chinese_teach.core.strokes import default_store

    ten = make_word("十", ("shi2",), "ten")
    page = write(tmp_path, [DeckPart(key="list:ten", name="ten", words=[ten])])
    medians = json.loads(default_store().raw_json("十"))["medians"]
    with browser(tmp_path / "p") as driver:
        driver.get(page.as_uri())
        click(driver, 'button[data-mode="writing"]')
        wait_for(driver, ".writer .cell svg path")
        assert not driver.find_element(*by("#next")).is_enabled()
        trace(driver, medians[1])  # the vertical stroke first: wrong order
        wait_for(driver, ".feedback.no")
        for stroke in medians:
            trace(driver, stroke)
            time.sleep(0.5)  # the stroke's own animation
        assert driver.find_element(*by(".feedback.ok")).text == "Right! Mistakes: 1"
        click(driver, "#next")  # one miss on one character: Good (q 4), one day
        cards = json.loads(driver.execute_script(
            "return localStorage.getItem(window.ctStudy.storeKey)"))["cards"]
        assert cards["uid-十|w"]["q"] == 4 and cards["uid-十|w"]["i"] == 1
        assert not console_errors(driver)


def test_show_the_strokes_counts_as_a_miss(tmp_path):
    page = write(tmp_path, [lesson_one()])
    with browser(tmp_path / "p") as driver:
        driver.get(page.as_uri())
        click(driver, 'button[data-mode="writing"]')
        wait_for(driver, ".writer .cell svg path")
        assert len(driver.find_elements(*by(".writer .cell"))) == 2  # 银 and 行
        click(driver, "#strokes")
        assert driver.find_element(*by(".feedback")).text == "Mistakes: 1"
        assert not console_errors(driver)


def test_listening_plays_the_embedded_recording(tmp_path):
    clip = tmp_path / "银行.wav"
    clip.write_bytes(wav_bytes(b"\x00\x00" * 800, 8000))
    part = lesson_one()
    part.words[0].audio_file = clip
    page = write(tmp_path, [part])
    with browser(tmp_path / "p") as driver:
        driver.get(page.as_uri())
        listening = driver.find_element(*by('button[data-mode="listening"]'))
        assert "New: 1" in listening.text
        listening.click()
        assert driver.find_elements(*by("section.card button.play"))
        click(driver, "#reveal")
        assert driver.find_element(*by(".big")).text == "银行"
        assert not console_errors(driver)


def test_without_recordings_no_listening_mode(tmp_path):
    page = write(tmp_path, [lesson_one()])
    with browser(tmp_path / "p") as driver:
        driver.get(page.as_uri())
        modes = [b.get_attribute("data-mode") for b in driver.find_elements(*by(".mode"))]
        assert modes == ["recognition", "recall", "tones", "writing"]


HOSTILE = ('<img src=x onerror="document.title=\'pwned\'">'
           '</script><script>document.title="pwned"</script>"\'&\u202e')


def test_a_hostile_word_list_is_shown_as_text(tmp_path):
    word = make_word("银行" + HOSTILE, ("yin2", "hang2"), HOSTILE)
    page = write(tmp_path, [DeckPart(key="list:x", name=HOSTILE, words=[word])])
    with browser(tmp_path / "p") as driver:
        driver.get(page.as_uri())
        time.sleep(0.3)
        assert driver.title != "pwned"
        assert driver.find_element(*by("h1")).get_attribute("textContent") == HOSTILE
        assert not driver.find_elements(*by("main img"))
        click(driver, 'button[data-mode="recognition"]')
        assert driver.find_element(*by(".big")).get_attribute("textContent") == "银行" + HOSTILE
        click(driver, "#reveal")
        assert driver.find_element(*by(".meaning")).get_attribute("textContent") == HOSTILE
        assert driver.title != "pwned" and not console_errors(driver)


def test_progress_file_moves_to_another_phone(tmp_path):
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    page = write(tmp_path, [lesson_one()])
    with browser(tmp_path / "old", downloads=downloads) as driver:
        driver.get(page.as_uri())
        answer_all(driver, "recognition")
        click(driver, ".feedback.ok ~ button")
        click(driver, "#export")
        for _ in range(50):
            # Chromium reserves the file's name with an empty file and writes the download
            # beside it (.crdownload) until done: a browser closed before then deletes both
            saved = list(downloads.glob("*.json"))
            if saved and not list(downloads.glob("*.crdownload")) and all(
                    p.stat().st_size for p in saved):
                break
            time.sleep(0.1)
    assert [p.name for p in saved] == ["Course A · 01 At the bank-progress.json"]
    payload = json.loads(saved[0].read_text(encoding="utf-8"))
    assert payload["format"] == "chinese-teach-study-progress" and len(payload["cards"]) == 3
    assert saved[0].stat().st_size < 2000
    with browser(tmp_path / "new") as driver:
        driver.get(page.as_uri())
        assert lesson_progress(driver) == ["0"]
        driver.find_element(*by("#import")).send_keys(str(saved[0]))
        wait_for(driver, ".notice")
        assert driver.find_element(*by(".notice")).text == "Progress loaded (3 cards)."
        assert lesson_progress(driver) == ["3"]
        bad = tmp_path / "bad.json"
        bad.write_text('{"cards": 3}', encoding="utf-8")
        driver.find_element(*by("#import")).send_keys(str(bad))
        time.sleep(0.3)
        assert driver.find_element(*by(".notice")).text.startswith("This file is not")


# -- SM-2 against the publication ------------------------------------------------------------
# P. A. Wozniak, "Optimization of learning" (1990), as published in "Algorithm SM-2"
# (super-memory.com/english/ol/sm2.htm): EF' = EF + (0.1 - (5-q)(0.08 + (5-q)0.02)),
# EF >= 1.3; I(1) = 1, I(2) = 6, I(n) = I(n-1) * EF rounded up; q < 3 restarts at I(1).

RUN = """
var sm2 = window.ctStudy.sm2, card = null, out = [];
arguments[0].forEach(function (q) {
  card = sm2(card, q, 100);
  out.push([card.ef, card.i, card.n]);
});
return out;
"""


@pytest.fixture(scope="module")
def sm2_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sm2")
    page = write(folder, [lesson_one()], strokes=False)
    with browser(folder / "p") as driver:
        driver.get(page.as_uri())
        yield lambda qualities: driver.execute_script(RUN, qualities)


@pytest.mark.parametrize(("q", "ef"), [(5, 2.6), (4, 2.5), (3, 2.36), (2, 2.18), (1, 1.96),
                                       (0, 1.7)])
def test_sm2_e_factor_after_one_answer(sm2_page, q, ef):
    assert sm2_page([q])[0][0] == pytest.approx(ef)


def test_sm2_intervals_with_good_answers(sm2_page):
    # EF stays 2.5: 1, 6, then 6 * 2.5 = 15, 15 * 2.5 = 37.5 -> 38, 38 * 2.5 = 95
    assert [i for _, i, _ in sm2_page([4, 4, 4, 4, 4])] == [1, 6, 15, 38, 95]


def test_sm2_intervals_with_perfect_answers(sm2_page):
    # EF 2.6, 2.7, 2.8: I(3) = 6 * 2.8 = 16.8 -> 17, I(4) = 17 * 2.9 = 49.3 -> 50
    assert sm2_page([5, 5, 5, 5]) == [[2.6, 1, 1], [2.7, 6, 2], [2.8, 17, 3], [2.9, 50, 4]]


def test_sm2_a_lapse_restarts_the_intervals_and_keeps_the_e_factor(sm2_page):
    result = sm2_page([4, 4, 4, 2, 4])
    assert result[3] == [2.18, 1, 0]  # 2.5 - 0.32, back to I(1)
    assert result[4] == [2.18, 1, 1]


def test_sm2_e_factor_never_below_1_3(sm2_page):
    assert sm2_page([0, 0, 0, 3])[-1][0] == 1.3


#: every control the student can reach: its size, its accessible name, and whether the
#: page scrolls sideways
AUDIT = """
var out = {wide: document.documentElement.scrollWidth, small: [], unnamed: []};
document.querySelectorAll('button, select, input, [role="progressbar"]').forEach(function (e) {
  var r = e.getBoundingClientRect();
  var name = (e.getAttribute('aria-label') || e.textContent || '').trim();
  if (!name && e.labels && e.labels.length) { name = e.labels[0].textContent.trim(); }
  if (!name) { out.unnamed.push(e.outerHTML.slice(0, 60)); }
  if (e.tagName !== 'INPUT' && e.getAttribute('role') !== 'progressbar' && r.width > 0 &&
      (r.height < 44 || r.width < 44)) { out.small.push([e.textContent, r.width, r.height]); }
});
return out;
"""


@pytest.mark.parametrize("width", [360, 430])
def test_phone_widths_large_targets_and_names(tmp_path, width):
    clip = tmp_path / "银行.wav"
    clip.write_bytes(wav_bytes(b"\x00\x00" * 800, 8000))
    one, two = lesson_one(), lesson_two()
    one.words[0].audio_file = clip
    page = write(tmp_path, [one, two])
    with browser(tmp_path / "p", width=width, height=740) as driver:
        driver.get(page.as_uri())
        screens = {"home": driver.execute_script(AUDIT)}
        for mode in ("recognition", "recall", "tones", "writing", "listening"):
            click(driver, f'button[data-mode="{mode}"]')
            if driver.find_elements(*by("#reveal")):
                click(driver, "#reveal")
            time.sleep(0.2)
            screens[mode] = driver.execute_script(AUDIT)
            click(driver, "#back")
        for name, audit in screens.items():
            assert audit["wide"] <= width, (name, audit)
            assert audit["small"] == [], (name, audit)
            assert audit["unnamed"] == [], (name, audit)


def test_served_by_a_web_server_as_a_learning_platform_does(tmp_path):
    import functools
    import http.server
    import threading

    page = write(tmp_path, [lesson_one()])
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/{page.name}"
    try:
        with browser(tmp_path / "p") as driver:
            driver.get(url)
            answer_all(driver, "recognition")
            driver.refresh()
            assert lesson_progress(driver) == ["3"]
            assert not console_errors(driver)
    finally:
        server.shutdown()
        server.server_close()
