"""The reference corpus: built from shipped data, complete, versioned, rebuilt when stale."""

from __future__ import annotations

import sqlite3

import pytest

from chinese_teach.core.corpus.build import build_corpus
from chinese_teach.core.corpus.store import corpus_status, ensure_corpus
from chinese_teach.core.errors import Cancelled
from chinese_teach.core.progress import CancelToken


def test_corpus_holds_cedict_hsk_and_frequencies(corpus) -> None:
    info = corpus.info()
    assert info["counts"]["entries"] > 120_000
    assert info["counts"]["hsk_words"]["hsk2"] > 4900
    assert info["counts"]["hsk_words"]["hsk2021"] > 10_000
    assert info["counts"]["hsk_words"]["hsk2025"] > 10_000
    names = {s["name"] for s in info["sources"]}
    assert "CC-CEDICT" in names
    assert all(s["licence"] for s in info["sources"])


def test_entries_keep_classifiers_variants_and_proper_nouns(corpus) -> None:
    row = corpus.query("SELECT classifiers FROM entries WHERE simplified = '银行'")[0]
    assert "家[jia1]" in row[0]
    proper = corpus.query("SELECT is_proper FROM entries WHERE simplified = '北京'")[0][0]
    assert proper == 1
    surname = corpus.query(
        "SELECT count(*) FROM entries WHERE simplified = '李' AND is_surname = 1"
    )[0][0]
    assert surname == 1


def test_status_detects_missing_damaged_and_outdated(tmp_path, corpus) -> None:
    path = tmp_path / "c.sqlite"
    assert corpus_status(path) == "missing"
    path.write_bytes(b"this is not a database" * 100)
    assert corpus_status(path) == "damaged"
    path.unlink()
    path.write_bytes(corpus.path.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = 'old' WHERE key = 'data_version'")
    conn.commit()
    conn.close()
    assert corpus_status(path) == "outdated"


def test_damaged_corpus_is_rebuilt(tmp_path) -> None:
    path = tmp_path / "corpus.sqlite"
    path.write_bytes(b"\x00garbage" * 1000)
    seen = []
    ensure_corpus(path, progress=seen.append)
    assert corpus_status(path) == "ok"
    assert seen and seen[-1].done == seen[-1].total


def test_cancelled_build_leaves_nothing(tmp_path) -> None:
    token = CancelToken()

    def cancel_soon(progress) -> None:
        if progress.done >= 1:
            token.cancel()

    with pytest.raises(Cancelled):
        build_corpus(tmp_path / "corpus.sqlite", progress=cancel_soon, cancel=token)
    assert list(tmp_path.iterdir()) == []


def test_last_progress_label_is_in_the_message_language(tmp_path, monkeypatch) -> None:
    """"Dictionary ready (… s)" in the progress dialog speaks the interface language."""
    from chinese_teach.core import labels
    from chinese_teach.core.corpus import build

    monkeypatch.setattr(build, "_build_into", lambda tmp, progress, cancel: tmp.write_bytes(b""))
    seen: list[str] = []
    labels.set_message_language("fr")
    build_corpus(tmp_path / "c.sqlite", progress=lambda p: seen.append(p.label))
    assert seen and seen[-1].startswith("Dictionnaire prêt (") and seen[-1].endswith("\u00a0s)")
    labels.set_message_language("en")
    build_corpus(tmp_path / "d.sqlite", progress=lambda p: seen.append(p.label))
    assert seen[-1].startswith("Dictionary ready (") and seen[-1].endswith(" s)")
