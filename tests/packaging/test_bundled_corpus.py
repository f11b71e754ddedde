"""An installed app copies its pre-built corpus instead of building one on first launch."""

from __future__ import annotations

import shutil
import sqlite3

from chinese_teach import paths
from chinese_teach.core.corpus import store


def test_no_bundled_corpus_in_a_source_checkout():
    assert paths.bundled_corpus_path() is None


def test_bundled_corpus_is_found_under_resources(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    assert paths.bundled_corpus_path() is None
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "corpus.sqlite").write_bytes(b"")
    assert paths.bundled_corpus_path() == tmp_path / "corpus" / "corpus.sqlite"


def test_missing_user_corpus_is_copied_from_the_bundle(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "bundled_corpus_path", lambda: corpus.path)

    def no_build(*args, **kwargs):
        raise AssertionError("must not build when the bundled corpus is current")

    monkeypatch.setattr(store, "build_corpus", no_build)
    target = tmp_path / "home" / "corpus.sqlite"
    assert store.ensure_corpus(target) == target
    assert store.corpus_status(target) == "ok"
    assert target.read_bytes() == corpus.path.read_bytes()
    assert not list(target.parent.glob("*.copying"))


def test_stale_bundled_corpus_is_not_used(corpus, tmp_path, monkeypatch):
    stale = tmp_path / "bundled.sqlite"
    shutil.copyfile(corpus.path, stale)
    conn = sqlite3.connect(stale)
    conn.execute("UPDATE meta SET value = 'old' WHERE key = 'data_version'")
    conn.commit()
    conn.close()
    monkeypatch.setattr(paths, "bundled_corpus_path", lambda: stale)
    built = []

    def fake_build(path, progress=None, cancel=None):
        built.append(path)
        shutil.copyfile(corpus.path, path)
        return path

    monkeypatch.setattr(store, "build_corpus", fake_build)
    target = tmp_path / "corpus.sqlite"
    store.ensure_corpus(target)
    assert built == [target]
    assert store.install_bundled_corpus(tmp_path / "other.sqlite") is False
