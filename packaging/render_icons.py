"""Render the app icon (``resources/icons/chinese-teach.svg``) to PNG, ICO and ICNS.

Run at bundle time (``make bundle`` does it)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py OUT_DIR

writes ``OUT_DIR/chinese-teach-{16..512}.png``, ``chinese-teach.ico`` (Windows
installer and executable) and ``chinese-teach.icns`` (macOS app). Both container
formats hold PNG images, which Windows Vista+ and macOS 10.7+ read.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "chinese-teach.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_pngs(sizes: tuple[int, ...] = PNG_SIZES, svg: Path = SVG) -> dict[int, bytes]:
    """The icon rendered at each size, as PNG bytes (needs no display: offscreen works)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico file holding the given PNG images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns file holding the given PNG images (sizes without a type are skipped)."""
    body = b"".join(ICNS_TYPES[s] + struct.pack(">I", 8 + len(d)) + d
                    for s, d in sorted(pngs.items()) if s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_icons(out_dir: Path, svg: Path = SVG) -> list[Path]:
    """Write every icon file into ``out_dir``; returns the paths written."""
    pngs = render_pngs(PNG_SIZES, svg)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size, data in pngs.items():
        path = out_dir / f"chinese-teach-{size}.png"
        path.write_bytes(data)
        written.append(path)
    for name, data in (("chinese-teach.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
                       ("chinese-teach.icns", icns_bytes(pngs))):
        path = out_dir / name
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    for path in render_icons(args.out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
