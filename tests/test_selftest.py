"""``chinese-teach --self-test``: every step runs, failures are reported, data is untouched."""

from __future__ import annotations

import os

from pypdf import PdfReader

from chinese_teach import paths, selftest
from chinese_teach.cli import main


def test_self_test_runs_every_step(qapp, corpus, fresh_home, tmp_path, monkeypatch):
    # qapp first: the self-test reuses the QApplication of the GUI tests
    # as in an installed bundle: a pre-built corpus is copied, not built
    monkeypatch.setattr(paths, "bundled_corpus_path", lambda: corpus.path)
    before = sorted(p.name for p in fresh_home.iterdir())
    out = tmp_path / "out"
    result = selftest.run_self_test(keep=out)

    assert [name for name, _, _ in result.steps] == [
        "corpus", "annotate", "reader PDF", "Anki deck"]
    details = dict((name, detail) for name, _, detail in result.steps)
    assert "bundled copy" in details["corpus"]
    line = result.summary()
    assert "\n" not in line and "self-test passed" in line

    reader = PdfReader(out / "reader.pdf")
    assert len(reader.pages) == 1
    assert "银" in reader.pages[0].extract_text()
    assert (out / "deck.apkg").stat().st_size > 1000
    # the teacher's data directory is left as it was, and so is the environment
    assert sorted(p.name for p in fresh_home.iterdir()) == before
    assert os.environ[paths.HOME_ENV] == str(fresh_home)


def test_cli_flag_prints_one_line(monkeypatch, capsys):
    result = selftest.SelfTestResult(steps=[("corpus", 0.1, "1 entries, existing")],
                                     site="no site configuration")
    monkeypatch.setattr(selftest, "run_self_test", lambda keep=None: result)
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert out.startswith("Chinese Teach ") and "self-test passed" in out


def test_a_failing_step_exits_1(qapp, corpus, fresh_home, monkeypatch, capsys):
    monkeypatch.setattr(paths, "bundled_corpus_path", lambda: corpus.path)
    monkeypatch.setitem(selftest.EXPECTED, "银行", ("yin2", "xing2"))
    assert selftest.main() == 1
    err = capsys.readouterr().err
    assert "self-test FAILED: annotate:" in err and "银行" in err
    assert os.environ[paths.HOME_ENV] == str(fresh_home)


def test_site_problems_go_to_stderr(monkeypatch, capsys):
    result = selftest.SelfTestResult(steps=[("corpus", 0.1, "1 entries, existing")],
                                     site="/etc/x.toml (0 defaults, 0 locked, 1 problems)",
                                     site_problems=["/etc/x.toml: unknown setting 'x' ignored"])
    monkeypatch.setattr(selftest, "run_self_test", lambda keep=None: result)
    assert main(["--self-test"]) == 0
    captured = capsys.readouterr()
    assert captured.out.count("\n") == 1 and "1 problems" in captured.out
    assert "site configuration: /etc/x.toml: unknown setting 'x' ignored" in captured.err


def test_runs_without_a_display(corpus, tmp_path):
    """A server, a CI runner or a silent install has no display (or a stale DISPLAY): the
    self-test paints offscreen instead of aborting in Qt's desktop platform plugin."""
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DISPLAY"] = ":97"  # a display that is not there, as over ssh without X
    env[paths.HOME_ENV] = str(tmp_path / "home")
    # as in an installed bundle, the pre-built corpus is copied rather than built
    code = ("import sys; from chinese_teach import paths, selftest; "
            f"paths.bundled_corpus_path = lambda: paths.Path({str(corpus.path)!r}); "
            "sys.exit(selftest.main())")
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=False,
                          text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr
    assert "self-test passed" in proc.stdout and "reader PDF 1 page" in proc.stdout
