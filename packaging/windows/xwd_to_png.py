"""Convert an X window dump (``xwd -root``, TrueColor) to PNG with QtGui.

Used by ``packaging/windows/screenshots_under_wine.sh`` to keep what Xvfb shows of the
installer and of the installed app under Wine::

    xwd -root -silent | python packaging/windows/xwd_to_png.py OUT.png [--crop X,Y,W,H]
"""

from __future__ import annotations

import argparse
import struct
import sys

from PySide6.QtGui import QImage

XWD_HEADER_FIELDS = 25
ZPIXMAP = 2


def xwd_to_image(data: bytes) -> QImage:
    """The image in an XWD file: ZPixmap with 24- or 32-bit TrueColor pixels (Xvfb's)."""
    fields = struct.unpack(">25I", data[: 4 * XWD_HEADER_FIELDS])
    header_size, version, pixmap_format = fields[0], fields[1], fields[2]
    width, height = fields[4], fields[5]
    byte_order, bits_per_pixel, bytes_per_line = fields[7], fields[11], fields[12]
    ncolors = fields[19]
    # pixel bytes in memory order: LSBFirst (0) stores blue first
    formats = {
        (0, 32): QImage.Format.Format_RGB32,
        (0, 24): QImage.Format.Format_BGR888,
        (1, 24): QImage.Format.Format_RGB888,
    }
    fmt = formats.get((byte_order, bits_per_pixel))
    if version != 7 or pixmap_format != ZPIXMAP or fmt is None:
        raise ValueError(f"unsupported XWD: version {version}, format {pixmap_format}, "
                         f"byte order {byte_order}, {bits_per_pixel} bits per pixel")
    start = header_size + 12 * ncolors
    pixels = data[start : start + bytes_per_line * height]
    return QImage(pixels, width, height, bytes_per_line, fmt).copy()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="PNG file to write")
    parser.add_argument("--crop", help="X,Y,W,H of the part to keep")
    args = parser.parse_args(argv)
    image = xwd_to_image(sys.stdin.buffer.read())
    if args.crop:
        x, y, w, h = (int(v) for v in args.crop.split(","))
        image = image.copy(x, y, w, h)
    if not image.save(args.out, "PNG"):
        raise SystemExit(f"could not write {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
