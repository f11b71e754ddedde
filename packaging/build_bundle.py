"""Build the one-folder app bundle (and on Linux the .deb) into ``dist/``.

``make bundle`` runs this on the current operating system::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/build_bundle.py [--no-deb]

Steps: build the reference corpus (reused while its data version is current), render
the icons, run PyInstaller on ``packaging/chinese-teach.spec``, run the bundle's
``--self-test``, and on Linux wrap the bundle in a .deb. Windows and macOS installers
are made from the bundle by ``packaging/windows/chinese-teach.iss`` and
``packaging/macos/build_dmg.sh``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

from chinese_teach.appinfo import VERSION  # noqa: E402

SPEC = ROOT / "packaging" / "chinese-teach.spec"
APP_DIR_NAME = "chinese-teach"


def check_environment() -> None:
    """Refuse to build from an environment with PySide6-Addons (it drags in unused Qt)."""
    try:
        metadata.version("PySide6-Addons")
    except metadata.PackageNotFoundError:
        return
    raise SystemExit("PySide6-Addons is installed: build from a venv with PySide6-Essentials only.")


def build_corpus_once(work: Path) -> Path:
    """The bundle's reference corpus under ``work/corpus``, built unless already current."""
    from chinese_teach.core.corpus.build import build_corpus
    from chinese_teach.core.corpus.store import corpus_status

    folder = work / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "corpus.sqlite"
    if corpus_status(path) != "ok":
        path.unlink(missing_ok=True)
        build_corpus(path)
    return folder


def executable(app_dir: Path) -> Path:
    """The bundle's command-line executable."""
    if sys.platform.startswith("win"):
        return app_dir / "chinese-teach-cli.exe"
    if sys.platform == "darwin":
        return app_dir / "chinese-teach"
    return app_dir / "chinese-teach"


def run_self_test(exe: Path) -> tuple[float, str]:
    """Run ``exe --self-test`` offscreen in a throw-away home; returns (seconds, its line)."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHINESE_TEACH_HOME=home,
                   HOME=home)
        started = time.perf_counter()
        proc = subprocess.run([str(exe), "--self-test"], env=env, check=False,
                              capture_output=True, text=True, timeout=600)
        seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"bundle self-test failed ({proc.returncode}):\n{proc.stdout}\n"
                         f"{proc.stderr}")
    return seconds, proc.stdout.strip()


def folder_size(path: Path) -> int:
    """Total bytes of the files under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller; returns the one-folder app directory ``dist/chinese-teach``."""
    from render_icons import render_icons

    check_environment()
    corpus_dir = build_corpus_once(work)
    icons = work / "icons"
    render_icons(icons)
    env = dict(os.environ, CHINESE_TEACH_BUNDLE_CORPUS_DIR=str(corpus_dir),
               CHINESE_TEACH_BUNDLE_ICONS=str(icons))
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)],
        check=True, env=env, cwd=ROOT,
    )
    return dist / APP_DIR_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle",
                        help="folder for intermediate files (corpus, icons, PyInstaller)")
    parser.add_argument("--no-deb", action="store_true", help="Linux: skip the .deb")
    parser.add_argument("--no-self-test", action="store_true", help="skip the self-test")
    parser.add_argument("--deb-compression", default="zstd", choices=("xz", "gzip", "zstd"),
                        help="compression of the .deb (zstd: Debian 12+, Ubuntu 21.10+; "
                        "gzip builds fastest, xz is smallest and slowest)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    started = time.perf_counter()
    app_dir = build_bundle(args.dist.resolve(), args.work.resolve())
    build_s = time.perf_counter() - started
    size_mb = folder_size(app_dir) / 1e6
    print(f"bundle: {app_dir} ({size_mb:.0f} MB) built in {build_s:.0f} s")
    if not args.no_self_test:
        seconds, line = run_self_test(executable(app_dir))
        print(f"bundle self-test ({seconds:.1f} s): {line}")
    if sys.platform.startswith("linux") and not args.no_deb:
        from build_deb import build_deb

        deb = build_deb(app_dir, args.dist.resolve(), args.work.resolve() / "icons",
                        compression=args.deb_compression)
        print(f"deb: {deb} ({deb.stat().st_size / 1e6:.0f} MB), version {VERSION}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
