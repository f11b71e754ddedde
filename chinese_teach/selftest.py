"""``chinese-teach --self-test``: prove that an installation works, in a few seconds.

It opens the reference corpus, annotates a sample text, renders a one-page reader to
PDF and writes a small Anki deck, all inside a throw-away data directory (the teacher's
own data is never touched), then prints one summary line. IT staff run it after a
silent install; the packaging tests run it inside the built bundle and the .deb.
Works without a display: it paints on Qt's offscreen platform.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from chinese_teach import paths
from chinese_teach.appinfo import APP_NAME, VERSION

SAMPLE = "我们一起去银行。他不是老师，他是我的朋友。"
#: Expected readings (canonical numbered syllables) of a few words of the sample.
EXPECTED = {"银行": ("yin2", "hang2"), "老师": ("lao3", "shi1"), "朋友": ("peng2", "you5")}
DECK_WORDS = ("银行", "老师", "朋友")
#: A fixed export time keeps the deck reproducible.
DECK_TIMESTAMP = 1_700_000_000


class SelfTestFailure(Exception):
    """One step of the self-test found something wrong."""


@dataclass(slots=True)
class SelfTestResult:
    """What the self-test did, step by step."""

    steps: list[tuple[str, float, str]] = field(default_factory=list)
    site: str = ""
    site_problems: list[str] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return sum(s for _, s, _ in self.steps)

    def summary(self) -> str:
        """The one line printed on success."""
        parts = "; ".join(f"{name} {detail} ({secs:.1f} s)" for name, secs, detail in self.steps)
        return (f"{APP_NAME} {VERSION} self-test passed in {self.seconds:.1f} s: {parts}; "
                f"site config: {self.site}")


def _step_corpus(result: SelfTestResult, state: dict) -> str:
    from chinese_teach.core.corpus.store import corpus_status, open_corpus

    before = corpus_status()
    bundled = paths.bundled_corpus_path()
    corpus = open_corpus()
    state["corpus"] = corpus
    entries = corpus.query("SELECT count(*) FROM entries")[0][0]
    if entries < 10_000:
        raise SelfTestFailure(f"the reference dictionary has only {entries} entries")
    how = "existing" if before == "ok" else ("bundled copy" if bundled else "built")
    return f"{entries} entries, {how}"


def _step_annotate(result: SelfTestResult, state: dict) -> str:
    from chinese_teach.core.text.engine import get_engine

    engine = get_engine(state["corpus"])
    state["engine"] = engine
    tokens = engine.annotate(SAMPLE)
    if "".join(t.text for t in tokens) != SAMPLE:
        raise SelfTestFailure("annotating the sample did not give back its text")
    readings = {t.text: tuple(t.pinyin or ()) for t in tokens}
    for word, expected in EXPECTED.items():
        if readings.get(word) != expected:
            raise SelfTestFailure(
                f"{word} read as {readings.get(word)!r}, expected {' '.join(expected)}")
    hanzi = sum(len(t.text) for t in tokens if t.pinyin)
    return f"{hanzi} characters"


def _step_pdf(result: SelfTestResult, state: dict) -> str:
    from chinese_teach.core.documents.reader import ReaderOptions, build_reader
    from chinese_teach.render.fonts import register_bundled_fonts
    from chinese_teach.render.offscreen import ensure_gui_app
    from chinese_teach.render.reader_pdf import export_pdf

    ensure_gui_app()  # offscreen: IT staff run this on machines without a display
    families = register_bundled_fonts()
    if not families:
        raise SelfTestFailure(f"the bundled font is missing from {paths.resource('fonts')}")
    doc = build_reader(SAMPLE, ReaderOptions(), state["engine"], title="Self-test")
    out = state["workdir"] / "reader.pdf"
    pages = export_pdf(doc, out)
    data = out.read_bytes()
    if pages != 1 or not data.startswith(b"%PDF") or b"FontFile2" not in data:
        raise SelfTestFailure(f"the reader PDF is wrong ({pages} pages, {len(data)} bytes)")
    return f"{pages} page, {len(data) // 1024} KB, font {families[0]}"


def _step_deck(result: SelfTestResult, state: dict) -> str:
    import zipfile

    from chinese_teach.core.corpus.dictionary import Dictionary
    from chinese_teach.core.export.anki.apkg import AnkiOptions, ExportClock, export_apkg
    from chinese_teach.core.export.anki.words import DeckPart, build_words

    workdir: Path = state["workdir"]
    words = build_words(DECK_WORDS, dictionary=Dictionary(state["corpus"]),
                        engine=state["engine"], texts=[SAMPLE])
    part = DeckPart(key="list:self-test", name="Self-test", words=words)
    out = workdir / "deck.apkg"
    rep = export_apkg([part], out, AnkiOptions(), timestamp=DECK_TIMESTAMP,
                      clock=ExportClock(workdir / "clock.json"))
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
    if rep.notes != len(DECK_WORDS) or not names & {"collection.anki2", "collection.anki21"}:
        raise SelfTestFailure(f"the Anki deck is wrong ({rep.notes} notes, files {sorted(names)})")
    return f"{rep.notes} notes, {rep.media_files} media files"


STEPS: tuple[tuple[str, Callable[[SelfTestResult, dict], str]], ...] = (
    ("corpus", _step_corpus),
    ("annotate", _step_annotate),
    ("reader PDF", _step_pdf),
    ("Anki deck", _step_deck),
)


def run_self_test(keep: Path | None = None) -> SelfTestResult:
    """Run every step in a temporary data directory; raise :class:`SelfTestFailure`.

    ``keep`` names a folder to leave the reader PDF and the deck in (for tests).
    """
    from chinese_teach.core.corpus import store
    from chinese_teach.core.siteconfig import load_site_config

    site = load_site_config()
    result = SelfTestResult(site=site.summary(), site_problems=list(site.problems))
    old_home = os.environ.get(paths.HOME_ENV)
    with tempfile.TemporaryDirectory(prefix="chinese-teach-selftest-") as tmp:
        home = Path(tmp) / "home"
        workdir = Path(keep) if keep else Path(tmp) / "out"
        workdir.mkdir(parents=True, exist_ok=True)
        os.environ[paths.HOME_ENV] = str(home)
        store.reset_shared()
        state: dict = {"workdir": workdir}
        try:
            for name, step in STEPS:
                started = time.perf_counter()
                try:
                    detail = step(result, state)
                except SelfTestFailure as exc:
                    raise SelfTestFailure(f"{name}: {exc}") from exc
                except Exception as exc:
                    raise SelfTestFailure(f"{name}: {type(exc).__name__}: {exc}") from exc
                result.steps.append((name, time.perf_counter() - started, detail))
        finally:
            if "corpus" in state:
                state["corpus"].close()
            store.reset_shared()
            if old_home is None:
                os.environ.pop(paths.HOME_ENV, None)
            else:
                os.environ[paths.HOME_ENV] = old_home
    return result


def main() -> int:
    """Entry point of ``--self-test``: print one line, return the exit status."""
    try:
        result = run_self_test()
    except SelfTestFailure as exc:
        print(f"{APP_NAME} {VERSION} self-test FAILED: {exc}", file=sys.stderr)
        return 1
    print(result.summary())
    # the summary stays one line; what is wrong in site.toml goes to stderr for IT staff
    for problem in result.site_problems:
        print(f"site configuration: {problem}", file=sys.stderr)
    return 0
