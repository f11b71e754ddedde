"""Wrap the Linux one-folder bundle in a Debian package with dpkg-deb.

Layout of the package:

* ``/opt/chinese-teach/``: the bundle (``chinese-teach`` and ``_internal/``);
* ``/usr/bin/chinese-teach``: a symlink to it;
* ``/usr/share/applications/``: the desktop entry, and a hidden one that imports
  course files (``*.ctcourse``) with ``chinese-teach course import``;
* ``/usr/share/mime/packages/chinese-teach.xml``: the course file type;
* ``/usr/share/icons/hicolor/*/apps/chinese-teach.png`` and ``scalable/.../*.svg``.

Debian's file triggers refresh the desktop, MIME and icon caches, so the package needs
no maintainer scripts. Usually run by ``build_bundle.py``; alone::

    .venv/bin/python packaging/build_deb.py dist/chinese-teach dist ICON_DIR
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chinese_teach.appinfo import APP_ID, VERSION  # noqa: E402

LINUX = ROOT / "packaging" / "linux"
INSTALL_DIR = Path("opt") / APP_ID
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Libraries the bundle takes from the system (PyInstaller leaves out libGL/libEGL and
#: the X11/xcb stack is the desktop's own); alternatives cover Debian 12 and Ubuntu 24.04.
DEPENDS = (
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libfreetype6",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libdbus-1-3",
    "libglib2.0-0 | libglib2.0-0t64",
)
DESCRIPTION = """\
Pinyin readers, lesson plans and Anki decks for teachers of Chinese
 Chinese Teach is an offline desktop app for teachers of Chinese: a dictionary
 with HSK levels of three standards, pinyin-annotated readers printed as PDF,
 lesson plans and worksheets, and Anki decks for students.
 .
 The program is installed in /opt/chinese-teach as a self-contained bundle
 (Python, Qt and the reference dictionary included)."""


def architecture() -> str:
    """The Debian architecture name of this machine (amd64, arm64, ...)."""
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()


def glibc_dependency() -> str:
    """``libc6 (>= X.Y)`` for the C library the bundle was built against."""
    version = (os.confstr("CS_GNU_LIBC_VERSION") or "glibc 2.31").rpartition(" ")[2]
    return f"libc6 (>= {version})"


def deb_name(arch: str | None = None) -> str:
    """File name of the package, Debian style."""
    return f"{APP_ID}_{VERSION}_{arch or architecture()}.deb"


def _tree_size_kib(path: Path) -> int:
    total = sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())
    return (total + 1023) // 1024


def stage(app_dir: Path, icons: Path, root: Path) -> None:
    """Lay out the package's files under ``root`` (which becomes ``/``)."""
    target = root / INSTALL_DIR
    shutil.copytree(app_dir, target, symlinks=True)
    bindir = root / "usr" / "bin"
    bindir.mkdir(parents=True)
    (bindir / APP_ID).symlink_to(Path("/") / INSTALL_DIR / APP_ID)
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    for name in ("chinese-teach.desktop", "chinese-teach-course.desktop"):
        shutil.copy2(LINUX / name, apps / name)
    mime = root / "usr" / "share" / "mime" / "packages"
    mime.mkdir(parents=True)
    shutil.copy2(LINUX / "chinese-teach.xml", mime / "chinese-teach.xml")
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(icons / f"chinese-teach-{size}.png", folder / "chinese-teach.png")
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "chinese-teach.svg",
                 scalable / "chinese-teach.svg")
    doc = root / "usr" / "share" / "doc" / APP_ID
    doc.mkdir(parents=True)
    shutil.copy2(ROOT / "CHANGELOG.md", doc / "CHANGELOG.md")
    for dirpath, dirnames, filenames in os.walk(root):
        for d in dirnames:
            (Path(dirpath) / d).chmod(0o755)
        for f in filenames:
            p = Path(dirpath) / f
            if not p.is_symlink():
                p.chmod(0o755 if os.access(p, os.X_OK) else 0o644)


def control(arch: str, installed_kib: int) -> str:
    """The DEBIAN/control file."""
    return (
        f"Package: {APP_ID}\n"
        f"Version: {VERSION}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Chinese Teach developers <chinese-teach@users.noreply.invalid>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join((glibc_dependency(), *DEPENDS))}\n"
        "Recommends: fonts-noto-cjk\n"
        "Section: education\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def build_deb(app_dir: Path, out_dir: Path, icons: Path, compression: str = "zstd") -> Path:
    """Build ``out_dir/chinese-teach_VERSION_ARCH.deb`` from the bundle ``app_dir``."""
    arch = architecture()
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / deb_name(arch)
    with tempfile.TemporaryDirectory(prefix="ct-deb-") as tmp:
        root = Path(tmp) / "root"
        root.mkdir()
        stage(app_dir, icons, root)
        debian = root / "DEBIAN"
        debian.mkdir(mode=0o755)
        (debian / "control").write_text(control(arch, _tree_size_kib(root)), encoding="utf-8")
        level = {"xz": "6", "gzip": "1", "zstd": "9"}[compression]
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", f"-z{level}",
                        "--build", str(root), str(out)], check=True, stdout=subprocess.DEVNULL)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app_dir", type=Path, help="the bundle folder (dist/chinese-teach)")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("icons", type=Path, help="folder written by render_icons.py")
    parser.add_argument("--compression", default="zstd", choices=("xz", "gzip", "zstd"))
    args = parser.parse_args(argv)
    print(build_deb(args.app_dir, args.out_dir, args.icons, args.compression))
    return 0


if __name__ == "__main__":
    sys.exit(main())
